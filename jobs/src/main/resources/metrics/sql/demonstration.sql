-- 示范村(社区)与其他村(社区): for every month computed and every metric, the villages of each group
-- summed, the month's figure and the year to date over every month of the year so far. A village
-- counts in the months its town reported; a town that sent nothing this month still counts its
-- earlier months in the year to date, as the city's year to date does.
-- Views: village_figures (period, town_code, village_code, metric, numerator, denominator: the
-- village rows of figures.sql, the months before :from included), demonstration_villages
-- (village_code, is_demonstration).
-- Sums are exact (DECIMAL, as in figures.sql), so they do not depend on the order of the rows.
WITH f AS (
  SELECT v.period, v.village_code, v.metric, v.numerator, v.denominator,
         coalesce(d.is_demonstration, false) AS demonstration
  FROM village_figures v
  LEFT JOIN demonstration_villages d ON d.village_code = v.village_code
),
months AS (
  SELECT DISTINCT period FROM f WHERE period BETWEEN :from AND :to
),
ytd AS (
  SELECT m.period, f.metric, f.demonstration,
         CAST(count(DISTINCT f.village_code) AS INT) AS ytd_villages,
         CAST(sum(CAST(f.numerator AS DECIMAL(20, 2))) AS DOUBLE) AS ytd_numerator,
         CAST(sum(CAST(f.denominator AS DECIMAL(20, 2))) AS DOUBLE) AS ytd_denominator
  FROM months m
  JOIN f ON substr(f.period, 1, 4) = substr(m.period, 1, 4) AND f.period <= m.period
  GROUP BY m.period, f.metric, f.demonstration
),
month AS (
  SELECT period, metric, demonstration,
         CAST(count(DISTINCT village_code) AS INT) AS villages,
         CAST(sum(CAST(numerator AS DECIMAL(20, 2))) AS DOUBLE) AS numerator,
         CAST(sum(CAST(denominator AS DECIMAL(20, 2))) AS DOUBLE) AS denominator
  FROM f
  WHERE period BETWEEN :from AND :to
  GROUP BY period, metric, demonstration
)
SELECT y.metric, y.demonstration, m.villages, m.numerator, m.denominator,
       CASE WHEN m.denominator IS NULL THEN m.numerator
            WHEN m.denominator = 0 THEN NULL
            ELSE m.numerator / m.denominator END AS value,
       y.ytd_villages, y.ytd_numerator, y.ytd_denominator,
       CASE WHEN y.ytd_denominator IS NULL THEN y.ytd_numerator
            WHEN y.ytd_denominator = 0 THEN NULL
            ELSE y.ytd_numerator / y.ytd_denominator END AS ytd_value,
       y.period
FROM ytd y
LEFT JOIN month m
  ON m.period = y.period AND m.metric = y.metric AND m.demonstration = y.demonstration
