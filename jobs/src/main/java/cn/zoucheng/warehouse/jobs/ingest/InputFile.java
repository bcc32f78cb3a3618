package cn.zoucheng.warehouse.jobs.ingest;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * One file found under an input folder: where it is, its path relative to the folder, and the date
 * the city received it (the nearest parent folder named {@code YYYY-MM-DD}, else the file's
 * modification date in China time).
 */
public record InputFile(String uri, String relativePath, LocalDate receivedOn)
    implements Serializable {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /**
   * Every file under the folders, hidden ({@code .x}) and underscore ({@code _x}) names skipped, in
   * delivery order: by receipt date, then path.
   */
  public static List<InputFile> discover(Configuration conf, List<URI> folders) {
    List<InputFile> out = new ArrayList<>();
    for (URI folder : folders) {
      try {
        Path root = new Path(folder);
        FileSystem fs = root.getFileSystem(conf);
        if (!fs.exists(root)) {
          throw IngestErrors.inputNotFound(folder.toString());
        }
        String rootText = fs.getFileStatus(root).getPath().toUri().getPath();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
          FileStatus s = it.next();
          String path = s.getPath().toUri().getPath();
          String rel =
              path.substring(Math.min(path.length(), rootText.length())).replaceFirst("^/", "");
          if (rel.isEmpty()) {
            rel = s.getPath().getName();
          }
          if (hidden(rel)) {
            continue;
          }
          out.add(new InputFile(s.getPath().toUri().toString(), rel, dateReceived(rel, s)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + folder, e);
      }
    }
    out.sort(Comparator.comparing(InputFile::receivedOn).thenComparing(InputFile::relativePath));
    return out;
  }

  private static boolean hidden(String rel) {
    for (String part : rel.split("/")) {
      if (part.startsWith(".") || part.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static LocalDate dateReceived(String rel, FileStatus s) {
    String[] parts = rel.split("/");
    for (int i = parts.length - 2; i >= 0; i--) {
      if (parts[i].matches("\\d{4}-\\d{2}-\\d{2}")) {
        try {
          return LocalDate.parse(parts[i]);
        } catch (DateTimeParseException e) {
          // not a real date: keep looking
        }
      }
    }
    return Instant.ofEpochMilli(s.getModificationTime()).atZone(CHINA).toLocalDate();
  }
}
