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
  TOO_MANY_CELLS(
      "列数多于表头", "the row has values beyond the header's last column: an unquoted comma or a shift"),
  UNTERMINATED_QUOTE(
      "引号未闭合", "a quoted CSV value is never closed; the row is read up to the end of its line"),
  FORMULA_WITHOUT_VALUE(
      "公式无计算结果", "an XLSX formula without a saved result, or an error value such as #DIV/0!"),
  // ---- whole files
  BAD_FILE_NAME("文件名不符合约定", "the name is not {town}_{YYYY-MM}_{record_type}.csv|xlsx"),
  UNKNOWN_RECORD_TYPE("未知记录类型", "the record type in the file name is not one of the eight"),
  UNDECODABLE("无法识别编码", "the CSV is neither valid UTF-8 nor GB18030"),
  EMPTY_FILE("空文件", "the file holds no data row: 0 bytes, blank lines or a header alone"),
  UNREADABLE_XLSX("XLSX文件损坏", "the XLSX file is truncated or not a workbook"),
  NO_HEADER("找不到表头", "no row of the file holds the record type's headers"),
  MISSING_COLUMN("缺少必需列", "a required column is missing from the header"),
  PARSE_FAILED("文件解析失败", "an unexpected error while reading the file's rows; the run goes on"),
  NOT_A_REGULAR_FILE(
      "不是普通文件", "a named pipe, device, socket, folder link or dangling link: never opened"),
  LINK_OUT_OF_INBOX("链接指向收件夹之外", "a symbolic link leading out of the input folder: not followed"),
  FILE_TOO_LARGE("文件过大", "the file is larger than the ingest's size cap"),
  READ_FAILED("文件读取失败", "the file could not be read: an I/O error or no data within the timeout"),
  EMPTY_REDELIVERY(
      "更正文件将清空数据",
      "a re-delivery without one loadable row would delete every record of its town-month"),
  SKIPPED_NAME(
      "备份或临时文件", "a backup, temporary or hidden file (under _备份/, starting . or ~$): not read");

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
