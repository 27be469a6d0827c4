CREATE SCHEMA IF NOT EXISTS "expenses";
CREATE TABLE IF NOT EXISTS "expenses".receipts (
  sha256 char(64) NOT NULL PRIMARY KEY,
  source varchar(64) NOT NULL,
  object_key varchar(1024),
  doc_type varchar(16) NOT NULL,
  merchant_name varchar(512),
  merchant_cuit char(11),
  pos bigint,
  number bigint,
  issued_at timestamp,
  currency char(3) NOT NULL,
  subtotal numeric(18,2),
  discount_total numeric(18,2),
  total numeric(18,2),
  warnings varchar(256),
  payments varchar(8192),
  vat varchar(8192),
  taxes varchar(8192),
  prices_include_vat boolean,
  cae char(14),
  qr varchar(1024),
  fiscal_key varchar(64),
  brand varchar(128),
  mp_tender numeric(18,2),
  run_id varchar(256),
  loaded_at timestamp NOT NULL
) DISTKEY(sha256) SORTKEY(issued_at);
CREATE TABLE IF NOT EXISTS "expenses".receipt_items (
  sha256 char(64) NOT NULL,
  kind varchar(8) NOT NULL,
  line int NOT NULL,
  department varchar(256),
  description varchar(1024),
  ean varchar(14),
  quantity numeric(18,4),
  unit varchar(4),
  unit_price numeric(18,4),
  vat_rate numeric(7,3),
  amount numeric(18,2) NOT NULL,
  category varchar(32),
  PRIMARY KEY (sha256, kind, line)
) DISTKEY(sha256) SORTKEY(sha256);
CREATE TABLE IF NOT EXISTS "expenses".mp_movements (
  row_key char(64) NOT NULL PRIMARY KEY,
  report_sha256 char(64) NOT NULL,
  object_key varchar(1024),
  report_type varchar(16) NOT NULL,
  line int NOT NULL,
  source_id varchar(64),
  occurred_at timestamptz,
  local_time timestamp,
  record_type varchar(64),
  transaction_type varchar(64),
  description varchar(1024),
  payment_method_type varchar(64),
  payment_method varchar(64),
  gross_amount numeric(18,2),
  fee_amount numeric(18,2),
  net_amount numeric(18,2),
  currency varchar(8),
  store_name varchar(256),
  external_reference varchar(256),
  extra varchar(65535),
  ar_time timestamp,
  class varchar(16),
  class_rule varchar(256),
  brand varchar(128),
  category varchar(32),
  run_id varchar(256),
  loaded_at timestamp NOT NULL
) DISTKEY(row_key) SORTKEY(local_time);
CREATE TABLE IF NOT EXISTS "expenses".ingested_files (
  sha256 char(64) NOT NULL PRIMARY KEY,
  source varchar(64) NOT NULL,
  object_key varchar(1024),
  row_count int NOT NULL,
  status varchar(16) NOT NULL,
  run_id varchar(256),
  ingested_at timestamp NOT NULL
);
CREATE TABLE IF NOT EXISTS "expenses".quarantine (
  sha256 char(64) NOT NULL,
  source varchar(64),
  object_key varchar(1024),
  line int,
  reason varchar(64) NOT NULL,
  detail varchar(4096),
  run_id varchar(256),
  quarantined_at timestamp NOT NULL
);
CREATE TABLE IF NOT EXISTS "expenses".brand_overrides (
  match_kind varchar(16) NOT NULL,
  match_value varchar(256) NOT NULL,
  brand varchar(128) NOT NULL,
  PRIMARY KEY (match_kind, match_value)
);
CREATE TABLE IF NOT EXISTS "expenses".category_rules (
  scope varchar(16) NOT NULL,
  pattern varchar(256) NOT NULL,
  category varchar(32) NOT NULL,
  priority int NOT NULL,
  PRIMARY KEY (scope, pattern)
);
CREATE TABLE IF NOT EXISTS "expenses".links (
  receipt_sha256 char(64) NOT NULL,
  mp_row_key char(64) NOT NULL PRIMARY KEY,
  rule varchar(256) NOT NULL,
  seconds int NOT NULL,
  linked_at timestamp NOT NULL
);
CREATE OR REPLACE VIEW "expenses".mp_counted AS
SELECT * FROM (
  SELECT x.*, RANK() OVER (
           PARTITION BY COALESCE(NULLIF(x.source_id, ''), x.row_key),
                        CASE WHEN NULLIF(x.source_id, '') IS NOT NULL THEN x.ar_time END,
                        CASE WHEN NULLIF(x.source_id, '') IS NOT NULL THEN x.description END,
                        CASE WHEN NULLIF(x.source_id, '') IS NOT NULL THEN x.transaction_type END
           ORDER BY CASE WHEN x.currency IS NULL THEN 1 ELSE 0 END,
                    CASE WHEN x.store_name IS NULL THEN 1 ELSE 0 END,
                    x.object_key DESC, x.report_sha256) AS copy_rank
  FROM "expenses".mp_movements x) c
WHERE c.copy_rank = 1;
CREATE OR REPLACE VIEW "expenses".expense_lines AS
SELECT CAST('receipt' AS varchar(16)) AS source, r.sha256 AS doc,
       CAST(date_trunc('week', r.issued_at) AS date) AS week_start, r.issued_at AS occurred_at,
       CAST(r.currency AS varchar(8)) AS currency,
       CAST(COALESCE(bo.brand, r.brand, r.merchant_name, 'Otros') AS varchar(512)) AS brand,
       CAST(COALESCE(ur.category, i.category, 'otros') AS varchar(32)) AS category,
       CAST(i.kind AS varchar(16)) AS line_kind, i.line AS line,
       CAST(i.description AS varchar(1024)) AS description, i.amount AS amount
FROM "expenses".receipts r
JOIN "expenses".receipt_items i ON i.sha256 = r.sha256
LEFT JOIN "expenses".brand_overrides bo ON bo.match_kind = 'cuit' AND bo.match_value = r.merchant_cuit
LEFT JOIN (SELECT x.sha256, x.kind, x.line, c.category,
                  ROW_NUMBER() OVER (PARTITION BY x.sha256, x.kind, x.line ORDER BY c.priority DESC, c.pattern) AS rn
           FROM "expenses".receipt_items x
           JOIN "expenses".category_rules c ON c.scope = 'description' AND x.kind = 'item'
                                     AND UPPER(x.description) LIKE c.pattern) ur
       ON ur.sha256 = i.sha256 AND ur.kind = i.kind AND ur.line = i.line AND ur.rn = 1
UNION ALL
SELECT CAST('mercadopago' AS varchar(16)), m.row_key,
       CAST(date_trunc('week', m.ar_time) AS date), m.ar_time,
       CAST(COALESCE(m.currency, 'ARS') AS varchar(8)),
       CAST(COALESCE(bs.brand, m.brand, 'Otros') AS varchar(512)),
       CAST(CASE WHEN m.class = 'spending' THEN COALESCE(us.category, m.category, 'otros')
                 ELSE COALESCE(m.category, 'otros') END AS varchar(32)),
       CAST(m.class AS varchar(16)), m.line,
       CAST(COALESCE(m.store_name, m.description, m.transaction_type) AS varchar(1024)), -m.net_amount
FROM "expenses".mp_counted m
LEFT JOIN "expenses".links l ON l.mp_row_key = m.row_key
LEFT JOIN "expenses".brand_overrides bs ON bs.match_kind = 'store_name' AND bs.match_value = m.store_name
LEFT JOIN (SELECT y.row_key, c.category,
                  ROW_NUMBER() OVER (PARTITION BY y.row_key ORDER BY c.priority DESC, c.pattern) AS rn
           FROM "expenses".mp_movements y
           JOIN "expenses".category_rules c ON c.scope = 'store_name' AND UPPER(y.store_name) LIKE c.pattern) us
       ON us.row_key = m.row_key AND us.rn = 1
WHERE m.class IN ('spending', 'tax', 'refund') AND m.ar_time IS NOT NULL AND l.mp_row_key IS NULL;
CREATE OR REPLACE VIEW "expenses".expenses AS
WITH per AS (
  SELECT source, doc, week_start, occurred_at, currency, brand, category, SUM(amount) AS amount
  FROM "expenses".expense_lines GROUP BY 1, 2, 3, 4, 5, 6, 7),
ranked AS (
  SELECT per.*, ROW_NUMBER() OVER (PARTITION BY source, doc ORDER BY amount DESC, category) AS rn,
         SUM(amount) OVER (PARTITION BY source, doc) AS total
  FROM per)
SELECT k.source, k.doc, k.week_start, k.occurred_at, k.currency, k.brand, k.category, k.total AS amount,
       l.mp_row_key AS linked_mp_row_key, l.rule AS link_rule
FROM ranked k LEFT JOIN "expenses".links l ON k.source = 'receipt' AND l.receipt_sha256 = k.doc
WHERE k.rn = 1;
CREATE OR REPLACE VIEW "expenses".weekly_expenses AS
WITH sp AS (
  SELECT week_start, currency, SUM(amount) AS spending,
         SUM(CASE WHEN source = 'receipt' THEN amount ELSE 0 END) AS receipts,
         SUM(CASE WHEN source = 'mercadopago' AND line_kind = 'spending' THEN amount ELSE 0 END)
           AS mp_spending_unlinked,
         SUM(CASE WHEN source = 'mercadopago' AND line_kind = 'tax' THEN amount ELSE 0 END) AS taxes,
         SUM(CASE WHEN source = 'mercadopago' AND line_kind = 'refund' THEN -amount ELSE 0 END) AS refunds
  FROM "expenses".expense_lines GROUP BY 1, 2),
mv AS (
  SELECT CAST(date_trunc('week', ar_time) AS date) AS week_start,
         CAST(COALESCE(currency, 'ARS') AS varchar(8)) AS currency,
         SUM(CASE WHEN class = 'income' THEN net_amount ELSE 0 END) AS income,
         SUM(CASE WHEN class = 'own_transfer' THEN -net_amount ELSE 0 END) AS own_transfers,
         SUM(CASE WHEN class = 'transfer_out' THEN -net_amount ELSE 0 END) AS transfers_out,
         SUM(CASE WHEN class = 'unclassified' THEN 1 ELSE 0 END) AS unclassified
  FROM "expenses".mp_counted WHERE ar_time IS NOT NULL GROUP BY 1, 2),
k AS (SELECT week_start, currency FROM sp UNION SELECT week_start, currency FROM mv)
SELECT k.week_start, k.currency,
       COALESCE(sp.spending, 0) AS spending, COALESCE(sp.receipts, 0) AS receipts,
       COALESCE(sp.mp_spending_unlinked, 0) AS mp_spending_unlinked, COALESCE(sp.taxes, 0) AS taxes,
       COALESCE(sp.refunds, 0) AS refunds, COALESCE(mv.income, 0) AS income,
       COALESCE(mv.own_transfers, 0) AS own_transfers, COALESCE(mv.transfers_out, 0) AS transfers_out,
       COALESCE(mv.unclassified, 0) AS unclassified
FROM k LEFT JOIN sp ON sp.week_start = k.week_start AND sp.currency = k.currency
       LEFT JOIN mv ON mv.week_start = k.week_start AND mv.currency = k.currency;
