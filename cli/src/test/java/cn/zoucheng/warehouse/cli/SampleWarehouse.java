package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.IngestResult;
import cn.zoucheng.warehouse.jobs.metrics.MetricsResult;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The committed sample ingested, and the metrics of all its months ({@link #FROM}..{@link #TO})
 * computed, once per test JVM (it takes minutes) into a temporary warehouse that every sample IT
 * shares, with the one SparkSession of the JVM. A test class declares
 * {@code @ExtendWith(SampleWarehouse.Resolver.class)} and takes a {@code SampleWarehouse}
 * parameter. The instance lives in JUnit's root store, which closes it when the JVM's tests are
 * done: the session is stopped and the folder deleted. Tests may add to the warehouse (metrics,
 * bulletins) but must not change what the ingest and the metrics wrote.
 */
final class SampleWarehouse implements AutoCloseable {
  /** The months of the sample. */
  static final YearMonth FROM = YearMonth.of(2024, 10);

  static final YearMonth TO = YearMonth.of(2026, 10);

  static final Path SAMPLES = Path.of("..", "data-samples").toAbsolutePath().normalize();

  final Path warehouse;
  final WarehouseConfig config;
  final SparkSession spark;
  final IngestResult ingest;
  final MetricsResult metrics;
  private final Path tmp;

  private SampleWarehouse() throws IOException {
    tmp = Files.createTempDirectory("sample-it-");
    warehouse = tmp.resolve("warehouse");
    config = WarehouseConfig.of(warehouse.toUri());
    spark = Sessions.open(config, "sample ITs");
    try (Progress progress = new Progress(System.out)) {
      progress.accept("ingesting the committed sample into " + warehouse);
      ingest =
          IngestCommand.ingest(
              spark, config, InputOptions.of(SAMPLES.resolve("exports").toString()), progress);
      metrics = MetricsCommand.compute(spark, config, FROM, TO, progress);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    spark.stop();
    try (Stream<Path> s = Files.walk(tmp)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Resolves {@code SampleWarehouse} parameters to the one instance of the test JVM. */
  static final class Resolver implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
      return p.getParameter().getType() == SampleWarehouse.class;
    }

    @Override
    public Object resolveParameter(ParameterContext p, ExtensionContext e) {
      return e.getRoot()
          .getStore(ExtensionContext.Namespace.create(SampleWarehouse.class))
          .getOrComputeIfAbsent(
              SampleWarehouse.class,
              k -> {
                try {
                  return new SampleWarehouse();
                } catch (IOException x) {
                  throw new UncheckedIOException(x);
                }
              },
              SampleWarehouse.class);
    }
  }
}
