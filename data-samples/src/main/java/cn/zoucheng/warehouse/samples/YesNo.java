package cn.zoucheng.warehouse.samples;

/** The pair of words a town writes in yes/no columns. */
enum YesNo {
  SHI_FOU("是", "否"),
  Y_N("Y", "N"),
  ONE_ZERO("1", "0");

  private final String yes;
  private final String no;

  YesNo(String yes, String no) {
    this.yes = yes;
    this.no = no;
  }

  String text(boolean value) {
    return value ? yes : no;
  }
}
