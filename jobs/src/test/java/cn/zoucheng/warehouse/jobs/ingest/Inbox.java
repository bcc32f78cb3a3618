package cn.zoucheng.warehouse.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes hand-made export files into an inbox folder for tests. */
final class Inbox {
  static final String PROXY_HEADER =
      "代办编号,镇街,村(社区),代办员,代办事项,申请人,身份证号,联系电话,受理方式,受理日期,承诺办结日期,办结日期,办理状态,满意度";

  private Inbox() {}

  /** Writes {@code lines} as a UTF-8 CSV at {@code folder/received/name}. */
  static Path csv(Path folder, String received, String name, String... lines) {
    try {
      Path dir = folder.resolve(received);
      Files.createDirectories(dir);
      Path f = dir.resolve(name);
      Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return f;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A proxy case row of 凫山街道's demonstration community. */
  static String proxy(String id, String acceptedOn, String status, String closedOn) {
    return id
        + ",凫山街道,凫山社区,A01,S01,张三,,13812345678,集中办公日,"
        + acceptedOn
        + ",,"
        + closedOn
        + ","
        + status
        + ",";
  }
}
