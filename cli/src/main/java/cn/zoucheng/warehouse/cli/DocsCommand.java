package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.catalog.ViewDocs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warehouse docs}: writes the column documentation derived from the schemas. */
@Command(
    name = "docs",
    mixinStandardHelpOptions = true,
    description = "Write the views, columns, export contract and reasons as Markdown.")
final class DocsCommand implements Callable<Integer> {
  @Option(
      names = "--out",
      defaultValue = "docs/warehouse-views.md",
      paramLabel = "FILE",
      description = "output file (default ${DEFAULT-VALUE})")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (out.getParent() != null) {
      Files.createDirectories(out.getParent());
    }
    Files.writeString(out, ViewDocs.markdown(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out);
    return 0;
  }
}
