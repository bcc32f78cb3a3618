-- 报送情况: every town x record type x month (democratic_reviews only in January and July):
-- 未报送 without a loaded delivery, 补报 when delivered with more than one content, else 按时 or
-- 逾期 by the first delivery against the deadline (:deadline_day of the following month).
WITH periods AS (
  SELECT date_format(m, 'yyyy-MM') AS period
  FROM (SELECT explode(sequence(to_date(concat(:from, '-01')), to_date(concat(:to, '-01')),
                                INTERVAL 1 MONTH)) AS m)
),
grid AS (
  SELECT p.period, t.town_code, r.record_type
  FROM periods p CROSS JOIN towns t CROSS JOIN record_types r
  WHERE r.record_type <> 'democratic_reviews' OR substr(p.period, 6, 2) IN ('01', '07')
),
files AS (
  SELECT record_type, town_code, file_month AS period, received_on, status,
         coalesce(content_sha256, file) AS content, file,
         status IN ({{FileStatus.LOADED}}, {{FileStatus.UNCHANGED}}, {{FileStatus.SUPERSEDED}}) AS delivered
  FROM manifest
  WHERE file_month BETWEEN :from AND :to
),
agg AS (
  SELECT record_type, town_code, period,
         MIN(CASE WHEN delivered THEN received_on END) AS first_received_on,
         MAX(CASE WHEN delivered THEN received_on END) AS last_received_on,
         COUNT(DISTINCT CASE WHEN delivered THEN content END) AS deliveries,
         COUNT(DISTINCT CASE WHEN status = {{FileStatus.REJECTED}} THEN file END) AS rejected_files
  FROM files
  GROUP BY record_type, town_code, period
),
cells AS (
  SELECT g.town_code, g.record_type, g.period,
         date_add(add_months(to_date(concat(g.period, '-01')), 1), :deadline_day - 1) AS deadline,
         a.first_received_on, a.last_received_on,
         CAST(coalesce(a.deliveries, 0) AS INT) AS deliveries,
         CAST(coalesce(a.rejected_files, 0) AS INT) AS rejected_files
  FROM grid g
  LEFT JOIN agg a
    ON a.record_type = g.record_type AND a.town_code = g.town_code AND a.period = g.period
)
SELECT town_code, record_type,
       CASE WHEN deliveries = 0 THEN {{SubmissionStatus.MISSING}}
            WHEN deliveries > 1 THEN {{SubmissionStatus.RESUBMITTED}}
            WHEN first_received_on <= deadline THEN {{SubmissionStatus.ON_TIME}}
            ELSE {{SubmissionStatus.LATE}} END AS status,
       first_received_on <= deadline AS on_time,
       deadline, first_received_on, last_received_on, deliveries, rejected_files, period
FROM cells
