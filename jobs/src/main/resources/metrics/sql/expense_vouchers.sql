-- 村务监督: review metrics over vouchers reviewed in the month; breaches over vouchers posted in it
-- (posted without all five signatures, a passed review and the centre's audit, or before them).
-- voucher_breaches.sql lists the same breaches by voucher.
WITH reviewed AS (
  SELECT date_format(reviewed_on, 'yyyy-MM') AS period, town_code, village_code,
         CAST(COUNT(*) AS DOUBLE) AS reviewed,
         CAST(COUNT_IF(review_result = '拒审') AS DOUBLE) AS rejected,
         CAST(coalesce(SUM(CASE WHEN review_result = '拒审' THEN amount END), 0) AS DOUBLE)
           AS rejected_amount,
         CAST(COUNT_IF(day(reviewed_on) <= 10) AS DOUBLE) AS in_window,
         CAST(COUNT_IF(coalesce(sign_party_secretary, false)
                       AND coalesce(sign_committee_director, false)
                       AND coalesce(sign_supervision_director, false)
                       AND coalesce(sign_bookkeeper, false) AND coalesce(sign_handler, false))
              AS DOUBLE) AS five_signed
  FROM expense_vouchers
  WHERE reviewed_on IS NOT NULL
  GROUP BY 1, 2, 3
),
posted AS (
  SELECT date_format(posted_on, 'yyyy-MM') AS period, town_code, village_code,
         CAST(COUNT_IF(NOT (coalesce(sign_party_secretary, false)
                            AND coalesce(sign_committee_director, false)
                            AND coalesce(sign_supervision_director, false)
                            AND coalesce(sign_bookkeeper, false) AND coalesce(sign_handler, false))
                       OR coalesce(review_result, '') <> '通过'
                       OR center_audited_on IS NULL
                       OR posted_on < coalesce(reviewed_on, DATE '0001-01-01')
                       OR posted_on < center_audited_on) AS DOUBLE) AS breaches
  FROM expense_vouchers
  WHERE posted_on IS NOT NULL
  GROUP BY 1, 2, 3
)
SELECT period, town_code, village_code,
       stack(6,
         'vouchers_reviewed', reviewed, CAST(NULL AS DOUBLE),
         'vouchers_rejected', rejected, CAST(NULL AS DOUBLE),
         'vouchers_rejected_amount', rejected_amount, CAST(NULL AS DOUBLE),
         'voucher_rejection_rate', rejected, reviewed,
         'voucher_review_window_rate', in_window, reviewed,
         'voucher_five_sign_rate', five_signed, reviewed) AS (metric, numerator, denominator)
FROM reviewed
UNION ALL
SELECT period, town_code, village_code, 'voucher_control_breaches', breaches, CAST(NULL AS DOUBLE)
FROM posted
