-- Comparisons of every figure: previous month (环比), same month last year (同比), year to date,
-- rank (towns among the towns, villages within their town; best first by the metric's direction;
-- neutral metrics are not ranked) and status against the year's target.
-- Views: figures (scope, town_code, village_code, period, metric, numerator, denominator, value,
-- towns_reported), metric_directions (metric, direction), targets (year, metric, direction,
-- target, warning_at).
WITH f AS (
  SELECT fi.*, d.direction,
         concat_ws('|', fi.scope, coalesce(fi.town_code, ''), coalesce(fi.village_code, ''),
                   fi.metric) AS k,
         CAST(substr(fi.period, 1, 4) AS INT) * 12 + CAST(substr(fi.period, 6, 2) AS INT) AS idx
  FROM figures fi
  JOIN metric_directions d ON d.metric = fi.metric
),
over_time AS (
  SELECT f.*,
         max(value) OVER (PARTITION BY k ORDER BY idx
                          RANGE BETWEEN 1 PRECEDING AND 1 PRECEDING) AS prev_value,
         -- a year-on-year change has no meaningful 同比 of its own
         CASE WHEN metric <> 'petitions_livelihood_yoy'
              THEN max(value) OVER (PARTITION BY k ORDER BY idx
                                    RANGE BETWEEN 12 PRECEDING AND 12 PRECEDING) END AS yoy_value,
         -- summed exactly (whole numbers and amounts to the fen), like figures.sql
         CAST(sum(CAST(numerator AS DECIMAL(20, 2)))
              OVER (PARTITION BY k, substr(period, 1, 4) ORDER BY idx
                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS DOUBLE) AS ytd_numerator,
         CAST(sum(CAST(denominator AS DECIMAL(20, 2)))
              OVER (PARTITION BY k, substr(period, 1, 4) ORDER BY idx
                    ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS DOUBLE) AS ytd_denominator,
         count(*) OVER (PARTITION BY k, substr(period, 1, 4) ORDER BY idx
                        ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS ytd_months
  FROM f
),
ranked AS (
  SELECT o.*,
         CASE WHEN ytd_denominator IS NULL THEN ytd_numerator
              WHEN ytd_denominator = 0 THEN NULL
              ELSE ytd_numerator / ytd_denominator END AS ytd_value,
         CASE WHEN scope <> {{Scope.CITY}} AND value IS NOT NULL AND direction <> 'neutral'
              THEN RANK() OVER r END AS rank,
         CASE WHEN scope <> {{Scope.CITY}} AND direction <> 'neutral'
              THEN COUNT(value) OVER (PARTITION BY period, metric, scope,
                                      CASE WHEN scope = {{Scope.VILLAGE}} THEN town_code END) END AS ranked
  FROM over_time o
  WINDOW r AS (PARTITION BY period, metric, scope, CASE WHEN scope = {{Scope.VILLAGE}} THEN town_code END
               ORDER BY CASE WHEN direction = 'lower' THEN value ELSE -value END ASC NULLS LAST)
),
joined AS (
  SELECT r.*, g.target, g.warning_at, coalesce(g.direction, r.direction) AS target_direction,
         -- a count's target is per month: its year to date is held against the target of each
         -- month counted, summed (违规入账: 0 a month is 0 for the year, a warning at 2 is 20 by
         -- October); a rate's year to date against the year's target itself
         CASE WHEN r.ytd_denominator IS NULL THEN g.target * r.ytd_months ELSE g.target END
           AS ytd_target,
         CASE WHEN r.ytd_denominator IS NULL THEN g.warning_at * r.ytd_months ELSE g.warning_at END
           AS ytd_warning_at
  FROM ranked r
  LEFT JOIN targets g ON g.metric = r.metric AND g.year = CAST(substr(r.period, 1, 4) AS INT)
)
SELECT scope, town_code, village_code, metric, numerator, denominator, value, towns_reported,
       prev_value, yoy_value, ytd_numerator, ytd_denominator, ytd_value,
       CAST(rank AS INT) AS rank, CAST(ranked AS INT) AS ranked, target, warning_at,
       CASE WHEN value IS NULL OR target IS NULL THEN NULL
            WHEN target_direction = 'lower'
              THEN CASE WHEN value <= target THEN {{TargetStatus.MET}} WHEN value <= warning_at THEN {{TargetStatus.WARNING}}
                        ELSE {{TargetStatus.MISSED}} END
            ELSE CASE WHEN value >= target THEN {{TargetStatus.MET}} WHEN value >= warning_at THEN {{TargetStatus.WARNING}}
                      ELSE {{TargetStatus.MISSED}} END
       END AS status,
       CASE WHEN ytd_value IS NULL OR ytd_target IS NULL THEN NULL
            WHEN target_direction = 'lower'
              THEN CASE WHEN ytd_value <= ytd_target THEN {{TargetStatus.MET}} WHEN ytd_value <= ytd_warning_at THEN {{TargetStatus.WARNING}}
                        ELSE {{TargetStatus.MISSED}} END
            ELSE CASE WHEN ytd_value >= ytd_target THEN {{TargetStatus.MET}} WHEN ytd_value >= ytd_warning_at THEN {{TargetStatus.WARNING}}
                      ELSE {{TargetStatus.MISSED}} END
       END AS ytd_status,
       period
FROM joined
