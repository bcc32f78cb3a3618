package cn.zoucheng.warehouse.schemas.tables;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables;
import cn.zoucheng.warehouse.schemas.metrics.MetricTables;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every table of the warehouse, derived from the record types, the reference tables and the metrics
 * tables of {@code schemas/}:
 *
 * <pre>
 * facts/&lt;type&gt;        latest version of every record            by month, sorted by town
 * deliveries/&lt;type&gt;   rows of each current delivery (raw, no view)  by file_month
 * ingest/quarantine    rejected rows of the current deliveries       by file_month
 * ingest/manifest      every file of every run                       unpartitioned
 * reference/&lt;table&gt;   towns, villages, catalogues, targets          unpartitioned
 * metrics/&lt;table&gt;     metrics, breaches, submissions, quality       by period
 * </pre>
 *
 * <pre>{@code
 * WarehouseTable t = TableCatalog.facts(ExportCatalog.PROXY_CASES);
 * t.folder();        // facts/proxy_cases
 * t.partitionBy();   // [month]
 * }</pre>
 */
public final class TableCatalog {
  /** Namespace of the fact tables. */
  public static final String FACTS = "facts";

  /** Namespace of the raw layer: the rows of each current delivery, extra columns included. */
  public static final String DELIVERIES = "deliveries";

  /** Namespace of the ingest's own tables (quarantine, manifest). */
  public static final String INGEST = "ingest";

  /** Namespace of the reference tables. */
  public static final String REFERENCE = "reference";

  /** Namespace of the metrics job's tables. */
  public static final String METRICS = "metrics";

  /** The quarantine: rejected rows of the current deliveries. */
  public static final WarehouseTable QUARANTINE =
      new WarehouseTable(
          INGEST,
          "quarantine",
          WarehouseTables.QUARANTINE,
          List.of("file_month"),
          List.of("record_type", "town_code", "file", "source_row"),
          Optional.of("quarantine"),
          "隔离行",
          Set.of("message", "raw_value", "raw_row"));

  /** The manifest: every file of every run. */
  public static final WarehouseTable MANIFEST =
      new WarehouseTable(
          INGEST,
          "manifest",
          WarehouseTables.MANIFEST,
          List.of(),
          List.of(),
          Optional.of("manifest"),
          "文件清单",
          Set.of("message"));

  /** The metrics table. */
  public static final WarehouseTable METRICS_TABLE =
      metrics(
          "metrics",
          MetricTables.METRICS,
          List.of("scope", "metric", "town_code", "village_code"),
          "指标");

  /** Figures a recomputation changed. */
  public static final WarehouseTable METRIC_CHANGES =
      new WarehouseTable(
          METRICS,
          "metric_changes",
          MetricTables.METRIC_CHANGES,
          List.of(),
          List.of(),
          Optional.of("metric_changes"),
          "指标变更",
          Set.of());

  /** Vouchers posted against the rules. */
  public static final WarehouseTable VOUCHER_BREACHES =
      metrics(
          "voucher_breaches",
          MetricTables.VOUCHER_BREACHES,
          List.of("town_code", "village_code", "voucher_id"),
          "违规入账明细");

  /** The submission matrix. */
  public static final WarehouseTable SUBMISSIONS =
      metrics("submissions", MetricTables.SUBMISSIONS, List.of("town_code", "record_type"), "报送情况");

  /** Per-file data quality. */
  public static final WarehouseTable FILE_QUALITY =
      metrics(
          "file_quality",
          MetricTables.FILE_QUALITY,
          List.of("town_code", "record_type", "file"),
          "文件质量");

  /** 达标项数 and 综合排名 of towns and villages, computed once for every report. */
  public static final WarehouseTable RANKINGS =
      metrics(
          "rankings", MetricTables.RANKINGS, List.of("scope", "town_code", "village_code"), "综合排名");

  /** Demonstration villages against the others. */
  public static final WarehouseTable DEMONSTRATION =
      metrics(
          "demonstration",
          MetricTables.DEMONSTRATION,
          List.of("metric", "demonstration"),
          "示范村(社区)对比");

  /** The tables the metrics job writes, in the order it writes them. */
  public static final List<WarehouseTable> METRICS_TABLES =
      List.of(
          METRICS_TABLE,
          METRIC_CHANGES,
          VOUCHER_BREACHES,
          SUBMISSIONS,
          FILE_QUALITY,
          RANKINGS,
          DEMONSTRATION);

  /** Every table: facts, deliveries, quarantine, manifest, reference, metrics. */
  public static final List<WarehouseTable> ALL = all();

  private static final Map<String, WarehouseTable> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(WarehouseTable::qualifiedName, t -> t));

  private TableCatalog() {}

  /** The fact table of a record type. */
  public static WarehouseTable facts(RecordSchema type) {
    return byName(FACTS + "." + type.name());
  }

  /** The deliveries table (raw layer) of a record type. */
  public static WarehouseTable deliveries(RecordSchema type) {
    return byName(DELIVERIES + "." + type.name());
  }

  /** The warehouse copy of a reference table. */
  public static WarehouseTable reference(ReferenceTable table) {
    return byName(REFERENCE + "." + table.name());
  }

  /** The table {@code namespace.name}; fails naming it when there is none. */
  public static WarehouseTable byName(String qualifiedName) {
    WarehouseTable t = BY_NAME.get(qualifiedName);
    if (t == null) {
      throw new IllegalArgumentException("no warehouse table " + qualifiedName);
    }
    return t;
  }

  /** The tables analysts can read, each with its view. */
  public static List<WarehouseTable> viewed() {
    return ALL.stream().filter(t -> t.view().isPresent()).toList();
  }

  private static List<WarehouseTable> all() {
    List<WarehouseTable> out = new ArrayList<>();
    for (RecordSchema s : ExportCatalog.ALL) {
      Set<String> personal = personalColumns(s);
      out.add(
          new WarehouseTable(
              FACTS,
              s.name(),
              s.columns(),
              s.partitionColumns(),
              s.sortColumns(),
              Optional.of(s.name()),
              s.chineseName(),
              personal));
      Set<String> raw = new LinkedHashSet<>(personal);
      raw.add(RecordSchema.EXTRA_COLUMNS);
      out.add(
          new WarehouseTable(
              DELIVERIES,
              s.name(),
              s.deliveryColumns(),
              List.of("file_month"),
              s.sortColumns(),
              Optional.empty(),
              s.chineseName() + "（原始报送）",
              raw));
    }
    out.add(QUARANTINE);
    out.add(MANIFEST);
    for (ReferenceTable t : ReferenceTable.ALL) {
      out.add(
          new WarehouseTable(
              REFERENCE,
              t.name(),
              t.columns(),
              List.of(),
              List.of(),
              Optional.of(t.name()),
              t.chineseName(),
              Set.of()));
    }
    out.addAll(METRICS_TABLES);
    return List.copyOf(out);
  }

  /** The pseudonym and masked columns of a record type's personal fields. */
  private static Set<String> personalColumns(RecordSchema s) {
    return s.fields().stream()
        .filter(f -> f.piiKind().isPresent())
        .flatMap(f -> f.columns().stream())
        .map(Column::name)
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static WarehouseTable metrics(
      String name, List<Column> columns, List<String> sortBy, String title) {
    return new WarehouseTable(
        METRICS, name, columns, List.of("period"), sortBy, Optional.of(name), title, Set.of());
  }
}
