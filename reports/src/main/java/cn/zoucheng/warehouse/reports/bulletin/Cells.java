package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Cell;
import cn.zoucheng.warehouse.reports.warehouse.Figure;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import java.util.Optional;

/** Table cells of figures: the printed text, the number for the workbook and the mark. */
final class Cells {
  private Cells() {}

  /** A value as the table prints it, or — for none. */
  static Cell value(Metric m, Double v, String colour) {
    if (v == null) {
      return Cell.text(Wording.NO_VALUE, colour);
    }
    return new Cell(
        Formats.bare(m, v), Formats.rounded(m.unit(), v), Formats.excelFormat(m.unit()), colour);
  }

  /** A whole number (达标项数, 排名). */
  static Cell count(Integer n) {
    return n == null
        ? Cell.text(Wording.NO_VALUE)
        : new Cell(String.valueOf(n), n.doubleValue(), Formats.excelFormat(MetricUnit.COUNT), null);
  }

  /** The month's figure of a place coloured by its status; 未报送 in grey; — for no value. */
  static Cell month(Metric m, Optional<Figure> f, boolean unreported) {
    if (f.isPresent() && f.get().value() != null) {
      return value(m, f.get().value(), Marks.cell(f.get().monthStatus()));
    }
    return unreported
        ? Cell.text(Wording.UNREPORTED, Marks.UNREPORTED)
        : Cell.text(Wording.NO_VALUE);
  }

  /** The year to date coloured by its status, or —. */
  static Cell yearToDate(Metric m, Optional<Figure> f) {
    return f.filter(x -> x.ytdValue() != null)
        .map(x -> value(m, x.ytdValue(), Marks.cell(x.yearStatus())))
        .orElse(Cell.text(Wording.NO_VALUE));
  }

  /** The change from {@code before} to {@code now}: ↑0.3 on the page, +0.3 个百分点 in the workbook. */
  static Cell change(Metric m, Double now, Double before) {
    if (now == null || before == null) {
      return Cell.text(Wording.NO_VALUE);
    }
    return new Cell(
        Formats.arrow(m, now, before),
        Formats.changeNumber(m, now, before),
        Formats.excelChangeFormat(m.unit()),
        null);
  }
}
