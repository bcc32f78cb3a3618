-- 信访: livelihood petitions registered in the month (the year-on-year change is derived later).
SELECT month AS period, town_code, village_code, 'petitions_livelihood' AS metric,
       CAST(COUNT(*) AS DOUBLE) AS numerator, CAST(NULL AS DOUBLE) AS denominator
FROM petitions
WHERE category = '民生类'
GROUP BY 1, 2, 3
