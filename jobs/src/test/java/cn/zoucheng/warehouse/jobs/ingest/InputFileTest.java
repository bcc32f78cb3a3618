package cn.zoucheng.warehouse.jobs.ingest;

import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.PARSER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.exports.SyntheticSample;
import java.io.FileOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.RawLocalFileSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an inbox holds besides exports: backups and lock files, pipes and devices, links leading
 * anywhere, files too big or too slow. Each gets a manifest row saying why it was not read, and
 * none is ever opened when it is not a regular file.
 */
class InputFileTest {
  static final String DISPUTE = "凫山街道_2026-10_disputes.csv";
  static final String CONTENT = "纠纷编号,镇街,村(社区),登记日期\nD1,凫山街道,凫山社区,2026-10-03\n";

  @TempDir Path tmp;

  Path inbox() throws IOException {
    Path in = tmp.resolve("inbox");
    Files.createDirectories(in.resolve("2026-11-03"));
    Files.writeString(in.resolve("2026-11-03").resolve(DISPUTE), CONTENT);
    return in;
  }

  static void mkfifo(Path p) throws Exception {
    assertThat(new ProcessBuilder("mkfifo", p.toString()).start().waitFor()).isZero();
  }

  static Map<String, InputFile> discover(Path in) {
    return InputFile.discover(new Configuration(), List.of(in.toUri())).stream()
        .collect(Collectors.toMap(InputFile::relativePath, f -> f));
  }

  static Reason refusal(InputFile f) {
    return f.refusal() == null ? null : f.refusal().reason();
  }

  @Test
  void backupsLockFilesAndHiddenFilesGetARowSayingWhyTheyWereSkipped() throws IOException {
    Path in = inbox();
    Files.createDirectories(in.resolve("_备份"));
    Files.writeString(in.resolve("_备份").resolve(DISPUTE), CONTENT);
    Files.writeString(in.resolve("2026-11-03").resolve(".~lock." + DISPUTE + "#"), "x");
    Files.writeString(in.resolve("2026-11-03").resolve("~$" + DISPUTE), "x");
    Files.writeString(in.resolve(SyntheticSample.MARKER), "x");
    Map<String, InputFile> found = discover(in);
    assertThat(found.keySet())
        .containsExactlyInAnyOrder(
            "2026-11-03/" + DISPUTE,
            "_备份/" + DISPUTE,
            "2026-11-03/.~lock." + DISPUTE + "#",
            "2026-11-03/~$" + DISPUTE);
    assertThat(refusal(found.get("2026-11-03/" + DISPUTE))).isNull();
    ParsedFile backup = PARSER.parse(found.get("_备份/" + DISPUTE), new Configuration());
    assertThat(backup.rejectReason()).isEqualTo(Reason.SKIPPED_NAME);
    assertThat(backup.name()).isNull();
    assertThat(backup.message())
        .isEqualTo(
            "_备份/"
                + DISPUTE
                + ": not read, '_备份' names a backup, temporary or hidden file or folder"
                + " (starting with . _ or ~$); move the file out of it and rename it if it is a"
                + " delivery");
    assertThat(refusal(found.get("2026-11-03/~$" + DISPUTE))).isEqualTo(Reason.SKIPPED_NAME);
    assertThat(refusal(found.get("2026-11-03/.~lock." + DISPUTE + "#")))
        .isEqualTo(Reason.SKIPPED_NAME);
  }

  @Test
  void aNamedPipeNamedLikeAnExportIsRejectedWithoutBeingOpened() throws Exception {
    Path in = inbox();
    Path pipe = in.resolve("2026-11-03").resolve("钢山街道_2026-10_disputes.csv");
    mkfifo(pipe);
    InputFile f = discover(in).get("2026-11-03/钢山街道_2026-10_disputes.csv");
    assertThat(refusal(f)).isEqualTo(Reason.NOT_A_REGULAR_FILE);
    ParsedFile p =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> PARSER.parse(f, new Configuration()));
    assertThat(p.rejectReason()).isEqualTo(Reason.NOT_A_REGULAR_FILE);
    assertThat(p.name().townCode()).isEqualTo("370883001");
    assertThat(p.message()).contains("a pipe, device or socket");
  }

  @Test
  void aFileSwappedForAPipeAfterListingIsNotOpenedEither() throws Exception {
    Path in = inbox();
    InputFile f = discover(in).get("2026-11-03/" + DISPUTE);
    Path file = in.resolve("2026-11-03").resolve(DISPUTE);
    Files.delete(file);
    mkfifo(file);
    ParsedFile p =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10), () -> PARSER.parse(f, new Configuration()));
    assertThat(p.rejectReason()).isEqualTo(Reason.NOT_A_REGULAR_FILE);
    assertThat(p.message()).contains("no longer a regular file");
  }

  @Test
  void linksAreFollowedOnlyToRegularFilesInsideTheInbox() throws IOException {
    Path in = inbox();
    Path outside = Files.createDirectories(tmp.resolve("elsewhere"));
    Files.writeString(outside.resolve("secret.csv"), CONTENT);
    Path day = in.resolve("2026-11-03");
    Files.createSymbolicLink(
        day.resolve("钢山街道_2026-10_disputes.csv"), outside.resolve("secret.csv"));
    Files.createSymbolicLink(day.resolve("城前镇_2026-10_disputes.csv"), outside.resolve("gone.csv"));
    Files.createSymbolicLink(day.resolve("太平镇_2026-10_disputes.csv"), day.resolve(DISPUTE));
    Files.createSymbolicLink(in.resolve("2026-11-04"), outside);
    Map<String, InputFile> found = discover(in);
    assertThat(refusal(found.get("2026-11-03/钢山街道_2026-10_disputes.csv")))
        .isEqualTo(Reason.LINK_OUT_OF_INBOX);
    assertThat(refusal(found.get("2026-11-04"))).isEqualTo(Reason.LINK_OUT_OF_INBOX);
    assertThat(found).doesNotContainKey("2026-11-04/secret.csv");
    assertThat(refusal(found.get("2026-11-03/城前镇_2026-10_disputes.csv")))
        .isEqualTo(Reason.NOT_A_REGULAR_FILE);
    InputFile inside = found.get("2026-11-03/太平镇_2026-10_disputes.csv");
    assertThat(refusal(inside)).isNull();
    ParsedFile p = PARSER.parse(inside, new Configuration());
    assertThat(p.isRead()).isTrue();
    assertThat(p.message()).isNull();
    ParsedFile out =
        PARSER.parse(found.get("2026-11-03/钢山街道_2026-10_disputes.csv"), new Configuration());
    assertThat(out.message())
        .isEqualTo(
            "2026-11-03/钢山街道_2026-10_disputes.csv: not read, it is a symbolic link leading out"
                + " of the input folder; copy the export itself into the folder");
  }

  @Test
  void aFileBeyondTheSizeCapIsRejected() throws IOException {
    Path in = inbox();
    ExportFileParser small =
        new ExportFileParser(
            ExportFileParserTest.REF,
            ExportFileParserTest.KEY,
            "run-1",
            new InputFile.Limits(40, Duration.ofSeconds(5)));
    ParsedFile p = small.parse(discover(in).get("2026-11-03/" + DISPUTE), new Configuration());
    assertThat(p.rejectReason()).isEqualTo(Reason.FILE_TOO_LARGE);
    assertThat(p.message()).contains("is more than the cap of 40 bytes");
  }

  /** Hadoop's local file system under another scheme: how a remote file system is read. */
  public static final class OtherScheme extends RawLocalFileSystem {
    @Override
    public URI getUri() {
      return URI.create("otherfs:///");
    }
  }

  @Test
  void aReadThatHangsIsCutOffByTheTimeoutAndTheFileRejected() throws Exception {
    Path in = inbox();
    Path pipe = in.resolve("2026-11-03").resolve("钢山街道_2026-10_disputes.csv");
    mkfifo(pipe);
    Configuration conf = new Configuration();
    conf.set("fs.otherfs.impl", OtherScheme.class.getName());
    conf.setBoolean("fs.otherfs.impl.disable.cache", true);
    // on such a file system a pipe looks like a file: only the timeout stops the read
    InputFile f =
        new InputFile(
            "otherfs://" + pipe.toUri().getPath(),
            "2026-11-03/钢山街道_2026-10_disputes.csv",
            java.time.LocalDate.of(2026, 11, 3));
    assertThat(f.refusal()).isNull();
    ExportFileParser impatient =
        new ExportFileParser(
            ExportFileParserTest.REF,
            ExportFileParserTest.KEY,
            "run-1",
            new InputFile.Limits(1 << 20, Duration.ofSeconds(1)));
    ParsedFile p =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> impatient.parse(f, conf));
    assertThat(p.rejectReason()).isEqualTo(Reason.READ_FAILED);
    assertThat(p.message()).contains("no complete read within 1 s");
    // let the stuck reader go
    try (FileOutputStream w = new FileOutputStream(pipe.toFile())) {
      w.write(1);
    }
  }
}
