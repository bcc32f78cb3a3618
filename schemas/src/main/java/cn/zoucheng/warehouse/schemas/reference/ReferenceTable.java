package cn.zoucheng.warehouse.schemas.reference;

import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.ColumnType;
import java.util.List;

/**
 * A reference table shipped with the project (a UTF-8 CSV resource under {@code reference/}) and
 * loaded into the warehouse like any other table.
 */
public record ReferenceTable(String name, String chineseName, List<Column> columns) {

  public static final ReferenceTable TOWNS =
      new ReferenceTable(
          "towns",
          "镇街",
          List.of(
              col("town_code", "镇街代码", "stable code of the town or sub-district"),
              col("town_name", "镇街名称", "Chinese name"),
              col("town_kind", "类型", "街道 or 镇"),
              col("town_pinyin", "拼音", "name in pinyin")));

  public static final ReferenceTable VILLAGES =
      new ReferenceTable(
          "villages",
          "村(社区)",
          List.of(
              col("village_code", "村(社区)代码", "stable code: the town code and three digits"),
              col("village_name", "村(社区)名称", "Chinese name, unique within its town"),
              col("town_code", "镇街代码", "the town it belongs to"),
              col("village_kind", "类型", "村 or 社区"),
              new Column(
                  "is_demonstration",
                  ColumnType.BOOLEAN,
                  "示范社区",
                  "the town's demonstration community")));

  public static final ReferenceTable PUBLIC_SERVICES =
      new ReferenceTable(
          "public_services",
          "民生代办服务事项",
          List.of(col("service_code", "事项代码", "S01..S46"), col("service_name", "事项名称", "")));

  public static final ReferenceTable DISCLOSURE_ITEMS =
      new ReferenceTable(
          "disclosure_items",
          "村务公开事项",
          List.of(
              col("item_code", "事项代码", "D01..D25"),
              col("item_name", "事项名称", ""),
              col("category", "公开类别", "党务, 财务 or 村务")));

  public static final ReferenceTable CONSULTATION_ITEMS =
      new ReferenceTable(
          "consultation_items",
          "民主协商事项",
          List.of(
              col("consultation_code", "事项代码", "C01..C56"), col("consultation_name", "事项名称", "")));

  public static final ReferenceTable EXPERIMENT_YEARS =
      new ReferenceTable(
          "experiment_years",
          "实验年度",
          List.of(
              new Column("year", ColumnType.INTEGER, "年度", "calendar year of the experiment"),
              col("theme", "年度主题", "规范创建年, 工作创新年 or 实效提升年")));

  public static final ReferenceTable TARGETS =
      new ReferenceTable(
          "targets",
          "年度目标",
          List.of(
              new Column("year", ColumnType.INTEGER, "年度", "calendar year"),
              col("metric", "指标代码", "metric code (METRICS.md)"),
              col("direction", "方向", "higher or lower: which way is better"),
              new Column("target", ColumnType.DOUBLE, "目标值", "at or beyond it: 达标"),
              new Column(
                  "warning_at",
                  ColumnType.DOUBLE,
                  "预警值",
                  "between it and the target: 预警; beyond it the wrong way: 未达标")));

  /** All reference tables. */
  public static final List<ReferenceTable> ALL =
      List.of(
          TOWNS,
          VILLAGES,
          PUBLIC_SERVICES,
          DISCLOSURE_ITEMS,
          CONSULTATION_ITEMS,
          EXPERIMENT_YEARS,
          TARGETS);

  public ReferenceTable {
    columns = List.copyOf(columns);
  }

  private static Column col(String name, String label, String description) {
    return new Column(name, ColumnType.STRING, label, description);
  }

  /** The classpath resource holding the table, e.g. {@code reference/towns.csv}. */
  public String resource() {
    return "reference/" + name + ".csv";
  }
}
