package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Item;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The committed sample's special deliveries: 看庄镇 sends nothing for 2026-10, and 千泉街道 sends its
 * 2026-08 proxy cases again, corrected, in a later inbox.
 */
final class SpecialDeliveries {
  static final String MISSING_TOWN = "看庄镇";
  static final YearMonth MISSING_MONTH = YearMonth.of(2026, 10);
  static final String REDELIVERY_TOWN = "千泉街道";
  static final YearMonth REDELIVERY_MONTH = YearMonth.of(2026, 8);
  static final RecordSchema REDELIVERY_TYPE = ExportCatalog.PROXY_CASES;

  /** Days between the first delivery and the corrected one. */
  static final int REDELIVERY_AFTER_DAYS = 16;

  private SpecialDeliveries() {}

  static boolean isMissing(TownStyle style, YearMonth month) {
    return style.town().name().equals(MISSING_TOWN) && month.equals(MISSING_MONTH);
  }

  static boolean isRedelivered(TownStyle style, YearMonth month, RecordSchema schema) {
    return style.town().name().equals(REDELIVERY_TOWN)
        && month.equals(REDELIVERY_MONTH)
        && schema.equals(REDELIVERY_TYPE);
  }

  /**
   * Writes the corrected file: three rows corrected, one deleted, one added; it holds no bad rows.
   */
  static void redeliver(
      ExportFiles files,
      Expectations expected,
      TownMonth tm,
      LocalDate firstReceived,
      String firstFile,
      List<ExportRow> original,
      Draw d)
      throws IOException {
    List<ExportRow> rows = new ArrayList<>();
    for (ExportRow r : original) {
      rows.add(r.copy());
    }
    List<String> corrected = new ArrayList<>();
    List<Item> services = tm.refs().items(ReferenceTable.PUBLIC_SERVICES);
    for (int k = 0; k < 3; k++) {
      ExportRow r = rows.get(d.between(0, rows.size() - 1));
      switch (k) {
        case 0 -> r.set("applicant_phone", People.phone(d));
        case 1 -> r.set("service_item", d.pick(services));
        default -> r.set("channel", "上门代办");
      }
      corrected.add(r.key());
    }
    ExportRow deleted = null;
    for (ExportRow r : rows) {
      if (!corrected.contains(r.key())
          && "已办结".equals(r.get("status"))
          && YearMonth.from(r.date("accepted_on")).equals(tm.month())) {
        deleted = r;
        break;
      }
    }
    if (deleted != null) {
      rows.remove(deleted);
    }
    ExportRow added =
        rows.get(rows.size() - 1)
            .copy()
            .set("case_id", tm.id("DB", 90_001))
            .set("applicant_name", People.name(d))
            .set("applicant_id_number", People.idNumber(d))
            .set("applicant_phone", People.phone(d));
    rows.add(added);
    LocalDate received = firstReceived.plusDays(REDELIVERY_AFTER_DAYS);
    String file = files.write(received, tm.style(), tm.month(), REDELIVERY_TYPE, rows, List.of());
    expected.special(
        "redelivery",
        file,
        "replaces "
            + firstFile
            + ": corrected "
            + String.join(" ", corrected)
            + "; deleted "
            + (deleted == null ? "none" : deleted.key())
            + "; added "
            + added.key());
  }
}
