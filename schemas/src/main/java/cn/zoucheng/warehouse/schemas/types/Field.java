package cn.zoucheng.warehouse.schemas.types;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a town export: its headers, type and rules, and the analytic column(s) it becomes.
 *
 * <p>Build with the static factories and the {@code with…} methods:
 *
 * <pre>{@code
 * Field.date("accepted_on", "受理日期").required()
 * Field.code("status", "办理状态", "已受理", "办理中", "已办结").required()
 * Field.string("applicant_name", "申请人").pii(Pii.NAME)
 * }</pre>
 */
public record Field(
    String name,
    String chineseHeader,
    FieldType type,
    boolean isRequired,
    List<String> allowedValues,
    Reference reference,
    Pii pii,
    Long min,
    Long max,
    String description)
    implements java.io.Serializable {

  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(chineseHeader, "chineseHeader");
    Objects.requireNonNull(type, "type");
    allowedValues = List.copyOf(allowedValues);
    description = description == null ? "" : description;
  }

  /** A free-text column. */
  public static Field string(String name, String chineseHeader) {
    return new Field(
        name, chineseHeader, FieldType.STRING, false, List.of(), null, null, null, null, "");
  }

  /** A column holding one of the given values. */
  public static Field code(String name, String chineseHeader, String... allowed) {
    return new Field(
        name, chineseHeader, FieldType.CODE, false, List.of(allowed), null, null, null, null, "");
  }

  /** A date column. */
  public static Field date(String name, String chineseHeader) {
    return new Field(
        name, chineseHeader, FieldType.DATE, false, List.of(), null, null, null, null, "");
  }

  /** A {@code YYYY-MM} column. */
  public static Field month(String name, String chineseHeader) {
    return new Field(
        name, chineseHeader, FieldType.MONTH, false, List.of(), null, null, null, null, "");
  }

  /** A whole-number column. */
  public static Field integer(String name, String chineseHeader) {
    return new Field(
        name, chineseHeader, FieldType.INTEGER, false, List.of(), null, null, null, null, "");
  }

  /** A money column in yuan, two decimals, never negative. */
  public static Field amount(String name, String chineseHeader) {
    return new Field(
        name, chineseHeader, FieldType.AMOUNT, false, List.of(), null, null, 0L, null, "");
  }

  /** A yes/no column. */
  public static Field bool(String name, String chineseHeader) {
    return new Field(
        name, chineseHeader, FieldType.BOOLEAN, false, List.of(), null, null, null, null, "");
  }

  /** A column whose values must be found in a reference table. */
  public static Field ref(String name, String chineseHeader, Reference reference) {
    return new Field(
        name, chineseHeader, FieldType.STRING, false, List.of(), reference, null, null, null, "");
  }

  /** This field, which every row must fill. */
  public Field required() {
    return new Field(
        name, chineseHeader, type, true, allowedValues, reference, pii, min, max, description);
  }

  /** This field, holding personal information of the given kind. */
  public Field pii(Pii kind) {
    return new Field(
        name,
        chineseHeader,
        type,
        isRequired,
        allowedValues,
        reference,
        kind,
        min,
        max,
        description);
  }

  /** This field, with numbers limited to {@code [lo, hi]}. */
  public Field between(long lo, long hi) {
    return new Field(
        name, chineseHeader, type, isRequired, allowedValues, reference, pii, lo, hi, description);
  }

  /** This field, documented with the given sentence. */
  public Field describedAs(String text) {
    return new Field(
        name, chineseHeader, type, isRequired, allowedValues, reference, pii, min, max, text);
  }

  /** The reference table the values must be found in, if any. */
  public Optional<Reference> referenceTable() {
    return Optional.ofNullable(reference);
  }

  /** The kind of personal information held, if any. */
  public Optional<Pii> piiKind() {
    return Optional.ofNullable(pii);
  }

  /**
   * The analytic columns this field becomes: the field's own name for plain values, {@code _code}
   * for reference columns, {@code _pseudo} and {@code _masked} for personal information.
   */
  public List<Column> columns() {
    if (pii != null) {
      return List.of(
          new Column(
              name + "_pseudo",
              ColumnType.STRING,
              chineseHeader + "（假名）",
              "HMAC-SHA256 keyed pseudonym of " + name + "; equal inputs give equal pseudonyms"),
          new Column(
              name + "_masked",
              ColumnType.STRING,
              chineseHeader + "（脱敏）",
              "masked display form of " + name));
    }
    if (reference != null) {
      String column = name.endsWith("_code") ? name : name + "_code";
      return List.of(new Column(column, ColumnType.STRING, chineseHeader + "代码", description));
    }
    return List.of(new Column(name, ColumnType.of(type), chineseHeader, description));
  }
}
