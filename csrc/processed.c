#include "processed.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

/* One line per column: the CSV header and the warehouse's staging tables
 * (warehouse.c) both come from here, typed like the targets so COPY
 * rejects a bad value instead of loading it. */
const wh_col PROC_RECEIPT_COLS[] = {
    {"sha256", "char(64)"},         {"source", "varchar(64)"},       {"object_key", "varchar(1024)"},
    {"doc_type", "varchar(16)"},    {"merchant_name", "varchar(512)"}, {"merchant_cuit", "char(11)"},
    {"pos", "bigint"},              {"number", "bigint"},            {"issued_at", "timestamp"},
    {"currency", "char(3)"},        {"subtotal", "numeric(18,2)"},   {"discount_total", "numeric(18,2)"},
    {"total", "numeric(18,2)"},     {"warnings", "varchar(256)"},    {"payments", "varchar(8192)"},
    {"vat", "varchar(8192)"},       {"kind", "varchar(8)"},          {"line", "int"},
    {"department", "varchar(256)"}, {"description", "varchar(1024)"}, {"ean", "varchar(14)"},
    {"quantity", "numeric(18,4)"},  {"unit", "varchar(4)"},          {"unit_price", "numeric(18,4)"},
    {"vat_rate", "numeric(7,3)"},   {"amount", "numeric(18,2)"},
};
const wh_col PROC_MP_COLS[] = {
    {"row_key", "char(64)"},           {"report_sha256", "char(64)"},      {"object_key", "varchar(1024)"},
    {"report_type", "varchar(16)"},    {"line", "int"},                    {"source_id", "varchar(64)"},
    {"occurred_at", "timestamptz"},    {"local_time", "timestamp"},        {"record_type", "varchar(64)"},
    {"transaction_type", "varchar(64)"}, {"description", "varchar(1024)"}, {"payment_method_type", "varchar(64)"},
    {"payment_method", "varchar(64)"}, {"gross_amount", "numeric(18,2)"},  {"fee_amount", "numeric(18,2)"},
    {"net_amount", "numeric(18,2)"},   {"currency", "varchar(8)"},         {"store_name", "varchar(256)"},
    {"external_reference", "varchar(256)"}, {"extra", "varchar(65535)"},
};
const int PROC_RECEIPT_NCOLS = (int)(sizeof PROC_RECEIPT_COLS / sizeof *PROC_RECEIPT_COLS);
const int PROC_MP_NCOLS = (int)(sizeof PROC_MP_COLS / sizeof *PROC_MP_COLS);

#define CHK(x)             \
    do {                   \
        if ((x) != 0)      \
            return -1;     \
    } while (0)

/* What a column accepts, read from its SQL type: a value the writer lets
 * through always COPYs (one bad value would fail the whole batch, and the
 * next run would meet it again).  Lengths are bytes: Redshift's varchar(n)
 * counts bytes, PostgreSQL's characters, so bytes are safe for both. */
typedef struct {
    enum { C_TEXT, C_NUM, C_INT, C_BIGINT, C_TS, C_TSTZ } kind;
    size_t max;    /* C_TEXT: bytes */
    int intdigits; /* C_NUM: digits allowed before the point */
} colrule;

static colrule rule_of(const char *type)
{
    colrule r = {C_TEXT, 65535, 0};
    const char *paren = strchr(type, '(');
    if (!strncmp(type, "numeric", 7) && paren) {
        int p = 0, sc = 0;
        if (sscanf(paren, "(%d,%d)", &p, &sc) == 2)
            r.kind = C_NUM, r.intdigits = p - sc;
    } else if (!strcmp(type, "int")) {
        r.kind = C_INT;
    } else if (!strcmp(type, "bigint")) {
        r.kind = C_BIGINT;
    } else if (!strcmp(type, "timestamp")) {
        r.kind = C_TS;
    } else if (!strcmp(type, "timestamptz")) {
        r.kind = C_TSTZ;
    } else if (paren) {
        r.max = (size_t)strtoul(paren + 1, NULL, 10);
    }
    return r;
}

/* One CSV line of a processed file, each value checked against its column
 * as it is written.  line: the report line for errors (0 for receipts). */
typedef struct {
    xbuf *b;
    const wh_col *cols;
    int ncols, col;
    long line;
    bool report; /* Mercado Pago: a long value is the "cell" limit with its line */
    xerr *err;
} lw;

static bool digit(char c) { return c >= '0' && c <= '9'; }

static int num2(const char *s) { return (s[0] - '0') * 10 + (s[1] - '0'); }

/* YYYY-MM-DD[THH:MM:SS[Z|±HH:MM]]: a real date and time PostgreSQL and
 * Redshift both read (years 1900-2200 as the parsers read them). */
static bool valid_timestamp(const char *s, bool tz)
{
    size_t n = strlen(s);
    if (n < 10 || s[4] != '-' || s[7] != '-')
        return false;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !digit(s[i]))
            return false;
    int y = num2(s) * 100 + num2(s + 2), m = num2(s + 5), d = num2(s + 8);
    if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 ||
        d > (int)g_date_get_days_in_month((GDateMonth)m, (GDateYear)y))
        return false;
    if (n == 10)
        return true;
    if (n < 19 || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        return false;
    for (int i = 11; i < 19; i++)
        if (i != 13 && i != 16 && !digit(s[i]))
            return false;
    if (num2(s + 11) > 23 || num2(s + 14) > 59 || num2(s + 17) > 59)
        return false;
    const char *z = s + 19;
    if (!*z)
        return true;
    if (!tz)
        return false;
    if (!strcmp(z, "Z"))
        return true;
    return strlen(z) == 6 && (z[0] == '+' || z[0] == '-') && digit(z[1]) && digit(z[2]) && z[3] == ':' &&
           digit(z[4]) && digit(z[5]) && num2(z + 1) <= 14 && num2(z + 4) <= 59;
}

static int refuse(lw *w, const wh_col *c, const char *why)
{
    if (w->report) {
        xerr_set(w->err, XE_REPORT, "%s: %s", c->name, why);
        w->err->line = w->line;
    } else {
        xerr_set(w->err, XE_DAMAGED, "%s: %s", c->name, why);
    }
    return -1;
}

static int check(lw *w, const char *s)
{
    if (w->col >= w->ncols) {
        xerr_set(w->err, XE_INTERNAL, "more values than columns");
        return -1;
    }
    const wh_col *c = &w->cols[w->col];
    colrule r = rule_of(c->type);
    size_t n = strlen(s);
    switch (r.kind) {
    case C_TEXT:
        if (!g_utf8_validate(s, (gssize)n, NULL))
            return refuse(w, c, "text that is not UTF-8");
        if (n > r.max) {
            if (w->report) {
                xerr_limit(w->err, XLIM_NAME_CELL, "%s: a value of %zu bytes, over the column's %zu", c->name, n,
                           r.max);
                w->err->line = w->line;
            } else {
                xerr_limit(w->err, c->name, "%s of %zu bytes is over the column's %zu", c->name, n, r.max);
            }
            return -1;
        }
        return 0;
    case C_NUM: {
        const char *p = s + (*s == '-');
        int k = 0;
        while (digit(p[k]))
            k++;
        /* strictly fewer digits than allowed: rounding the scale cannot carry over */
        if (k >= r.intdigits) {
            xerr_limit(w->err, c->name, "%s %.40s is over the column's %d integer digits", c->name, s,
                       r.intdigits - 1);
            if (w->report)
                w->err->line = w->line;
            return -1;
        }
        return 0;
    }
    case C_INT:
        return n <= 10 && strtoll(s, NULL, 10) <= INT32_MAX && strtoll(s, NULL, 10) >= INT32_MIN
                   ? 0 : refuse(w, c, "a number over the int range");
    case C_BIGINT:
        return 0; /* formatted from an int64 */
    case C_TS:
    case C_TSTZ:
        return valid_timestamp(s, r.kind == C_TSTZ) ? 0 : refuse(w, c, "not a valid date and time");
    }
    return 0;
}

/* A CSV field: NULL → empty; quoted when empty or when it holds a
 * separator, quote, line break or edge space. */
static int field(xbuf *b, const char *s, int first)
{
    if (!first)
        CHK(xbuf_putc(b, ','));
    if (!s)
        return 0;
    size_t n = strlen(s);
    if (n && !strpbrk(s, ",\"\r\n") && s[0] != ' ' && s[n - 1] != ' ')
        return xbuf_put(b, s, n);
    CHK(xbuf_putc(b, '"'));
    for (const char *p = s; *p; p++) {
        if (*p == '"')
            CHK(xbuf_putc(b, '"'));
        CHK(xbuf_putc(b, *p));
    }
    return xbuf_putc(b, '"');
}

static int nomem(lw *w)
{
    xerr_set(w->err, XE_NOMEM, "out of memory");
    return -1;
}

/* The next column's value (NULL: SQL null), checked then written. */
static int put_s(lw *w, const char *s)
{
    if (s && check(w, s) != 0)
        return -1;
    if (field(w->b, s, w->col == 0) != 0)
        return nomem(w);
    w->col++;
    return 0;
}

static int put_d(lw *w, xdec d)
{
    char t[40];
    if (!d.set)
        return put_s(w, NULL);
    xd_format(d, t, sizeof t);
    return put_s(w, t);
}

static int put_i(lw *w, int64_t v, int null)
{
    char t[24];
    if (null)
        return put_s(w, NULL);
    snprintf(t, sizeof t, "%lld", (long long)v);
    return put_s(w, t);
}

static int end_line(lw *w)
{
    if (w->col != w->ncols) {
        xerr_set(w->err, XE_INTERNAL, "%d values for %d columns", w->col, w->ncols);
        return -1;
    }
    w->col = 0;
    return xbuf_putc(w->b, '\n') ? nomem(w) : 0;
}

static int header(xbuf *b, const wh_col *cols, int n)
{
    for (int i = 0; i < n; i++)
        CHK(field(b, cols[i].name, i == 0));
    return xbuf_putc(b, '\n');
}

/* payments / vat as a JSON array of {"<k1>": <first>, "amount": "<second>"} */
static int json_pairs(xbuf *j, const receipt *rc, int vat)
{
    char t[40];
    size_t n = vat ? rc->nvat : rc->npayments;
    CHK(xbuf_putc(j, '['));
    for (size_t i = 0; i < n; i++) {
        CHK(xbuf_printf(j, "%s{\"%s\":", i ? "," : "", vat ? "rate" : "method"));
        if (vat) {
            xd_format(rc->vat[i].rate, t, sizeof t);
            CHK(xbuf_printf(j, "\"%s\"", t));
        } else
            CHK(json_put_string(j, rc->payments[i].method));
        xd_format(vat ? rc->vat[i].amount : rc->payments[i].amount, t, sizeof t);
        CHK(xbuf_printf(j, ",\"amount\":\"%s\"}", t));
    }
    CHK(xbuf_putc(j, ']'));
    return xbuf_cstr(j);
}

/* The receipt-level columns, the same on each of its lines: written (and
 * checked) once into head, copied onto every line. */
static int receipt_head(lw *w, const receipt *rc, const char *sha, const char *source, const char *key,
                        const char *warnings, const char *payments, const char *vat)
{
    if (put_s(w, sha) || put_s(w, source) || put_s(w, key) || put_s(w, rc->doc_type) ||
        put_s(w, rc->merchant_name) || put_s(w, rc->merchant_cuit[0] ? rc->merchant_cuit : NULL) ||
        put_i(w, rc->pos, rc->pos < 0) || put_i(w, rc->number, rc->number < 0) ||
        put_s(w, rc->issued_at[0] ? rc->issued_at : NULL) || put_s(w, rc->currency) || put_d(w, rc->subtotal) ||
        put_d(w, rc->discount_total) || put_d(w, rc->total) || put_s(w, warnings[0] ? warnings : NULL) ||
        put_s(w, payments))
        return -1;
    return put_s(w, vat);
}

int proc_receipt_csv(const receipt *rc, const char *sha, const char *source, const char *key, xbuf *out,
                     xerr *err)
{
    xbuf pay = {0}, vat = {0}, head = {0};
    char warnings[64] = "";
    int rc_ = -1;
    lw w = {&head, PROC_RECEIPT_COLS, PROC_RECEIPT_NCOLS, 0, 0, false, err};
    if (rc->warnings & RW_TOTALS_MISMATCH)
        strcat(warnings, "totals_mismatch");
    if (rc->warnings & RW_CUIT_INVALID)
        strcat(warnings, warnings[0] ? ",cuit_invalid" : "cuit_invalid");
    if (json_pairs(&pay, rc, 0) || json_pairs(&vat, rc, 1) || header(out, PROC_RECEIPT_COLS, PROC_RECEIPT_NCOLS)) {
        nomem(&w);
        goto done;
    }
    if (receipt_head(&w, rc, sha, source, key, warnings, pay.p, vat.p) || xbuf_cstr(&head))
        goto done;
    const int head_cols = w.col;
    w.b = out;
    for (size_t i = 0; i < rc->nitems; i++) {
        const rc_item *it = &rc->items[i];
        w.col = head_cols;
        if (xbuf_put(out, head.p, head.len)) {
            nomem(&w);
            goto done;
        }
        if (put_s(&w, "item") || put_i(&w, it->line, 0) || put_s(&w, it->department) ||
            put_s(&w, it->description) || put_s(&w, it->ean) || put_d(&w, it->quantity) || put_s(&w, it->unit) ||
            put_d(&w, it->unit_price) || put_d(&w, it->vat_rate) || put_d(&w, it->amount) || end_line(&w))
            goto done;
    }
    for (size_t i = 0; i < rc->ndiscounts; i++) {
        const rc_discount *d = &rc->discounts[i];
        w.col = head_cols;
        if (xbuf_put(out, head.p, head.len)) {
            nomem(&w);
            goto done;
        }
        if (put_s(&w, "discount") || put_i(&w, (int64_t)i + 1, 0) || put_s(&w, NULL) ||
            put_s(&w, d->description) || put_s(&w, NULL) || put_s(&w, NULL) || put_s(&w, NULL) ||
            put_s(&w, NULL) || put_s(&w, NULL) || put_d(&w, d->amount) || end_line(&w))
            goto done;
    }
    if (!rc->nitems && !rc->ndiscounts) {
        w.col = head_cols;
        if (xbuf_put(out, head.p, head.len)) {
            nomem(&w);
            goto done;
        }
        for (int k = 0; k < 10; k++)
            if (put_s(&w, NULL))
                goto done;
        if (end_line(&w))
            goto done;
    }
    if (xbuf_cstr(out)) {
        nomem(&w);
        goto done;
    }
    rc_ = 0;
done:
    xbuf_free(&pay);
    xbuf_free(&vat);
    xbuf_free(&head);
    return rc_;
}

static void row_key(const mp_report *rep, const mp_row *r, GHashTable *seen, char out[65])
{
    char t[40];
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    const int ids[] = {MP_SOURCE_ID, MP_DATE, MP_RECORD_TYPE, MP_TRANSACTION_TYPE, MP_DESCRIPTION};
    g_checksum_update(c, (const guchar *)rep->report_type, -1);
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++) {
        const char *v = r->s[ids[i]];
        /* \x1f separates fields, \x1e marks a null */
        g_checksum_update(c, (const guchar *)"\x1f", 1);
        g_checksum_update(c, (const guchar *)(v ? v : "\x1e"), -1);
    }
    xdec am[3] = {r->gross, r->fee, r->net};
    for (int i = 0; i < 3; i++) {
        if (am[i].set)
            xd_format(am[i], t, sizeof t);
        else
            strcpy(t, "\x1e");
        g_checksum_update(c, (const guchar *)"\x1f", 1);
        g_checksum_update(c, (const guchar *)t, -1);
    }
    char *base = g_strdup(g_checksum_get_string(c));
    /* the n-th identical movement in one report gets n in its key */
    guint n = GPOINTER_TO_UINT(g_hash_table_lookup(seen, base));
    g_hash_table_replace(seen, g_strdup(base), GUINT_TO_POINTER(n + 1));
    if (n) {
        snprintf(t, sizeof t, "\x1f#%u", n);
        g_checksum_update(c, (const guchar *)t, -1);
    }
    g_strlcpy(out, g_checksum_get_string(c), 65);
    g_checksum_free(c);
    g_free(base);
}

int proc_mp_csv(const mp_report *rep, const char *report_sha, const char *key, xbuf *out, xerr *err)
{
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    xbuf extra = {0};
    int rc = -1;
    lw w = {out, PROC_MP_COLS, PROC_MP_NCOLS, 0, 0, true, err};
    if (header(out, PROC_MP_COLS, PROC_MP_NCOLS)) {
        nomem(&w);
        goto done;
    }
    for (size_t i = 0; i < rep->n; i++) {
        const mp_row *r = &rep->rows[i];
        char rk[65], local[20] = "";
        row_key(rep, r, seen, rk);
        if (r->s[MP_DATE] && strlen(r->s[MP_DATE]) >= 19)
            g_strlcpy(local, r->s[MP_DATE], sizeof local);
        extra.len = 0;
        if (xbuf_putc(&extra, '{'))
            goto oom;
        for (int k = 0; k < r->nextra; k++)
            if ((k && xbuf_putc(&extra, ',')) || json_put_string(&extra, r->extra[k].name) ||
                xbuf_putc(&extra, ':') || json_put_string(&extra, r->extra[k].value))
                goto oom;
        if (xbuf_putc(&extra, '}') || xbuf_cstr(&extra))
            goto oom;
        w.line = r->line;
        if (put_s(&w, rk) || put_s(&w, report_sha) || put_s(&w, key) || put_s(&w, rep->report_type) ||
            put_i(&w, r->line, 0) || put_s(&w, r->s[MP_SOURCE_ID]) || put_s(&w, r->s[MP_DATE]) ||
            put_s(&w, local[0] ? local : NULL) || put_s(&w, r->s[MP_RECORD_TYPE]) ||
            put_s(&w, r->s[MP_TRANSACTION_TYPE]) || put_s(&w, r->s[MP_DESCRIPTION]) ||
            put_s(&w, r->s[MP_PAYMENT_METHOD_TYPE]) || put_s(&w, r->s[MP_PAYMENT_METHOD]) || put_d(&w, r->gross) ||
            put_d(&w, r->fee) || put_d(&w, r->net) || put_s(&w, r->s[MP_CURRENCY]) ||
            put_s(&w, r->s[MP_STORE_NAME]) || put_s(&w, r->s[MP_EXTERNAL_REFERENCE]) || put_s(&w, extra.p) ||
            end_line(&w))
            goto done;
    }
    if (xbuf_cstr(out))
        goto oom;
    rc = 0;
    goto done;
oom:
    nomem(&w);
done:
    xbuf_free(&extra);
    g_hash_table_destroy(seen);
    return rc;
}
