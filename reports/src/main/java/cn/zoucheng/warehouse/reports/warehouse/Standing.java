package cn.zoucheng.warehouse.reports.warehouse;

import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Optional;

/**
 * One row of the {@code rankings} view: a town's (or village's) 达标项数 and 综合排名 of a month, the
 * previous month's rank, and for towns the year to date, as the metrics job ranked them.
 */
public record Standing(
    String scope,
    String townCode,
    String villageCode,
    Integer figuresTargeted,
    Integer metCount,
    Integer figuresRanked,
    Double meanRank,
    Integer compositeRank,
    Integer placesRanked,
    Integer prevCompositeRank,
    Integer rankChange,
    String ytdThrough,
    Integer ytdFiguresTargeted,
    Integer ytdMetCount,
    Integer ytdRank) {

  static final String COLUMNS =
      "scope, town_code, village_code, figures_targeted, met_count, figures_ranked, mean_rank,"
          + " composite_rank, places_ranked, prev_composite_rank, rank_change, ytd_through,"
          + " ytd_figures_targeted, ytd_met_count, ytd_rank";

  static Standing read(Columns r) throws SQLException {
    return new Standing(
        r.text("scope"),
        r.code("town_code"),
        r.code("village_code"),
        r.integer("figures_targeted"),
        r.integer("met_count"),
        r.integer("figures_ranked"),
        r.number("mean_rank"),
        r.integer("composite_rank"),
        r.integer("places_ranked"),
        r.integer("prev_composite_rank"),
        r.integer("rank_change"),
        r.text("ytd_through"),
        r.integer("ytd_figures_targeted"),
        r.integer("ytd_met_count"),
        r.integer("ytd_rank"));
  }

  /** The latest month of the year whose figures the year to date is of. */
  public Optional<YearMonth> yearToDateThrough() {
    return Optional.ofNullable(ytdThrough).map(YearMonth::parse);
  }
}
