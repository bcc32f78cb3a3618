-- Every village of every town that reported a record type for a month gets each of the type's
-- metrics: its facts' figure, else the empty figure (0, and 0 or the village's share of the
-- denominator). Villages are then summed to towns and the city in one pass, so city rates come
-- from the facts. Views: scope_villages(record_type, period, town_code, village_code),
-- metric_defaults(record_type, metric, empty_numerator, empty_denominator),
-- fact_figures(period, town_code, village_code, metric, numerator, denominator),
-- towns_reported(record_type, period, towns).
-- Every numerator and denominator is a whole number or an amount to the fen: they are summed as
-- DECIMAL, exactly, so that a sum is the same whatever order the rows arrive in (on a cluster as
-- on one machine), and only the result becomes DOUBLE.
WITH village AS (
  SELECT s.period, s.town_code, s.village_code, d.record_type, d.metric,
         coalesce(a.numerator, d.empty_numerator) AS numerator,
         CASE WHEN a.metric IS NULL THEN d.empty_denominator ELSE a.denominator END AS denominator
  FROM scope_villages s
  JOIN metric_defaults d ON d.record_type = s.record_type
  LEFT JOIN fact_figures a
    ON a.period = s.period AND a.town_code = s.town_code AND a.village_code = s.village_code
   AND a.metric = d.metric
  -- a democratic management day is held only in January and July
  WHERE s.record_type <> 'democratic_reviews' OR substr(s.period, 6, 2) IN ('01', '07')
),
summed AS (
  SELECT CASE WHEN grouping(town_code) = 1 THEN {{Scope.CITY}}
              WHEN grouping(village_code) = 1 THEN {{Scope.TOWN}} ELSE {{Scope.VILLAGE}} END AS scope,
         town_code, village_code, period, record_type, metric,
         CAST(SUM(CAST(numerator AS DECIMAL(20, 2))) AS DOUBLE) AS numerator,
         CAST(SUM(CAST(denominator AS DECIMAL(20, 2))) AS DOUBLE) AS denominator
  FROM village
  GROUP BY period, record_type, metric,
           GROUPING SETS ((town_code, village_code), (town_code), ())
)
SELECT s.scope, s.town_code, s.village_code, s.period, s.metric, s.numerator, s.denominator,
       CASE WHEN s.scope = {{Scope.CITY}} THEN CAST(t.towns AS INT) END AS towns_reported
FROM summed s
LEFT JOIN towns_reported t ON t.record_type = s.record_type AND t.period = s.period
