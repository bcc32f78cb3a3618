package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Item;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Town;
import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.FieldType;
import cn.zoucheng.warehouse.schemas.types.Pii;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import cn.zoucheng.warehouse.schemas.types.Reference;
import java.time.YearMonth;
import java.util.List;

/**
 * The single defects that make a row bad for exactly one row-level {@link Reason}; which fields
 * each applies to is derived from the record schema.
 */
final class Defects {
  private Defects() {}

  /** The fields of the schema a reason's defect can be put into; empty when it does not apply. */
  static List<Field> targets(Reason reason, RecordSchema s) {
    List<Field> fields = s.fields();
    List<String> key = s.businessKey();
    return switch (reason) {
      case MISSING_KEY -> fields.stream().filter(f -> key.contains(f.name())).toList();
      case MISSING_VALUE ->
          fields.stream()
              .filter(
                  f ->
                      f.isRequired()
                          && !key.contains(f.name())
                          && f.reference() != Reference.TOWN
                          && f.reference() != Reference.VILLAGE)
              .toList();
      case UNKNOWN_TOWN, TOWN_MISMATCH -> byReference(fields, Reference.TOWN);
      case UNKNOWN_VILLAGE -> byReference(fields, Reference.VILLAGE);
      case UNKNOWN_ITEM ->
          fields.stream()
              .filter(
                  f ->
                      f.reference() != null
                          && f.reference() != Reference.TOWN
                          && f.reference() != Reference.VILLAGE)
              .toList();
      case BAD_DATE ->
          fields.stream()
              .filter(f -> f.type() == FieldType.DATE || f.type() == FieldType.MONTH)
              .toList();
      case BAD_NUMBER, OUT_OF_RANGE ->
          fields.stream()
              .filter(f -> f.type() == FieldType.INTEGER || f.type() == FieldType.AMOUNT)
              .toList();
      case BAD_VALUE ->
          fields.stream()
              .filter(f -> f.type() == FieldType.CODE || f.type() == FieldType.BOOLEAN)
              .toList();
      case BAD_ID_NUMBER -> byPii(fields, Pii.ID_NUMBER);
      case BAD_PHONE -> byPii(fields, Pii.PHONE);
      case DUPLICATE_KEY ->
          List.of(
              fields.stream().filter(f -> f.name().equals(key.get(0))).findFirst().orElseThrow());
      case DATE_AFTER_MONTH -> List.of(s.placingField());
      case DATE_BEFORE_MONTH -> s.reappears() ? List.of() : List.of(s.placingField());
      default -> List.of();
    };
  }

  /**
   * Puts the reason's defect into the given field of the row, which is in the given month's file.
   */
  static void apply(Reason reason, Field f, ExportRow row, TownMonth tm, Draw d) {
    String name = f.name();
    YearMonth m = tm.month();
    switch (reason) {
      case MISSING_KEY, MISSING_VALUE -> row.set(name, null);
      case UNKNOWN_TOWN -> row.set(name, raw(d.pick("邹城市", "370883999", "兖州区", "中心镇", "凫山镇")));
      case TOWN_MISMATCH -> row.set(name, otherTown(tm, d));
      case UNKNOWN_VILLAGE -> row.set(name, raw(unknownVillage(tm, d)));
      case UNKNOWN_ITEM -> row.set(name, raw(unknownItem(f, d)));
      case BAD_DATE ->
          row.set(
              name,
              raw(
                  f.type() == FieldType.MONTH
                      ? d.pick(
                          m.getYear() + "-13",
                          m.getYear() + "年13月",
                          "二〇" + (m.getYear() % 100) + "年")
                      : d.pick(
                          m.getYear() + "-02-30",
                          m.getYear() + "/13/05",
                          m.getYear() + "年" + m.getMonthValue() + "月32日",
                          "待定",
                          m.getYear() + "0" + m.getMonthValue() + "15x")));
      case BAD_NUMBER ->
          row.set(
              name,
              raw(
                  f.type() == FieldType.AMOUNT
                      ? d.pick("1250.375", "壹仟元", "12O0.00")
                      : d.pick("五", "约30", "3人", "--")));
      case OUT_OF_RANGE -> row.set(name, outOfRange(f, d));
      case BAD_VALUE -> badValue(f, row, tm, d);
      case BAD_ID_NUMBER -> row.set(name, raw(badId((String) row.get(name), d)));
      case BAD_PHONE ->
          row.set(name, raw(d.pick("5212345", "12812345678", "1380537123", "138-0537-12345", "无")));
      case DATE_AFTER_MONTH ->
          row.set(
              name,
              f.type() == FieldType.MONTH
                  ? m.plusMonths(1)
                  : m.plusMonths(1).atDay(d.between(1, 20)));
      case DATE_BEFORE_MONTH ->
          row.set(
              name,
              f.type() == FieldType.MONTH
                  ? m.minusMonths(1)
                  : m.minusMonths(1).atDay(d.between(1, 28)));
      default -> throw new IllegalArgumentException("not a single-row defect: " + reason);
    }
  }

  private static void badValue(Field f, ExportRow row, TownMonth tm, Draw d) {
    if (f.name().equals("category")
        && row.schema().field("item_code").isPresent()
        && row.get("item_code") instanceof Item item) {
      // a disclosure category that differs from its item's catalogue category
      List<String> others =
          f.allowedValues().stream().filter(c -> !c.equals(item.category())).toList();
      row.set("category", d.pick(others));
    } else if (f.type() == FieldType.BOOLEAN) {
      row.set(f.name(), raw(d.pick("未签", "X", "签了", "待签")));
    } else {
      row.set(f.name(), raw(d.pick("不详", "已完成", "待处理", "其它类")));
    }
  }

  private static Object outOfRange(Field f, Draw d) {
    if (f.type() == FieldType.AMOUNT) {
      return raw("-" + d.between(10, 5000) + ".00");
    }
    if (f.max() != null && f.max() <= 10) {
      return (long) d.pick(0, 6, 10);
    }
    return (long) -d.between(1, 5);
  }

  private static String badId(String valid, Draw d) {
    if (valid == null || valid.length() != 18) {
      return "37088319800101123";
    }
    int kind = d.between(0, 2);
    if (kind == 0) {
      char check = valid.charAt(17);
      char wrong =
          check == '1' ? '2' : check == 'X' ? '3' : (check == '9' ? 'X' : (char) (check + 1));
      return valid.substring(0, 17) + wrong;
    }
    return kind == 1 ? valid.substring(0, 17) : valid + d.between(0, 9);
  }

  private static Town otherTown(TownMonth tm, Draw d) {
    List<Town> others = tm.refs().towns().stream().filter(t -> !t.equals(tm.town())).toList();
    return d.pick(others);
  }

  private static String unknownVillage(TownMonth tm, Draw d) {
    for (int attempt = 0; attempt < 50; attempt++) {
      String candidate =
          d.chance(0.5)
              ? d.pick("幸福村", "新华村", "东风社区", "红旗村", "光明社区", "前进村")
              : tm.town().code() + String.format("%03d", d.between(900, 999));
      if (tm.refs().village(tm.town().code(), candidate).isEmpty()) {
        return candidate;
      }
    }
    return tm.town().code() + "999";
  }

  private static String unknownItem(Field f, Draw d) {
    return switch (f.reference()) {
      case PUBLIC_SERVICE -> d.pick("S47", "S99", "宠物登记", "代缴电费");
      case CONSULTATION_ITEM -> d.pick("C57", "C00", "其他事项");
      case DISCLOSURE_ITEM -> d.pick("D26", "D00", "其他公开事项");
      default -> throw new IllegalArgumentException("not a catalogue column: " + f.name());
    };
  }

  private static List<Field> byReference(List<Field> fields, Reference r) {
    return fields.stream().filter(f -> f.reference() == r).toList();
  }

  private static List<Field> byPii(List<Field> fields, Pii kind) {
    return fields.stream().filter(f -> f.pii() == kind).toList();
  }

  private static ExportRow.Raw raw(String text) {
    return new ExportRow.Raw(text);
  }
}
