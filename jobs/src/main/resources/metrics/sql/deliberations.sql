-- 阳光议事: cohort = meetings held in the month; a village with a meeting counts 1 of 1 towards
-- coverage (villages without one count 0 of 1: MetricFigures.EMPTY_VILLAGE_DENOMINATORS).
WITH v AS (
  SELECT month AS period, town_code, village_code,
         CAST(COUNT(*) AS DOUBLE) AS meetings,
         CAST(COUNT_IF(day(held_on) = 15) AS DOUBLE) AS on_schedule,
         CAST(COUNT_IF(datediff(held_on, notice_posted_on) >= 2) AS DOUBLE) AS noticed,
         CAST(COUNT(resolution_posted_on) AS DOUBLE) AS resolution_posted,
         CAST(COUNT_IF(implementation = '已落实') AS DOUBLE) AS implemented
  FROM deliberations
  GROUP BY 1, 2, 3
)
SELECT period, town_code, village_code,
       stack(6,
         'meetings_held', meetings, CAST(NULL AS DOUBLE),
         'meeting_village_coverage', CAST(1 AS DOUBLE), CAST(1 AS DOUBLE),
         'meeting_on_schedule_rate', on_schedule, meetings,
         'meeting_notice_rate', noticed, meetings,
         'meeting_resolution_posted_rate', resolution_posted, meetings,
         'meeting_implemented_rate', implemented, meetings) AS (metric, numerator, denominator)
FROM v
