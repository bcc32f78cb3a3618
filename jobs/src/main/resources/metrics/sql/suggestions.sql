-- 意见建议: cohort = suggestions submitted in the month; the adoption rate leaves out 待定.
WITH v AS (
  SELECT month AS period, town_code, village_code,
         CAST(COUNT(*) AS DOUBLE) AS collected,
         CAST(COUNT_IF(adopted = '是') AS DOUBLE) AS adopted,
         CAST(COUNT(*) - COUNT_IF(adopted = '待定') AS DOUBLE) AS decided
  FROM suggestions
  GROUP BY 1, 2, 3
)
SELECT period, town_code, village_code,
       stack(3,
         'suggestions_collected', collected, CAST(NULL AS DOUBLE),
         'suggestions_adopted', adopted, CAST(NULL AS DOUBLE),
         'suggestion_adoption_rate', adopted, decided) AS (metric, numerator, denominator)
FROM v
