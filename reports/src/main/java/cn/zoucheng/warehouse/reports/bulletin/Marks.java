package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import java.util.Optional;

/** The colours of the status marks: light ones behind table cells, strong ones for bars. */
final class Marks {
  static final String MET = "#C6EFCE";
  static final String WARNING = "#FFEB9C";
  static final String MISSED = "#FFC7CE";
  static final String UNREPORTED = "#EDEDED";

  private static final String BAR_MET = "#548235";
  private static final String BAR_WARNING = "#BF8F00";
  private static final String BAR_MISSED = "#C00000";
  private static final String BAR_NONE = "#2F5597";

  /** The city's line in a trend chart, and a town's. */
  static final String LINE_CITY = "#2F5597";

  static final String LINE_TOWN = "#C55A11";

  private Marks() {}

  /** The cell colour of a status, or null for none. */
  static String cell(Optional<TargetStatus> s) {
    return s.map(
            x ->
                switch (x) {
                  case MET -> MET;
                  case WARNING -> WARNING;
                  case MISSED -> MISSED;
                })
        .orElse(null);
  }

  /** The bar colour of a status. */
  static String bar(Optional<TargetStatus> s) {
    return s.map(
            x ->
                switch (x) {
                  case MET -> BAR_MET;
                  case WARNING -> BAR_WARNING;
                  case MISSED -> BAR_MISSED;
                })
        .orElse(BAR_NONE);
  }

  /** 颜色说明 under a table with marks. */
  static String legend() {
    return "颜色：绿色为达标，黄色为预警，红色为未达标，灰色为未报送。";
  }
}
