package cn.zoucheng.warehouse.schemas.types;

/**
 * The kind of personal information a column holds; the analytic layers store a keyed pseudonym and
 * a masked display form of it, never the clear text.
 */
public enum Pii {
  /** A person's name, masked as {@code 张*}. */
  NAME,
  /** An 18-character resident ID number (GB 11643), masked as {@code 370883********1234}. */
  ID_NUMBER,
  /** A phone number, masked as {@code 138****5678}. */
  PHONE
}
