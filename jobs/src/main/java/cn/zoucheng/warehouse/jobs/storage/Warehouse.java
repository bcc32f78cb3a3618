package cn.zoucheng.warehouse.jobs.storage;

import static org.apache.spark.sql.functions.col;

import cn.zoucheng.warehouse.jobs.config.CatalogConfig;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.config.WarehouseLayout;
import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.iceberg.Schema;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.UpdateSchema;
import org.apache.iceberg.catalog.Catalog;
import org.apache.iceberg.catalog.Namespace;
import org.apache.iceberg.catalog.SupportsNamespaces;
import org.apache.iceberg.catalog.TableIdentifier;
import org.apache.iceberg.spark.SparkCatalog;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One warehouse: its root and the Iceberg catalog of its tables, registered in the Spark session
 * under a name of its own (so that one session can hold several warehouses, as tests do). Opening
 * it creates any table of {@link TableCatalog} it lacks and adds columns the definitions gained.
 *
 * <pre>{@code
 * Warehouse w = Warehouse.open(spark, config);
 * Dataset<Row> cases = w.read(TableCatalog.facts(ExportCatalog.PROXY_CASES));
 * }</pre>
 */
public final class Warehouse {
  private static final Logger LOG = LoggerFactory.getLogger(Warehouse.class);

  private final SparkSession spark;
  private final WarehouseLayout layout;
  private final CatalogConfig catalog;
  private final String sparkCatalog;

  private Warehouse(
      SparkSession spark, WarehouseLayout layout, CatalogConfig catalog, String sparkCatalog) {
    this.spark = spark;
    this.layout = layout;
    this.catalog = catalog;
    this.sparkCatalog = sparkCatalog;
  }

  /** The configured warehouse, its tables created where missing. */
  public static Warehouse open(SparkSession spark, WarehouseConfig config) {
    return open(spark, config.layout(), config.catalog());
  }

  /** The warehouse at {@code layout} with its tables in {@code catalog}. */
  public static Warehouse open(SparkSession spark, WarehouseLayout layout, CatalogConfig catalog) {
    String name = "wh_" + shortHash(layout.root() + "|" + catalog.uri());
    Map<String, String> props = catalog.sparkProperties(name, layout.root());
    for (Map.Entry<String, String> e : props.entrySet()) {
      spark.conf().set(e.getKey(), e.getValue());
    }
    Warehouse w = new Warehouse(spark, layout, catalog, name);
    try {
      w.fileSystem().mkdirs(new Path(layout.root()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the warehouse folder " + layout.root(), e);
    }
    w.ensureTables();
    return w;
  }

  /** The session the warehouse is read and written with. */
  public SparkSession spark() {
    return spark;
  }

  /** Where the warehouse lives. */
  public WarehouseLayout layout() {
    return layout;
  }

  /** The catalog of its tables. */
  public CatalogConfig catalog() {
    return catalog;
  }

  /** The table's name for Spark SQL, e.g. {@code wh_1a2b3c4d5e6f.facts.proxy_cases}. */
  public String name(WarehouseTable t) {
    return sparkCatalog + "." + t.qualifiedName();
  }

  /** The table's current snapshot, columns in the order of its definition. */
  public Dataset<Row> read(WarehouseTable t) {
    return spark.table(name(t)).select(columns(t));
  }

  private static org.apache.spark.sql.Column[] columns(WarehouseTable t) {
    return t.columns().stream().map(c -> col(c.name())).toArray(org.apache.spark.sql.Column[]::new);
  }

  /** The table's current snapshot id; empty while it has never been written. */
  public Optional<Long> snapshot(WarehouseTable t) {
    Snapshot s = table(t).currentSnapshot();
    return s == null ? Optional.empty() : Optional.of(s.snapshotId());
  }

  /**
   * The table as it was at a snapshot ({@link #snapshot}), columns in definition order: a read that
   * later writes to the same table do not change, however late Spark evaluates it. Empty for no
   * snapshot.
   */
  public Dataset<Row> readAt(WarehouseTable t, Optional<Long> snapshotId) {
    if (snapshotId.isEmpty()) {
      return spark.createDataFrame(List.of(), SparkSchemas.struct(t.columns()));
    }
    return spark
        .sql("SELECT * FROM " + name(t) + " VERSION AS OF " + snapshotId.get())
        .select(columns(t));
  }

  /** The Iceberg table, as the catalog holds it now. */
  public Table table(WarehouseTable t) {
    return iceberg().loadTable(identifier(t));
  }

  /** The file system of the warehouse root. */
  public FileSystem fileSystem() {
    try {
      return new Path(layout.root()).getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the warehouse at " + layout.root(), e);
    }
  }

  /** Iceberg's own catalog behind the Spark one. */
  Catalog iceberg() {
    return ((SparkCatalog) spark.sessionState().catalogManager().catalog(sparkCatalog))
        .icebergCatalog();
  }

  private static TableIdentifier identifier(WarehouseTable t) {
    return TableIdentifier.of(Namespace.of(t.namespace()), t.name());
  }

  private void ensureTables() {
    Catalog ice = iceberg();
    for (WarehouseTable t : TableCatalog.ALL) {
      Namespace ns = Namespace.of(t.namespace());
      if (ice instanceof SupportsNamespaces sn && !sn.namespaceExists(ns)) {
        sn.createNamespace(ns);
      }
      TableIdentifier id = identifier(t);
      if (!ice.tableExists(id)) {
        Schema schema = IcebergSchemas.schema(t);
        ice.buildTable(id, schema)
            .withPartitionSpec(IcebergSchemas.spec(t, schema))
            .withSortOrder(IcebergSchemas.sortOrder(t, schema))
            .withProperties(IcebergSchemas.properties(t))
            .create();
        LOG.info("created table {} in {}", t.qualifiedName(), catalog.describe());
      } else {
        addMissingColumns(ice.loadTable(id), t);
      }
    }
  }

  /** Columns a definition gained since the table was made are added (empty in older files). */
  private static void addMissingColumns(Table table, WarehouseTable t) {
    UpdateSchema update = null;
    for (Column c : t.columns()) {
      if (table.schema().findField(c.name()) == null) {
        update = update == null ? table.updateSchema() : update;
        update.addColumn(c.name(), IcebergSchemas.type(c.type()), c.chineseLabel());
        LOG.info("table {}: added column {}", t.qualifiedName(), c.name());
      }
    }
    if (update != null) {
      update.commit();
    }
  }

  private static String shortHash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
