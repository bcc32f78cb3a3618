package cn.zoucheng.warehouse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JVM that {@code bin/warehouse} starts, for whatever else starts one the same way (the
 * monthly-run benchmark, the tests that run the CLI as a user does, the cluster test): this JVM's
 * {@code java}, a heap, and the options Spark needs on Java 17 from the one list in the root pom
 * (the resource {@code /warehouse-jvm.options}, filtered from {@code spark.jvm.options}).
 */
public final class WarehouseJvm {
  private WarehouseJvm() {}

  /** The {@code java} executable of the running JVM. */
  public static String executable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** {@code java -Xmx<heap>} and the warehouse's JVM options. */
  public static List<String> java(String heap) {
    List<String> cmd = new ArrayList<>(List.of(executable(), "-Xmx" + heap));
    cmd.addAll(options());
    return cmd;
  }

  /**
   * {@code bin/warehouse <args>} as a new JVM of this JVM's class path: {@link #java}, then the
   * extra JVM options, then the CLI's main class and the arguments.
   */
  public static List<String> cli(String heap, List<String> jvmOptions, List<String> args) {
    List<String> cmd = java(heap);
    cmd.addAll(jvmOptions);
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), WarehouseCli.class.getName()));
    cmd.addAll(args);
    return cmd;
  }

  /** The JVM options of {@code bin/warehouse}, from the resource the build filters. */
  static List<String> options() {
    try (InputStream in = WarehouseJvm.class.getResourceAsStream("/warehouse-jvm.options")) {
      if (in == null) {
        throw new IllegalStateException("warehouse-jvm.options is missing from the class path");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      return text.isEmpty() ? List.of() : List.of(text.split("\\s+"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
