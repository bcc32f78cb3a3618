package cn.zoucheng.warehouse.schemas.types;

/** The engine-neutral type of an analytic column; Spark and DuckDB types are derived from it. */
public enum ColumnType {
  STRING("VARCHAR"),
  DATE("DATE"),
  INTEGER("INTEGER"),
  LONG("BIGINT"),
  /** Yuan with two decimals. */
  DECIMAL("DECIMAL(" + ColumnType.DECIMAL_PRECISION + "," + ColumnType.DECIMAL_SCALE + ")"),
  DOUBLE("DOUBLE"),
  BOOLEAN("BOOLEAN"),
  TIMESTAMP("TIMESTAMP");

  /** Digits a {@link #DECIMAL} holds in all, decimals included: 99,999,999,999,999.99 at most. */
  public static final int DECIMAL_PRECISION = 16;

  /** Decimals of a {@link #DECIMAL}. */
  public static final int DECIMAL_SCALE = 2;

  private final String sql;

  ColumnType(String sql) {
    this.sql = sql;
  }

  /** The SQL type name, as DuckDB and the documentation print it. */
  public String sql() {
    return sql;
  }

  /** The column type a parsed export value of the given field type has. */
  public static ColumnType of(FieldType type) {
    return switch (type) {
      case STRING, CODE, MONTH -> STRING;
      case DATE -> DATE;
      case INTEGER -> INTEGER;
      case AMOUNT -> DECIMAL;
      case BOOLEAN -> BOOLEAN;
    };
  }
}
