package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.catalog.SqlConsole;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code warehouse sql "SELECT …"}: read-only SQL against the warehouse's DuckDB catalogue. */
@Command(
    name = "sql",
    mixinStandardHelpOptions = true,
    description = {
      "Run read-only SQL against the warehouse's DuckDB views and print the result.",
      "Views: one per record type (proxy_cases, petitions, …), reference table (towns,",
      "villages, …), quarantine and manifest. Example:",
      "  bin/warehouse sql \"SELECT town_code, count(*) FROM proxy_cases GROUP BY 1\""
    })
final class SqlCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Parameters(index = "0", paramLabel = "SQL", description = "the query")
  String query;

  @Option(
      names = "--format",
      defaultValue = "table",
      paramLabel = "table|csv",
      description = "output format (default: ${DEFAULT-VALUE})")
  String format;

  @Option(
      names = "--as-of",
      paramLabel = "RUN_ID",
      description =
          "answer from the warehouse as that committed run left it (the run id a bulletin"
              + " prints; the runs are listed in <warehouse>/_runs/)")
  String asOf;

  @Override
  public Integer call() throws SQLException {
    WarehouseConfig config = common.load();
    if (!"file".equals(config.warehouseRoot().getScheme())) {
      throw new IllegalStateException(
          "the DuckDB catalogue lives in a local warehouse folder;"
              + " "
              + config.warehouseRoot()
              + " is not one");
    }
    Path root = Path.of(config.warehouseRoot());
    try (SqlConsole console =
        asOf == null ? SqlConsole.open(root) : SqlConsole.openAsOf(root, asOf)) {
      console.query(query, this::print);
      return 0;
    }
  }

  private Void print(ResultSet rs) throws SQLException {
    ResultSetMetaData md = rs.getMetaData();
    List<String> header = new ArrayList<>();
    List<Boolean> numeric = new ArrayList<>();
    for (int i = 1; i <= md.getColumnCount(); i++) {
      header.add(md.getColumnLabel(i));
      numeric.add(isNumeric(md.getColumnType(i)));
    }
    List<List<String>> rows = new ArrayList<>();
    while (rs.next()) {
      List<String> r = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        Object v = rs.getObject(i);
        r.add(v == null ? "" : v instanceof BigDecimal b ? b.toPlainString() : v.toString());
      }
      rows.add(r);
    }
    if (format.equals("csv")) {
      TablePrinter.csv(System.out, header, rows);
    } else {
      TablePrinter.table(System.out, header, rows, numeric);
    }
    return null;
  }

  private static boolean isNumeric(int type) {
    return switch (type) {
      case Types.INTEGER,
          Types.BIGINT,
          Types.SMALLINT,
          Types.TINYINT,
          Types.DOUBLE,
          Types.FLOAT,
          Types.REAL,
          Types.DECIMAL,
          Types.NUMERIC ->
          true;
      default -> false;
    };
  }
}
