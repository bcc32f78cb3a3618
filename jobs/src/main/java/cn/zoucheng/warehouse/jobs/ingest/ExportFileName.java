package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parsed export file name, {@code {town}_{YYYY-MM}_{record_type}.{csv|xlsx}}, where the town is
 * its code or its Chinese name.
 */
public record ExportFileName(String townCode, YearMonth month, RecordSchema schema, String format)
    implements Serializable {

  private static final Pattern NAME =
      Pattern.compile(
          "^(.+?)_(\\d{4})-(\\d{2})_([A-Za-z_]+)\\.(csv|xlsx)$", Pattern.CASE_INSENSITIVE);

  /**
   * Parses the name of the file at {@code path} (relative to the input folder), or throws {@link
   * ExportFileException} naming the file and what is wrong.
   */
  public static ExportFileName parse(String path, ReferenceData reference) {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    Matcher m = NAME.matcher(fileName);
    if (!m.matches()) {
      throw IngestErrors.badFileName(path);
    }
    int mm = Integer.parseInt(m.group(3));
    if (mm < 1 || mm > 12) {
      throw IngestErrors.badFileName(path);
    }
    YearMonth month = YearMonth.of(Integer.parseInt(m.group(2)), mm);
    String type = m.group(4).toLowerCase(Locale.ROOT);
    RecordSchema schema =
        ExportCatalog.byName(type).orElseThrow(() -> IngestErrors.unknownRecordType(path, type));
    String town =
        reference
            .town(m.group(1).trim())
            .orElseThrow(() -> IngestErrors.unknownTownInName(path, m.group(1)))
            .code();
    return new ExportFileName(town, month, schema, m.group(5).toLowerCase(Locale.ROOT));
  }

  /** The record type a file's name announces, or "" when the name does not follow the pattern. */
  public static String recordTypeOf(String path) {
    Matcher m = NAME.matcher(path.substring(path.lastIndexOf('/') + 1));
    return m.matches() ? m.group(4).toLowerCase(Locale.ROOT) : "";
  }

  /** The record type's name. */
  public String recordType() {
    return schema.name();
  }

  /** Whether files with the same town, month and record type replace each other. */
  public String deliveryKey() {
    return schema.name() + "/" + month + "/" + townCode;
  }
}
