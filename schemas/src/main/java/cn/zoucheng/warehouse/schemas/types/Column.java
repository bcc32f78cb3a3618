package cn.zoucheng.warehouse.schemas.types;

/** One column of a warehouse table, with its Chinese label and meaning. */
public record Column(String name, ColumnType type, String chineseLabel, String description)
    implements java.io.Serializable {}
