package cn.zoucheng.warehouse.reports.render;

import cn.zoucheng.warehouse.reports.OutputFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Writes a {@link Document} in each format asked: the PDF through JasperReports, the workbook
 * through Apache POI, the HTML page directly; each file under a temporary name, then renamed.
 */
public final class ReportWriter {
  /** What was written: the files, and the PDF's page count (0 without a PDF). */
  public record Written(List<Path> files, int pages) {}

  private ReportWriter() {}

  /** Writes {@code doc} as {@code folder/<baseName>.<ext>} in the order of {@code formats}. */
  public static Written write(
      Document doc, Set<OutputFormat> formats, Path folder, String baseName) {
    List<Path> out = new ArrayList<>();
    int pages = 0;
    try {
      Files.createDirectories(folder);
      for (OutputFormat f : OutputFormat.ordered(formats)) {
        Path target = folder.resolve(baseName + "." + f.extension());
        Path tmp = folder.resolve("." + baseName + "." + f.extension() + ".tmp");
        switch (f) {
          case PDF -> {
            JasperPrint print = PdfWriter.fill(doc);
            pages = print.getPages().size();
            PdfWriter.export(print, tmp);
          }
          case XLSX -> XlsxWriter.write(doc, tmp);
          case HTML -> HtmlWriter.write(doc, tmp);
        }
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.add(target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + baseName + " under " + folder, e);
    } catch (JRException e) {
      throw new IllegalStateException("cannot export " + baseName + ": " + e.getMessage(), e);
    }
    return new Written(List.copyOf(out), pages);
  }
}
