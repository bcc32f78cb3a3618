package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.jobs.commit.Replacement;
import cn.zoucheng.warehouse.jobs.config.WarehouseLayout;
import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Stages the shipped reference tables as Parquet when the warehouse lacks them or holds another
 * version (compared by a hash of the shipped rows kept in {@code _SOURCE_SHA256}).
 */
final class ReferenceTables {
  private static final String HASH_FILE = "_SOURCE_SHA256";

  private ReferenceTables() {}

  static List<Replacement> stage(
      SparkSession spark, WarehouseLayout layout, ReferenceData reference, Path staging) {
    List<Replacement> out = new ArrayList<>();
    try {
      FileSystem fs = staging.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (ReferenceTable table : ReferenceTable.ALL) {
        List<String[]> raw = reference.rows(table);
        String hash = hash(raw);
        String rel = WarehouseLayout.reference(table);
        Path current = new Path(new Path(layout.root()), rel + "/" + HASH_FILE);
        if (fs.exists(current) && read(fs, current).equals(hash)) {
          continue;
        }
        List<Row> rows = new ArrayList<>();
        for (String[] r : raw) {
          rows.add(RowFactory.create(typed(table.columns(), r)));
        }
        Path target = new Path(staging, rel);
        spark
            .createDataFrame(rows, SparkSchemas.reference(table))
            .coalesce(1)
            .write()
            .parquet(target.toString());
        try (FSDataOutputStream o = fs.create(new Path(target, HASH_FILE), true)) {
          o.write(hash.getBytes(StandardCharsets.UTF_8));
        }
        out.add(Replacement.of(rel));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the reference tables", e);
    }
  }

  private static Object[] typed(List<Column> columns, String[] cells) {
    Object[] out = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      String c = cells[i];
      out[i] =
          switch (columns.get(i).type()) {
            case INTEGER -> Integer.valueOf(c);
            case DOUBLE -> Double.valueOf(c);
            case BOOLEAN -> "是".equals(c) || "true".equalsIgnoreCase(c);
            default -> c;
          };
    }
    return out;
  }

  private static String read(FileSystem fs, Path p) throws IOException {
    try (var in = fs.open(p)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
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
