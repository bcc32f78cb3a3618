package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.jobs.spark.ReferenceRows;
import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.iceberg.Snapshot;

/**
 * Loads the shipped reference tables into the warehouse when it lacks them or holds another
 * version, compared by a hash of the shipped rows kept in the table snapshot's summary.
 */
final class ReferenceWriter {
  /** The snapshot summary property holding the hash of the shipped rows. */
  static final String SOURCE_HASH = "warehouse.source-sha256";

  private ReferenceWriter() {}

  /** Replaces every reference table whose shipped rows changed; returns how many it replaced. */
  static int update(TableWriter w, ReferenceData reference) {
    int replaced = 0;
    for (ReferenceTable table : ReferenceTable.ALL) {
      WarehouseTable t = TableCatalog.reference(table);
      List<String[]> raw = reference.rows(table);
      String hash = hash(raw);
      Snapshot current = w.warehouse().table(t).currentSnapshot();
      if (current != null && hash.equals(current.summary().get(SOURCE_HASH))) {
        continue;
      }
      w.replaceAll(
          t,
          ReferenceRows.of(w.warehouse().spark(), reference, table).coalesce(1),
          SOURCE_HASH,
          hash);
      replaced++;
    }
    return replaced;
  }

  private static String hash(List<String[]> rows) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String[] r : rows) {
        md.update(String.join("\u0001", r).getBytes(StandardCharsets.UTF_8));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
