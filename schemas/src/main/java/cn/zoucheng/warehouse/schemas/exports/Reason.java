package cn.zoucheng.warehouse.schemas.exports;

/**
 * Why a row was quarantined or a file rejected: the contract's list of bad input. Codes are stable;
 * the quarantine and manifest tables store them with a message naming the value.
 */
public enum Reason {
  // ---- rows
  MISSING_KEY("缺少业务主键", "the business key is empty"),
  MISSING_VALUE("必填项为空", "a required value is empty"),
  UNKNOWN_TOWN("未知镇街", "the town is not one of the 16 towns"),
  TOWN_MISMATCH("镇街与文件不符", "the row's town is not the town of the file"),
  UNKNOWN_VILLAGE("未知村(社区)", "the village is not a village of the town"),
  UNKNOWN_ITEM("未知目录事项", "the item is not in its catalogue"),
  BAD_DATE("日期无法识别", "the date is not in an accepted format or does not exist"),
  BAD_NUMBER("数字无法识别", "the number cannot be read"),
  OUT_OF_RANGE("数值超出范围", "the number is outside its allowed range"),
  BAD_VALUE("取值不在允许范围", "the value is not one of the allowed values"),
  BAD_ID_NUMBER("身份证号校验失败", "the ID number is not 18 characters with a valid GB 11643 check"),
  BAD_PHONE("电话号码格式错误", "the phone number is not a mainland mobile or landline number"),
  DUPLICATE_KEY("文件内主键重复", "the business key already appeared earlier in the same file"),
  DATE_AFTER_MONTH("日期晚于报送月份", "the record is dated after the end of its file's month"),
  DATE_BEFORE_MONTH(
      "日期早于报送月份", "the record is dated before its file's month, which its type does not allow"),
  // ---- whole files
  BAD_FILE_NAME("文件名不符合约定", "the name is not {town}_{YYYY-MM}_{record_type}.csv|xlsx"),
  UNKNOWN_RECORD_TYPE("未知记录类型", "the record type in the file name is not one of the eight"),
  UNDECODABLE("无法识别编码", "the CSV is neither valid UTF-8 nor GB18030"),
  EMPTY_FILE("空文件", "the file holds no header or no data rows"),
  UNREADABLE_XLSX("XLSX文件损坏", "the XLSX file is truncated or not a workbook"),
  NO_HEADER("找不到表头", "no row of the file holds the record type's headers"),
  MISSING_COLUMN("缺少必需列", "a required column is missing from the header");

  private final String chinese;
  private final String english;

  Reason(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /** The short Chinese label, as the quarantine report prints it. */
  public String chinese() {
    return chinese;
  }

  /** What it means, in English. */
  public String english() {
    return english;
  }

  /** Whether the reason rejects a whole file rather than one row. */
  public boolean isFileLevel() {
    return ordinal() >= BAD_FILE_NAME.ordinal();
  }
}
