package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Item;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Town;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Village;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** Renders a generated value as the text a town writes for it. */
final class CellText {
  private CellText() {}

  /** The cell text of a value in the given town's style; {@code null} gives the empty string. */
  static String of(Object value, TownStyle style) {
    if (value == null) {
      return "";
    }
    if (value instanceof ExportRow.Raw raw) {
      return raw.text();
    }
    if (value instanceof LocalDate d) {
      return style.dates().date().format(d);
    }
    if (value instanceof YearMonth m) {
      return style.dates().month().format(m);
    }
    if (value instanceof Boolean b) {
      return style.yesNo().text(b);
    }
    if (value instanceof BigDecimal a) {
      return a.toPlainString();
    }
    if (value instanceof Town t) {
      return style.refsByCode() ? t.code() : t.name();
    }
    if (value instanceof Village v) {
      return style.refsByCode() ? v.code() : v.name();
    }
    if (value instanceof Item i) {
      return style.refsByCode() ? i.code() : i.name();
    }
    return value.toString();
  }
}
