package cn.zoucheng.warehouse.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where committed runs' records live: {@code _runs/<run id>.json} under the warehouse root, and
 * {@code _runs/LATEST} naming the last committed run. Rewriting {@code LATEST} is a run's commit
 * point. This class reads them from a local folder; the jobs write them through Hadoop's file
 * system API.
 */
public final class RunRecords {
  /** The folder of the run records, relative to the warehouse root. */
  public static final String FOLDER = "_runs";

  /** The file naming the last committed run. */
  public static final String LATEST = "LATEST";

  /** The folder naming, per month, the run its published bulletins were made from. */
  public static final String PUBLISHED = "published";

  private RunRecords() {}

  /**
   * Notes that the bulletins of {@code month} were made from run {@code runId}: maintenance keeps
   * that run's snapshots, so that the bulletins can be reproduced ({@code sql --as-of}).
   */
  public static void published(Path root, java.time.YearMonth month, String runId) {
    Path dir = root.resolve(FOLDER).resolve(PUBLISHED);
    try {
      Files.createDirectories(dir);
      Path tmp = dir.resolve("." + month + ".tmp");
      Files.writeString(tmp, runId);
      Files.move(
          tmp,
          dir.resolve(month.toString()),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING,
          java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot note the bulletins' run in " + dir, e);
    }
  }

  /** The runs that published bulletins, by month. */
  public static java.util.SortedMap<java.time.YearMonth, String> publishedRuns(Path root) {
    java.util.SortedMap<java.time.YearMonth, String> out = new java.util.TreeMap<>();
    Path dir = root.resolve(FOLDER).resolve(PUBLISHED);
    if (!Files.isDirectory(dir)) {
      return out;
    }
    try (var files = Files.list(dir)) {
      for (Path f :
          files.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}")).toList()) {
        out.put(java.time.YearMonth.parse(f.getFileName().toString()), Files.readString(f).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + dir, e);
    }
    return out;
  }

  /** The record of a run, relative to the root. */
  public static String path(String runId) {
    return FOLDER + "/" + runId + ".json";
  }

  /** The record of the last committed run of the local warehouse, if any run committed. */
  public static java.util.Optional<WarehouseState> latest(Path root) {
    Path pointer = root.resolve(FOLDER).resolve(LATEST);
    if (!Files.isRegularFile(pointer)) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(read(root, Files.readString(pointer).trim()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pointer, e);
    }
  }

  /** The record of run {@code runId} of the local warehouse; fails clearly when there is none. */
  public static WarehouseState read(Path root, String runId) {
    if (!runId.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("not a run id: '" + runId + "'");
    }
    Path file = root.resolve(path(runId));
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no committed run "
              + runId
              + " in "
              + root
              + " (the runs are the files "
              + FOLDER
              + "/*.json; a run that did not commit has none)");
    }
    try {
      return WarehouseState.fromJson(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
