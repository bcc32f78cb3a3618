package cn.zoucheng.warehouse.schemas.exports;

import cn.zoucheng.warehouse.schemas.types.Pii;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Header texts of town exports: how two spellings compare, and which headers mean personal
 * information even where the contract does not name them (an extra {@code 身份证号码} or {@code 手机号码}
 * column, a second {@code 姓名}). Such a column is treated as the personal information it means:
 * pseudonymised and masked, never kept in clear.
 */
public final class Headers {
  /**
   * Per kind: a header means it when, compared as {@link #normalise} does, it equals one of the
   * spellings or contains one of the fragments.
   */
  private record Spellings(List<String> exact, List<String> fragments) {}

  private static final Map<Pii, Spellings> PII =
      Map.of(
          Pii.NAME,
          new Spellings(
              List.of(
                  "名字",
                  "户主",
                  "申请人",
                  "联系人",
                  "当事人",
                  "信访人",
                  "被代办人",
                  "name",
                  "fullname",
                  "full_name",
                  "applicant",
                  "applicant_name",
                  "petitioner_name",
                  "cadre_name",
                  "contact_name",
                  "person_name"),
              List.of("姓名")),
          Pii.ID_NUMBER,
          new Spellings(
              List.of(
                  "id_number",
                  "idnumber",
                  "id_no",
                  "id_card",
                  "idcard",
                  "identity_number",
                  "citizen_id",
                  "applicant_id_number",
                  "petitioner_id_number"),
              List.of("身份证", "证件号", "身份号码")),
          Pii.PHONE,
          new Spellings(
              List.of(
                  "phone",
                  "mobile",
                  "tel",
                  "telephone",
                  "phone_number",
                  "mobile_phone",
                  "cellphone",
                  "contact_phone",
                  "applicant_phone"),
              List.of("电话", "手机", "联系方式")));

  private Headers() {}

  /** Header text as compared: trimmed, full-width brackets made half-width, lower case. */
  public static String normalise(String header) {
    return header
        .replace("\uFEFF", "")
        .replace('（', '(')
        .replace('）', ')')
        .replaceAll("\\s+", "")
        .toLowerCase(Locale.ROOT);
  }

  /** The kind of personal information a header means, if it means one. */
  public static Optional<Pii> personalMeaning(String header) {
    String h = normalise(header);
    for (Pii kind : Pii.values()) {
      Spellings s = PII.get(kind);
      if (s.exact().contains(h) || s.fragments().stream().anyMatch(h::contains)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
