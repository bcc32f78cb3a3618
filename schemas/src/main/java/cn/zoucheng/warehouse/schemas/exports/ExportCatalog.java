package cn.zoucheng.warehouse.schemas.exports;

import static cn.zoucheng.warehouse.schemas.types.Field.amount;
import static cn.zoucheng.warehouse.schemas.types.Field.bool;
import static cn.zoucheng.warehouse.schemas.types.Field.code;
import static cn.zoucheng.warehouse.schemas.types.Field.date;
import static cn.zoucheng.warehouse.schemas.types.Field.integer;
import static cn.zoucheng.warehouse.schemas.types.Field.month;
import static cn.zoucheng.warehouse.schemas.types.Field.ref;
import static cn.zoucheng.warehouse.schemas.types.Field.string;

import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.Pii;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import cn.zoucheng.warehouse.schemas.types.Reference;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The eight record types the towns export each month: the machine-readable form of the town export
 * contract ({@code EXPORTS.md}). Spark read schemas, validation, DuckDB views and the column
 * documentation are all derived from the schemas here.
 */
public final class ExportCatalog {

  /**
   * The earliest date a record may bear: nothing the experiment zone records happened before 2000,
   * so an earlier date (Excel's day 0, 1899-12-31, or a typed 0001-01-01) is a bad date.
   */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

  private ExportCatalog() {}

  private static Field town() {
    return ref("town", "镇街", Reference.TOWN).required().describedAs("town or sub-district");
  }

  private static Field village() {
    return ref("village", "村(社区)", Reference.VILLAGE)
        .required()
        .describedAs("village or community of the town");
  }

  /** 民生代办事项: one proxy service case. */
  public static final RecordSchema PROXY_CASES =
      RecordSchema.builder("proxy_cases", "民生代办事项")
          .describedAs("one case handled by a village proxy agent for a resident")
          .fields(
              string("case_id", "代办编号").required(),
              town(),
              village(),
              string("agent_id", "代办员"),
              ref("service_item", "代办事项", Reference.PUBLIC_SERVICE)
                  .required()
                  .describedAs("one of the 46 catalogued public services"),
              string("applicant_name", "申请人").pii(Pii.NAME),
              string("applicant_id_number", "身份证号").pii(Pii.ID_NUMBER),
              string("applicant_phone", "联系电话").pii(Pii.PHONE),
              code("channel", "受理方式", "集中办公日", "上门代办", "电话预约", "其他"),
              date("accepted_on", "受理日期").required(),
              date("promised_on", "承诺办结日期"),
              date("closed_on", "办结日期").describedAs("empty while the case is open"),
              code("status", "办理状态", "已受理", "办理中", "已办结", "已退回", "不予受理").required(),
              integer("satisfaction", "满意度").between(1, 5))
          .businessKey("case_id")
          .placedBy("accepted_on")
          .reappearsInLaterMonths()
          .build();

  /** 信访案件: one petition. */
  public static final RecordSchema PETITIONS =
      RecordSchema.builder("petitions", "信访案件")
          .describedAs("one petition (letter, visit, online or phone) registered by the town")
          .fields(
              string("petition_id", "信访编号").required(),
              town(),
              village(),
              date("registered_on", "登记日期").required(),
              code("category", "信访类别", "民生类", "土地类", "涉法涉诉", "其他").required(),
              code("form", "信访形式", "来信", "来访", "网上", "电话"),
              bool("escalated", "是否越级"),
              string("petitioner_name", "信访人").pii(Pii.NAME),
              string("petitioner_id_number", "身份证号").pii(Pii.ID_NUMBER),
              code("status", "办理状态", "办理中", "已办结").required())
          .businessKey("petition_id")
          .placedBy("registered_on")
          .reappearsInLaterMonths()
          .build();

  /** 村级财务收支单据: one village expense voucher and its five-person co-signing. */
  public static final RecordSchema EXPENSE_VOUCHERS =
      RecordSchema.builder("expense_vouchers", "村级财务收支单据")
          .describedAs("one village expense voucher with its co-signatures, review and posting")
          .fields(
              string("voucher_id", "单据编号").required(),
              town(),
              village(),
              date("incurred_on", "发生日期").required(),
              code("expense_category", "支出类别", "办公费", "招待费", "工程款", "劳务费", "补贴", "其他"),
              amount("amount", "金额(元)").required(),
              string("summary", "摘要"),
              bool("sign_party_secretary", "书记签字"),
              bool("sign_committee_director", "主任签字"),
              bool("sign_supervision_director", "监委会主任签字"),
              bool("sign_bookkeeper", "报账员签字"),
              bool("sign_handler", "经办人签字"),
              date("reviewed_on", "审理日期")
                  .describedAs("supervision committee review, days 1-10 of the following month"),
              code("review_result", "审理结果", "通过", "拒审"),
              string("rejection_reason", "拒审原因"),
              date("center_audited_on", "代理中心审核日期"),
              date("posted_on", "入账日期"))
          .businessKey("voucher_id")
          .placedBy("incurred_on")
          .reappearsInLaterMonths()
          .build();

  /** 阳光议事: one village deliberation meeting. */
  public static final RecordSchema DELIBERATIONS =
      RecordSchema.builder("deliberations", "阳光议事")
          .describedAs("one sunshine deliberation meeting of a village")
          .fields(
              string("meeting_id", "议事编号").required(),
              town(),
              village(),
              date("notice_posted_on", "公示日期"),
              date("held_on", "议事日期").required().describedAs("the rule: the 15th"),
              string("topic", "议题"),
              ref("topic_category", "议题类别", Reference.CONSULTATION_ITEM)
                  .required()
                  .describedAs("one of the 56 catalogued consultation items"),
              integer("attendees", "参会人数").between(0, 100_000),
              integer("representatives", "村民代表人数").between(0, 100_000),
              string("resolution", "决议"),
              date("resolution_posted_on", "决议公示日期"),
              code("implementation", "落实情况", "已落实", "落实中", "未落实"))
          .businessKey("meeting_id")
          .placedBy("held_on")
          .reappearsInLaterMonths()
          .build();

  /** 矛盾纠纷: one dispute brought to mediation. */
  public static final RecordSchema DISPUTES =
      RecordSchema.builder("disputes", "矛盾纠纷")
          .describedAs("one dispute registered for mediation")
          .fields(
              string("dispute_id", "纠纷编号").required(),
              town(),
              village(),
              date("registered_on", "登记日期").required(),
              code("dispute_type", "纠纷类型", "邻里", "婚姻家庭", "土地", "物业", "其他"),
              date("resolved_on", "调处日期"),
              code("outcome", "调处结果", "调处成功", "调处中", "未成功"))
          .businessKey("dispute_id")
          .placedBy("registered_on")
          .reappearsInLaterMonths()
          .build();

  /** 意见建议: one suggestion collected from villagers. */
  public static final RecordSchema SUGGESTIONS =
      RecordSchema.builder("suggestions", "意见建议")
          .describedAs("one suggestion collected from villagers and its adoption")
          .fields(
              string("suggestion_id", "建议编号").required(),
              town(),
              village(),
              date("submitted_on", "提出日期").required(),
              code("source", "来源", "阳光议事", "民主管理日", "民生代办", "代表联户", "其他"),
              code("submitter_type", "提出人类型", "村民代表", "村民", "其他"),
              string("category", "内容类别"),
              code("adopted", "是否采纳", "是", "否", "待定").required(),
              date("adopted_on", "采纳日期"),
              bool("implemented", "是否落实"))
          .businessKey("suggestion_id")
          .placedBy("submitted_on")
          .reappearsInLaterMonths()
          .build();

  /** 民主管理日测评: one cadre reviewed on a democratic management day. */
  public static final RecordSchema DEMOCRATIC_REVIEWS =
      RecordSchema.builder("democratic_reviews", "民主管理日测评")
          .describedAs("one village cadre reviewed on a democratic management day (5 Jan, 5 Jul)")
          .fields(
              string("review_id", "测评编号").required(),
              town(),
              village(),
              date("meeting_on", "会议日期").required(),
              string("cadre_name", "干部姓名").pii(Pii.NAME),
              string("cadre_role", "职务"),
              integer("votes_excellent", "优秀票").required().between(0, 100_000),
              integer("votes_competent", "称职票").required().between(0, 100_000),
              integer("votes_basic", "基本称职票").required().between(0, 100_000),
              integer("votes_incompetent", "不称职票").required().between(0, 100_000))
          .businessKey("review_id")
          .placedBy("meeting_on")
          .build();

  /** 村务公开: one item disclosed by a village for a period. */
  public static final RecordSchema DISCLOSURES =
      RecordSchema.builder("disclosures", "村务公开")
          .describedAs("one catalogued item a village disclosed for a month")
          .fields(
              town(),
              village(),
              month("period", "公开期间").required(),
              code("category", "公开类别", "党务", "财务", "村务").required(),
              ref("item_code", "事项代码", Reference.DISCLOSURE_ITEM)
                  .required()
                  .describedAs("one of the 25 catalogued disclosure items"),
              date("posted_on", "公开日期").required())
          .businessKey("village", "period", "item_code")
          .placedBy("period")
          .build();

  /** All record types, in documentation order. */
  public static final List<RecordSchema> ALL =
      List.of(
          PROXY_CASES,
          PETITIONS,
          EXPENSE_VOUCHERS,
          DELIBERATIONS,
          DISPUTES,
          SUGGESTIONS,
          DEMOCRATIC_REVIEWS,
          DISCLOSURES);

  /** The record type with the given name, as used in file names ({@code proxy_cases}). */
  public static Optional<RecordSchema> byName(String name) {
    return ALL.stream().filter(s -> s.name().equals(name)).findFirst();
  }
}
