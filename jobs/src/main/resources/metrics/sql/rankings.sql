-- 综合排名 of every town among the towns and every village within its town, month by month: how
-- many of the key figures (key_figures, MetricCatalog.KEY_FIGURES) are 达标, then the mean of the
-- place's ranks in those figures; places equal on both share a rank (1, 1, 3). A place without a
-- ranked key figure is not ranked. With the previous month's rank and its change (positive: up),
-- and, for towns, the year to date: 达标项数 of the year-to-date values of the town's latest month
-- of the year with figures (a town that sent nothing this month keeps its earlier months), and the
-- towns ranked by it. Every town has a row for every month computed that has figures, even a
-- town without figures of its own that month.
-- Views: ranked (ranked_places.sql: the places of every month compared ranked), compared (for the
-- months computed), towns (town_code).
WITH months AS (
  SELECT DISTINCT period FROM compared WHERE period BETWEEN :from AND :to
),
town_grid AS (
  SELECT m.period, {{Scope.TOWN}} AS scope, t.town_code, CAST(NULL AS STRING) AS village_code
  FROM months m CROSS JOIN towns t
),
grid AS (
  SELECT * FROM town_grid
  UNION
  SELECT period, scope, town_code, village_code
  FROM ranked
  WHERE scope = {{Scope.VILLAGE}} AND period BETWEEN :from AND :to
),
ytd_month AS (
  SELECT g.period, g.town_code, max(r.period) AS ytd_through
  FROM town_grid g
  JOIN ranked r
    ON r.scope = {{Scope.TOWN}} AND r.town_code = g.town_code AND r.period <= g.period
   AND substr(r.period, 1, 4) = substr(g.period, 1, 4)
  GROUP BY g.period, g.town_code
),
joined AS (
  SELECT g.scope, g.town_code, g.village_code,
         r.figures_targeted, r.met_count, r.figures_ranked, r.mean_rank, r.composite_rank,
         r.places_ranked, b.composite_rank AS prev_composite_rank,
         b.composite_rank - r.composite_rank AS rank_change,
         y.ytd_through, yr.ytd_figures_targeted, yr.ytd_met_count, g.period
  FROM grid g
  LEFT JOIN ranked r
    ON r.period = g.period AND r.scope = g.scope AND r.town_code = g.town_code
   AND r.village_code <=> g.village_code
  LEFT JOIN ranked b
    ON b.period = date_format(add_months(to_date(concat(g.period, '-01')), -1), 'yyyy-MM')
   AND b.scope = g.scope AND b.town_code = g.town_code AND b.village_code <=> g.village_code
  LEFT JOIN ytd_month y ON g.scope = {{Scope.TOWN}} AND y.period = g.period AND y.town_code = g.town_code
  LEFT JOIN ranked yr
    ON yr.scope = {{Scope.TOWN}} AND yr.period = y.ytd_through AND yr.town_code = g.town_code
)
SELECT scope, town_code, village_code, figures_targeted, met_count, figures_ranked, mean_rank,
       composite_rank, places_ranked, prev_composite_rank, rank_change, ytd_through,
       ytd_figures_targeted, ytd_met_count,
       CASE WHEN ytd_through IS NOT NULL
            THEN CAST(RANK() OVER (PARTITION BY period, scope, ytd_through IS NOT NULL
                                   ORDER BY ytd_met_count DESC) AS INT) END AS ytd_rank,
       period
FROM joined
