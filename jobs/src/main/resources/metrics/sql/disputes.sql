-- 矛盾纠纷: cohort = disputes registered in the month.
WITH v AS (
  SELECT month AS period, town_code, village_code,
         CAST(COUNT(*) AS DOUBLE) AS registered,
         CAST(COUNT_IF(outcome = '调处成功') AS DOUBLE) AS resolved
  FROM disputes
  GROUP BY 1, 2, 3
)
SELECT period, town_code, village_code,
       stack(3,
         'disputes_registered', registered, CAST(NULL AS DOUBLE),
         'disputes_resolved', resolved, CAST(NULL AS DOUBLE),
         'dispute_resolution_rate', resolved, registered) AS (metric, numerator, denominator)
FROM v
