-- The places ranked, month by month, for rankings.sql: every town (among the towns) and village
-- (within its town) of every month in compared, with how many of the key figures (key_figures,
-- MetricCatalog.KEY_FIGURES) are 达标, the mean of its ranks in them and its 综合排名 (equal on both,
-- equal rank: 1, 1, 3); a place without a ranked key figure is not ranked. Computed once and kept
-- (Standings), since rankings.sql reads it four times: the month, the month before, the year to date.
-- Views: compared (comparisons.sql over every month it computed, the months before :from
-- included), key_figures (metric).
WITH key AS (
  SELECT c.*
  FROM compared c
  JOIN key_figures k ON k.metric = c.metric
  WHERE c.scope <> {{Scope.CITY}}
),
places AS (
  SELECT period, scope, town_code, village_code,
         CAST(count(status) AS INT) AS figures_targeted,
         CAST(count(CASE WHEN status = {{TargetStatus.MET}} THEN 1 END) AS INT) AS met_count,
         CAST(count(rank) AS INT) AS figures_ranked,
         avg(rank) AS mean_rank,
         CAST(count(ytd_status) AS INT) AS ytd_figures_targeted,
         CAST(count(CASE WHEN ytd_status = {{TargetStatus.MET}} THEN 1 END) AS INT) AS ytd_met_count
  FROM key
  GROUP BY period, scope, town_code, village_code
),
ranked AS (
  SELECT p.*,
         CASE WHEN figures_ranked > 0 THEN CAST(RANK() OVER w AS INT) END AS composite_rank,
         CASE WHEN figures_ranked > 0 THEN CAST(count(*) OVER g AS INT) END AS places_ranked
  FROM places p
  WINDOW g AS (PARTITION BY period, scope,
                            CASE WHEN scope = {{Scope.VILLAGE}} THEN town_code END,
                            figures_ranked > 0),
         w AS (PARTITION BY period, scope,
                            CASE WHEN scope = {{Scope.VILLAGE}} THEN town_code END,
                            figures_ranked > 0
               ORDER BY met_count DESC, mean_rank ASC)
)
SELECT * FROM ranked
