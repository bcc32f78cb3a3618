package cn.zoucheng.warehouse.schemas.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reference tables, loaded from the classpath, with the look-ups validation needs: a town or
 * village by code or name, a catalogued item by code or name.
 */
public final class ReferenceData implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A town or sub-district. */
  public record Town(String code, String name, String kind, String pinyin)
      implements Serializable {}

  /** A village or community. */
  public record Village(
      String code, String name, String townCode, String kind, boolean demonstration)
      implements Serializable {}

  /** A catalogued item: public service, disclosure item or consultation item. */
  public record Item(String code, String name, String category) implements Serializable {}

  private final Map<String, List<String>> rawRows;
  private final List<Town> towns;
  private final List<Village> villages;
  private final Map<String, Town> townByKey = new HashMap<>();
  private final Map<String, Map<String, Village>> villageByTownAndKey = new HashMap<>();
  private final Map<String, Map<String, Item>> items = new HashMap<>();

  private ReferenceData(Map<String, List<String>> rawRows) {
    this.rawRows = rawRows;
    List<Town> ts = new ArrayList<>();
    for (String[] r : rows(ReferenceTable.TOWNS)) {
      Town t = new Town(r[0], r[1], r[2], r[3]);
      ts.add(t);
      townByKey.put(t.code(), t);
      townByKey.put(t.name(), t);
    }
    List<Village> vs = new ArrayList<>();
    for (String[] r : rows(ReferenceTable.VILLAGES)) {
      Village v = new Village(r[0], r[1], r[2], r[3], "是".equals(r[4]));
      vs.add(v);
      Map<String, Village> m =
          villageByTownAndKey.computeIfAbsent(v.townCode(), k -> new HashMap<>());
      m.put(v.code(), v);
      m.put(v.name(), v);
    }
    this.towns = List.copyOf(ts);
    this.villages = List.copyOf(vs);
    items.put("public_services", index(ReferenceTable.PUBLIC_SERVICES, -1));
    items.put("disclosure_items", index(ReferenceTable.DISCLOSURE_ITEMS, 2));
    items.put("consultation_items", index(ReferenceTable.CONSULTATION_ITEMS, -1));
  }

  /** Loads every reference table shipped on the classpath. */
  public static ReferenceData load() {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    for (ReferenceTable t : ReferenceTable.ALL) {
      raw.put(t.name(), readLines(t.resource()));
    }
    return new ReferenceData(raw);
  }

  private static List<String> readLines(String resource) {
    InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("reference table missing from the classpath: " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> lines = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) {
        if (!line.isBlank()) {
          lines.add(line);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Item> index(ReferenceTable table, int categoryColumn) {
    Map<String, Item> m = new HashMap<>();
    for (String[] r : rows(table)) {
      Item it = new Item(r[0], r[1], categoryColumn < 0 ? null : r[categoryColumn]);
      m.put(it.code(), it);
      m.put(it.name(), it);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * The data rows of a reference table, each split into its columns (the shipped CSVs hold no
   * quoted commas).
   */
  public List<String[]> rows(ReferenceTable table) {
    List<String> lines = rawRows.get(table.name());
    List<String[]> out = new ArrayList<>(lines.size());
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      if (cells.length != table.columns().size()) {
        throw new IllegalStateException(
            table.resource() + ": expected " + table.columns().size() + " columns in: " + line);
      }
      out.add(cells);
    }
    return out;
  }

  /** The towns, in code order. */
  public List<Town> towns() {
    return towns;
  }

  /** All villages and communities. */
  public List<Village> villages() {
    return villages;
  }

  /** The villages of one town. */
  public List<Village> villagesOf(String townCode) {
    return villages.stream().filter(v -> v.townCode().equals(townCode)).toList();
  }

  /** The town with the given code or Chinese name. */
  public Optional<Town> town(String codeOrName) {
    return Optional.ofNullable(townByKey.get(codeOrName));
  }

  /** The village of the given town with the given code or name. */
  public Optional<Village> village(String townCode, String codeOrName) {
    Map<String, Village> m = villageByTownAndKey.get(townCode);
    return m == null ? Optional.empty() : Optional.ofNullable(m.get(codeOrName));
  }

  /** The catalogued item of the given table with the given code or name. */
  public Optional<Item> item(ReferenceTable table, String codeOrName) {
    Map<String, Item> m = items.get(table.name());
    if (m == null) {
      throw new IllegalArgumentException(table.name() + " is not a catalogue of items");
    }
    return Optional.ofNullable(m.get(codeOrName));
  }

  /** All items of a catalogue, in code order. */
  public List<Item> items(ReferenceTable table) {
    return items.get(table.name()).values().stream()
        .distinct()
        .sorted((a, b) -> a.code().compareTo(b.code()))
        .toList();
  }
}
