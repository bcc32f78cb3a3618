package cn.zoucheng.warehouse.schemas.metrics;

import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.ColumnType;
import java.util.List;

/**
 * The tables the metrics job writes, with their columns in Chinese and English. Each is partitioned
 * by its last column; Spark schemas and the DuckDB view documentation derive from here.
 */
public final class MetricTables {
  private MetricTables() {}

  /** One row per period, scope and metric; partitioned by {@code period}. */
  public static final List<Column> METRICS =
      List.of(
          s("scope", "范围", "city, town or village"),
          s("town_code", "镇街代码", "empty for the city"),
          s("village_code", "村(社区)代码", "empty unless scope = village"),
          s("metric", "指标代码", "metric code (MetricCatalog)"),
          d("numerator", "分子", "count or sum; the numerator of a rate or mean"),
          d("denominator", "分母", "denominator of a rate or mean; empty for counts and sums"),
          d("value", "指标值", "numerator / denominator, or the count; empty where denominator = 0"),
          i("towns_reported", "报送镇街数", "city rows: towns whose files the figure includes"),
          d("prev_value", "上月值", "value of the previous month (环比)"),
          d("yoy_value", "去年同期值", "value of the same month last year (同比)"),
          d("ytd_numerator", "年累计分子", "numerator summed from January to the period"),
          d("ytd_denominator", "年累计分母", "denominator summed from January to the period"),
          d("ytd_value", "年累计值", "ytd_numerator / ytd_denominator, or the summed count"),
          i("rank", "排名", "towns among the towns, villages within their town; best first"),
          i("ranked", "参与排名数", "how many towns or villages were ranked"),
          d("target", "年度目标", "the year's target (reference targets)"),
          d("warning_at", "预警值", "the year's warning threshold"),
          s("status", "达标情况", "达标, 预警 or 未达标 of the month's value"),
          s("ytd_status", "年累计达标情况", "达标, 预警 or 未达标 of the year-to-date value"),
          s("run_id", "计算批次", "the metrics run that wrote the row"),
          new Column("computed_at", ColumnType.TIMESTAMP, "计算时间", "when the run wrote it"),
          s("period", "月份", "YYYY-MM (partition column)"));

  /** One row per figure a recomputation changed; partitioned by {@code run_id}. */
  public static final List<Column> METRIC_CHANGES =
      List.of(
          s("period", "月份", "YYYY-MM"),
          s("scope", "范围", "city, town or village"),
          s("town_code", "镇街代码", "empty for the city"),
          s("village_code", "村(社区)代码", "empty unless scope = village"),
          s("metric", "指标代码", "metric code"),
          d("old_numerator", "原分子", "before; empty if the figure is new"),
          d("old_denominator", "原分母", "before"),
          d("old_value", "原值", "before"),
          d("new_numerator", "新分子", "after; empty if the figure is gone"),
          d("new_denominator", "新分母", "after"),
          d("new_value", "新值", "after"),
          s("old_run_id", "原计算批次", "the run that wrote the old figure"),
          new Column("changed_at", ColumnType.TIMESTAMP, "变更时间", "when the run recorded it"),
          s("run_id", "计算批次", "the run that recomputed it (partition column)"));

  /** One row per voucher posted against the rules; partitioned by {@code period} (posted month). */
  public static final List<Column> VOUCHER_BREACHES =
      List.of(
          s("town_code", "镇街代码", ""),
          s("village_code", "村(社区)代码", ""),
          s("voucher_id", "单据编号", ""),
          new Column("amount", ColumnType.DECIMAL, "金额(元)", ""),
          new Column("incurred_on", ColumnType.DATE, "发生日期", ""),
          new Column("reviewed_on", ColumnType.DATE, "审理日期", ""),
          s("review_result", "审理结果", ""),
          new Column("center_audited_on", ColumnType.DATE, "代理中心审核日期", ""),
          new Column("posted_on", ColumnType.DATE, "入账日期", ""),
          s("rules", "违规情形", "the rules broken, e.g. 缺书记签字；审理未通过；入账早于审理"),
          i("rule_count", "违规项数", "how many rules it broke"),
          s("run_id", "计算批次", "the metrics run"),
          s("period", "月份", "month of posted_on (partition column)"));

  /** One row per town, record type and month; partitioned by {@code period}. */
  public static final List<Column> SUBMISSIONS =
      List.of(
          s("town_code", "镇街代码", ""),
          s("record_type", "记录类型", ""),
          s("status", "报送情况", "按时, 逾期, 补报 (delivered more than once) or 未报送"),
          new Column("on_time", ColumnType.BOOLEAN, "首次按时", "first delivery by the deadline"),
          new Column("deadline", ColumnType.DATE, "截止日期", "deadline day of the next month"),
          new Column("first_received_on", ColumnType.DATE, "首次接收日期", ""),
          new Column("last_received_on", ColumnType.DATE, "最近接收日期", ""),
          i("deliveries", "报送次数", "distinct files loaded (by content)"),
          i("rejected_files", "被拒文件数", "files that could not be read"),
          s("run_id", "计算批次", "the metrics run"),
          s("period", "月份", "the file month (partition column)"));

  /** One row per file of the manifest, its latest state; partitioned by {@code period}. */
  public static final List<Column> FILE_QUALITY =
      List.of(
          s("file", "文件", "path relative to the ingested folder"),
          s("file_name", "文件名", ""),
          s("record_type", "记录类型", ""),
          s("town_code", "镇街代码", ""),
          new Column("received_on", ColumnType.DATE, "接收日期", ""),
          s("file_status", "文件状态", "LOADED, UNCHANGED, SUPERSEDED or REJECTED"),
          s("reject_reason", "拒收原因", "reason code when the file was rejected"),
          i("rows_read", "读取行数", ""),
          i("rows_loaded", "入库行数", ""),
          i("rows_quarantined", "隔离行数", ""),
          d("loaded_rate", "入库率", "rows_loaded / rows_read"),
          s("top_reasons", "主要隔离原因", "the three commonest, e.g. 日期格式错误×3；未知村(社区)×1"),
          s("ingest_run_id", "入库批次", "the ingest run of that state"),
          s("run_id", "计算批次", "the metrics run"),
          s("period", "月份", "the file month, else the month received (partition column)"));

  /**
   * One row per town (every town, every month computed) and per ranked village: 达标项数 and 综合排名 over
   * {@link MetricCatalog#KEY_FIGURES}, the previous month's rank and, for towns, the year to date;
   * partitioned by {@code period}.
   */
  public static final List<Column> RANKINGS =
      List.of(
          s("scope", "范围", "town or village"),
          s("town_code", "镇街代码", ""),
          s("village_code", "村(社区)代码", "empty for towns"),
          i("figures_targeted", "有目标项数", "key figures with a status this month"),
          i("met_count", "达标项数", "key figures 达标 this month"),
          i("figures_ranked", "参与排名项数", "key figures with a rank this month"),
          d("mean_rank", "平均排名", "mean of the place's ranks in the key figures"),
          i("composite_rank", "综合排名", "by 达标项数, then 平均排名; equal on both, equal rank"),
          i("places_ranked", "参与综合排名数", "towns, or villages of the town, with a 综合排名"),
          i("prev_composite_rank", "上月综合排名", "综合排名 of the previous month"),
          i("rank_change", "排名变化", "上月综合排名 - 综合排名: positive is up"),
          s("ytd_through", "年累计截至月份", "towns: latest month of the year with figures"),
          i("ytd_figures_targeted", "年累计有目标项数", "towns: key figures with a year-to-date status"),
          i("ytd_met_count", "年累计达标项数", "towns: key figures whose year to date is 达标"),
          i("ytd_rank", "年累计排名", "towns by 年累计达标项数; equal counts, equal rank"),
          s("run_id", "计算批次", "the metrics run"),
          s("period", "月份", "YYYY-MM (partition column)"));

  /**
   * One row per month, metric and group (demonstration villages or the others): the villages summed
   * for the month and for the year to date; partitioned by {@code period}.
   */
  public static final List<Column> DEMONSTRATION =
      List.of(
          s("metric", "指标代码", "metric code (MetricCatalog)"),
          new Column(
              "demonstration", ColumnType.BOOLEAN, "示范村(社区)", "true: the demonstration group"),
          i("villages", "村数", "villages of the group with the figure this month"),
          d("numerator", "分子", "the group's numerator this month"),
          d("denominator", "分母", "the group's denominator; empty for counts"),
          d("value", "指标值", "numerator / denominator, or the count"),
          i("ytd_villages", "年累计村数", "villages of the group with the figure in the year"),
          d("ytd_numerator", "年累计分子", "numerators of every month of the year so far"),
          d("ytd_denominator", "年累计分母", "denominators of every month of the year so far"),
          d("ytd_value", "年累计值", "ytd_numerator / ytd_denominator, or the summed count"),
          s("run_id", "计算批次", "the metrics run"),
          s("period", "月份", "YYYY-MM (partition column)"));

  private static Column s(String name, String label, String description) {
    return new Column(name, ColumnType.STRING, label, description);
  }

  private static Column d(String name, String label, String description) {
    return new Column(name, ColumnType.DOUBLE, label, description);
  }

  private static Column i(String name, String label, String description) {
    return new Column(name, ColumnType.INTEGER, label, description);
  }
}
