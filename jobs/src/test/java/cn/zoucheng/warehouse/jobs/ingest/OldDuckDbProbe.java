package cn.zoucheng.warehouse.jobs.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * Opens a DuckDB file read-only with whatever DuckDB driver is on the class path and prints the
 * results of queries, one line per row, tab-separated: run by {@link DuckDbReadersTest} in a JVM of
 * its own with an older driver. Arguments: the database file, the warehouse root (its relative
 * paths), then the queries.
 */
public final class OldDuckDbProbe {
  private OldDuckDbProbe() {}

  public static void main(String[] args) throws Exception {
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[0], p);
        Statement st = c.createStatement()) {
      st.execute("SET file_search_path = '" + args[1].replace("'", "''") + "'");
      try (ResultSet rs = st.executeQuery("SELECT version()")) {
        rs.next();
        System.out.println("version\t" + rs.getString(1));
      }
      for (int i = 2; i < args.length; i++) {
        try (ResultSet rs = st.executeQuery(args[i])) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder sb = new StringBuilder("row\t" + (i - 2));
            for (int k = 1; k <= n; k++) {
              sb.append("\t").append(rs.getString(k));
            }
            System.out.println(sb);
          }
        }
      }
    }
  }
}
