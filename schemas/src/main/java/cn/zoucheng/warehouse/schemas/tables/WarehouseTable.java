package cn.zoucheng.warehouse.schemas.tables;

import cn.zoucheng.warehouse.schemas.types.Column;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One table of the warehouse.
 *
 * @param namespace the table's namespace in the catalog, also its parent folder under the root
 * @param name the table's name in its namespace, also its folder
 * @param columns its columns, in order
 * @param partitionBy the columns partitioning it (identity partitions), outermost first
 * @param sortBy the order of rows inside each data file
 * @param view the DuckDB view analysts read it through; empty for the raw layer
 * @param title the Chinese title of the view
 * @param unsummarised columns whose values could hold clear personal data if a rule failed: no
 *     min/max statistics are kept for them, in the data files or the table's metadata
 */
public record WarehouseTable(
    String namespace,
    String name,
    List<Column> columns,
    List<String> partitionBy,
    List<String> sortBy,
    Optional<String> view,
    String title,
    Set<String> unsummarised) {

  public WarehouseTable {
    Objects.requireNonNull(namespace, "namespace");
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    partitionBy = List.copyOf(partitionBy);
    sortBy = List.copyOf(sortBy);
    unsummarised = Set.copyOf(unsummarised);
    List<String> names = columns.stream().map(Column::name).toList();
    for (String c : concat(partitionBy, sortBy)) {
      if (!names.contains(c)) {
        throw new IllegalArgumentException(namespace + "." + name + " has no column " + c);
      }
    }
  }

  /** The table's folder relative to the warehouse root, e.g. {@code facts/proxy_cases}. */
  public String folder() {
    return namespace + "/" + name;
  }

  /** {@code namespace.name}, e.g. {@code facts.proxy_cases}. */
  public String qualifiedName() {
    return namespace + "." + name;
  }

  /** The column of the given name; fails naming the table when there is none. */
  public Column column(String columnName) {
    return columns.stream()
        .filter(c -> c.name().equals(columnName))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException(qualifiedName() + " has no column " + columnName));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new java.util.ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  @Override
  public String toString() {
    return qualifiedName();
  }
}
