package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.FieldType;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Puts bad rows into files, each with exactly one defect, so that every row-level reason occurs
 * about {@link #PER_REASON} times over the committed sample's 26 months.
 */
final class BadRows {
  /** How many rows of each reason the 26-month sample gets, on average. */
  static final double PER_REASON = 30;

  private final Map<Reason, Double> probabilityPerFile = new EnumMap<>(Reason.class);

  /** Spreads the reasons over the number of files of each record type the run writes. */
  BadRows(Map<RecordSchema, Integer> filesPerType, int monthCount) {
    double target = PER_REASON * monthCount / 26.0;
    for (Reason r : rowReasons()) {
      int files =
          filesPerType.entrySet().stream()
              .filter(e -> !Defects.targets(r, e.getKey()).isEmpty())
              .mapToInt(Map.Entry::getValue)
              .sum();
      probabilityPerFile.put(r, files == 0 ? 0 : Math.min(1.0, target / files));
    }
  }

  static List<Reason> rowReasons() {
    return Arrays.stream(Reason.values()).filter(r -> !r.isFileLevel()).toList();
  }

  /**
   * Damages some rows of a file in place and inserts duplicates after clean rows; returns the bad
   * rows. The rows list is changed.
   */
  List<InjectedRow> inject(List<ExportRow> rows, TownMonth tm, Draw d) {
    List<InjectedRow> bad = new ArrayList<>();
    if (rows.isEmpty()) {
      return bad;
    }
    RecordSchema s = rows.get(0).schema();
    Set<Integer> used = new HashSet<>();
    boolean duplicate = false;
    for (Reason r : rowReasons()) {
      List<Field> targets = Defects.targets(r, s);
      if (targets.isEmpty() || !d.chance(probabilityPerFile.get(r))) {
        continue;
      }
      if (r == Reason.DUPLICATE_KEY) {
        duplicate = true;
        continue;
      }
      int i = d.between(0, rows.size() - 1);
      if (used.add(i)) {
        Field f = d.pick(targets);
        Defects.apply(r, f, rows.get(i), tm, d);
        bad.add(new InjectedRow(rows.get(i), f.name(), r));
      }
    }
    int i = d.between(0, rows.size() - 1);
    if (duplicate && !used.contains(i)) {
      ExportRow dup = duplicate(rows.get(i), d);
      rows.add(d.between(i + 1, rows.size()), dup);
      bad.add(new InjectedRow(dup, s.businessKey().get(0), Reason.DUPLICATE_KEY));
    }
    return bad;
  }

  /** A second row with the same business key and otherwise different, valid values. */
  private static ExportRow duplicate(ExportRow original, Draw d) {
    ExportRow dup = original.copy();
    RecordSchema s = original.schema();
    boolean changed = false;
    for (Field f : s.fields()) {
      if (s.businessKey().contains(f.name()) || f.equals(s.placingField())) {
        continue;
      }
      if (f.pii() != null) {
        dup.set(
            f.name(),
            switch (f.pii()) {
              case NAME -> People.name(d);
              case ID_NUMBER -> People.idNumber(d);
              case PHONE -> People.phone(d);
            });
        changed = true;
      } else if (f.type() == FieldType.AMOUNT && dup.get(f.name()) instanceof BigDecimal a) {
        dup.set(f.name(), a.add(BigDecimal.TEN));
        changed = true;
      } else if (f.type() == FieldType.DATE
          && "posted_on".equals(f.name())
          && dup.get(f.name()) != null) {
        dup.set(f.name(), dup.date(f.name()).minusDays(1));
        changed = true;
      } else if (!changed && f.type() == FieldType.CODE && !f.isRequired()) {
        Object current = dup.get(f.name());
        dup.set(
            f.name(), d.pick(f.allowedValues().stream().filter(v -> !v.equals(current)).toList()));
        changed = true;
      }
    }
    return dup;
  }
}
