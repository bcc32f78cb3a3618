package cn.zoucheng.warehouse.catalog;

/** An analyst's statement the SQL console does not run, with what was refused and why. */
public final class RefusedQueryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private RefusedQueryException(String message) {
    super(message);
  }

  /** The statement is not a query (a write, a setting, an export, …). */
  static RefusedQueryException notAQuery(String firstWord, String parserSays) {
    return new RefusedQueryException(
        "refused: "
            + firstWord
            + " is not a query. The warehouse's SQL is read-only: SELECT, WITH, FROM, VALUES,"
            + " DESCRIBE, SHOW, SUMMARIZE and EXPLAIN only; nothing can be written, exported,"
            + " attached or set from here."
            + (parserSays.contains("Parser Error") ? " (DuckDB: " + parserSays + ")" : ""));
  }

  /** More than one statement in one call. */
  static RefusedQueryException severalStatements() {
    return new RefusedQueryException("refused: more than one statement; give one query per call");
  }

  /** The query tried to read a file outside the warehouse's tables. */
  static RefusedQueryException outsideWarehouse(String duckdbSays) {
    return new RefusedQueryException(
        "refused: the query reads a file outside the warehouse's tables; query the views"
            + " (see docs/warehouse-views.md) instead. (DuckDB: "
            + duckdbSays
            + ")");
  }
}
