#include "warehouse.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>
#include <libpq-fe.h>

#include "processed.h"

struct wh {
    PGconn *c;
    int dialect, dry;
    char schema[72]; /* quoted identifier */
    xbuf trace;
};

/* Columns of receipts (the rest of the stage columns are the items'). */
static const char *const RECEIPT_COLS =
    "sha256, source, object_key, doc_type, merchant_name, merchant_cuit, pos, number, issued_at, "
    "currency, subtotal, discount_total, total, warnings, payments, vat";
static const char *const ITEM_COLS =
    "sha256, kind, line, department, description, ean, quantity, unit, unit_price, vat_rate, amount";
static const char *const MP_COLS =
    "row_key, report_sha256, object_key, report_type, line, source_id, occurred_at, local_time, "
    "record_type, transaction_type, description, payment_method_type, payment_method, gross_amount, "
    "fee_amount, net_amount, currency, store_name, external_reference, extra";

static int nomem(xerr *err)
{
    xerr_set(err, XE_NOMEM, "out of memory");
    return -1;
}
#define NOMEM(err) nomem(err)

/* ---- DDL ----------------------------------------------------------------- */

static int quote_schema(const char *schema, char *out, size_t n, xerr *err)
{
    /* validated and then quoted: the quoting is what protects, the check
     * keeps names portable between PostgreSQL and Redshift */
    size_t l = schema ? strlen(schema) : 0;
    if (!l || l > 63 || !(isalpha((unsigned char)schema[0]) || schema[0] == '_')) {
        xerr_set(err, XE_ARG, "schema name must be 1-63 letters, digits or '_'");
        return -1;
    }
    for (size_t i = 0; i < l; i++)
        if (!isalnum((unsigned char)schema[i]) && schema[i] != '_') {
            xerr_set(err, XE_ARG, "schema name must be 1-63 letters, digits or '_'");
            return -1;
        }
    snprintf(out, n, "\"%s\"", schema);
    return 0;
}

int wh_schema_sql(int dialect, const char *schema, xbuf *o)
{
    char s[72];
    xerr e;
    if (quote_schema(schema ? schema : "expenses", s, sizeof s, &e) != 0)
        return -1;
    const int rs = dialect == WH_REDSHIFT;
    int r = 0;
    r |= xbuf_printf(o, "CREATE SCHEMA IF NOT EXISTS %s;\n", s);
    r |= xbuf_printf(o,
        "CREATE TABLE IF NOT EXISTS %s.receipts (\n"
        "  sha256 char(64) NOT NULL PRIMARY KEY,\n  source varchar(64) NOT NULL,\n"
        "  object_key varchar(1024),\n  doc_type varchar(16) NOT NULL,\n  merchant_name varchar(512),\n"
        "  merchant_cuit char(11),\n  pos bigint,\n  number bigint,\n  issued_at timestamp,\n"
        "  currency char(3) NOT NULL,\n  subtotal numeric(18,2),\n  discount_total numeric(18,2),\n"
        "  total numeric(18,2),\n  warnings varchar(256),\n  payments varchar(8192),\n"
        "  vat varchar(8192),\n  run_id varchar(256),\n  loaded_at timestamp NOT NULL\n)%s;\n",
        s, rs ? " DISTKEY(sha256) SORTKEY(issued_at)" : "");
    r |= xbuf_printf(o,
        "CREATE TABLE IF NOT EXISTS %s.receipt_items (\n"
        "  sha256 char(64) NOT NULL,\n  kind varchar(8) NOT NULL,\n  line int NOT NULL,\n"
        "  department varchar(256),\n  description varchar(1024),\n  ean varchar(14),\n"
        "  quantity numeric(18,4),\n  unit varchar(4),\n  unit_price numeric(18,4),\n"
        "  vat_rate numeric(7,3),\n  amount numeric(18,2) NOT NULL,\n"
        "  PRIMARY KEY (sha256, kind, line)\n)%s;\n",
        s, rs ? " DISTKEY(sha256) SORTKEY(sha256)" : "");
    r |= xbuf_printf(o,
        "CREATE TABLE IF NOT EXISTS %s.mp_movements (\n"
        "  row_key char(64) NOT NULL PRIMARY KEY,\n  report_sha256 char(64) NOT NULL,\n"
        "  object_key varchar(1024),\n  report_type varchar(16) NOT NULL,\n  line int NOT NULL,\n"
        "  source_id varchar(64),\n  occurred_at timestamptz,\n  local_time timestamp,\n"
        "  record_type varchar(64),\n  transaction_type varchar(64),\n  description varchar(1024),\n"
        "  payment_method_type varchar(64),\n  payment_method varchar(64),\n"
        "  gross_amount numeric(18,2),\n  fee_amount numeric(18,2),\n  net_amount numeric(18,2),\n"
        "  currency varchar(8),\n  store_name varchar(256),\n  external_reference varchar(256),\n"
        "  extra varchar(65535),\n  run_id varchar(256),\n  loaded_at timestamp NOT NULL\n)%s;\n",
        s, rs ? " DISTKEY(row_key) SORTKEY(local_time)" : "");
    r |= xbuf_printf(o,
        "CREATE TABLE IF NOT EXISTS %s.ingested_files (\n"
        "  sha256 char(64) NOT NULL PRIMARY KEY,\n  source varchar(64) NOT NULL,\n"
        "  object_key varchar(1024),\n  row_count int NOT NULL,\n  status varchar(16) NOT NULL,\n"
        "  run_id varchar(256),\n  ingested_at timestamp NOT NULL\n);\n", s);
    r |= xbuf_printf(o,
        "CREATE TABLE IF NOT EXISTS %s.quarantine (\n"
        "  sha256 char(64) NOT NULL,\n  source varchar(64),\n  object_key varchar(1024),\n"
        "  line int,\n  reason varchar(64) NOT NULL,\n  detail varchar(4096),\n"
        "  run_id varchar(256),\n  quarantined_at timestamp NOT NULL\n);\n", s);
    /* the table people look at: money spent per week, source, merchant and
     * department; Mercado Pago money out is positive (-net_amount) */
    r |= xbuf_printf(o,
        "CREATE OR REPLACE VIEW %s.weekly_expenses AS\n"
        "SELECT CAST(date_trunc('week', r.issued_at) AS date) AS week_start,\n"
        "       CAST('receipt' AS varchar(16)) AS source,\n"
        "       CAST(r.merchant_name AS varchar(512)) AS merchant,\n"
        "       CAST(COALESCE(i.department, CASE WHEN i.kind = 'discount' THEN 'Descuentos'\n"
        "                                        ELSE 'Sin departamento' END) AS varchar(256)) AS category,\n"
        "       CAST(r.currency AS varchar(8)) AS currency,\n"
        "       SUM(i.amount) AS amount\n"
        "FROM %s.receipts r JOIN %s.receipt_items i ON i.sha256 = r.sha256\n"
        "GROUP BY 1, 2, 3, 4, 5\n"
        "UNION ALL\n"
        "SELECT CAST(date_trunc('week', m.local_time) AS date),\n"
        "       CAST('mercadopago' AS varchar(16)),\n"
        "       CAST(COALESCE(m.store_name, m.payment_method, 'Mercado Pago') AS varchar(512)),\n"
        "       CAST(COALESCE(m.transaction_type, m.record_type, 'movement') AS varchar(256)),\n"
        "       CAST(m.currency AS varchar(8)),\n"
        "       SUM(-m.net_amount)\n"
        "FROM %s.mp_movements m\n"
        "WHERE COALESCE(m.record_type, '') NOT IN ('initial_available_balance', 'available_balance',\n"
        "                                          'subtotal', 'total')\n"
        "GROUP BY 1, 2, 3, 4, 5;\n",
        s, s, s, s);
    return r ? -1 : 0;
}

/* ---- connection and statements ------------------------------------------ */

static void db_error(wh *w, PGresult *res, const char *what, xerr *err)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *detail = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : NULL;
    char msg[400];
    if (!primary) {
        g_strlcpy(msg, w->c ? PQerrorMessage(w->c) : "no connection", sizeof msg);
        g_strchomp(msg);
    } else
        snprintf(msg, sizeof msg, "%s%s%s", primary, detail ? " — " : "", detail ? detail : "");
    if (!state && w->c && PQstatus(w->c) == CONNECTION_BAD)
        state = "08006"; /* connection_failure */
    xerr_set(err, XE_DB, "%s: %s%s%s", what, msg, state ? " [SQLSTATE " : "", state ? state : "");
    if (state) {
        size_t l = strlen(err->msg);
        if (l + 2 < sizeof err->msg)
            strcat(err->msg, "]");
    }
    g_strlcpy(err->rcode, state ? state : "", sizeof err->rcode);
}

/* Run one statement with text parameters.  *out gets the result when
 * wanted (tuples), else it is cleared. */
static int exec(wh *w, const char *sql, int n, const char *const *params, PGresult **out, xerr *err)
{
    if (out)
        *out = NULL;
    if (w->dry) {
        if (xbuf_put(&w->trace, sql, strlen(sql)) || xbuf_put(&w->trace, ";\n", 2))
            return NOMEM(err);
        return 0;
    }
    PGresult *res = PQexecParams(w->c, sql, n, NULL, params, NULL, NULL, 0);
    ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        char what[80];
        snprintf(what, sizeof what, "%.60s", sql);
        for (char *p = what; *p; p++)
            if (*p == '\n')
                *p = ' ';
        db_error(w, res, what, err);
        PQclear(res);
        return -1;
    }
    if (out)
        *out = res;
    else
        PQclear(res);
    return 0;
}

static long affected(PGresult *res)
{
    const char *t = res ? PQcmdTuples(res) : "";
    return *t ? strtol(t, NULL, 10) : 0;
}

static void quiet_notice(void *arg, const char *msg)
{
    (void)arg;
    (void)msg;
}

int wh_connect(wh **out, const char *dsn, int dialect, const char *schema, int dry, xerr *err)
{
    *out = NULL;
    wh *w = calloc(1, sizeof *w);
    if (!w)
        return NOMEM(err);
    w->dialect = dialect == WH_REDSHIFT ? WH_REDSHIFT : WH_POSTGRES;
    w->dry = dry;
    if (quote_schema(schema ? schema : "expenses", w->schema, sizeof w->schema, err) != 0) {
        free(w);
        return -1;
    }
    if (!dry || dsn) {
        if (!dsn) {
            xerr_set(err, XE_ARG, "a warehouse DSN is needed");
            free(w);
            return -1;
        }
        /* application_name lets operators (and the tests) find the loader's
         * backend; the DSN's own settings win over these defaults */
        const char *keys[] = {"fallback_application_name", "connect_timeout", "dbname", NULL};
        const char *vals[] = {"expetl", "15", dsn, NULL};
        w->c = PQconnectdbParams(keys, vals, 1);
        if (!w->c) {
            free(w);
            return NOMEM(err);
        }
        if (PQstatus(w->c) != CONNECTION_OK) {
            /* PQerrorMessage names host and user, never the password */
            char msg[300];
            g_strlcpy(msg, PQerrorMessage(w->c), sizeof msg);
            g_strchomp(msg);
            xerr_set(err, XE_DB, "cannot connect to the warehouse: %s", msg);
            g_strlcpy(err->rcode, "08001", sizeof err->rcode);
            PQfinish(w->c);
            free(w);
            return -1;
        }
        /* "already exists, skipping" notices are expected; keep stderr clean */
        PQsetNoticeProcessor(w->c, quiet_notice, NULL);
        if (PQsetClientEncoding(w->c, "UTF8") != 0) {
            db_error(w, NULL, "set client encoding", err);
            PQfinish(w->c);
            free(w);
            return -1;
        }
    }
    *out = w;
    return 0;
}

int wh_clone(const wh *w, wh **out, xerr *err)
{
    *out = NULL;
    if (w->dry || !w->c) {
        xerr_set(err, XE_ARG, "a dry-run warehouse cannot be cloned");
        return -1;
    }
    /* the same settings the live connection used (libpq keeps them) */
    PQconninfoOption *opts = PQconninfo(w->c);
    if (!opts)
        return NOMEM(err);
    size_t n = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++)
        n++;
    const char **k = calloc(n + 1, sizeof *k), **v = calloc(n + 1, sizeof *v);
    int rc = -1;
    if (!k || !v) {
        NOMEM(err);
        goto done;
    }
    size_t m = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++)
        if (o->val) {
            k[m] = o->keyword;
            v[m++] = o->val;
        }
    wh *c = calloc(1, sizeof *c);
    if (!c) {
        NOMEM(err);
        goto done;
    }
    c->dialect = w->dialect;
    memcpy(c->schema, w->schema, sizeof c->schema);
    c->c = PQconnectdbParams(k, v, 0);
    if (!c->c || PQstatus(c->c) != CONNECTION_OK) {
        xerr_set(err, XE_DB, "cannot open a second warehouse connection: %s",
                 c->c ? PQerrorMessage(c->c) : "out of memory");
        g_strlcpy(err->rcode, "08001", sizeof err->rcode);
        if (c->c)
            PQfinish(c->c);
        free(c);
        goto done;
    }
    PQsetNoticeProcessor(c->c, quiet_notice, NULL);
    *out = c;
    rc = 0;
done:
    free(k);
    free(v);
    PQconninfoFree(opts);
    return rc;
}

void wh_close(wh *w)
{
    if (!w)
        return;
    if (w->c)
        PQfinish(w->c);
    xbuf_free(&w->trace);
    free(w);
}

const char *wh_trace(const wh *w) { return w->trace.p ? w->trace.p : ""; }

/* Reconnect a connection that was lost (a killed backend, a restart). */
static int ensure_conn(wh *w, xerr *err)
{
    if (w->dry || PQstatus(w->c) == CONNECTION_OK)
        return 0;
    PQreset(w->c);
    if (PQstatus(w->c) != CONNECTION_OK) {
        db_error(w, NULL, "reconnect", err);
        return -1;
    }
    return 0;
}

int wh_ensure_schema(wh *w, xerr *err)
{
    xbuf ddl = {0};
    char schema[72];
    int rc = -1;
    /* the quoted name without its quotes (validated when connecting) */
    snprintf(schema, sizeof schema, "%.*s", (int)strlen(w->schema) - 2, w->schema + 1);
    if (ensure_conn(w, err) != 0)
        return -1;
    if (wh_schema_sql(w->dialect, schema, &ddl) != 0 || xbuf_cstr(&ddl) != 0)
        return NOMEM(err);
    if (exec(w, "BEGIN", 0, NULL, NULL, err) != 0)
        goto done;
    for (char *p = ddl.p, *e; *p; p = e + 2) {
        e = strstr(p, ";\n");
        if (!e)
            break;
        *e = '\0';
        if (exec(w, p, 0, NULL, NULL, err) != 0) {
            if (!w->dry)
                PQclear(PQexec(w->c, "ROLLBACK"));
            goto done;
        }
    }
    rc = exec(w, "COMMIT", 0, NULL, NULL, err);
done:
    xbuf_free(&ddl);
    return rc;
}

int wh_known(wh *w, const char *const *shas, size_t n, unsigned char *flags, xerr *err)
{
    memset(flags, 0, n);
    if (w->dry || !n)
        return 0;
    if (ensure_conn(w, err) != 0)
        return -1;
    GHashTable *found = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    xbuf sql = {0};
    int rc = -1;
    for (size_t at = 0; at < n; at += 500) {
        size_t m = n - at < 500 ? n - at : 500;
        sql.len = 0;
        if (xbuf_printf(&sql, "SELECT sha256 FROM %s.ingested_files WHERE status IN ('loaded', 'quarantined') "
                              "AND sha256 IN (", w->schema))
            goto nomem;
        for (size_t i = 0; i < m; i++)
            if (xbuf_printf(&sql, "%s$%zu", i ? ", " : "", i + 1))
                goto nomem;
        if (xbuf_putc(&sql, ')'))
            goto nomem;
        PGresult *res;
        if (exec(w, sql.p, (int)m, shas + at, &res, err) != 0)
            goto done;
        for (int r = 0; r < PQntuples(res); r++)
            g_hash_table_add(found, g_strdup(PQgetvalue(res, r, 0)));
        PQclear(res);
    }
    for (size_t i = 0; i < n; i++)
        flags[i] = g_hash_table_contains(found, shas[i]) ? 1 : 0;
    rc = 0;
    goto done;
nomem:
    NOMEM(err);
done:
    xbuf_free(&sql);
    g_hash_table_destroy(found);
    return rc;
}

/* ---- the load ------------------------------------------------------------ */

static int create_stage(wh *w, const char *name, const proc_col *cols, int n, xerr *err)
{
    xbuf sql = {0};
    int r = xbuf_printf(&sql, "CREATE TEMP TABLE %s (", name);
    for (int i = 0; i < n && !r; i++)
        r = xbuf_printf(&sql, "%s%s %s", i ? ", " : "", cols[i].name, cols[i].type);
    if (r || xbuf_putc(&sql, ')')) {
        xbuf_free(&sql);
        return NOMEM(err);
    }
    r = exec(w, sql.p, 0, NULL, NULL, err);
    xbuf_free(&sql);
    return r;
}

static int col_list(xbuf *b, const proc_col *cols, int n)
{
    for (int i = 0; i < n; i++)
        if (xbuf_printf(b, "%s%s", i ? ", " : "", cols[i].name))
            return -1;
    return 0;
}

/* COPY ... FROM STDIN: stream every chunk, skipping each one's header. */
static int copy_stdin(wh *w, const char *table, const proc_col *cols, int ncols, const wh_chunks *ch, xerr *err)
{
    xbuf sql = {0};
    if (xbuf_printf(&sql, "COPY %s (", table) || col_list(&sql, cols, ncols) ||
        xbuf_printf(&sql, ") FROM STDIN WITH (FORMAT csv)")) {
        xbuf_free(&sql);
        return NOMEM(err);
    }
    if (w->dry) {
        int r = exec(w, sql.p, 0, NULL, NULL, err);
        xbuf_free(&sql);
        return r;
    }
    PGresult *res = PQexec(w->c, sql.p);
    xbuf_free(&sql);
    if (!res || PQresultStatus(res) != PGRES_COPY_IN) {
        db_error(w, res, "COPY", err);
        PQclear(res);
        return -1;
    }
    PQclear(res);
    int failed = 0;
    xerr gerr = {0};
    for (size_t i = 0; i < ch->n && !failed; i++) {
        xslice s = {0};
        if (ch->get(ch->ctx, i, &s, &gerr) != 0) {
            failed = 1;
            break;
        }
        const char *nl = s.len ? memchr(s.p, '\n', s.len) : NULL;
        size_t skip = nl ? (size_t)(nl - s.p) + 1 : s.len;
        if (s.len > skip && PQputCopyData(w->c, s.p + skip, (int)(s.len - skip)) != 1)
            failed = 2;
        if (ch->release)
            ch->release(ch->ctx, i);
    }
    if (failed == 2) {
        db_error(w, NULL, "COPY data", err);
        while ((res = PQgetResult(w->c)))
            PQclear(res);
        return -1;
    }
    if (PQputCopyEnd(w->c, failed ? "expetl: input failed" : NULL) != 1) {
        db_error(w, NULL, "COPY end", err);
        while ((res = PQgetResult(w->c)))
            PQclear(res);
        return -1;
    }
    int rc = 0;
    while ((res = PQgetResult(w->c))) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK && rc == 0 && !failed) {
            db_error(w, res, "COPY", err);
            rc = -1;
        }
        PQclear(res);
    }
    if (failed) {
        *err = gerr;
        return -1;
    }
    return rc;
}

/* A literal for Redshift's COPY (which takes no parameters): validated to
 * hold no quote, backslash or control character, then escaped by libpq. */
static int literal(wh *w, xbuf *b, const char *s, const char *what, xerr *err)
{
    for (const char *p = s; *p; p++)
        if (*p == '\'' || *p == '\\' || (unsigned char)*p < 0x20) {
            xerr_set(err, XE_ARG, "%s has a quote, backslash or control character", what);
            return -1;
        }
    if (w->c) {
        char *e = PQescapeLiteral(w->c, s, strlen(s));
        if (!e)
            return NOMEM(err);
        int r = xbuf_put(b, e, strlen(e));
        PQfreemem(e);
        return r ? NOMEM(err) : 0;
    }
    return xbuf_printf(b, "'%s'", s) ? NOMEM(err) : 0;
}

static int copy_s3(wh *w, const char *table, const proc_col *cols, int ncols, const char *manifest,
                   const wh_batch *b, xerr *err)
{
    xbuf sql = {0};
    int rc = -1;
    if (strncmp(manifest, "s3://", 5) != 0) {
        xerr_set(err, XE_ARG, "Redshift loads from an s3:// manifest (the processed stage must be S3)");
        return -1;
    }
    if (xbuf_printf(&sql, "COPY %s (", table) || col_list(&sql, cols, ncols) || xbuf_printf(&sql, ") FROM "))
        goto nomem;
    if (literal(w, &sql, manifest, "manifest URL", err))
        goto done;
    if (b->iam_role && *b->iam_role) {
        if (xbuf_printf(&sql, " IAM_ROLE ") || literal(w, &sql, b->iam_role, "IAM role", err))
            goto done;
    } else if (xbuf_printf(&sql, " IAM_ROLE default"))
        goto nomem;
    if (xbuf_printf(&sql, " MANIFEST FORMAT AS CSV IGNOREHEADER 1 EMPTYASNULL TIMEFORMAT 'auto'"))
        goto nomem;
    if (b->region && *b->region &&
        (xbuf_printf(&sql, " REGION ") || literal(w, &sql, b->region, "region", err)))
        goto done;
    if (xbuf_printf(&sql, " COMPUPDATE OFF STATUPDATE OFF"))
        goto nomem;
    rc = exec(w, sql.p, 0, NULL, NULL, err);
    goto done;
nomem:
    NOMEM(err);
done:
    xbuf_free(&sql);
    return rc;
}

static int is_serialization(const xerr *e)
{
    return !strcmp(e->rcode, "40001") || !strcmp(e->rcode, "40P01") || strstr(e->msg, "1023") ||
           strstr(e->msg, "Serializable isolation violation");
}

static int stmt(wh *w, long *count, xerr *err, int n, const char *const *params, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

static int stmt(wh *w, long *count, xerr *err, int n, const char *const *params, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *sql = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    PGresult *res = NULL;
    int r = exec(w, sql, n, params, count ? &res : NULL, err);
    if (count && r == 0)
        *count = affected(res);
    PQclear(res);
    g_free(sql);
    return r;
}

static int load_once(wh *w, const wh_batch *b, const char *now, wh_result *res, xerr *err)
{
    const char *S = w->schema;
    const char *meta[2] = {b->run_id ? b->run_id : "", now};
    int has_receipts = w->dialect == WH_REDSHIFT ? b->receipts_manifest != NULL : b->receipts.n > 0;
    int has_mp = w->dialect == WH_REDSHIFT ? b->movements_manifest != NULL : b->movements.n > 0;
    xbuf sql = {0};
    memset(res, 0, sizeof *res);
    if (exec(w, "BEGIN", 0, NULL, NULL, err))
        return -1;
    /* one writer at a time per target (Redshift's advice against error 1023) */
    if (w->dialect == WH_REDSHIFT
            ? stmt(w, NULL, err, 0, NULL, "LOCK %s.receipts, %s.receipt_items, %s.mp_movements, "
                   "%s.ingested_files, %s.quarantine", S, S, S, S, S)
            : stmt(w, NULL, err, 0, NULL, "LOCK TABLE %s.receipts, %s.receipt_items, %s.mp_movements, "
                   "%s.ingested_files, %s.quarantine IN SHARE ROW EXCLUSIVE MODE", S, S, S, S, S))
        goto fail;
    if (has_receipts) {
        if (create_stage(w, "expetl_stage_receipts", PROC_RECEIPT_COLS, PROC_RECEIPT_NCOLS, err))
            goto fail;
        if (w->dialect == WH_REDSHIFT
                ? copy_s3(w, "expetl_stage_receipts", PROC_RECEIPT_COLS, PROC_RECEIPT_NCOLS, b->receipts_manifest, b, err)
                : copy_stdin(w, "expetl_stage_receipts", PROC_RECEIPT_COLS, PROC_RECEIPT_NCOLS, &b->receipts, err))
            goto fail;
        if (stmt(w, NULL, err, 0, NULL, "DELETE FROM %s.receipt_items USING expetl_stage_receipts s "
                 "WHERE receipt_items.sha256 = s.sha256", S) ||
            stmt(w, NULL, err, 0, NULL, "DELETE FROM %s.receipts USING expetl_stage_receipts s "
                 "WHERE receipts.sha256 = s.sha256", S) ||
            stmt(w, &res->receipts, err, 2, meta, "INSERT INTO %s.receipts (%s, run_id, loaded_at) "
                 "SELECT DISTINCT %s, CAST($1 AS varchar(256)), CAST($2 AS timestamp) "
                 "FROM expetl_stage_receipts", S, RECEIPT_COLS, RECEIPT_COLS) ||
            stmt(w, &res->items, err, 0, NULL, "INSERT INTO %s.receipt_items (%s) SELECT DISTINCT %s "
                 "FROM expetl_stage_receipts WHERE kind IS NOT NULL", S, ITEM_COLS, ITEM_COLS) ||
            stmt(w, NULL, err, 0, NULL, "DROP TABLE expetl_stage_receipts"))
            goto fail;
    }
    if (has_mp) {
        if (create_stage(w, "expetl_stage_mp", PROC_MP_COLS, PROC_MP_NCOLS, err))
            goto fail;
        if (w->dialect == WH_REDSHIFT
                ? copy_s3(w, "expetl_stage_mp", PROC_MP_COLS, PROC_MP_NCOLS, b->movements_manifest, b, err)
                : copy_stdin(w, "expetl_stage_mp", PROC_MP_COLS, PROC_MP_NCOLS, &b->movements, err))
            goto fail;
        if (stmt(w, NULL, err, 0, NULL, "DELETE FROM %s.mp_movements USING expetl_stage_mp s "
                 "WHERE mp_movements.row_key = s.row_key", S) ||
            stmt(w, &res->movements, err, 2, meta, "INSERT INTO %s.mp_movements (%s, run_id, loaded_at) "
                 "SELECT DISTINCT %s, CAST($1 AS varchar(256)), CAST($2 AS timestamp) FROM expetl_stage_mp",
                 S, MP_COLS, MP_COLS) ||
            stmt(w, NULL, err, 0, NULL, "DROP TABLE expetl_stage_mp"))
            goto fail;
    }
    if (b->nfiles) {
        static const proc_col FILE_STAGE[] = {{"sha256", "char(64)"}, {"source", "varchar(64)"},
                                              {"object_key", "varchar(1024)"}, {"row_count", "int"},
                                              {"status", "varchar(16)"}};
        if (create_stage(w, "expetl_stage_files", FILE_STAGE, 5, err))
            goto fail;
        for (size_t at = 0; at < b->nfiles; at += 200) {
            size_t m = b->nfiles - at < 200 ? b->nfiles - at : 200;
            const char **p = calloc(m * 5, sizeof *p);
            char(*rows)[24] = calloc(m, sizeof *rows);
            int r = !p || !rows;
            sql.len = 0;
            r = r || xbuf_printf(&sql, "INSERT INTO expetl_stage_files VALUES ");
            for (size_t i = 0; i < m && !r; i++) {
                const wh_file *f = &b->files[at + i];
                snprintf(rows[i], sizeof rows[i], "%ld", f->rows);
                p[i * 5] = f->sha256;
                p[i * 5 + 1] = f->source;
                p[i * 5 + 2] = f->object_key;
                p[i * 5 + 3] = rows[i];
                p[i * 5 + 4] = f->status;
                r = xbuf_printf(&sql, "%s($%zu, $%zu, $%zu, CAST($%zu AS int), $%zu)", i ? ", " : "",
                                i * 5 + 1, i * 5 + 2, i * 5 + 3, i * 5 + 4, i * 5 + 5);
            }
            if (r) {
                free(p);
                free(rows);
                NOMEM(err);
                goto fail;
            }
            r = exec(w, sql.p, (int)(m * 5), p, NULL, err);
            free(p);
            free(rows);
            if (r)
                goto fail;
        }
        if (stmt(w, NULL, err, 0, NULL, "DELETE FROM %s.ingested_files USING expetl_stage_files s "
                 "WHERE ingested_files.sha256 = s.sha256", S) ||
            stmt(w, &res->files, err, 2, meta, "INSERT INTO %s.ingested_files (sha256, source, object_key, "
                 "row_count, status, run_id, ingested_at) SELECT sha256, source, object_key, row_count, status, "
                 "CAST($1 AS varchar(256)), CAST($2 AS timestamp) FROM expetl_stage_files", S) ||
            stmt(w, NULL, err, 0, NULL, "DELETE FROM %s.quarantine USING expetl_stage_files s "
                 "WHERE quarantine.sha256 = s.sha256", S) ||
            stmt(w, NULL, err, 0, NULL, "DROP TABLE expetl_stage_files"))
            goto fail;
    }
    for (size_t at = 0; at < b->nquarantine; at += 100) {
        size_t m = b->nquarantine - at < 100 ? b->nquarantine - at : 100;
        const char **p = calloc(m * 8, sizeof *p);
        char(*lines)[24] = calloc(m, sizeof *lines);
        int r = !p || !lines;
        sql.len = 0;
        r = r || xbuf_printf(&sql, "INSERT INTO %s.quarantine (sha256, source, object_key, line, reason, detail, "
                                   "run_id, quarantined_at) VALUES ", S);
        for (size_t i = 0; i < m && !r; i++) {
            const wh_quarantine *q = &b->quarantine[at + i];
            snprintf(lines[i], sizeof lines[i], "%ld", q->line);
            const char *v[8] = {q->sha256, q->source, q->object_key, q->line > 0 ? lines[i] : NULL,
                                q->reason, q->detail, meta[0], meta[1]};
            memcpy(p + i * 8, v, sizeof v);
            size_t k = i * 8;
            r = xbuf_printf(&sql, "%s($%zu, $%zu, $%zu, CAST($%zu AS int), $%zu, $%zu, $%zu, CAST($%zu AS timestamp))",
                            i ? ", " : "", k + 1, k + 2, k + 3, k + 4, k + 5, k + 6, k + 7, k + 8);
        }
        if (r) {
            free(p);
            free(lines);
            NOMEM(err);
            goto fail;
        }
        r = exec(w, sql.p, (int)(m * 8), p, NULL, err);
        free(p);
        free(lines);
        if (r)
            goto fail;
        res->quarantined += (long)m;
    }
    if (exec(w, "COMMIT", 0, NULL, NULL, err))
        goto fail;
    xbuf_free(&sql);
    return 0;
fail:
    xbuf_free(&sql);
    if (!w->dry && PQstatus(w->c) == CONNECTION_OK)
        PQclear(PQexec(w->c, "ROLLBACK"));
    return -1;
}

int wh_load(wh *w, const wh_batch *b, wh_result *res, xerr *err)
{
    char now[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(now, sizeof now, "%Y-%m-%d %H:%M:%S", &tm);
    if (ensure_conn(w, err) != 0)
        return -1;
    for (int attempt = 1;; attempt++) {
        int r = load_once(w, b, now, res, err);
        res->attempts = attempt;
        if (r == 0)
            return 0;
        if (!is_serialization(err) || attempt >= 4)
            return -1;
        /* the whole transaction again, after a growing pause */
        g_usleep((gulong)(100000L << attempt) + (gulong)g_random_int_range(0, 100000));
    }
}

long wh_mark_failed(wh *w, const char *run_id, xerr *err)
{
    PGresult *res;
    const char *p[1] = {run_id};
    char sql[256];
    if (ensure_conn(w, err) != 0)
        return -1;
    snprintf(sql, sizeof sql,
             "UPDATE %s.ingested_files SET status = 'failed' WHERE run_id = $1 "
             "AND status NOT IN ('loaded', 'quarantined')", w->schema);
    if (exec(w, sql, 1, p, &res, err) != 0)
        return -1;
    long n = affected(res);
    PQclear(res);
    return n;
}

int wh_query(wh *w, const char *sql, const char *const *params, int nparams, wh_rows *out, xerr *err)
{
    PGresult *res;
    memset(out, 0, sizeof *out);
    if (w->dry) {
        xerr_set(err, XE_ARG, "a dry-run warehouse cannot answer queries");
        return -1;
    }
    if (ensure_conn(w, err) != 0 || exec(w, sql, nparams, params, &res, err) != 0)
        return -1;
    int nc = PQnfields(res);
    size_t nr = (size_t)PQntuples(res);
    out->ncols = nc;
    out->nrows = nr;
    out->names = calloc((size_t)nc + 1, sizeof *out->names);
    out->cells = calloc(nr * (size_t)nc + 1, sizeof *out->cells);
    if (!out->names || !out->cells)
        goto nomem;
    for (int c = 0; c < nc; c++)
        if (!(out->names[c] = strdup(PQfname(res, c))))
            goto nomem;
    for (size_t r = 0; r < nr; r++)
        for (int c = 0; c < nc; c++)
            if (!PQgetisnull(res, (int)r, c) &&
                !(out->cells[r * (size_t)nc + (size_t)c] = strdup(PQgetvalue(res, (int)r, c))))
                goto nomem;
    PQclear(res);
    return 0;
nomem:
    PQclear(res);
    wh_rows_free(out);
    return NOMEM(err);
}

void wh_rows_free(wh_rows *r)
{
    if (r->names)
        for (int c = 0; c < r->ncols; c++)
            free(r->names[c]);
    if (r->cells)
        for (size_t i = 0; i < r->nrows * (size_t)r->ncols; i++)
            free(r->cells[i]);
    free(r->names);
    free(r->cells);
    memset(r, 0, sizeof *r);
}
