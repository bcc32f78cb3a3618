package cn.zoucheng.warehouse.jobs.metrics;

import cn.zoucheng.warehouse.schemas.SqlLiterals;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the SQL texts shipped under {@code metrics/} on the classpath. */
final class MetricSql {
  private MetricSql() {}

  /**
   * The text of {@code metrics/<name>}, e.g. {@code sql/proxy_cases.sql}, its status words expanded
   * ({@link SqlLiterals}).
   */
  static String load(String name) {
    String resource = "metrics/" + name;
    try (InputStream in = MetricSql.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("SQL resource missing from the classpath: " + resource);
      }
      return SqlLiterals.expand(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }
}
