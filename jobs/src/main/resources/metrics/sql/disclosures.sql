-- 村务公开: cohort = villages x the month; each village owes 25 items (villages without any count
-- 0 of 25), due by the 10th of the following month.
WITH v AS (
  SELECT month AS period, town_code, village_code,
         CAST(COUNT(DISTINCT item_code) AS DOUBLE) AS posted,
         CAST(COUNT(DISTINCT CASE
                 WHEN posted_on <= date_add(add_months(to_date(concat(month, '-01')), 1), 9)
                 THEN item_code END) AS DOUBLE) AS on_time
  FROM disclosures
  GROUP BY 1, 2, 3
)
SELECT period, town_code, village_code,
       stack(2,
         'disclosure_completeness', posted, CAST(:items_per_village AS DOUBLE),
         'disclosure_on_time_rate', on_time, posted) AS (metric, numerator, denominator)
FROM v
