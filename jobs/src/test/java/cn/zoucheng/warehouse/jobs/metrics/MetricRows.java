package cn.zoucheng.warehouse.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;

/** The metrics table of a warehouse, collected and looked up by period, scope and metric. */
final class MetricRows {
  private final Map<String, Row> rows = new HashMap<>();
  private final List<Row> all;

  MetricRows(Warehouse warehouse) {
    all = warehouse.read(TableCatalog.METRICS_TABLE).collectAsList();
    for (Row r : all) {
      rows.put(
          key(
              r.getAs("period"),
              r.getAs("scope"),
              r.getAs("town_code"),
              r.getAs("village_code"),
              r.getAs("metric")),
          r);
    }
  }

  List<Row> all() {
    return all;
  }

  /** The row, or null. */
  Row city(String period, String metric) {
    return rows.get(key(period, "city", null, null, metric));
  }

  Row town(String period, String town, String metric) {
    return rows.get(key(period, "town", town, null, metric));
  }

  Row village(String period, String town, String village, String metric) {
    return rows.get(key(period, "village", town, village, metric));
  }

  /** Asserts a row's numerator, denominator (null for counts) and value (null if 0 / 0). */
  static void assertFigure(Row r, String what, Double numerator, Double denominator, Double value) {
    assertThat(r).as(what + " is missing").isNotNull();
    assertDouble(r, "numerator", numerator, what);
    assertDouble(r, "denominator", denominator, what);
    assertDouble(r, "value", value, what);
  }

  static void assertDouble(Row r, String column, Double expected, String what) {
    Double actual = r.getAs(column);
    if (expected == null) {
      assertThat(actual).as(what + " " + column).isNull();
    } else {
      assertThat(actual).as(what + " " + column).isNotNull().isCloseTo(expected, within(1e-12));
    }
  }

  private static String key(Object period, Object scope, Object town, Object village, Object m) {
    return period + "|" + scope + "|" + town + "|" + village + "|" + m;
  }
}
