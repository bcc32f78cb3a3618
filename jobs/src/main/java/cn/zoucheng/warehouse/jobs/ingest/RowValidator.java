package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.ColumnType;
import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.FieldType;
import cn.zoucheng.warehouse.schemas.types.Pii;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import cn.zoucheng.warehouse.schemas.types.Reference;
import cn.zoucheng.warehouse.schemas.values.IdNumbers;
import cn.zoucheng.warehouse.schemas.values.Masking;
import cn.zoucheng.warehouse.schemas.values.Phones;
import cn.zoucheng.warehouse.schemas.values.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Parses and checks one row against its record type's contract, giving the analytic values of the
 * row's fields (in {@link Field#columns()} order) or the row's first problem. Personal information
 * leaves here only as pseudonym and masked form; free text only with its ID-number-like and
 * phone-like parts masked; a bad value in a message only as {@link Masking#forDisplay} shows it.
 */
final class RowValidator {
  private final RecordSchema schema;
  private final ReferenceData reference;
  private final Pseudonymizer pseudonymizer;
  private final String fileTown;
  private final YearMonth fileMonth;
  private final int width;

  /** The parsed values of a row, or its problem. */
  record Result(Object[] values, Problem problem, String monthOfRecord) {
    boolean isValid() {
      return problem == null;
    }
  }

  RowValidator(
      RecordSchema schema,
      ReferenceData reference,
      Pseudonymizer pseudonymizer,
      String fileTown,
      YearMonth fileMonth) {
    this.schema = schema;
    this.reference = reference;
    this.pseudonymizer = pseudonymizer;
    this.fileTown = fileTown;
    this.fileMonth = fileMonth;
    this.width = schema.fields().stream().mapToInt(f -> f.columns().size()).sum();
  }

  /** Number of values a valid row has. */
  int width() {
    return width;
  }

  /**
   * Validates the texts of a row, one per field of the schema (null where the file lacks it); each
   * field's {@code personal} is the personal information its cell may hold (its own kind, or that
   * of a neighbour in a shifted row), which a message shows masked.
   */
  Result validate(List<String> texts, List<Optional<Pii>> personal) {
    List<Field> fields = schema.fields();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (schema.businessKey().contains(f.name()) && blank(texts.get(i))) {
        return problem(
            f,
            Reason.MISSING_KEY,
            f.chineseHeader() + "为空: the business key " + f.name() + " is empty",
            "");
      }
    }
    Object[] out = new Object[width];
    int pos = 0;
    String town = null;
    Object placing = null;
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      String raw = texts.get(i) == null ? "" : texts.get(i).trim();
      if (raw.isEmpty()) {
        if (f.isRequired()) {
          return problem(
              f,
              Reason.MISSING_VALUE,
              f.chineseHeader() + "为空: required value " + f.name() + " is empty",
              "");
        }
        pos += f.columns().size();
        continue;
      }
      Object value;
      try {
        value = parse(f, raw, town);
      } catch (BadValue e) {
        String shown = Masking.forDisplay(personal.get(i), raw);
        return problem(
            f, e.reason, f.chineseHeader() + " '" + shown + "': " + e.getMessage(), shown);
      }
      if (f.reference() == Reference.TOWN) {
        town = (String) value;
      }
      if (f.piiKind().isPresent()) {
        Pii kind = f.piiKind().get();
        out[pos++] = pseudonymizer.pseudonym(kind, raw);
        out[pos++] = Masking.mask(kind, Pseudonymizer.normalise(kind, raw));
      } else if (value instanceof LocalDate d) {
        out[pos++] = java.sql.Date.valueOf(d);
      } else {
        out[pos++] = isFreeText(f) ? Masking.maskLookalikes((String) value) : value;
      }
      if (f.name().equals(schema.placingField().name())) {
        placing = value;
      }
    }
    Problem cross = crossFieldProblem(texts);
    if (cross != null) {
      return new Result(null, cross, null);
    }
    YearMonth recordMonth =
        placing instanceof LocalDate d ? YearMonth.from(d) : YearMonth.parse((String) placing);
    Field pf = schema.placingField();
    if (recordMonth.isAfter(fileMonth)) {
      return problem(
          pf,
          Reason.DATE_AFTER_MONTH,
          pf.chineseHeader() + " " + placing + " is after the file's month " + fileMonth,
          String.valueOf(placing));
    }
    if (recordMonth.isBefore(fileMonth) && !schema.reappears()) {
      return problem(
          pf,
          Reason.DATE_BEFORE_MONTH,
          pf.chineseHeader()
              + " "
              + placing
              + " is before the file's month "
              + fileMonth
              + "; "
              + schema.name()
              + " records belong to their own month's file",
          String.valueOf(placing));
    }
    return new Result(out, null, recordMonth.toString());
  }

  private Object parse(Field f, String raw, String town) throws BadValue {
    if (f.piiKind().isPresent()) {
      checkPii(f.piiKind().get(), raw);
      return raw;
    }
    if (f.referenceTable().isPresent()) {
      return resolve(f.referenceTable().get(), raw, town);
    }
    return switch (f.type()) {
      case STRING -> raw;
      case CODE -> {
        if (!f.allowedValues().contains(raw)) {
          throw new BadValue(Reason.BAD_VALUE, "not one of " + String.join("/", f.allowedValues()));
        }
        yield raw;
      }
      case DATE ->
          notTooEarly(
              Values.date(raw)
                  .orElseThrow(
                      () ->
                          new BadValue(
                              Reason.BAD_DATE,
                              "not a date (use 2026-10-15, 2026/10/15, 2026.10.15 or"
                                  + " 2026年10月15日)")));
      case MONTH -> {
        YearMonth m =
            Values.month(raw)
                .orElseThrow(() -> new BadValue(Reason.BAD_DATE, "not a month (use 2026-10)"));
        notTooEarly(m.atDay(1));
        yield m.toString();
      }
      case INTEGER -> {
        BigInteger v =
            Values.integer(raw)
                .orElseThrow(() -> new BadValue(Reason.BAD_NUMBER, "not a whole number"));
        checkRange(f, v);
        yield v.intValueExact();
      }
      case AMOUNT -> {
        BigDecimal v =
            Values.amount(raw)
                .orElseThrow(
                    () ->
                        new BadValue(
                            Reason.BAD_NUMBER, "not an amount in yuan with at most two decimals"));
        if (v.signum() < 0) {
          throw new BadValue(Reason.OUT_OF_RANGE, "an amount cannot be negative");
        }
        if (v.precision() > ColumnType.DECIMAL_PRECISION) {
          throw new BadValue(
              Reason.OUT_OF_RANGE,
              "more than "
                  + (ColumnType.DECIMAL_PRECISION - ColumnType.DECIMAL_SCALE)
                  + " digits before the decimal point: no amount is that large");
        }
        yield v;
      }
      case BOOLEAN ->
          Values.bool(raw)
              .orElseThrow(
                  () -> new BadValue(Reason.BAD_VALUE, "not 是/否 (or Y/N, 1/0, true/false)"));
    };
  }

  /** Whole numbers within the field's range, and within what an INTEGER column holds. */
  private static void checkRange(Field f, BigInteger v) throws BadValue {
    long lo = f.min() == null ? Integer.MIN_VALUE : Math.max(f.min(), Integer.MIN_VALUE);
    long hi = f.max() == null ? Integer.MAX_VALUE : Math.min(f.max(), Integer.MAX_VALUE);
    if (v.compareTo(BigInteger.valueOf(lo)) < 0 || v.compareTo(BigInteger.valueOf(hi)) > 0) {
      throw new BadValue(Reason.OUT_OF_RANGE, "outside " + lo + ".." + hi);
    }
  }

  private static LocalDate notTooEarly(LocalDate d) throws BadValue {
    if (d.isBefore(ExportCatalog.EARLIEST_DATE)) {
      throw new BadValue(
          Reason.BAD_DATE,
          "before " + ExportCatalog.EARLIEST_DATE + ": no record of the experiment zone is older");
    }
    return d;
  }

  /** Free text: what a clerk types, where an ID number or a phone number may turn up. */
  private boolean isFreeText(Field f) {
    return f.type() == FieldType.STRING
        && f.referenceTable().isEmpty()
        && !schema.businessKey().contains(f.name());
  }

  private static void checkPii(Pii kind, String raw) throws BadValue {
    String n = Pseudonymizer.normalise(kind, raw);
    if (kind == Pii.ID_NUMBER && !IdNumbers.isValid(n)) {
      throw new BadValue(Reason.BAD_ID_NUMBER, "not 18 characters with a valid GB 11643 check");
    }
    if (kind == Pii.PHONE && !Phones.isValid(raw)) {
      throw new BadValue(
          Reason.BAD_PHONE,
          "not a mobile (138 1234 5678, +86 …) or landline number with its area code (0537-…)");
    }
  }

  private String resolve(Reference ref, String raw, String town) throws BadValue {
    return switch (ref) {
      case TOWN -> {
        String code =
            reference
                .town(raw)
                .orElseThrow(() -> new BadValue(Reason.UNKNOWN_TOWN, "not one of the 16 towns"))
                .code();
        if (!code.equals(fileTown)) {
          throw new BadValue(Reason.TOWN_MISMATCH, "the file is of town " + fileTown);
        }
        yield code;
      }
      case VILLAGE ->
          reference
              .village(town == null ? fileTown : town, raw)
              .orElseThrow(
                  () -> new BadValue(Reason.UNKNOWN_VILLAGE, "not a village of town " + fileTown))
              .code();
      case PUBLIC_SERVICE -> item(ReferenceTable.PUBLIC_SERVICES, raw);
      case DISCLOSURE_ITEM -> item(ReferenceTable.DISCLOSURE_ITEMS, raw);
      case CONSULTATION_ITEM -> item(ReferenceTable.CONSULTATION_ITEMS, raw);
    };
  }

  private String item(ReferenceTable table, String raw) throws BadValue {
    return reference
        .item(table, raw)
        .orElseThrow(
            () -> new BadValue(Reason.UNKNOWN_ITEM, "not in the catalogue " + table.name()))
        .code();
  }

  /** A disclosure's category must be its catalogued item's category. */
  private Problem crossFieldProblem(List<String> texts) {
    Optional<Field> category = schema.field("category");
    Optional<Field> item = schema.field("item_code");
    if (category.isEmpty() || item.isEmpty()) {
      return null;
    }
    int ci = schema.fields().indexOf(category.get());
    int ii = schema.fields().indexOf(item.get());
    String cat = texts.get(ci).trim();
    String expected =
        reference
            .item(ReferenceTable.DISCLOSURE_ITEMS, texts.get(ii).trim())
            .map(ReferenceData.Item::category)
            .orElse(cat);
    if (!expected.equals(cat)) {
      return new Problem(
          category.get().name(),
          Reason.BAD_VALUE,
          category.get().chineseHeader()
              + " '"
              + cat
              + "': item "
              + texts.get(ii).trim()
              + " belongs to "
              + expected,
          cat);
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static Result problem(Field f, Reason reason, String message, String raw) {
    return new Result(null, new Problem(f.name(), reason, message, raw), null);
  }

  /** A value that failed its field's rule. */
  private static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;
    private final Reason reason;

    BadValue(Reason reason, String message) {
      super(message, null, false, false);
      this.reason = reason;
    }
  }
}
