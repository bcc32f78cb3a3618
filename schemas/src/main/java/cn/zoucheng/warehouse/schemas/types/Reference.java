package cn.zoucheng.warehouse.schemas.types;

/** A reference table that a column's values must be found in, by code or by name. */
public enum Reference {
  /** The 16 towns and sub-districts. */
  TOWN,
  /** The villages and communities of the row's town. */
  VILLAGE,
  /** The 46 catalogued public services. */
  PUBLIC_SERVICE,
  /** The 25 catalogued disclosure items. */
  DISCLOSURE_ITEM,
  /** The 56 catalogued consultation items. */
  CONSULTATION_ITEM
}
