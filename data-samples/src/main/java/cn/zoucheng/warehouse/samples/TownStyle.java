package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Town;

/**
 * How one town writes its exports, and how well it works.
 *
 * @param town the town
 * @param fileNameByCode whether file names start with the town code rather than its name
 * @param format the format of most files
 * @param disclosureFormat the format of the (large) disclosure files
 * @param englishHeaders whether headers are the fields' English names
 * @param shuffledColumns whether columns come in a town-specific order
 * @param dates how dates are spelled in text
 * @param excelDateCells whether XLSX files hold real date cells rather than date text
 * @param yesNo the yes/no words
 * @param refsByCode whether towns, villages and catalogue items are written by code
 * @param titleRows the title rows above the header in XLSX files (1 or 2)
 * @param quality how well the town works, around 1 (better above)
 * @param lateShare the share of months delivered after the 5th
 */
record TownStyle(
    Town town,
    boolean fileNameByCode,
    FileFormat format,
    FileFormat disclosureFormat,
    boolean englishHeaders,
    boolean shuffledColumns,
    DateSpelling dates,
    boolean excelDateCells,
    YesNo yesNo,
    boolean refsByCode,
    int titleRows,
    double quality,
    double lateShare) {

  /** The name the town's files start with. */
  String fileTown() {
    return fileNameByCode ? town.code() : town.name();
  }

  /** The format of the files of the given record type. */
  FileFormat formatOf(String recordType) {
    return "disclosures".equals(recordType) ? disclosureFormat : format;
  }
}
