-- 民主管理日: reviews in the month (only January and July count: the job drops other months).
-- A village with a review on the 5th counts 1 of 1 towards coverage, others 0 of 1.
WITH v AS (
  SELECT month AS period, town_code, village_code,
         CAST(CASE WHEN COUNT_IF(day(meeting_on) = 5) > 0 THEN 1 ELSE 0 END AS DOUBLE) AS held,
         CAST(SUM(votes_excellent + votes_competent) AS DOUBLE) AS approving_votes,
         CAST(SUM(votes_excellent + votes_competent + votes_basic + votes_incompetent) AS DOUBLE)
           AS votes,
         CAST(COUNT_IF(3 * votes_incompetent
                       > votes_excellent + votes_competent + votes_basic + votes_incompetent)
              AS DOUBLE) AS flagged
  FROM democratic_reviews
  GROUP BY 1, 2, 3
)
SELECT period, town_code, village_code,
       stack(3,
         'dm_village_coverage', held, CAST(1 AS DOUBLE),
         'dm_approval_rate', approving_votes, votes,
         'dm_cadres_flagged', flagged, CAST(NULL AS DOUBLE)) AS (metric, numerator, denominator)
FROM v
