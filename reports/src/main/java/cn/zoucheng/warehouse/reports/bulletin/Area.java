package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.warehouse.Figure;
import cn.zoucheng.warehouse.reports.warehouse.Places.Town;
import cn.zoucheng.warehouse.reports.warehouse.Standing;
import cn.zoucheng.warehouse.reports.warehouse.WarehouseFigures;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a bulletin is about: the whole city (its places are the 16 towns) or one town (its places
 * are its villages and communities). The city bulletin and the town bulletins are one builder over
 * this.
 */
record Area(WarehouseFigures data, Optional<Town> town) {
  /** A town of the city, or a village of the town. */
  record Place(String code, String name) {}

  static Area city(WarehouseFigures data) {
    return new Area(data, Optional.empty());
  }

  static Area town(WarehouseFigures data, Town town) {
    return new Area(data, Optional.of(town));
  }

  boolean isCity() {
    return town.isEmpty();
  }

  YearMonth period() {
    return data.period();
  }

  /** 全市, or the town's name. */
  String name() {
    return town.map(Town::name).orElse("全市");
  }

  /** 镇街 or 村（社区）. */
  String placeLabel() {
    return isCity() ? "镇街" : "村（社区）";
  }

  /** The area's own figure of a month. */
  Optional<Figure> fig(YearMonth month, String metric) {
    return town.isEmpty() ? data.city(month, metric) : data.town(month, town.get().code(), metric);
  }

  /** The area's own figure of the report's month. */
  Optional<Figure> fig(String metric) {
    return fig(period(), metric);
  }

  /** The towns, or the town's villages. */
  List<Place> places() {
    return town.isEmpty()
        ? data.towns().stream().map(t -> new Place(t.code(), t.name())).toList()
        : data.villages(town.get().code()).stream()
            .map(v -> new Place(v.code(), v.name()))
            .toList();
  }

  /** A place's figure of the report's month. */
  Optional<Figure> placeFig(Place p, String metric) {
    return town.isEmpty()
        ? data.town(period(), p.code(), metric)
        : data.village(town.get().code(), p.code(), metric);
  }

  /** A place's standing of the report's month. */
  Optional<Standing> standing(Place p) {
    return town.isEmpty()
        ? data.townStanding(p.code())
        : data.villageStanding(town.get().code(), p.code());
  }

  /** Whether the place's figure is absent because its town sent no file of the record type. */
  boolean unreported(Place p, Metric m) {
    return Reporting.missing(data, town.map(Town::code).orElse(p.code()), m.recordType());
  }

  /** Whether the area itself lacks the figure for want of a file (a town's; never the city's). */
  boolean unreported(Metric m) {
    return town.isPresent() && Reporting.missing(data, town.get().code(), m.recordType());
  }
}
