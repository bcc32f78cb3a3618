package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.reports.WarehouseFigures.Fig;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a bulletin is about: the whole city (its places are the 16 towns) or one town (its places
 * are its villages and communities). The city bulletin and the town bulletins are one builder over
 * this.
 */
interface Area {
  /** A town of the city, or a village of the town. */
  record Place(String code, String name) {}

  /** 全市, or the town's name. */
  String name();

  /** The town's code; empty for the city. */
  Optional<String> townCode();

  /** 镇街 or 村(社区). */
  String placeLabel();

  /** The area's own figure of a month. */
  Optional<Fig> fig(YearMonth month, String metric);

  /** The towns or villages. */
  List<Place> places();

  /** The report's month. */
  YearMonth period();

  /** A place's figure of a month (villages: of the report's month only). */
  Optional<Fig> placeFig(Place place, String metric, YearMonth month);

  /** A place's figure of the report's month. */
  default Optional<Fig> placeFig(Place place, String metric) {
    return placeFig(place, metric, period());
  }

  /** Whether the place's figure is absent because its town did not deliver the record type. */
  boolean unreported(Place place, Metric metric);

  /** The record types the area lacks for the month: the town's; none for the city. */
  List<String> missingTypes();

  /** The city. */
  static Area city(WarehouseFigures data) {
    return new Area() {
      @Override
      public String name() {
        return "全市";
      }

      @Override
      public Optional<String> townCode() {
        return Optional.empty();
      }

      @Override
      public String placeLabel() {
        return "镇街";
      }

      @Override
      public Optional<Fig> fig(YearMonth month, String metric) {
        return data.city(month, metric);
      }

      @Override
      public List<Place> places() {
        return data.towns().stream().map(t -> new Place(t.code(), t.name())).toList();
      }

      @Override
      public YearMonth period() {
        return data.period();
      }

      @Override
      public Optional<Fig> placeFig(Place place, String metric, YearMonth month) {
        return data.town(month, place.code(), metric);
      }

      @Override
      public boolean unreported(Place place, Metric metric) {
        return data.missingTypes(place.code()).contains(metric.recordType());
      }

      @Override
      public List<String> missingTypes() {
        return List.of();
      }
    };
  }

  /** One town. */
  static Area town(WarehouseFigures data, WarehouseFigures.Town town) {
    return new Area() {
      @Override
      public String name() {
        return town.name();
      }

      @Override
      public Optional<String> townCode() {
        return Optional.of(town.code());
      }

      @Override
      public String placeLabel() {
        return "村(社区)";
      }

      @Override
      public Optional<Fig> fig(YearMonth month, String metric) {
        return data.town(month, town.code(), metric);
      }

      @Override
      public List<Place> places() {
        return data.villages(town.code()).stream().map(v -> new Place(v.code(), v.name())).toList();
      }

      @Override
      public YearMonth period() {
        return data.period();
      }

      @Override
      public Optional<Fig> placeFig(Place place, String metric, YearMonth month) {
        return month.equals(data.period())
            ? data.village(town.code(), place.code(), metric)
            : Optional.empty();
      }

      @Override
      public boolean unreported(Place place, Metric metric) {
        return missingTypes().contains(metric.recordType());
      }

      @Override
      public List<String> missingTypes() {
        return data.missingTypes(town.code());
      }
    };
  }
}
