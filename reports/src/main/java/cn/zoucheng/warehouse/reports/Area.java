package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.reports.WarehouseFigures.Fig;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * What a bulletin is about: the whole city (its units are the 16 towns) or one town (its units are
 * its villages and communities). The city bulletin and the town bulletins are one builder over
 * this.
 */
interface Area {
  /** A town of the city, or a village of the town. */
  record Unit(String code, String name) {}

  /** 全市, or the town's name. */
  String name();

  /** The town's code; empty for the city. */
  Optional<String> townCode();

  /** 镇街 or 村(社区). */
  String unitLabel();

  /** The area's own figure of a month. */
  Optional<Fig> fig(YearMonth month, String metric);

  /** The towns or villages. */
  List<Unit> units();

  /** The report's month. */
  YearMonth period();

  /** A unit's figure of a month (villages: of the report's month only). */
  Optional<Fig> unitFig(Unit unit, String metric, YearMonth month);

  /** A unit's figure of the report's month. */
  default Optional<Fig> unitFig(Unit unit, String metric) {
    return unitFig(unit, metric, period());
  }

  /** Whether the unit's figure is absent because its town did not deliver the record type. */
  boolean unreported(Unit unit, Metric metric);

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
      public String unitLabel() {
        return "镇街";
      }

      @Override
      public Optional<Fig> fig(YearMonth month, String metric) {
        return data.city(month, metric);
      }

      @Override
      public List<Unit> units() {
        return data.towns().stream().map(t -> new Unit(t.code(), t.name())).toList();
      }

      @Override
      public YearMonth period() {
        return data.period();
      }

      @Override
      public Optional<Fig> unitFig(Unit unit, String metric, YearMonth month) {
        return data.town(month, unit.code(), metric);
      }

      @Override
      public boolean unreported(Unit unit, Metric metric) {
        return data.missingTypes(unit.code()).contains(metric.recordType());
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
      public String unitLabel() {
        return "村(社区)";
      }

      @Override
      public Optional<Fig> fig(YearMonth month, String metric) {
        return data.town(month, town.code(), metric);
      }

      @Override
      public List<Unit> units() {
        return data.villages(town.code()).stream().map(v -> new Unit(v.code(), v.name())).toList();
      }

      @Override
      public YearMonth period() {
        return data.period();
      }

      @Override
      public Optional<Fig> unitFig(Unit unit, String metric, YearMonth month) {
        return month.equals(data.period())
            ? data.village(town.code(), unit.code(), metric)
            : Optional.empty();
      }

      @Override
      public boolean unreported(Unit unit, Metric metric) {
        return missingTypes().contains(metric.recordType());
      }

      @Override
      public List<String> missingTypes() {
        return data.missingTypes(town.code());
      }
    };
  }
}
