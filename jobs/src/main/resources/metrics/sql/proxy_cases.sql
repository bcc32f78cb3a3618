-- 民生代办: cohort = cases accepted in the month whose status is not 不予受理.
WITH cohort AS (
  SELECT month AS period, town_code, village_code, accepted_on, promised_on, closed_on,
         satisfaction, (status = '已办结' AND closed_on IS NOT NULL) AS is_closed
  FROM proxy_cases
  WHERE status <> '不予受理'
),
v AS (
  SELECT period, town_code, village_code,
         CAST(COUNT(*) AS DOUBLE) AS accepted,
         CAST(COUNT_IF(is_closed) AS DOUBLE) AS closed,
         CAST(COUNT_IF(is_closed AND closed_on <= promised_on) AS DOUBLE) AS closed_on_time,
         CAST(coalesce(SUM(CASE WHEN is_closed THEN datediff(closed_on, accepted_on) END), 0)
              AS DOUBLE) AS closed_days,
         -- dayofweek: 1 = Sunday, so 3 = Tuesday and 5 = Thursday (集中办公日)
         CAST(COUNT_IF(dayofweek(accepted_on) IN (3, 5)) AS DOUBLE) AS office_day,
         CAST(COUNT_IF(satisfaction >= 4) AS DOUBLE) AS satisfied,
         CAST(COUNT(satisfaction) AS DOUBLE) AS rated
  FROM cohort
  GROUP BY period, town_code, village_code
)
SELECT period, town_code, village_code,
       stack(7,
         'proxy_accepted', accepted, CAST(NULL AS DOUBLE),
         'proxy_closed', closed, CAST(NULL AS DOUBLE),
         'proxy_completion_rate', closed, accepted,
         'proxy_on_time_rate', closed_on_time, closed,
         'proxy_avg_days', closed_days, closed,
         'proxy_office_day_share', office_day, accepted,
         'proxy_satisfaction_rate', satisfied, rated) AS (metric, numerator, denominator)
FROM v
