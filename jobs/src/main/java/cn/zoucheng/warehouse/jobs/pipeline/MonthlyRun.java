package cn.zoucheng.warehouse.jobs.pipeline;

import static org.apache.spark.sql.functions.max;

import cn.zoucheng.warehouse.catalog.WarehouseState;
import cn.zoucheng.warehouse.jobs.ingest.IngestExportsJob;
import cn.zoucheng.warehouse.jobs.ingest.IngestOptions;
import cn.zoucheng.warehouse.jobs.ingest.IngestResult;
import cn.zoucheng.warehouse.jobs.ingest.Pseudonymizer;
import cn.zoucheng.warehouse.jobs.metrics.ComputeMonthlyMetricsJob;
import cn.zoucheng.warehouse.jobs.metrics.MetricsOptions;
import cn.zoucheng.warehouse.jobs.metrics.MetricsResult;
import cn.zoucheng.warehouse.jobs.metrics.RecomputeMonths;
import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.jobs.storage.WarehouseRun;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.function.Consumer;
import org.apache.spark.sql.Row;

/**
 * The monthly run, one run of the warehouse under one lock and one commit: ingest the folders, then
 * recompute the metrics of every month the new data touches (with the months whose 环比, year to date
 * or 同比 depend on them), then the catalogue. Analysts and bulletins see the month before it or the
 * whole of it, never the facts without their figures.
 *
 * <pre>{@code
 * MonthlyRun.Result r = MonthlyRun.run(warehouse, options, pseudonymizer, ReferenceData.load(),
 *     System.err::println);
 * }</pre>
 */
public final class MonthlyRun {
  private MonthlyRun() {}

  /**
   * What the run did.
   *
   * @param ingest the ingest's files and rows
   * @param months the months whose metrics were recomputed (empty when nothing changed)
   * @param metrics the metrics run, when there was one
   * @param state the state the run committed
   */
  public record Result(
      IngestResult ingest,
      SortedSet<YearMonth> months,
      Optional<MetricsResult> metrics,
      WarehouseState state) {}

  /** Runs the month. */
  public static Result run(
      Warehouse warehouse,
      IngestOptions options,
      Pseudonymizer pseudonymizer,
      ReferenceData reference,
      Consumer<String> progress) {
    WarehouseRun.Committed<Result> done =
        WarehouseRun.execute(
            warehouse,
            "run",
            options.runId(),
            Optional.of(pseudonymizer.fingerprint()),
            writer -> body(warehouse, options, pseudonymizer, reference, progress, writer));
    Result r = done.result();
    return new Result(r.ingest(), r.months(), r.metrics(), done.state());
  }

  private static Result body(
      Warehouse warehouse,
      IngestOptions options,
      Pseudonymizer pseudonymizer,
      ReferenceData reference,
      Consumer<String> progress,
      TableWriter writer) {
    IngestResult ingest =
        new IngestExportsJob(warehouse, options, pseudonymizer, reference, progress).ingest(writer);
    List<RecomputeMonths.Touched> touched = new ArrayList<>();
    for (String t : ingest.touchedTypeMonths()) {
      String[] parts = t.split("/");
      touched.add(new RecomputeMonths.Touched(parts[0], YearMonth.parse(parts[1])));
    }
    if (touched.isEmpty()) {
      progress.accept("no month changed: the metrics are up to date");
      return new Result(ingest, Collections.emptySortedSet(), Optional.empty(), null);
    }
    YearMonth newest =
        touched.stream().map(RecomputeMonths.Touched::month).max(YearMonth::compareTo).get();
    YearMonth last = lastMonth(warehouse).filter(m -> m.isAfter(newest)).orElse(newest);
    SortedSet<YearMonth> months = RecomputeMonths.after(touched, last);
    progress.accept("computing the metrics of " + months.first() + ".." + months.last());
    MetricsResult metrics =
        new ComputeMonthlyMetricsJob(
                new MetricsOptions(
                    warehouse,
                    warehouse,
                    months.first(),
                    months.last(),
                    writer.runId(),
                    MetricsOptions.DEFAULT_DEADLINE_DAY))
            .compute(writer);
    return new Result(ingest, months, Optional.of(metrics), null);
  }

  /** The latest month holding any facts (so a re-delivered past month reaches its 同比). */
  public static Optional<YearMonth> lastMonth(Warehouse warehouse) {
    YearMonth last = null;
    for (RecordSchema type : ExportCatalog.ALL) {
      Row r = warehouse.read(TableCatalog.facts(type)).agg(max(RecordSchema.MONTH)).first();
      if (!r.isNullAt(0)) {
        YearMonth m = YearMonth.parse(r.getString(0));
        last = last == null || m.isAfter(last) ? m : last;
      }
    }
    return Optional.ofNullable(last);
  }
}
