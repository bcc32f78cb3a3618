-- DuckDB views over the tables the metrics job writes. Paths are relative to the warehouse root:
-- run with the root as the working directory or after SET file_search_path = '<root>'.
-- Statements are separated by a line holding only ';'. Wide views carry the labels of
-- MetricCatalog (schemas/.../metrics/MetricCatalog.java); MetricsViewsTest keeps them in step.

-- One row per month, scope (city, town, village) and metric, with comparisons.
CREATE OR REPLACE VIEW metrics AS
SELECT *
FROM read_parquet('metrics/*/*.parquet', hive_partitioning = true, hive_types_autocast = false)
;

-- Figures a recomputation changed: old and new value, by run.
CREATE OR REPLACE VIEW metric_changes AS
SELECT *
FROM read_parquet('metric_changes/*/*.parquet', hive_partitioning = true, hive_types_autocast = false)
;

-- Vouchers posted against the rules, with the rules broken (违规入账明细).
CREATE OR REPLACE VIEW voucher_breaches AS
SELECT *
FROM read_parquet('voucher_breaches/*/*.parquet', hive_partitioning = true, hive_types_autocast = false)
;

-- Town x record type x month: 按时, 逾期, 补报 or 未报送.
CREATE OR REPLACE VIEW submissions AS
SELECT *
FROM read_parquet('submissions/*/*.parquet', hive_partitioning = true, hive_types_autocast = false)
;

-- Each file: rows read, loaded and quarantined, and the commonest reasons.
CREATE OR REPLACE VIEW file_quality AS
SELECT *
FROM read_parquet('file_quality/*/*.parquet', hive_partitioning = true, hive_types_autocast = false)
;

-- One row per month for the whole city, Chinese column labels.
CREATE OR REPLACE VIEW metrics_city_wide AS
SELECT
  m.period AS "月份",
  max(m.towns_reported) AS "报送镇街数",
  max(m.value) FILTER (WHERE m.metric = 'proxy_accepted') AS "受理量",
  max(m.value) FILTER (WHERE m.metric = 'proxy_closed') AS "办结量",
  max(m.value) FILTER (WHERE m.metric = 'proxy_completion_rate') AS "办结率",
  max(m.value) FILTER (WHERE m.metric = 'proxy_on_time_rate') AS "按期办结率",
  max(m.value) FILTER (WHERE m.metric = 'proxy_avg_days') AS "平均办理天数",
  max(m.value) FILTER (WHERE m.metric = 'proxy_office_day_share') AS "集中办公日受理占比",
  max(m.value) FILTER (WHERE m.metric = 'proxy_satisfaction_rate') AS "满意率",
  max(m.value) FILTER (WHERE m.metric = 'vouchers_reviewed') AS "审理笔数",
  max(m.value) FILTER (WHERE m.metric = 'vouchers_rejected') AS "拒审笔数",
  max(m.value) FILTER (WHERE m.metric = 'vouchers_rejected_amount') AS "拒审金额",
  max(m.value) FILTER (WHERE m.metric = 'voucher_rejection_rate') AS "拒审率",
  max(m.value) FILTER (WHERE m.metric = 'voucher_review_window_rate') AS "按期审理率",
  max(m.value) FILTER (WHERE m.metric = 'voucher_five_sign_rate') AS "五人会签率",
  max(m.value) FILTER (WHERE m.metric = 'voucher_control_breaches') AS "违规入账",
  max(m.value) FILTER (WHERE m.metric = 'meetings_held') AS "议事次数",
  max(m.value) FILTER (WHERE m.metric = 'meeting_village_coverage') AS "议事覆盖率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_on_schedule_rate') AS "按期议事率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_notice_rate') AS "提前公示率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_resolution_posted_rate') AS "决议公示率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_implemented_rate') AS "决议落实率",
  max(m.value) FILTER (WHERE m.metric = 'disputes_registered') AS "受理纠纷",
  max(m.value) FILTER (WHERE m.metric = 'disputes_resolved') AS "调处成功",
  max(m.value) FILTER (WHERE m.metric = 'dispute_resolution_rate') AS "调处成功率",
  max(m.value) FILTER (WHERE m.metric = 'suggestions_collected') AS "收集建议",
  max(m.value) FILTER (WHERE m.metric = 'suggestions_adopted') AS "采纳建议",
  max(m.value) FILTER (WHERE m.metric = 'suggestion_adoption_rate') AS "采纳率",
  max(m.value) FILTER (WHERE m.metric = 'dm_village_coverage') AS "民主管理日召开率",
  max(m.value) FILTER (WHERE m.metric = 'dm_approval_rate') AS "测评满意率",
  max(m.value) FILTER (WHERE m.metric = 'dm_cadres_flagged') AS "不称职票超三分之一",
  max(m.value) FILTER (WHERE m.metric = 'petitions_livelihood') AS "民生类信访量",
  max(m.value) FILTER (WHERE m.metric = 'petitions_livelihood_yoy') AS "民生类信访同比变化",
  max(m.value) FILTER (WHERE m.metric = 'disclosure_completeness') AS "公开完整率",
  max(m.value) FILTER (WHERE m.metric = 'disclosure_on_time_rate') AS "按期公开率"
FROM metrics m
WHERE m.scope = 'city'
GROUP BY m.period
;

-- One row per town and month (every town of the reference data, for every month with figures);
-- a town's empty figure means it did not report that record type (see 未报送类型).
CREATE OR REPLACE VIEW metrics_town_wide AS
WITH periods AS (SELECT DISTINCT period FROM metrics WHERE scope = 'city'),
towns AS (
  SELECT town_code, town_name
  FROM read_parquet('reference/towns/*.parquet')
),
missing AS (
  SELECT period, town_code, string_agg(record_type, '、' ORDER BY record_type) AS types
  FROM submissions
  WHERE status = '未报送'
  GROUP BY period, town_code
)
SELECT
  p.period AS "月份",
  t.town_code AS "镇街代码",
  t.town_name AS "镇街",
  any_value(x.types) AS "未报送类型",
  max(m.value) FILTER (WHERE m.metric = 'proxy_accepted') AS "受理量",
  max(m.value) FILTER (WHERE m.metric = 'proxy_closed') AS "办结量",
  max(m.value) FILTER (WHERE m.metric = 'proxy_completion_rate') AS "办结率",
  max(m.value) FILTER (WHERE m.metric = 'proxy_on_time_rate') AS "按期办结率",
  max(m.value) FILTER (WHERE m.metric = 'proxy_avg_days') AS "平均办理天数",
  max(m.value) FILTER (WHERE m.metric = 'proxy_office_day_share') AS "集中办公日受理占比",
  max(m.value) FILTER (WHERE m.metric = 'proxy_satisfaction_rate') AS "满意率",
  max(m.value) FILTER (WHERE m.metric = 'vouchers_reviewed') AS "审理笔数",
  max(m.value) FILTER (WHERE m.metric = 'vouchers_rejected') AS "拒审笔数",
  max(m.value) FILTER (WHERE m.metric = 'vouchers_rejected_amount') AS "拒审金额",
  max(m.value) FILTER (WHERE m.metric = 'voucher_rejection_rate') AS "拒审率",
  max(m.value) FILTER (WHERE m.metric = 'voucher_review_window_rate') AS "按期审理率",
  max(m.value) FILTER (WHERE m.metric = 'voucher_five_sign_rate') AS "五人会签率",
  max(m.value) FILTER (WHERE m.metric = 'voucher_control_breaches') AS "违规入账",
  max(m.value) FILTER (WHERE m.metric = 'meetings_held') AS "议事次数",
  max(m.value) FILTER (WHERE m.metric = 'meeting_village_coverage') AS "议事覆盖率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_on_schedule_rate') AS "按期议事率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_notice_rate') AS "提前公示率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_resolution_posted_rate') AS "决议公示率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_implemented_rate') AS "决议落实率",
  max(m.value) FILTER (WHERE m.metric = 'disputes_registered') AS "受理纠纷",
  max(m.value) FILTER (WHERE m.metric = 'disputes_resolved') AS "调处成功",
  max(m.value) FILTER (WHERE m.metric = 'dispute_resolution_rate') AS "调处成功率",
  max(m.value) FILTER (WHERE m.metric = 'suggestions_collected') AS "收集建议",
  max(m.value) FILTER (WHERE m.metric = 'suggestions_adopted') AS "采纳建议",
  max(m.value) FILTER (WHERE m.metric = 'suggestion_adoption_rate') AS "采纳率",
  max(m.value) FILTER (WHERE m.metric = 'dm_village_coverage') AS "民主管理日召开率",
  max(m.value) FILTER (WHERE m.metric = 'dm_approval_rate') AS "测评满意率",
  max(m.value) FILTER (WHERE m.metric = 'dm_cadres_flagged') AS "不称职票超三分之一",
  max(m.value) FILTER (WHERE m.metric = 'petitions_livelihood') AS "民生类信访量",
  max(m.value) FILTER (WHERE m.metric = 'petitions_livelihood_yoy') AS "民生类信访同比变化",
  max(m.value) FILTER (WHERE m.metric = 'disclosure_completeness') AS "公开完整率",
  max(m.value) FILTER (WHERE m.metric = 'disclosure_on_time_rate') AS "按期公开率"
FROM periods p
CROSS JOIN towns t
LEFT JOIN metrics m ON m.period = p.period AND m.town_code = t.town_code AND m.scope = 'town'
LEFT JOIN missing x ON x.period = p.period AND x.town_code = t.town_code
GROUP BY p.period, t.town_code, t.town_name
;

-- One row per village and month for every village of a town that reported something that month.
CREATE OR REPLACE VIEW metrics_village_wide AS
WITH villages AS (
  SELECT village_code, village_name, town_code, is_demonstration
  FROM read_parquet('reference/villages/*.parquet')
),
towns AS (
  SELECT town_code, town_name
  FROM read_parquet('reference/towns/*.parquet')
)
SELECT
  m.period AS "月份",
  m.town_code AS "镇街代码",
  t.town_name AS "镇街",
  m.village_code AS "村(社区)代码",
  v.village_name AS "村(社区)",
  v.is_demonstration AS "示范社区",
  max(m.value) FILTER (WHERE m.metric = 'proxy_accepted') AS "受理量",
  max(m.value) FILTER (WHERE m.metric = 'proxy_closed') AS "办结量",
  max(m.value) FILTER (WHERE m.metric = 'proxy_completion_rate') AS "办结率",
  max(m.value) FILTER (WHERE m.metric = 'proxy_on_time_rate') AS "按期办结率",
  max(m.value) FILTER (WHERE m.metric = 'proxy_avg_days') AS "平均办理天数",
  max(m.value) FILTER (WHERE m.metric = 'proxy_office_day_share') AS "集中办公日受理占比",
  max(m.value) FILTER (WHERE m.metric = 'proxy_satisfaction_rate') AS "满意率",
  max(m.value) FILTER (WHERE m.metric = 'vouchers_reviewed') AS "审理笔数",
  max(m.value) FILTER (WHERE m.metric = 'vouchers_rejected') AS "拒审笔数",
  max(m.value) FILTER (WHERE m.metric = 'vouchers_rejected_amount') AS "拒审金额",
  max(m.value) FILTER (WHERE m.metric = 'voucher_rejection_rate') AS "拒审率",
  max(m.value) FILTER (WHERE m.metric = 'voucher_review_window_rate') AS "按期审理率",
  max(m.value) FILTER (WHERE m.metric = 'voucher_five_sign_rate') AS "五人会签率",
  max(m.value) FILTER (WHERE m.metric = 'voucher_control_breaches') AS "违规入账",
  max(m.value) FILTER (WHERE m.metric = 'meetings_held') AS "议事次数",
  max(m.value) FILTER (WHERE m.metric = 'meeting_village_coverage') AS "议事覆盖率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_on_schedule_rate') AS "按期议事率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_notice_rate') AS "提前公示率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_resolution_posted_rate') AS "决议公示率",
  max(m.value) FILTER (WHERE m.metric = 'meeting_implemented_rate') AS "决议落实率",
  max(m.value) FILTER (WHERE m.metric = 'disputes_registered') AS "受理纠纷",
  max(m.value) FILTER (WHERE m.metric = 'disputes_resolved') AS "调处成功",
  max(m.value) FILTER (WHERE m.metric = 'dispute_resolution_rate') AS "调处成功率",
  max(m.value) FILTER (WHERE m.metric = 'suggestions_collected') AS "收集建议",
  max(m.value) FILTER (WHERE m.metric = 'suggestions_adopted') AS "采纳建议",
  max(m.value) FILTER (WHERE m.metric = 'suggestion_adoption_rate') AS "采纳率",
  max(m.value) FILTER (WHERE m.metric = 'dm_village_coverage') AS "民主管理日召开率",
  max(m.value) FILTER (WHERE m.metric = 'dm_approval_rate') AS "测评满意率",
  max(m.value) FILTER (WHERE m.metric = 'dm_cadres_flagged') AS "不称职票超三分之一",
  max(m.value) FILTER (WHERE m.metric = 'petitions_livelihood') AS "民生类信访量",
  max(m.value) FILTER (WHERE m.metric = 'petitions_livelihood_yoy') AS "民生类信访同比变化",
  max(m.value) FILTER (WHERE m.metric = 'disclosure_completeness') AS "公开完整率",
  max(m.value) FILTER (WHERE m.metric = 'disclosure_on_time_rate') AS "按期公开率"
FROM metrics m
LEFT JOIN villages v ON v.village_code = m.village_code
LEFT JOIN towns t ON t.town_code = m.town_code
WHERE m.scope = 'village'
GROUP BY m.period, m.town_code, t.town_name, m.village_code, v.village_name, v.is_demonstration
;
