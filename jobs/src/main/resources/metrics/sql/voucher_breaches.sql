-- 违规入账 by voucher: vouchers posted in the month against the city's rule (all five signatures,
-- a passed review and the centre's audit, in that order), of towns that reported the month.
-- Must agree with voucher_control_breaches in expense_vouchers.sql.
WITH checked AS (
  SELECT town_code, village_code, voucher_id, amount, incurred_on, reviewed_on, review_result,
         center_audited_on, posted_on, date_format(posted_on, 'yyyy-MM') AS period,
         filter(array(
           CASE WHEN NOT coalesce(sign_party_secretary, false) THEN '缺书记签字' END,
           CASE WHEN NOT coalesce(sign_committee_director, false) THEN '缺主任签字' END,
           CASE WHEN NOT coalesce(sign_supervision_director, false) THEN '缺监委会主任签字' END,
           CASE WHEN NOT coalesce(sign_bookkeeper, false) THEN '缺报账员签字' END,
           CASE WHEN NOT coalesce(sign_handler, false) THEN '缺经办人签字' END,
           CASE WHEN review_result IS NULL THEN '未经审理'
                WHEN review_result <> '通过' THEN '审理未通过' END,
           CASE WHEN center_audited_on IS NULL THEN '未经代理中心审核' END,
           CASE WHEN posted_on < reviewed_on THEN '入账早于审理' END,
           CASE WHEN posted_on < center_audited_on THEN '入账早于代理中心审核' END),
           x -> x IS NOT NULL) AS broken
  FROM expense_vouchers
  WHERE posted_on IS NOT NULL
)
SELECT c.town_code, c.village_code, c.voucher_id, c.amount, c.incurred_on, c.reviewed_on,
       c.review_result, c.center_audited_on, c.posted_on,
       concat_ws('；', c.broken) AS rules, size(c.broken) AS rule_count, c.period
FROM checked c
JOIN reported_towns r
  ON r.record_type = 'expense_vouchers' AND r.town_code = c.town_code AND r.period = c.period
WHERE size(c.broken) > 0 AND c.period BETWEEN :from AND :to
