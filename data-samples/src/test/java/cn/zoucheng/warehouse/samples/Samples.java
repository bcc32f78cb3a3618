package cn.zoucheng.warehouse.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads a generated sample's expected files and lists its exports, for tests. */
final class Samples {
  private Samples() {}

  /** The rows of a UTF-8 CSV under {@code expected/}, header first. */
  static List<List<String>> expected(Path out, String name) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (String line : Files.readAllLines(out.resolve("expected").resolve(name))) {
      rows.add(List.of(line.split(",", -1)));
    }
    return rows;
  }

  /** The export files (relative path to path) of a sample that are not expected to be rejected. */
  static Map<String, Path> readableExports(Path out) throws IOException {
    Set<String> rejected = new HashSet<>();
    for (List<String> r :
        expected(out, "rejected_files.csv")
            .subList(1, expected(out, "rejected_files.csv").size())) {
      rejected.add(r.get(0));
    }
    Path exports = out.resolve("exports");
    Map<String, Path> files = new HashMap<>();
    try (Stream<Path> walk = Files.walk(exports)) {
      // hidden files (the synthetic-sample marker) are not exports
      walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .forEach(
              p -> {
                String rel = exports.relativize(p).toString().replace('\\', '/');
                if (!rejected.contains(rel)) {
                  files.put(rel, p);
                }
              });
    }
    return files;
  }

  /**
   * {@code file|row} of every expected bad row of the given reasons (all reasons when none given).
   */
  static Set<String> badRows(Path out, String... reasons) throws IOException {
    Set<String> wanted = Set.of(reasons);
    Set<String> keys = new HashSet<>();
    List<List<String>> q = expected(out, "quarantine.csv");
    for (List<String> r : q.subList(1, q.size())) {
      if (wanted.isEmpty() || wanted.contains(r.get(3))) {
        keys.add(r.get(0) + "|" + r.get(1));
      }
    }
    return keys;
  }
}
