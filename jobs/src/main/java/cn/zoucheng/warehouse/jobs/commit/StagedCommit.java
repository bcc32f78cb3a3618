package cn.zoucheng.warehouse.jobs.commit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All-or-nothing publication of a run's output. A run writes everything under {@code
 * _staging/<run>/}, invisible to readers; then {@link #commit} writes the run's journal (the list
 * of folder replacements) with one atomic rename: that rename is the commit point. Only then are
 * the folders swapped in, old ones moved to {@code _trash/<run>/}. A run killed before the commit
 * point leaves the warehouse as it was (its staging is removed by {@link #recover}); one killed
 * after it is completed by {@link #recover}, which every writer calls first, under the lock.
 */
public final class StagedCommit {
  private static final Logger LOG = LoggerFactory.getLogger(StagedCommit.class);
  private static final String JOURNAL = "_journal";
  private static final String STAGING = "_staging";
  private static final String TRASH = "_trash";

  private final FileSystem fs;
  private final Path root;

  /** Commits into the warehouse at {@code root}. */
  public StagedCommit(FileSystem fs, Path root) {
    this.fs = fs;
    this.root = root;
  }

  /** The staging folder of a run. */
  public Path staging(String runId) {
    return new Path(new Path(root, STAGING), runId);
  }

  /** Publishes the run's staged folders as listed; returns when the warehouse shows them all. */
  public void commit(String runId, List<Replacement> replacements) {
    try {
      Path dir = new Path(root, JOURNAL);
      fs.mkdirs(dir);
      Path tmp = new Path(dir, runId + ".tmp");
      try (FSDataOutputStream out = fs.create(tmp, true)) {
        StringBuilder sb = new StringBuilder();
        for (Replacement r : replacements) {
          sb.append(r.target())
              .append('\t')
              .append(r.staged() == null ? "-" : r.staged())
              .append('\n');
        }
        out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
        out.hsync();
      }
      RunPhases.reached(runId, "before-commit-point");
      if (!fs.rename(tmp, new Path(dir, runId + ".commit"))) {
        throw new IOException("cannot rename the journal " + tmp);
      }
      RunPhases.reached(runId, "after-commit-point");
      apply(runId, replacements);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "commit of run " + runId + " failed; the next run will" + " complete or undo it", e);
    }
  }

  /**
   * Completes every committed run that a crash interrupted and removes the staging of runs that
   * never reached their commit point. Call it under the warehouse lock before writing.
   */
  public void recover() {
    try {
      Path dir = new Path(root, JOURNAL);
      if (fs.exists(dir)) {
        FileStatus[] journals = fs.listStatus(dir);
        Arrays.sort(journals, (a, b) -> a.getPath().getName().compareTo(b.getPath().getName()));
        for (FileStatus j : journals) {
          String name = j.getPath().getName();
          if (name.endsWith(".commit")) {
            String runId = name.substring(0, name.length() - ".commit".length());
            LOG.warn("completing run {}, which was interrupted after its commit point", runId);
            apply(runId, read(j.getPath()));
          } else {
            fs.delete(j.getPath(), false);
          }
        }
      }
      for (String leftover : List.of(STAGING, TRASH)) {
        Path p = new Path(root, leftover);
        if (fs.exists(p)) {
          for (FileStatus s : fs.listStatus(p)) {
            LOG.warn(
                "removing {} of run {}, which stopped before its commit point",
                leftover,
                s.getPath().getName());
            fs.delete(s.getPath(), true);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot recover the warehouse at " + root, e);
    }
  }

  /** Removes a run's staging folder after a failure before its commit point. */
  public void abandon(String runId) {
    try {
      fs.delete(staging(runId), true);
    } catch (IOException e) {
      LOG.warn("could not remove staging of run {}: {}", runId, e.toString());
    }
  }

  private void apply(String runId, List<Replacement> replacements) throws IOException {
    Path staging = staging(runId);
    Path trash = new Path(new Path(root, TRASH), runId);
    for (Replacement r : replacements) {
      Path target = new Path(root, r.target());
      Path staged = r.staged() == null ? null : new Path(staging, r.staged());
      if (staged != null && !fs.exists(staged)) {
        // already moved in by an earlier attempt, or nothing was staged: make sure the old folder
        // is gone only in the second case, which apply() cannot tell; the journal lists deletes
        // explicitly, so a missing staged folder here means done.
        continue;
      }
      if (fs.exists(target)) {
        Path old = new Path(trash, r.target());
        fs.mkdirs(old.getParent());
        if (fs.exists(old)) {
          fs.delete(old, true);
        }
        if (!fs.rename(target, old)) {
          throw new IOException("cannot move " + target + " aside");
        }
      }
      if (staged != null) {
        fs.mkdirs(target.getParent());
        if (!fs.rename(staged, target)) {
          throw new IOException("cannot move " + staged + " into place");
        }
      }
    }
    fs.delete(new Path(new Path(root, JOURNAL), runId + ".commit"), false);
    fs.delete(trash, true);
    fs.delete(staging, true);
  }

  private List<Replacement> read(Path journal) throws IOException {
    List<Replacement> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(fs.open(journal), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank()) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        out.add(new Replacement(parts[0], parts[1].equals("-") ? null : parts[1]));
      }
    }
    return out;
  }
}
