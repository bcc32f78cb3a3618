package cn.zoucheng.warehouse.jobs.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One SparkSession for the whole test JVM: {@code local[2]}, UI off, two shuffle partitions,
 * loopback host. Use with {@code @ExtendWith(SharedSpark.class)} and a {@code SparkSession}
 * parameter. No test may stop it.
 */
public final class SharedSpark implements BeforeAllCallback, ParameterResolver {
  private static SparkSession session;

  /** The shared session, created on first use (and again if something stopped it). */
  public static synchronized SparkSession session() {
    if (session == null || session.sparkContext().isStopped()) {
      try {
        Path warehouse = Files.createTempDirectory("spark-warehouse");
        session =
            Sessions.tuned(SparkSession.builder().master("local[2]").appName("tests"), 2)
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.sql.warehouse.dir", warehouse.toString())
                .getOrCreate();
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return session;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    session();
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return session();
  }
}
