package cn.zoucheng.warehouse.samples;

import static cn.zoucheng.warehouse.samples.DateSpelling.CHINESE;
import static cn.zoucheng.warehouse.samples.DateSpelling.DASH;
import static cn.zoucheng.warehouse.samples.DateSpelling.DOT;
import static cn.zoucheng.warehouse.samples.DateSpelling.SLASH;
import static cn.zoucheng.warehouse.samples.FileFormat.CSV_GB18030;
import static cn.zoucheng.warehouse.samples.FileFormat.CSV_UTF8;
import static cn.zoucheng.warehouse.samples.FileFormat.CSV_UTF8_BOM;
import static cn.zoucheng.warehouse.samples.FileFormat.XLSX;

import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Town;
import java.util.ArrayList;
import java.util.List;

/** The fixed export habits of the 16 towns, in the reference data's town order. */
final class TownStyles {
  private TownStyles() {}

  /** One style per town, fixed so that the README can describe them. */
  static List<TownStyle> of(ReferenceData refs) {
    List<Town> t = refs.towns();
    if (t.size() != 16) {
      throw new IllegalStateException("expected 16 towns in the reference data, got " + t.size());
    }
    List<TownStyle> s = new ArrayList<>();
    // town, byCode, format, disclosures, english, shuffled, dates, dateCells, yes/no, refsByCode,
    // titleRows, quality, lateShare
    s.add(
        new TownStyle(
            t.get(0),
            false,
            XLSX,
            XLSX,
            false,
            false,
            DASH,
            true,
            YesNo.SHI_FOU,
            false,
            1,
            1.10,
            0.02));
    s.add(
        new TownStyle(
            t.get(1),
            false,
            CSV_UTF8,
            XLSX,
            false,
            false,
            SLASH,
            false,
            YesNo.SHI_FOU,
            false,
            1,
            1.05,
            0.05));
    s.add(
        new TownStyle(
            t.get(2),
            false,
            CSV_UTF8_BOM,
            XLSX,
            false,
            false,
            DASH,
            false,
            YesNo.SHI_FOU,
            false,
            2,
            1.08,
            0.0));
    s.add(
        new TownStyle(
            t.get(3),
            false,
            CSV_GB18030,
            XLSX,
            false,
            true,
            DOT,
            false,
            YesNo.SHI_FOU,
            false,
            1,
            0.95,
            0.10));
    s.add(
        new TownStyle(
            t.get(4),
            true,
            XLSX,
            XLSX,
            false,
            false,
            CHINESE,
            false,
            YesNo.SHI_FOU,
            false,
            2,
            1.00,
            0.08));
    s.add(
        new TownStyle(
            t.get(5), false, CSV_UTF8, XLSX, true, false, DASH, false, YesNo.Y_N, true, 1, 1.00,
            0.03));
    s.add(
        new TownStyle(
            t.get(6),
            false,
            CSV_GB18030,
            XLSX,
            false,
            true,
            CHINESE,
            false,
            YesNo.SHI_FOU,
            false,
            1,
            0.90,
            0.15));
    s.add(
        new TownStyle(
            t.get(7),
            false,
            XLSX,
            XLSX,
            false,
            true,
            SLASH,
            true,
            YesNo.SHI_FOU,
            false,
            2,
            0.97,
            0.05));
    s.add(
        new TownStyle(
            t.get(8),
            true,
            CSV_UTF8_BOM,
            XLSX,
            false,
            false,
            DASH,
            false,
            YesNo.ONE_ZERO,
            true,
            1,
            0.93,
            0.12));
    s.add(
        new TownStyle(
            t.get(9),
            false,
            CSV_UTF8,
            XLSX,
            false,
            false,
            CHINESE,
            false,
            YesNo.SHI_FOU,
            false,
            1,
            1.02,
            0.04));
    s.add(
        new TownStyle(
            t.get(10),
            false,
            XLSX,
            XLSX,
            false,
            true,
            DASH,
            false,
            YesNo.SHI_FOU,
            false,
            1,
            0.98,
            0.06));
    s.add(
        new TownStyle(
            t.get(11),
            false,
            CSV_GB18030,
            XLSX,
            false,
            false,
            SLASH,
            false,
            YesNo.SHI_FOU,
            false,
            2,
            0.92,
            0.10));
    s.add(
        new TownStyle(
            t.get(12),
            false,
            CSV_UTF8,
            XLSX,
            false,
            false,
            DOT,
            false,
            YesNo.SHI_FOU,
            true,
            1,
            1.04,
            0.03));
    s.add(
        new TownStyle(
            t.get(13),
            true,
            XLSX,
            XLSX,
            false,
            false,
            CHINESE,
            true,
            YesNo.SHI_FOU,
            false,
            2,
            0.96,
            0.07));
    s.add(
        new TownStyle(
            t.get(14),
            false,
            CSV_UTF8_BOM,
            XLSX,
            false,
            true,
            CHINESE,
            false,
            YesNo.SHI_FOU,
            false,
            1,
            1.00,
            0.05));
    s.add(
        new TownStyle(
            t.get(15),
            false,
            CSV_GB18030,
            CSV_GB18030,
            false,
            false,
            DASH,
            false,
            YesNo.SHI_FOU,
            false,
            1,
            0.90,
            0.20));
    return List.copyOf(s);
  }
}
