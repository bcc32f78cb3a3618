package cn.zoucheng.warehouse.samples;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** How a town writes a file: CSV in one of three encodings, or an Excel workbook. */
enum FileFormat {
  CSV_UTF8("csv", StandardCharsets.UTF_8, false),
  CSV_UTF8_BOM("csv", StandardCharsets.UTF_8, true),
  CSV_GB18030("csv", Charset.forName("GB18030"), false),
  XLSX("xlsx", null, false);

  private final String extension;
  private final Charset charset;
  private final boolean bom;

  FileFormat(String extension, Charset charset, boolean bom) {
    this.extension = extension;
    this.charset = charset;
    this.bom = bom;
  }

  String extension() {
    return extension;
  }

  Charset charset() {
    return charset;
  }

  boolean bom() {
    return bom;
  }

  /** How the README names it. */
  String label() {
    return switch (this) {
      case CSV_UTF8 -> "CSV UTF-8";
      case CSV_UTF8_BOM -> "CSV UTF-8 with BOM";
      case CSV_GB18030 -> "CSV GB18030";
      case XLSX -> "XLSX";
    };
  }
}
