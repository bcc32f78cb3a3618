package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.warehouse.Deliveries.Submission;
import cn.zoucheng.warehouse.reports.warehouse.Places.Town;
import cn.zoucheng.warehouse.reports.warehouse.WarehouseFigures;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.metrics.SubmissionStatus;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the towns delivered for the month, from the {@code submissions} view: the record types due
 * (民主管理 only in January and July), the ones missing, late or sent again, and the sentences that say
 * so. "按要求报送" only where every type due arrived on time.
 */
final class Reporting {
  private Reporting() {}

  /** Whether the town sent no readable file of the record type for the month. */
  static boolean missing(WarehouseFigures data, String townCode, String recordType) {
    return data.submissions(townCode).stream()
        .anyMatch(s -> s.recordType().equals(recordType) && !s.delivered());
  }

  /** Whether the town sent nothing at all of what was due. */
  static boolean silent(WarehouseFigures data, String townCode) {
    List<Submission> due = data.submissions(townCode);
    return !due.isEmpty() && due.stream().noneMatch(Submission::delivered);
  }

  /** The Chinese names of the town's record types with the status. */
  static List<String> types(WarehouseFigures data, String townCode, SubmissionStatus status) {
    return data.submissions(townCode).stream()
        .filter(s -> s.submissionStatus().filter(status::equals).isPresent())
        .map(s -> typeName(s.recordType()))
        .toList();
  }

  /** 民生代办 for proxy_cases. */
  static String typeName(String recordType) {
    return ExportCatalog.byName(recordType).map(RecordSchema::chineseName).orElse(recordType);
  }

  /** How many record types were due from each town this month. */
  static int due(WarehouseFigures data) {
    return data.towns().isEmpty() ? 0 : data.submissions(data.towns().get(0).code()).size();
  }

  /** The deadline of the month's data, from the submissions. */
  static Optional<LocalDate> deadline(WarehouseFigures data) {
    return data.submissions().stream().map(Submission::deadline).filter(d -> d != null).findFirst();
  }

  /** The sentence on a silent town: its bulletin has nothing else to report. */
  static String silentSentence(WarehouseFigures data, Town t) {
    return t.name()
        + Wording.shortMonth(data.period())
        + due(data)
        + "类数据均未报送，本期无法通报该"
        + t.kind()
        + "情况。";
  }

  /** A town's deliveries in one sentence. */
  static String townSentence(WarehouseFigures data, Town t) {
    String head = Wording.month(data.period()) + "，" + t.name();
    if (silent(data, t.code())) {
      return silentSentence(data, t);
    }
    int due = data.submissions(t.code()).size();
    List<String> missing = types(data, t.code(), SubmissionStatus.MISSING);
    List<String> late = types(data, t.code(), SubmissionStatus.LATE);
    List<String> again = types(data, t.code(), SubmissionStatus.RESUBMITTED);
    if (missing.isEmpty() && late.isEmpty() && again.isEmpty()) {
      return head + "应报的" + due + "类数据均按要求按时报送。";
    }
    StringBuilder s =
        new StringBuilder(head)
            .append("应报")
            .append(due)
            .append("类数据，已报送")
            .append(due - missing.size())
            .append("类");
    List<String> notes = new ArrayList<>();
    if (!late.isEmpty()) {
      notes.add(late.size() == due - missing.size() ? "均逾期报送" : "其中" + Wording.list(late) + "逾期报送");
    }
    if (!again.isEmpty()) {
      notes.add(Wording.list(again) + "经补报");
    }
    if (!notes.isEmpty()) {
      s.append("，").append(String.join("，", notes));
    }
    if (!missing.isEmpty()) {
      s.append("；").append(Wording.list(missing)).append("数据未报送，相关指标标注为未报送");
    }
    return s.append("。").toString();
  }

  /** The city's deliveries: who sent nothing, who sent part, who was late, the rest. */
  static String citySentence(WarehouseFigures data) {
    List<String> silent = new ArrayList<>();
    List<String> partly = new ArrayList<>();
    List<String> late = new ArrayList<>();
    int onTime = 0;
    for (Town t : data.towns()) {
      List<String> missing = types(data, t.code(), SubmissionStatus.MISSING);
      if (silent(data, t.code())) {
        silent.add(t.name());
      } else if (!missing.isEmpty()) {
        partly.add(t.name() + "（" + Wording.list(missing) + "）");
      } else if (!types(data, t.code(), SubmissionStatus.LATE).isEmpty()
          || !types(data, t.code(), SubmissionStatus.RESUBMITTED).isEmpty()) {
        late.add(t.name());
      } else {
        onTime++;
      }
    }
    StringBuilder s =
        new StringBuilder(Wording.month(data.period()))
            .append("，全市")
            .append(data.towns().size())
            .append("个镇街各应报")
            .append(due(data))
            .append("类数据");
    List<String> parts = new ArrayList<>();
    if (onTime > 0) {
      parts.add((onTime == data.towns().size() ? "均" : onTime + "个镇街") + "按要求按时报送");
    }
    if (!late.isEmpty()) {
      parts.add(Wording.places(late, "镇街") + "逾期或补报");
    }
    if (!partly.isEmpty()) {
      parts.add(Wording.list(partly) + "部分数据未报送");
    }
    if (!silent.isEmpty()) {
      parts.add(Wording.list(silent) + "数据均未报送");
    }
    s.append("，").append(String.join("，", parts)).append("。");
    if (!silent.isEmpty() || !partly.isEmpty()) {
      s.append("全市数据按已报送的镇街统计，未报送的在各表中标注为未报送。");
    }
    return s.toString();
  }
}
