package cn.zoucheng.warehouse.samples;

import java.util.List;

/**
 * Free text as village clerks write it; now and then with a comma, quotes or a line break, so that
 * CSV quoting is exercised.
 */
final class Texts {
  private static final List<String> SUMMARIES =
      List.of(
          "购买办公用品", "支付村委会电费", "村内道路维修", "文化广场保洁", "购置垃圾桶", "防汛物资采购", "支付护林员工资", "村级网格员补贴",
          "党员活动室维修", "饮水管网维修", "路灯更换灯泡", "秋收防火宣传");
  private static final List<String> DETAILS =
      List.of(
          "A4纸、墨盒,共计3项", "含材料费,人工费另计", "\"村村通\"道路补修", "第一批\n第二批待报", "按\"四议两公开\"程序实施", "经村民代表会议同意");
  private static final List<String> TOPICS = List.of("关于", "研究", "讨论", "审议");
  private static final List<String> RESOLUTIONS =
      List.of(
          "同意实施，由村“两委”负责落实",
          "原则同意,待资金到位后实施",
          "同意，按\"一事一议\"筹资",
          "暂缓实施\n下次会议再议",
          "同意，报镇街审核后公示",
          "不同意，另行研究方案");
  private static final List<String> SUGGESTION_CATEGORIES =
      List.of("基础设施", "环境卫生", "社会保障", "文化体育", "社会治安", "农业生产", "便民服务", "其他");

  private Texts() {}

  static String summary(Draw d) {
    String s = d.pick(SUMMARIES);
    return d.chance(0.15) ? s + "（" + d.pick(DETAILS) + "）" : s;
  }

  static String topic(Draw d, String itemName) {
    String t = d.pick(TOPICS) + itemName + "事宜";
    return d.chance(0.12) ? t + "," + d.pick(DETAILS) : t;
  }

  static String resolution(Draw d) {
    return d.pick(RESOLUTIONS);
  }

  static String suggestionCategory(Draw d) {
    return d.pick(SUGGESTION_CATEGORIES);
  }
}
