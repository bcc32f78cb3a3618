package cn.zoucheng.warehouse.schemas.types;

/** The value type of one export column, before and after parsing. */
public enum FieldType {
  /** Free text, trimmed. */
  STRING,
  /** One of a fixed list of values ({@link Field#allowedValues()}). */
  CODE,
  /** A calendar date, accepted in every format of the contract. */
  DATE,
  /** A month, {@code YYYY-MM}. */
  MONTH,
  /** A whole number. */
  INTEGER,
  /** A non-negative amount in yuan with two decimals. */
  AMOUNT,
  /** 是/否 and its synonyms. */
  BOOLEAN
}
