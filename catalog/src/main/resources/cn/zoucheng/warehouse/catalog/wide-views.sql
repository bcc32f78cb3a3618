-- The wide DuckDB views over the metrics, for people. The plain views of the tables the metrics
-- job writes (metrics, metric_changes, voucher_breaches, submissions, file_quality) and of the
-- reference tables are made with every other table's by DuckDbCatalog, before these.
-- Statements are separated by a line holding only ';'. In the wide views, the line
-- @METRIC_COLUMNS@ stands for one column per metric of MetricCatalog (schemas/.../metrics/
-- MetricCatalog.java), in its order, headed by its Chinese column label: WideViews writes them,
-- so a new metric reaches the wide views without an edit here. Counts come out as BIGINT.

-- One row per month for the whole city, Chinese column labels.
CREATE OR REPLACE VIEW metrics_city_wide AS
SELECT
  m.period AS "月份",
  max(m.towns_reported) AS "报送镇街数",
  @METRIC_COLUMNS@
FROM metrics m
WHERE m.scope = {{Scope.CITY}}
GROUP BY m.period
;

-- One row per town and month (every town of the reference data, for every month with figures);
-- a town's empty figure means it did not report that record type (see 未报送类型).
CREATE OR REPLACE VIEW metrics_town_wide AS
WITH periods AS (SELECT DISTINCT period FROM metrics WHERE scope = {{Scope.CITY}}),
missing AS (
  SELECT period, town_code, string_agg(record_type, '、' ORDER BY record_type) AS types
  FROM submissions
  WHERE status = {{SubmissionStatus.MISSING}}
  GROUP BY period, town_code
)
SELECT
  p.period AS "月份",
  t.town_code AS "镇街代码",
  t.town_name AS "镇街",
  any_value(x.types) AS "未报送类型",
  @METRIC_COLUMNS@
FROM periods p
CROSS JOIN towns t
LEFT JOIN metrics m ON m.period = p.period AND m.town_code = t.town_code AND m.scope = {{Scope.TOWN}}
LEFT JOIN missing x ON x.period = p.period AND x.town_code = t.town_code
GROUP BY p.period, t.town_code, t.town_name
;

-- One row per village and month for every village of a town that reported something that month.
CREATE OR REPLACE VIEW metrics_village_wide AS
SELECT
  m.period AS "月份",
  m.town_code AS "镇街代码",
  t.town_name AS "镇街",
  m.village_code AS "村(社区)代码",
  v.village_name AS "村(社区)",
  v.is_demonstration AS "示范社区",
  @METRIC_COLUMNS@
FROM metrics m
LEFT JOIN villages v ON v.village_code = m.village_code
LEFT JOIN towns t ON t.town_code = m.town_code
WHERE m.scope = {{Scope.VILLAGE}}
GROUP BY m.period, m.town_code, t.town_name, m.village_code, v.village_name, v.is_demonstration
;
