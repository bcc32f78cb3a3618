package cn.zoucheng.warehouse.catalog;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.Locale;

/**
 * Writes {@code docs/warehouse-views.md}: every DuckDB view with its columns in Chinese and
 * English, the export contract of each record type, every metric, and the quarantine reasons, all
 * derived from {@code schemas/}. A test keeps the committed file equal to what this writes.
 */
public final class ViewDocs {
  private ViewDocs() {}

  /** The whole document. */
  public static String markdown() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Warehouse views and export columns\n\n")
        .append(
            "Generated from `schemas/` by `ViewDocs` (`bin/warehouse docs`); do not edit by"
                + " hand.\n")
        .append("Every view lives in `warehouse/warehouse.duckdb` and reads, by paths relative to")
        .append(" the\nwarehouse folder, the data files of its Iceberg table's committed")
        .append(" snapshot.\n\n");
    for (WarehouseTable v : TableCatalog.viewed()) {
      sb.append("## `")
          .append(v.view().orElseThrow())
          .append("` — ")
          .append(v.title())
          .append("\n\n");
      sb.append("Iceberg table `")
          .append(v.qualifiedName())
          .append("` in `")
          .append(v.folder())
          .append("/`")
          .append(
              v.partitionBy().isEmpty()
                  ? ""
                  : ", partitioned by `" + String.join("`, `", v.partitionBy()) + "`")
          .append(".\n\n");
      sb.append("| column | 中文 | type | meaning |\n|---|---|---|---|\n");
      for (Column c : v.columns()) {
        sb.append("| `")
            .append(c.name())
            .append("` | ")
            .append(c.chineseLabel())
            .append(" | ")
            .append(c.type().sql())
            .append(" | ")
            .append(c.description().replace("|", "\\|"))
            .append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("# Export contract\n\n");
    for (RecordSchema s : ExportCatalog.ALL) {
      sb.append("## ")
          .append(s.name())
          .append(" ")
          .append(s.chineseName())
          .append("\n\n")
          .append(s.description())
          .append(". Business key: ")
          .append(String.join(" + ", s.businessKey()))
          .append(". Placed in its month by `")
          .append(s.placingField().name())
          .append("`")
          .append(s.reappears() ? "; may reappear in a later month's file.\n\n" : ".\n\n");
      sb.append("| header | English | type | required | allowed / reference | personal |\n")
          .append("|---|---|---|---|---|---|\n");
      for (Field f : s.fields()) {
        String rule =
            f.referenceTable()
                .map(r -> "ref: " + r.name().toLowerCase())
                .orElse(String.join(" / ", f.allowedValues()));
        if (f.min() != null || f.max() != null) {
          rule =
              (rule.isEmpty() ? "" : rule + "; ")
                  + "range "
                  + (f.min() == null ? "" : f.min())
                  + ".."
                  + (f.max() == null ? "" : f.max());
        }
        sb.append("| ")
            .append(f.chineseHeader())
            .append(" | `")
            .append(f.name())
            .append("` | ")
            .append(f.type().name().toLowerCase())
            .append(" | ")
            .append(f.isRequired() ? "yes" : "")
            .append(" | ")
            .append(rule)
            .append(" | ")
            .append(f.piiKind().map(k -> k.name().toLowerCase()).orElse(""))
            .append(" |\n");
      }
      sb.append('\n');
    }
    sb.append("# Metrics\n\n")
        .append(
            "Every figure of the `metrics` view, by its stable code (`schemas/…/MetricCatalog`).")
        .append(" Rates are numerator / denominator; the city's are computed from the facts.\n\n")
        .append("| code | 中文 | wide-view column | unit | better | record type | definition |\n")
        .append("|---|---|---|---|---|---|---|\n");
    for (Metric m : MetricCatalog.ALL) {
      sb.append("| `")
          .append(m.code())
          .append("` | ")
          .append(m.label())
          .append(" | ")
          .append(m.columnLabel())
          .append(" | ")
          .append(m.unit().name().toLowerCase(Locale.ROOT))
          .append(" | ")
          .append(m.direction().code())
          .append(" | ")
          .append(m.recordType())
          .append(" | ")
          .append(m.definition().replace("|", "\\|"))
          .append(" |\n");
    }
    sb.append('\n');
    sb.append("# Quarantine and rejection reasons\n\n| code | 中文 | meaning | applies to |\n")
        .append("|---|---|---|---|\n");
    for (Reason r : Reason.values()) {
      sb.append("| `")
          .append(r.name())
          .append("` | ")
          .append(r.chinese())
          .append(" | ")
          .append(r.english().replace("|", "\\|"))
          .append(" | ")
          .append(r.isFileLevel() ? "whole file" : "row")
          .append(" |\n");
    }
    return sb.toString();
  }
}
