package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.values.IdNumbers;
import java.time.LocalDate;

/** Realistic residents of Zoucheng: names, resident ID numbers of region 370883, phone numbers. */
final class People {
  private static final String SURNAMES =
      "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶"
          + "阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段颜钱汤尹黎易常武乔";
  // Surnames of Zoucheng's old families come up more often.
  private static final String LOCAL_SURNAMES = "孟孔颜王张李刘";
  private static final String GIVEN =
      "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌凤庆云梅海波宁鹏辉飞" + "振东峰春雪丹晨浩宇鑫亮成广兴德福瑞祥珍翠荣利彬慧颖佳琳欣怡子涵雨博文昊然瑶";

  private People() {}

  static String name(Draw d) {
    String surname = d.chance(0.25) ? pickChar(d, LOCAL_SURNAMES) : pickChar(d, SURNAMES);
    String given = pickChar(d, GIVEN);
    return d.chance(0.7) ? surname + given + pickChar(d, GIVEN) : surname + given;
  }

  /** An 18-character ID number of Zoucheng (370883) with a valid GB 11643 check character. */
  static String idNumber(Draw d) {
    LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(d.between(0, 65 * 365));
    String first17 =
        "370883"
            + String.format(
                "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
            + String.format("%03d", d.between(1, 999));
    return first17 + IdNumbers.checkCharacter(first17);
  }

  /** A mobile number, or now and then a Zoucheng landline (0537). */
  static String phone(Draw d) {
    if (d.chance(0.03)) {
      return "0537-" + d.between(5_100_000, 5_399_999);
    }
    String prefix = d.pick("13", "15", "18", "17", "19", "13", "15", "18", "16", "14");
    return prefix + d.between(0, 9) + String.format("%08d", d.between(0, 99_999_999));
  }

  private static String pickChar(Draw d, String chars) {
    int i = d.between(0, chars.length() - 1);
    return chars.substring(i, i + 1);
  }
}
