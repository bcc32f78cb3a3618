package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Cell;
import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.render.Table;
import cn.zoucheng.warehouse.reports.warehouse.Deliveries.FileQuality;
import cn.zoucheng.warehouse.reports.warehouse.Places.Town;
import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import cn.zoucheng.warehouse.schemas.metrics.SubmissionStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * 数据质量: the files received per town (or record type), rows read, loaded and quarantined, and the
 * files with quarantined rows or refused, by their commonest reasons. "All loaded" only where files
 * were received and none lost a row.
 */
final class Quality {
  private Quality() {}

  /** Whether any file of the area arrived for the month. */
  static boolean hasFiles(Area area) {
    return !files(area).isEmpty();
  }

  private static List<FileQuality> files(Area area) {
    return area.data().files().stream()
        .filter(f -> area.town().map(t -> t.code().equals(f.townCode())).orElse(true))
        .toList();
  }

  static void write(Document doc, Area area) {
    List<FileQuality> files = files(area);
    List<String> headers = List.of("文件数", "读取行数", "入库行数", "隔离行数", "入库率", "被拒文件");
    Table t;
    if (area.isCity()) {
      t = new Table("镇街", concat(headers, "未报送类型"));
      for (Town town : area.data().towns()) {
        List<FileQuality> own =
            files.stream().filter(f -> town.code().equals(f.townCode())).toList();
        List<Cell> cells = cells(own);
        cells.add(
            Cells.count(
                Reporting.types(area.data(), town.code(), SubmissionStatus.MISSING).size()));
        t.add(town.name(), cells);
      }
      List<Cell> total = cells(files);
      total.add(
          Cells.count(
              (int) area.data().submissions().stream().filter(s -> !s.delivered()).count()));
      t.addBold("全市", total);
    } else {
      String code = area.town().get().code();
      t = new Table("数据类型", concat(headers, "报送情况"));
      for (var s : area.data().submissions(code)) {
        List<Cell> cells =
            cells(files.stream().filter(f -> s.recordType().equals(f.recordType())).toList());
        cells.add(Cell.text(s.status(), s.delivered() ? null : Marks.UNREPORTED));
        t.add(Reporting.typeName(s.recordType()), cells);
      }
    }
    doc.table("收到的文件及入库情况", t);
    Table problems = new Table("镇街", List.of("数据类型", "隔离行数", "文件状态", "主要问题"));
    for (FileQuality f : files) {
      boolean rejected = FileStatus.REJECTED.name().equals(f.status());
      if (f.rowsQuarantined() == 0 && !rejected) {
        continue;
      }
      problems.add(
          area.data().townName(f.townCode()),
          List.of(
              Cell.text(
                  f.recordType() == null ? Wording.NO_VALUE : Reporting.typeName(f.recordType())),
              Cells.count((int) f.rowsQuarantined()),
              Cell.text(f.status() == null ? "" : FileStatus.valueOf(f.status()).label()),
              Cell.text(
                  rejected
                      ? "整个文件被拒收（" + reason(f.rejectReason()) + "）"
                      : f.topReasons() == null ? "" : f.topReasons())));
    }
    if (problems.size() > 0) {
      doc.table("有隔离行或被拒收的文件", problems);
      doc.note("隔离行的行号、列和原因可在数据仓库的隔离记录中逐条查询。");
    } else {
      doc.paragraph("本月收到的" + files.size() + "个文件均完整入库，没有隔离行。");
    }
  }

  /** The Chinese label of a rejection reason code. */
  private static String reason(String code) {
    return java.util.Arrays.stream(Reason.values())
        .filter(r -> r.name().equals(code))
        .map(Reason::chinese)
        .findFirst()
        .orElse("原因未登记");
  }

  private static List<Cell> cells(List<FileQuality> files) {
    long read = files.stream().mapToLong(FileQuality::rowsRead).sum();
    long loaded = files.stream().mapToLong(FileQuality::rowsLoaded).sum();
    long quarantined = files.stream().mapToLong(FileQuality::rowsQuarantined).sum();
    int rejected =
        (int) files.stream().filter(f -> FileStatus.REJECTED.name().equals(f.status())).count();
    List<Cell> cells = new ArrayList<>();
    cells.add(Cells.count(files.size()));
    cells.add(Cells.count((int) read));
    cells.add(Cells.count((int) loaded));
    cells.add(Cells.count((int) quarantined));
    cells.add(
        read == 0
            ? Cell.text(Wording.NO_VALUE)
            : new Cell(
                Formats.percent((double) loaded / read),
                Formats.rounded(MetricUnit.RATE, (double) loaded / read),
                Formats.excelFormat(MetricUnit.RATE),
                null));
    cells.add(Cells.count(rejected).coloured(rejected > 0 ? Marks.MISSED : null));
    return cells;
  }

  private static List<String> concat(List<String> a, String b) {
    List<String> out = new ArrayList<>(a);
    out.add(b);
    return out;
  }
}
