-- 数据质量: each file's latest state in the manifest with its quarantined rows' commonest reasons.
WITH latest AS (
  SELECT *, coalesce(file_month, date_format(received_on, 'yyyy-MM')) AS period,
         row_number() OVER (PARTITION BY file ORDER BY ingested_at DESC, run_id DESC) AS rn
  FROM manifest
),
reasons AS (
  SELECT file, coalesce(reason_label, reason) AS label, COUNT(*) AS n
  FROM quarantine
  GROUP BY file, coalesce(reason_label, reason)
),
top AS (
  SELECT file, label, n,
         row_number() OVER (PARTITION BY file ORDER BY n DESC, label) AS pos
  FROM reasons
),
top_text AS (
  SELECT file,
         concat_ws('；', transform(array_sort(collect_list(named_struct('pos', pos, 'text', concat(label, '×', n)))),
                                 x -> x.text)) AS top_reasons
  FROM top
  WHERE pos <= 3
  GROUP BY file
)
SELECT l.file, l.file_name, l.record_type, l.town_code, l.received_on,
       l.status AS file_status, l.reason AS reject_reason,
       l.rows_read, l.rows_loaded, l.rows_quarantined,
       CASE WHEN l.rows_read > 0 THEN CAST(l.rows_loaded AS DOUBLE) / l.rows_read END AS loaded_rate,
       t.top_reasons, l.run_id AS ingest_run_id, l.period
FROM latest l
LEFT JOIN top_text t ON t.file = l.file
WHERE l.rn = 1 AND l.period BETWEEN :from AND :to
