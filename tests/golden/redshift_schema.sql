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
CREATE OR REPLACE VIEW "expenses".weekly_expenses AS
SELECT CAST(date_trunc('week', r.issued_at) AS date) AS week_start,
       CAST('receipt' AS varchar(16)) AS source,
       CAST(r.merchant_name AS varchar(512)) AS merchant,
       CAST(COALESCE(i.department, CASE WHEN i.kind = 'discount' THEN 'Descuentos'
                                        ELSE 'Sin departamento' END) AS varchar(256)) AS category,
       CAST(r.currency AS varchar(8)) AS currency,
       SUM(i.amount) AS amount
FROM "expenses".receipts r JOIN "expenses".receipt_items i ON i.sha256 = r.sha256
GROUP BY 1, 2, 3, 4, 5
UNION ALL
SELECT CAST(date_trunc('week', m.local_time) AS date),
       CAST('mercadopago' AS varchar(16)),
       CAST(COALESCE(m.store_name, m.payment_method, 'Mercado Pago') AS varchar(512)),
       CAST(COALESCE(m.transaction_type, m.record_type, 'movement') AS varchar(256)),
       CAST(m.currency AS varchar(8)),
       SUM(-m.net_amount)
FROM "expenses".mp_movements m
WHERE COALESCE(m.record_type, '') NOT IN ('initial_available_balance', 'available_balance',
                                          'subtotal', 'total')
GROUP BY 1, 2, 3, 4, 5;
