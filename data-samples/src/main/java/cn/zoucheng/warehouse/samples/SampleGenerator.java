package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.SyntheticSample;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the town exports of a range of months, deterministically from the options' seed, with
 * the expected quarantine beside them.
 *
 * <pre>{@code
 * GeneratorResult r = new SampleGenerator(GeneratorOptions.defaults(1.0, out)).run();
 * }</pre>
 */
public final class SampleGenerator {
  private static final Logger LOG = LoggerFactory.getLogger(SampleGenerator.class);

  private final GeneratorOptions options;
  private final ReferenceData refs = ReferenceData.load();
  private final List<TownStyle> styles = TownStyles.of(refs);
  private final List<RecordMaker> makers =
      List.of(
          new ProxyCaseMaker(),
          new PetitionMaker(),
          new VoucherMaker(),
          new DeliberationMaker(),
          new DisputeMaker(),
          new SuggestionMaker(),
          new DemocraticReviewMaker(),
          new DisclosureMaker());

  /** A generator for the given options; nothing is written before {@link #run()}. */
  public SampleGenerator(GeneratorOptions options) {
    this.options = options;
  }

  /**
   * Writes {@code exports/} and {@code expected/} under the output directory, replacing old ones.
   */
  public GeneratorResult run() {
    try {
      return generate();
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the sample under " + options.outputDir(), e);
    }
  }

  private GeneratorResult generate() throws IOException {
    Path out = options.outputDir();
    deleteTree(out.resolve("exports"));
    deleteTree(out.resolve("expected"));
    List<YearMonth> months = months();
    Expectations expected = new Expectations();
    ExportFiles files = new ExportFiles(out.resolve("exports"), options.seed(), expected);
    Files.createDirectories(out.resolve("exports"));
    BadRows badRows = new BadRows(filesPerType(months), months.size());
    Reappearances later = new Reappearances();
    Map<String, Long> rowsByType = new LinkedHashMap<>();
    for (RecordMaker m : makers) {
      rowsByType.put(m.schema().name(), 0L);
    }
    for (YearMonth month : months) {
      for (TownStyle style : styles) {
        if (SpecialDeliveries.isMissing(style, month)) {
          expected.special(
              "missing", style.fileTown() + "_" + month, "no files at all for the month");
          continue;
        }
        TownMonth tm = townMonth(style, month);
        LocalDate received = Deliveries.receivedOn(options.seed(), style, month);
        for (RecordMaker maker : makers) {
          if (!maker.exportedIn(tm)) {
            continue;
          }
          int written = writeFile(tm, maker, received, later, badRows, files, expected);
          rowsByType.merge(maker.schema().name(), (long) written, Long::sum);
        }
      }
      LOG.info("generated {}", month);
    }
    new BadFiles(files, expected, styles, months, this::sampleRows).writeAll();
    expected.write(out.resolve("expected"));
    // last, so that the marker names the checksum of every export written
    Path exports = out.resolve("exports");
    Files.writeString(
        exports.resolve(SyntheticSample.MARKER),
        SyntheticSample.markerText(SyntheticSample.checksum(exports)));
    return new GeneratorResult(
        files.filesWritten(), rowsByType, expected.badRows().size(), expected.rejectedCount());
  }

  private int writeFile(
      TownMonth tm,
      RecordMaker maker,
      LocalDate received,
      Reappearances later,
      BadRows badRows,
      ExportFiles files,
      Expectations expected)
      throws IOException {
    RecordSchema schema = maker.schema();
    Draw d = Draw.of(options.seed(), tm.town().code(), tm.month(), schema.name());
    List<ExportRow> rows = new ArrayList<>(later.take(tm.town().code(), schema.name(), tm.month()));
    rows.addAll(maker.make(tm, d, later));
    if (schema.reappears()) {
      String placing = schema.placingField().name();
      rows.sort(
          Comparator.comparing((ExportRow r) -> r.date(placing)).thenComparing(ExportRow::key));
    }
    boolean redelivered = SpecialDeliveries.isRedelivered(tm.style(), tm.month(), schema);
    List<InjectedRow> bad = redelivered ? List.of() : badRows.inject(rows, tm, d);
    String file = files.write(received, tm.style(), tm.month(), schema, rows, bad);
    if (redelivered) {
      SpecialDeliveries.redeliver(files, expected, tm, received, file, rows, d);
    }
    return rows.size();
  }

  private TownMonth townMonth(TownStyle style, YearMonth month) {
    int index =
        (int)
            (month.getYear() * 12L
                + month.getMonthValue()
                - GeneratorOptions.DEFAULT_FIRST_MONTH.getYear() * 12L
                - GeneratorOptions.DEFAULT_FIRST_MONTH.getMonthValue());
    var villages = refs.villagesOf(style.town().code());
    return new TownMonth(
        style,
        villages,
        month,
        index,
        options.scale(),
        refs,
        villages.size() / (double) refs.villages().size());
  }

  /** A few valid rows of a record type, for the bad files (a month before the sample). */
  private List<ExportRow> sampleRows(TownStyle style, RecordSchema schema) {
    TownMonth tm = townMonth(style, options.firstMonth().minusMonths(1));
    RecordMaker maker =
        makers.stream().filter(m -> m.schema().equals(schema)).findFirst().orElseThrow();
    List<ExportRow> rows =
        maker.make(tm, Draw.of(options.seed(), "bad-file", schema.name()), new Reappearances());
    return rows.subList(0, Math.min(20, rows.size()));
  }

  private List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = options.firstMonth(); !m.isAfter(options.lastMonth()); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  private Map<RecordSchema, Integer> filesPerType(List<YearMonth> months) {
    Map<RecordSchema, Integer> counts = new LinkedHashMap<>();
    for (YearMonth month : months) {
      TownMonth probe = townMonth(styles.get(0), month);
      for (RecordMaker m : makers) {
        if (m.exportedIn(probe)) {
          counts.merge(m.schema(), styles.size(), Integer::sum);
        }
      }
    }
    return counts;
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      Iterator<Path> it = walk.sorted(Comparator.reverseOrder()).iterator();
      while (it.hasNext()) {
        Files.delete(it.next());
      }
    }
  }
}
