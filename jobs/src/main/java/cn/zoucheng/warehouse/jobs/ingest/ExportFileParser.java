package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one export file into a {@link ParsedFile}: name, bytes (only of a regular file, within the
 * size cap and read timeout), encoding, format, then every table with the record type's header and
 * every data row of it validated. Every data row ends either valid or quarantined; a file that
 * cannot be read at all is rejected with its reason, and so is a file whose parsing fails in any
 * unforeseen way: one file never stops a run. Pure Java, so it runs the same on a Spark executor.
 */
public final class ExportFileParser implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ExportFileParser.class);

  private final ReferenceData reference;
  private final Pseudonymizer pseudonymizer;
  private final String runId;
  private final InputFile.Limits limits;

  /** A parser for one run, reading files within the default limits. */
  public ExportFileParser(ReferenceData reference, Pseudonymizer pseudonymizer, String runId) {
    this(reference, pseudonymizer, runId, InputFile.Limits.DEFAULT);
  }

  /** A parser for one run, reading files within the given limits. */
  public ExportFileParser(
      ReferenceData reference, Pseudonymizer pseudonymizer, String runId, InputFile.Limits limits) {
    this.reference = reference;
    this.pseudonymizer = pseudonymizer;
    this.runId = runId;
    this.limits = limits;
  }

  /** Reads and parses a file found under an input folder. */
  public ParsedFile parse(InputFile f, Configuration conf) {
    if (f.refusal() != null) {
      ExportFileName name = f.refusal().reason() == Reason.SKIPPED_NAME ? null : nameOrNull(f);
      return ParsedFile.rejected(
          f.relativePath(), name, f.receivedOn(), null, null, f.refusal().asException());
    }
    byte[] bytes;
    try {
      bytes = f.read(conf, limits);
    } catch (ExportFileException e) {
      return ParsedFile.rejected(f.relativePath(), nameOrNull(f), f.receivedOn(), null, null, e);
    }
    return parse(f.relativePath(), f.receivedOn(), bytes);
  }

  /** Parses a file given its path relative to the input folder, its receipt date and its bytes. */
  public ParsedFile parse(String file, LocalDate receivedOn, byte[] bytes) {
    String sha = sha256(bytes);
    ExportFileName name = null;
    String encoding = null;
    try {
      name = ExportFileName.parse(file, reference);
      if (bytes.length == 0) {
        throw IngestErrors.emptyFile(file);
      }
      List<Sheet> sheets;
      if (name.format().equals("xlsx")) {
        encoding = "xlsx";
        sheets = XlsxExportReader.read(file, bytes);
      } else {
        TextDecoder.Decoded d = TextDecoder.decode(file, bytes);
        encoding = d.encoding();
        sheets = List.of(CsvExportReader.read(d.text()));
      }
      if (sheets.stream().allMatch(Sheet::isBlank)) {
        throw IngestErrors.emptyFile(file);
      }
      return readTables(file, name, receivedOn, sha, encoding, sheets);
    } catch (ExportFileException e) {
      return ParsedFile.rejected(file, name, receivedOn, sha, encoding, e);
    } catch (RuntimeException | StackOverflowError e) {
      // what no rule foresaw: the file is rejected with the failure's kind and place (never its
      // message, which may quote a cell), and the run goes on
      ExportFileException rejected = IngestErrors.parseFailed(file, e);
      LOG.warn("{}", rejected.getMessage());
      return ParsedFile.rejected(file, name, receivedOn, sha, encoding, rejected);
    }
  }

  private ParsedFile readTables(
      String file,
      ExportFileName name,
      LocalDate receivedOn,
      String sha,
      String encoding,
      List<Sheet> sheets) {
    TableRows rows =
        new TableRows(
            file,
            name,
            runId,
            pseudonymizer,
            new RowValidator(
                name.schema(), reference, pseudonymizer, name.townCode(), name.month()));
    List<String> read = new ArrayList<>();
    List<String> unread = new ArrayList<>();
    ExportFileException noHeader = null;
    for (Sheet sheet : sheets) {
      if (sheet.isBlank()) {
        continue;
      }
      HeaderMap header;
      try {
        header = HeaderMap.locate(file + sheet.label(), name.schema(), sheet.rows());
      } catch (ExportFileException e) {
        if (e.reason() != Reason.NO_HEADER) {
          throw e;
        }
        noHeader = noHeader == null ? e : noHeader;
        unread.add(sheet.name());
        continue;
      }
      rows.read(sheet, header);
      read.add(sheet.name());
    }
    if (read.isEmpty()) {
      throw noHeader;
    }
    String note =
        read.size() > 1 || !unread.isEmpty()
            ? IngestErrors.sheetsRead(name.recordType(), read, unread)
            : null;
    return ParsedFile.read(
        file,
        name,
        receivedOn,
        sha,
        encoding,
        rows.rowsRead(),
        rows.valid(),
        rows.quarantined(),
        note);
  }

  private ExportFileName nameOrNull(InputFile f) {
    try {
      return ExportFileName.parse(f.relativePath(), reference);
    } catch (ExportFileException e) {
      return null;
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
