package cn.zoucheng.warehouse.schemas.types;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract of one record type: its export columns and rules, and the warehouse table it
 * becomes. Everything downstream (Spark read schemas, validation, DuckDB views, documentation) is
 * derived from instances of this class.
 */
public final class RecordSchema implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  /**
   * Partition column holding the month ({@code YYYY-MM}) that the record's placing date falls in.
   */
  public static final String MONTH = "month";

  /** Partition column holding the town's code; it is also the town field's analytic column. */
  public static final String TOWN_CODE = "town_code";

  /** Lineage columns every fact row carries after its fields. */
  public static final List<Column> LINEAGE_COLUMNS =
      List.of(
          new Column(
              "file_month",
              ColumnType.STRING,
              "报送月份",
              "month of the export file that delivered this version of the record"),
          new Column("source_file", ColumnType.STRING, "来源文件", "name of the export file"),
          new Column(
              "source_row",
              ColumnType.INTEGER,
              "来源行号",
              "row number in the source file, counting as a spreadsheet does (header = its own"
                  + " row)"),
          new Column("ingest_run_id", ColumnType.STRING, "入库批次", "the ingest run that loaded it"));

  private final String name;
  private final String chineseName;
  private final List<Field> fields;
  private final List<String> businessKey;
  private final String placingField;
  private final boolean reappears;
  private final String description;
  private final Map<String, Field> byName;

  private RecordSchema(Builder b) {
    this.name = Objects.requireNonNull(b.name);
    this.chineseName = Objects.requireNonNull(b.chineseName);
    this.fields = List.copyOf(b.fields);
    this.businessKey = List.copyOf(b.businessKey);
    this.placingField = Objects.requireNonNull(b.placingField, "placing field of " + b.name);
    this.reappears = b.reappears;
    this.description = b.description;
    Map<String, Field> map = new LinkedHashMap<>();
    for (Field f : fields) {
      if (map.put(f.name(), f) != null) {
        throw new IllegalStateException(name + ": duplicate field " + f.name());
      }
    }
    this.byName = Collections.unmodifiableMap(map);
    for (String k : businessKey) {
      if (!map.containsKey(k)) {
        throw new IllegalStateException(name + ": business key field " + k + " is not a field");
      }
    }
    if (!map.containsKey(placingField)) {
      throw new IllegalStateException(name + ": placing field " + placingField + " is not a field");
    }
  }

  /** Starts the schema of a record type. */
  public static Builder builder(String name, String chineseName) {
    return new Builder(name, chineseName);
  }

  /**
   * The record type's name as it appears in file names and table names, e.g. {@code proxy_cases}.
   */
  public String name() {
    return name;
  }

  /** The record type's Chinese name, e.g. {@code 民生代办事项}. */
  public String chineseName() {
    return chineseName;
  }

  /** One sentence on what a row is. */
  public String description() {
    return description;
  }

  /** The export fields, in documentation order. */
  public List<Field> fields() {
    return fields;
  }

  /** The field with the given English name, if there is one. */
  public Optional<Field> field(String fieldName) {
    return Optional.ofNullable(byName.get(fieldName));
  }

  /** The fields identifying a record within its town. */
  public List<String> businessKey() {
    return businessKey;
  }

  /** The field whose date (or month) places a record in its month. */
  public Field placingField() {
    return byName.get(placingField);
  }

  /**
   * Whether a record may appear again in a later month's file (with its original placing date) when
   * its status changes; if not, a placing date before the file's month is bad input.
   */
  public boolean reappears() {
    return reappears;
  }

  /** The business key's analytic column names (reference fields become their {@code _code}). */
  public List<String> businessKeyColumns() {
    List<String> out = new ArrayList<>();
    out.add(TOWN_CODE);
    for (String k : businessKey) {
      String column = byName.get(k).columns().get(0).name();
      if (!column.equals(TOWN_CODE)) {
        out.add(column);
      }
    }
    return List.copyOf(out);
  }

  /** The columns of the fact table: the fields' columns, then lineage, then {@link #MONTH}. */
  public List<Column> columns() {
    List<Column> out = new ArrayList<>();
    for (Field f : fields) {
      out.addAll(f.columns());
    }
    out.addAll(LINEAGE_COLUMNS);
    out.add(
        new Column(
            MONTH, ColumnType.STRING, "月份", "month of " + placingField + " (partition column)"));
    return List.copyOf(out);
  }

  /** Column of the deliveries table holding a row's unknown extra columns as a JSON object. */
  public static final String EXTRA_COLUMNS = "extra_columns";

  /**
   * The columns of the deliveries table (the raw layer: the rows of each town-month's current
   * file): the fact columns, then the file's extra columns as JSON. Partitioned by {@code
   * file_month} and {@code town_code}.
   */
  public List<Column> deliveryColumns() {
    List<Column> out = new ArrayList<>(columns());
    out.add(
        new Column(
            EXTRA_COLUMNS,
            ColumnType.STRING,
            "其他列",
            "columns the contract does not know, as a JSON object (kept, not used downstream)"));
    return List.copyOf(out);
  }

  /**
   * The columns the warehouse partitions this record type's facts by: the month alone, so that a
   * county month of one record type is one data file, not one per town.
   */
  public List<String> partitionColumns() {
    return List.of(MONTH);
  }

  /** The order of rows inside a data file: by town, then by business key. */
  public List<String> sortColumns() {
    return businessKeyColumns();
  }

  @Override
  public String toString() {
    return name;
  }

  /** Collects a record type's fields and rules. */
  public static final class Builder {
    private final String name;
    private final String chineseName;
    private final List<Field> fields = new ArrayList<>();
    private final List<String> businessKey = new ArrayList<>();
    private String placingField;
    private boolean reappears;
    private String description = "";

    private Builder(String name, String chineseName) {
      this.name = name;
      this.chineseName = chineseName;
    }

    /** Adds fields in order. */
    public Builder fields(Field... more) {
      fields.addAll(List.of(more));
      return this;
    }

    /** Names the fields identifying a record within its town. */
    public Builder businessKey(String... names) {
      businessKey.addAll(List.of(names));
      return this;
    }

    /** Names the field whose date places a record in its month. */
    public Builder placedBy(String fieldName) {
      this.placingField = fieldName;
      return this;
    }

    /** Records of this type may reappear in a later month's file when their status changes. */
    public Builder reappearsInLaterMonths() {
      this.reappears = true;
      return this;
    }

    /** Documents what one row is. */
    public Builder describedAs(String text) {
      this.description = text;
      return this;
    }

    /** The finished, validated schema. */
    public RecordSchema build() {
      return new RecordSchema(this);
    }
  }
}
