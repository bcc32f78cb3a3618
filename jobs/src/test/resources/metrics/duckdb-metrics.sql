-- Every metric of METRICS.md written again, independently of the Spark SQL, for DuckDB:
-- one row per (period, scope, town_code, village_code, metric) with numerator, denominator, value.
-- Reads the warehouse's DuckDB catalogue: the views of the manifest, villages and facts.
-- Unlike the Spark job (village sums rolled up), each metric is aggregated straight from the facts
-- with GROUPING SETS, the scope's villages joined in as rows so that villages of the scope count.
WITH
reported AS (
  SELECT DISTINCT record_type, town_code, file_month AS period
  FROM manifest
  WHERE status IN ('LOADED', 'UNCHANGED') AND file_month IS NOT NULL
),
villages AS (
  SELECT village_code, town_code FROM villages
),
frame AS (
  SELECT r.record_type, r.period, v.town_code, v.village_code
  FROM reported r JOIN villages v ON v.town_code = r.town_code
),
proxy AS (
  SELECT f.period, f.town_code, f.village_code, c.case_id, c.accepted_on, c.promised_on,
         c.closed_on, c.satisfaction,
         (c.status = '已办结' AND c.closed_on IS NOT NULL) AS done
  FROM frame f
  LEFT JOIN (SELECT * FROM proxy_cases
             WHERE status <> '不予受理') c
    ON c.month = f.period AND c.town_code = f.town_code AND c.village_code = f.village_code
  WHERE f.record_type = 'proxy_cases'
),
proxy_agg AS (
  SELECT period, town_code, village_code, grouping(town_code, village_code) AS g,
         count(case_id) AS accepted,
         count(case_id) FILTER (WHERE done) AS closed,
         count(case_id) FILTER (WHERE done AND closed_on <= promised_on) AS on_time,
         coalesce(sum(closed_on - accepted_on) FILTER (WHERE done), 0) AS days,
         count(case_id) FILTER (WHERE isodow(accepted_on) IN (2, 4)) AS office,
         count(case_id) FILTER (WHERE satisfaction >= 4) AS satisfied,
         count(satisfaction) AS rated
  FROM proxy
  GROUP BY GROUPING SETS ((period), (period, town_code), (period, town_code, village_code))
),
vouchers AS (
  SELECT * FROM expense_vouchers
),
reviewed AS (
  SELECT f.period, f.town_code, f.village_code, x.voucher_id, x.review_result, x.amount,
         x.reviewed_on,
         (x.sign_party_secretary IS TRUE AND x.sign_committee_director IS TRUE
          AND x.sign_supervision_director IS TRUE AND x.sign_bookkeeper IS TRUE
          AND x.sign_handler IS TRUE) AS five
  FROM frame f
  LEFT JOIN vouchers x
    ON strftime(x.reviewed_on, '%Y-%m') = f.period AND x.town_code = f.town_code
   AND x.village_code = f.village_code
  WHERE f.record_type = 'expense_vouchers'
),
reviewed_agg AS (
  SELECT period, town_code, village_code, grouping(town_code, village_code) AS g,
         count(voucher_id) AS n,
         count(voucher_id) FILTER (WHERE review_result = '拒审') AS rejected,
         coalesce(sum(amount) FILTER (WHERE review_result = '拒审'), 0) AS rejected_amount,
         count(voucher_id) FILTER (WHERE day(reviewed_on) BETWEEN 1 AND 10) AS in_window,
         count(voucher_id) FILTER (WHERE five) AS five
  FROM reviewed
  GROUP BY GROUPING SETS ((period), (period, town_code), (period, town_code, village_code))
),
posted AS (
  SELECT f.period, f.town_code, f.village_code, x.voucher_id,
         (x.sign_party_secretary IS NOT TRUE OR x.sign_committee_director IS NOT TRUE
          OR x.sign_supervision_director IS NOT TRUE OR x.sign_bookkeeper IS NOT TRUE
          OR x.sign_handler IS NOT TRUE
          OR x.review_result IS DISTINCT FROM '通过'
          OR x.center_audited_on IS NULL
          OR (x.reviewed_on IS NOT NULL AND x.posted_on < x.reviewed_on)
          OR x.posted_on < x.center_audited_on) AS breach
  FROM frame f
  LEFT JOIN vouchers x
    ON strftime(x.posted_on, '%Y-%m') = f.period AND x.town_code = f.town_code
   AND x.village_code = f.village_code
  WHERE f.record_type = 'expense_vouchers'
),
posted_agg AS (
  SELECT period, town_code, village_code, grouping(town_code, village_code) AS g,
         count(voucher_id) FILTER (WHERE breach) AS breaches
  FROM posted
  GROUP BY GROUPING SETS ((period), (period, town_code), (period, town_code, village_code))
),
meetings AS (
  SELECT f.period, f.town_code, f.village_code, d.meeting_id, d.held_on, d.notice_posted_on,
         d.resolution_posted_on, d.implementation
  FROM frame f
  LEFT JOIN deliberations d
    ON d.month = f.period AND d.town_code = f.town_code AND d.village_code = f.village_code
  WHERE f.record_type = 'deliberations'
),
meetings_agg AS (
  SELECT period, town_code, village_code, grouping(town_code, village_code) AS g,
         count(meeting_id) AS n,
         count(DISTINCT village_code) FILTER (WHERE meeting_id IS NOT NULL) AS covered,
         count(DISTINCT village_code) AS scope_villages,
         count(meeting_id) FILTER (WHERE day(held_on) = 15) AS on_schedule,
         count(meeting_id) FILTER (WHERE held_on - notice_posted_on >= 2) AS noticed,
         count(resolution_posted_on) AS posted,
         count(meeting_id) FILTER (WHERE implementation = '已落实') AS implemented
  FROM meetings
  GROUP BY GROUPING SETS ((period), (period, town_code), (period, town_code, village_code))
),
disputes AS (
  SELECT f.period, f.town_code, f.village_code, d.dispute_id, d.outcome
  FROM frame f
  LEFT JOIN disputes d
    ON d.month = f.period AND d.town_code = f.town_code AND d.village_code = f.village_code
  WHERE f.record_type = 'disputes'
),
disputes_agg AS (
  SELECT period, town_code, village_code, grouping(town_code, village_code) AS g,
         count(dispute_id) AS n,
         count(dispute_id) FILTER (WHERE outcome = '调处成功') AS resolved
  FROM disputes
  GROUP BY GROUPING SETS ((period), (period, town_code), (period, town_code, village_code))
),
suggestions AS (
  SELECT f.period, f.town_code, f.village_code, s.suggestion_id, s.adopted
  FROM frame f
  LEFT JOIN suggestions s
    ON s.month = f.period AND s.town_code = f.town_code AND s.village_code = f.village_code
  WHERE f.record_type = 'suggestions'
),
suggestions_agg AS (
  SELECT period, town_code, village_code, grouping(town_code, village_code) AS g,
         count(suggestion_id) AS n,
         count(suggestion_id) FILTER (WHERE adopted = '是') AS adopted,
         count(suggestion_id) FILTER (WHERE adopted IN ('是', '否')) AS decided
  FROM suggestions
  GROUP BY GROUPING SETS ((period), (period, town_code), (period, town_code, village_code))
),
reviews AS (
  SELECT f.period, f.town_code, f.village_code, r.review_id, r.meeting_on,
         r.votes_excellent + r.votes_competent AS approving,
         r.votes_excellent + r.votes_competent + r.votes_basic + r.votes_incompetent AS votes,
         r.votes_incompetent AS incompetent
  FROM frame f
  LEFT JOIN democratic_reviews r
    ON r.month = f.period AND r.town_code = f.town_code AND r.village_code = f.village_code
  WHERE f.record_type = 'democratic_reviews' AND month(CAST(f.period || '-01' AS DATE)) IN (1, 7)
),
reviews_agg AS (
  SELECT period, town_code, village_code, grouping(town_code, village_code) AS g,
         count(DISTINCT village_code) FILTER (WHERE day(meeting_on) = 5) AS held,
         count(DISTINCT village_code) AS scope_villages,
         coalesce(sum(approving), 0) AS approving,
         coalesce(sum(votes), 0) AS votes,
         count(review_id) FILTER (WHERE incompetent * 3 > votes) AS flagged
  FROM reviews
  GROUP BY GROUPING SETS ((period), (period, town_code), (period, town_code, village_code))
),
petitions AS (
  SELECT f.period, f.town_code, f.village_code, p.petition_id
  FROM frame f
  LEFT JOIN (SELECT * FROM petitions
             WHERE category = '民生类') p
    ON p.month = f.period AND p.town_code = f.town_code AND p.village_code = f.village_code
  WHERE f.record_type = 'petitions'
),
petitions_agg AS (
  SELECT period, town_code, village_code, grouping(town_code, village_code) AS g,
         count(petition_id) AS n
  FROM petitions
  GROUP BY GROUPING SETS ((period), (period, town_code), (period, town_code, village_code))
),
petitions_yoy AS (
  SELECT cur.period, cur.town_code, cur.village_code, cur.g,
         cur.n - prev.n AS change, prev.n AS before
  FROM petitions_agg cur
  JOIN petitions_agg prev
    ON prev.g = cur.g
   AND strftime(CAST(prev.period || '-01' AS DATE) + INTERVAL 12 MONTH, '%Y-%m') = cur.period
   AND prev.town_code IS NOT DISTINCT FROM cur.town_code
   AND prev.village_code IS NOT DISTINCT FROM cur.village_code
),
disclosed AS (
  SELECT f.period, f.town_code, f.village_code, d.item_code, d.posted_on
  FROM frame f
  LEFT JOIN disclosures d
    ON d.period = f.period AND d.town_code = f.town_code AND d.village_code = f.village_code
  WHERE f.record_type = 'disclosures'
),
disclosed_agg AS (
  SELECT period, town_code, village_code, grouping(town_code, village_code) AS g,
         count(DISTINCT village_code || '/' || item_code) AS pairs,
         count(DISTINCT village_code || '/' || item_code) FILTER (
           WHERE posted_on <= CAST(period || '-01' AS DATE) + INTERVAL 1 MONTH + INTERVAL 9 DAY)
           AS on_time,
         count(DISTINCT village_code) * 25 AS owed
  FROM disclosed
  GROUP BY GROUPING SETS ((period), (period, town_code), (period, town_code, village_code))
),
long AS (
  SELECT period, g, town_code, village_code, 'proxy_accepted' AS metric, accepted AS num, NULL AS den FROM proxy_agg
  UNION ALL SELECT period, g, town_code, village_code, 'proxy_closed', closed, NULL FROM proxy_agg
  UNION ALL SELECT period, g, town_code, village_code, 'proxy_completion_rate', closed, accepted FROM proxy_agg
  UNION ALL SELECT period, g, town_code, village_code, 'proxy_on_time_rate', on_time, closed FROM proxy_agg
  UNION ALL SELECT period, g, town_code, village_code, 'proxy_avg_days', days, closed FROM proxy_agg
  UNION ALL SELECT period, g, town_code, village_code, 'proxy_office_day_share', office, accepted FROM proxy_agg
  UNION ALL SELECT period, g, town_code, village_code, 'proxy_satisfaction_rate', satisfied, rated FROM proxy_agg
  UNION ALL SELECT period, g, town_code, village_code, 'vouchers_reviewed', n, NULL FROM reviewed_agg
  UNION ALL SELECT period, g, town_code, village_code, 'vouchers_rejected', rejected, NULL FROM reviewed_agg
  UNION ALL SELECT period, g, town_code, village_code, 'vouchers_rejected_amount', rejected_amount, NULL FROM reviewed_agg
  UNION ALL SELECT period, g, town_code, village_code, 'voucher_rejection_rate', rejected, n FROM reviewed_agg
  UNION ALL SELECT period, g, town_code, village_code, 'voucher_review_window_rate', in_window, n FROM reviewed_agg
  UNION ALL SELECT period, g, town_code, village_code, 'voucher_five_sign_rate', five, n FROM reviewed_agg
  UNION ALL SELECT period, g, town_code, village_code, 'voucher_control_breaches', breaches, NULL FROM posted_agg
  UNION ALL SELECT period, g, town_code, village_code, 'meetings_held', n, NULL FROM meetings_agg
  UNION ALL SELECT period, g, town_code, village_code, 'meeting_village_coverage', covered, scope_villages FROM meetings_agg
  UNION ALL SELECT period, g, town_code, village_code, 'meeting_on_schedule_rate', on_schedule, n FROM meetings_agg
  UNION ALL SELECT period, g, town_code, village_code, 'meeting_notice_rate', noticed, n FROM meetings_agg
  UNION ALL SELECT period, g, town_code, village_code, 'meeting_resolution_posted_rate', posted, n FROM meetings_agg
  UNION ALL SELECT period, g, town_code, village_code, 'meeting_implemented_rate', implemented, n FROM meetings_agg
  UNION ALL SELECT period, g, town_code, village_code, 'disputes_registered', n, NULL FROM disputes_agg
  UNION ALL SELECT period, g, town_code, village_code, 'disputes_resolved', resolved, NULL FROM disputes_agg
  UNION ALL SELECT period, g, town_code, village_code, 'dispute_resolution_rate', resolved, n FROM disputes_agg
  UNION ALL SELECT period, g, town_code, village_code, 'suggestions_collected', n, NULL FROM suggestions_agg
  UNION ALL SELECT period, g, town_code, village_code, 'suggestions_adopted', adopted, NULL FROM suggestions_agg
  UNION ALL SELECT period, g, town_code, village_code, 'suggestion_adoption_rate', adopted, decided FROM suggestions_agg
  UNION ALL SELECT period, g, town_code, village_code, 'dm_village_coverage', held, scope_villages FROM reviews_agg
  UNION ALL SELECT period, g, town_code, village_code, 'dm_approval_rate', approving, votes FROM reviews_agg
  UNION ALL SELECT period, g, town_code, village_code, 'dm_cadres_flagged', flagged, NULL FROM reviews_agg
  UNION ALL SELECT period, g, town_code, village_code, 'petitions_livelihood', n, NULL FROM petitions_agg
  UNION ALL SELECT period, g, town_code, village_code, 'petitions_livelihood_yoy', change, before FROM petitions_yoy
  UNION ALL SELECT period, g, town_code, village_code, 'disclosure_completeness', pairs, owed FROM disclosed_agg
  UNION ALL SELECT period, g, town_code, village_code, 'disclosure_on_time_rate', on_time, pairs FROM disclosed_agg
)
SELECT period,
       CASE g WHEN 3 THEN 'city' WHEN 1 THEN 'town' ELSE 'village' END AS scope,
       town_code, village_code, metric,
       CAST(num AS DOUBLE) AS numerator,
       CAST(den AS DOUBLE) AS denominator,
       CASE WHEN den IS NULL THEN CAST(num AS DOUBLE)
            WHEN den = 0 THEN NULL
            ELSE CAST(num AS DOUBLE) / CAST(den AS DOUBLE) END AS value
FROM long
