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
    {"vat", "varchar(8192)"},       {"taxes", "varchar(8192)"},      {"prices_include_vat", "boolean"},
    {"cae", "char(14)"},            {"qr", "varchar(1024)"},         {"fiscal_key", "varchar(64)"},
    {"brand", "varchar(128)"},      {"mp_tender", "numeric(18,2)"},
    {"kind", "varchar(8)"},         {"line", "int"},
    {"department", "varchar(256)"}, {"description", "varchar(1024)"}, {"ean", "varchar(14)"},
    {"quantity", "numeric(18,4)"},  {"unit", "varchar(4)"},          {"unit_price", "numeric(18,4)"},
    {"vat_rate", "numeric(7,3)"},   {"amount", "numeric(18,2)"},     {"category", "varchar(32)"},
};
const wh_col PROC_MP_COLS[] = {
    {"row_key", "char(64)"},           {"report_sha256", "char(64)"},      {"object_key", "varchar(1024)"},
    {"report_type", "varchar(16)"},    {"line", "int"},                    {"source_id", "varchar(64)"},
    {"occurred_at", "timestamptz"},    {"local_time", "timestamp"},        {"record_type", "varchar(64)"},
    {"transaction_type", "varchar(64)"}, {"description", "varchar(1024)"}, {"payment_method_type", "varchar(64)"},
    {"payment_method", "varchar(64)"}, {"gross_amount", "numeric(18,2)"},  {"fee_amount", "numeric(18,2)"},
    {"net_amount", "numeric(18,2)"},   {"currency", "varchar(8)"},         {"store_name", "varchar(256)"},
    {"external_reference", "varchar(256)"}, {"extra", "varchar(65535)"},
    {"ar_time", "timestamp"},          {"class", "varchar(16)"},           {"class_rule", "varchar(256)"},
    {"brand", "varchar(128)"},         {"category", "varchar(32)"},
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

enum { LW_MAXCOLS = 64 };

/* One CSV line of a processed file, each value checked against its column
 * as it is written.  line: the report line for errors (0 for receipts). */
typedef struct {
    xbuf *b;
    const wh_col *cols;
    int ncols, col;
    long line;
    bool report; /* Mercado Pago: a long value is the "cell" limit with its line */
    xerr *err;
    colrule rules[LW_MAXCOLS]; /* each column's, read from its type once per file, not per value */
} lw;

_Static_assert(sizeof PROC_RECEIPT_COLS / sizeof *PROC_RECEIPT_COLS <= LW_MAXCOLS &&
                   sizeof PROC_MP_COLS / sizeof *PROC_MP_COLS <= LW_MAXCOLS,
               "a processed file's columns fit the writer's rules");

static void lw_init(lw *w, xbuf *b, const wh_col *cols, int ncols, bool report, xerr *err)
{
    *w = (lw){.b = b, .cols = cols, .ncols = ncols, .report = report, .err = err};
    for (int i = 0; i < ncols && i < LW_MAXCOLS; i++)
        w->rules[i] = rule_of(cols[i].type);
}

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
    const colrule r = w->rules[w->col];
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

/* payments / vat / taxes as a JSON array of {"<k1>": <first>, "amount": "<second>"} */
enum { PAIRS_PAYMENTS, PAIRS_VAT, PAIRS_TAXES };

static int json_pairs(xbuf *j, const receipt *rc, int which)
{
    char t[40];
    size_t n = which == PAIRS_VAT ? rc->nvat : which == PAIRS_TAXES ? rc->ntaxes : rc->npayments;
    CHK(xbuf_putc(j, '['));
    for (size_t i = 0; i < n; i++) {
        xdec amount;
        if (which == PAIRS_VAT) {
            CHK(xbuf_printf(j, "%s{\"rate\":", i ? "," : ""));
            if (rc->vat[i].rate.set) {
                xd_format(rc->vat[i].rate, t, sizeof t);
                CHK(xbuf_printf(j, "\"%s\"", t));
            } else
                CHK(xbuf_printf(j, "null"));
            amount = rc->vat[i].amount;
        } else {
            CHK(xbuf_printf(j, "%s{\"%s\":", i ? "," : "", which == PAIRS_TAXES ? "description" : "method"));
            CHK(json_put_string(j, which == PAIRS_TAXES ? rc->taxes[i].description : rc->payments[i].method));
            amount = which == PAIRS_TAXES ? rc->taxes[i].amount : rc->payments[i].amount;
        }
        xd_format(amount, t, sizeof t);
        CHK(xbuf_printf(j, ",\"amount\":\"%s\"}", t));
    }
    CHK(xbuf_putc(j, ']'));
    return xbuf_cstr(j);
}

static int json_qr(xbuf *j, const rc_qr *q)
{
    char t[40];
    if (!q->present)
        return 0; /* NULL */
    CHK(xbuf_printf(j, "{\"doc_code\":"));
    CHK(q->doc_code >= 0 ? xbuf_printf(j, "%d", q->doc_code) : xbuf_printf(j, "null"));
    CHK(xbuf_printf(j, ",\"cuit\":"));
    CHK(json_put_string(j, q->cuit[0] ? q->cuit : NULL));
    CHK(xbuf_printf(j, ",\"pos\":"));
    CHK(q->pos >= 0 ? xbuf_printf(j, "%lld", (long long)q->pos) : xbuf_printf(j, "null"));
    CHK(xbuf_printf(j, ",\"number\":"));
    CHK(q->number >= 0 ? xbuf_printf(j, "%lld", (long long)q->number) : xbuf_printf(j, "null"));
    CHK(xbuf_printf(j, ",\"date\":"));
    CHK(json_put_string(j, q->date[0] ? q->date : NULL));
    CHK(xbuf_printf(j, ",\"total\":"));
    if (q->total.set) {
        xd_format(q->total, t, sizeof t);
        CHK(xbuf_printf(j, "\"%s\"", t));
    } else
        CHK(xbuf_printf(j, "null"));
    CHK(xbuf_printf(j, ",\"currency\":"));
    CHK(json_put_string(j, q->currency[0] ? q->currency : NULL));
    CHK(xbuf_printf(j, ",\"cae\":"));
    CHK(json_put_string(j, q->cae[0] ? q->cae : NULL));
    return xbuf_putc(j, '}');
}

int proc_fiscal_key(const receipt *rc, char *out, size_t cap)
{
    /* CUIT-doc_type-PPPPP-NNNNNNNN: the same fiscal document whatever its bytes */
    out[0] = '\0';
    if (!rc->merchant_cuit[0] || !rc->doc_type || rc->pos < 0 || rc->number < 0)
        return 0;
    return snprintf(out, cap, "%s-%s-%05lld-%08lld", rc->merchant_cuit, rc->doc_type, (long long)rc->pos,
                    (long long)rc->number) < (int)cap;
}

/* A tender paid with Mercado Pago: its method names MERCADO PAGO, or ends
 * in the word MP ("DINERO EN CUENTA MP"); cards and cash never do. */
static bool mp_tender_method(const char *m)
{
    char f[256];
    size_t n = m ? xn_fold(m, strlen(m), f, sizeof f) : 0;
    if (!n)
        return false;
    if (strstr(f, "MERCADO PAGO") || strstr(f, "MERCADOPAGO"))
        return true;
    return n >= 2 && !strcmp(f + n - 2, "MP") && (n == 2 || f[n - 3] == ' ');
}

xdec proc_mp_tender(const receipt *rc)
{
    xdec sum = {0, 2, false};
    for (size_t i = 0; i < rc->npayments; i++)
        if (mp_tender_method(rc->payments[i].method)) {
            sum.set = true;
            sum = xd_add(sum, rc->payments[i].amount);
        }
    return sum;
}

typedef struct {
    const char *sha, *source, *key, *warnings, *payments, *vat, *taxes, *qr, *fiscal, *brand;
    xdec mp_tender;
} head_cells;

/* The receipt-level columns, the same on each of its lines: written (and
 * checked) once into head, copied onto every line. */
static int receipt_head(lw *w, const receipt *rc, const head_cells *h)
{
    if (put_s(w, h->sha) || put_s(w, h->source) || put_s(w, h->key) || put_s(w, rc->doc_type) ||
        put_s(w, rc->merchant_name) || put_s(w, rc->merchant_cuit[0] ? rc->merchant_cuit : NULL) ||
        put_i(w, rc->pos, rc->pos < 0) || put_i(w, rc->number, rc->number < 0) ||
        put_s(w, rc->issued_at[0] ? rc->issued_at : NULL) || put_s(w, rc->currency) || put_d(w, rc->subtotal) ||
        put_d(w, rc->discount_total) || put_d(w, rc->total) || put_s(w, h->warnings[0] ? h->warnings : NULL) ||
        put_s(w, h->payments) || put_s(w, h->vat) || put_s(w, h->taxes) ||
        put_s(w, rc->prices_include_vat ? "true" : "false") || put_s(w, rc->cae[0] ? rc->cae : NULL) ||
        put_s(w, h->qr) || put_s(w, h->fiscal[0] ? h->fiscal : NULL) ||
        put_s(w, h->brand && h->brand[0] ? h->brand : NULL))
        return -1;
    return put_d(w, h->mp_tender);
}

/* One line of receipt_items: the receipt's head, then an item, a discount,
 * a tax, the VAT of net amounts, or the rounding the totals check allows. */
static int line(lw *w, const xbuf *head, int head_cols, const char *kind, int64_t no, const rc_item *it,
                const char *description, xdec amount, const char *category)
{
    xdec none = {0, 2, false};
    w->col = head_cols;
    if (xbuf_put(w->b, head->p, head->len))
        return nomem(w);
    if (put_s(w, kind) || put_i(w, no, 0) || put_s(w, it ? it->department : NULL) ||
        put_s(w, it ? it->description : description) || put_s(w, it ? it->ean : NULL) ||
        put_d(w, it ? it->quantity : none) || put_s(w, it ? it->unit : NULL) || put_d(w, it ? it->unit_price : none) ||
        put_d(w, it ? it->vat_rate : none) || put_d(w, amount) || put_s(w, category))
        return -1;
    return end_line(w);
}

static const char *WARNING_NAMES[] = {"totals_mismatch", "cuit_invalid", "qr_mismatch"};

static const char *line_cat(const proc_knowledge *kn, const char *line_kind)
{
    return kn && kn->line_category ? kn->line_category(kn->ctx, line_kind) : NULL;
}

int proc_receipt_csv(const receipt *rc, const char *sha, const char *source, const char *key,
                     const proc_knowledge *kn, xbuf *out, xerr *err)
{
    xbuf pay = {0}, vat = {0}, taxes = {0}, qr = {0}, head = {0};
    char warnings[64] = "", fiscal[64], brand[128] = "";
    int rc_ = -1;
    lw w;
    lw_init(&w, &head, PROC_RECEIPT_COLS, PROC_RECEIPT_NCOLS, false, err);
    for (size_t i = 0; i < sizeof WARNING_NAMES / sizeof *WARNING_NAMES; i++)
        if (rc->warnings & (1u << i)) {
            if (warnings[0])
                strcat(warnings, ",");
            strcat(warnings, WARNING_NAMES[i]);
        }
    proc_fiscal_key(rc, fiscal, sizeof fiscal);
    if (kn && kn->brand_of)
        kn->brand_of(kn->ctx, rc->merchant_cuit[0] ? rc->merchant_cuit : NULL, rc->merchant_name, brand,
                     sizeof brand);
    if (json_pairs(&pay, rc, PAIRS_PAYMENTS) || json_pairs(&vat, rc, PAIRS_VAT) ||
        json_pairs(&taxes, rc, PAIRS_TAXES) || json_qr(&qr, &rc->qr) ||
        header(out, PROC_RECEIPT_COLS, PROC_RECEIPT_NCOLS)) {
        nomem(&w);
        goto done;
    }
    head_cells h = {sha, source, key, warnings, pay.p, vat.p, taxes.p, qr.p, fiscal, brand, proc_mp_tender(rc)};
    if (receipt_head(&w, rc, &h))
        goto done;
    const int head_cols = w.col;
    const size_t header_len = out->len;
    w.b = out;
    /* the lines add up to the total: items, discounts, taxes, the VAT of net
     * line amounts, and the rounding (at most 0.01) the totals check allows */
    xdec sum = {0, 2, true}, big = {0, 2, false};
    const char *big_cat = NULL;
    for (size_t i = 0; i < rc->nitems; i++) {
        const rc_item *it = &rc->items[i];
        const char *cat = kn && kn->item_category ? kn->item_category(kn->ctx, it->department, it->description)
                                                   : NULL;
        if (line(&w, &head, head_cols, "item", it->line, it, NULL, it->amount, cat))
            goto done;
        sum = xd_add(sum, it->amount);
        if (!big.set || xd_cmp(it->amount, big) > 0) {
            big = it->amount;
            big_cat = cat;
        }
    }
    for (size_t i = 0; i < rc->ndiscounts; i++) {
        if (line(&w, &head, head_cols, "discount", (int64_t)i + 1, NULL, rc->discounts[i].description,
                 rc->discounts[i].amount, line_cat(kn, "discount")))
            goto done;
        sum = xd_add(sum, rc->discounts[i].amount);
    }
    for (size_t i = 0; i < rc->ntaxes; i++) {
        if (line(&w, &head, head_cols, "tax", (int64_t)i + 1, NULL, rc->taxes[i].description, rc->taxes[i].amount,
                 line_cat(kn, "tax")))
            goto done;
        sum = xd_add(sum, rc->taxes[i].amount);
    }
    for (size_t i = 0; !rc->prices_include_vat && i < rc->nvat; i++) {
        /* VAT on net line amounts is part of what the goods cost: it goes
         * with the largest item's category */
        if (line(&w, &head, head_cols, "vat", (int64_t)i + 1, NULL, "IVA", rc->vat[i].amount, big_cat))
            goto done;
        sum = xd_add(sum, rc->vat[i].amount);
    }
    xdec diff = rc->total.set ? xd_rescale(xd_sub(rc->total, sum), 2) : (xdec){0, 2, true};
    if (diff.set && diff.v != 0 && diff.v >= -1 && diff.v <= 1 && rc->nitems &&
        line(&w, &head, head_cols, "rounding", 1, NULL, "Redondeo", diff, big_cat))
        goto done;
    if (out->len == header_len) { /* no line: the receipt's columns alone */
        w.col = head_cols;
        if (xbuf_put(out, head.p, head.len)) {
            nomem(&w);
            goto done;
        }
        for (int k = head_cols; k < PROC_RECEIPT_NCOLS; k++)
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
    xbuf_free(&taxes);
    xbuf_free(&qr);
    xbuf_free(&head);
    return rc_;
}

/* A report line's key: the hash of what it says (report type, source id,
 * date, record and transaction type, description, currency, store,
 * amounts).  Two identical lines share it, so they load once: a line
 * printed twice is one movement.  The same movement in a report with other
 * columns (no CURRENCY, no STORE_NAME: the user chooses them) is another
 * line, loaded beside it: the warehouse's mp_counted view counts one copy,
 * the one that says the most. */
static void row_key(const mp_report *rep, const mp_row *r, char out[65])
{
    char t[40];
    GChecksum *c = g_checksum_new(G_CHECKSUM_SHA256);
    const int ids[] = {MP_SOURCE_ID, MP_DATE,     MP_RECORD_TYPE, MP_TRANSACTION_TYPE,
                       MP_DESCRIPTION, MP_CURRENCY, MP_STORE_NAME};
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
    g_strlcpy(out, g_checksum_get_string(c), 65);
    g_checksum_free(c);
}

/* The instant of an MP date ("2025-09-21T23:20:15-04:00") in Argentina's
 * time (UTC-03:00, no daylight saving): what weeks are counted in. */
static void ar_time(const char *iso, char out[20])
{
    out[0] = '\0';
    if (!iso || strlen(iso) < 20)
        return;
    GDateTime *t = g_date_time_new_from_iso8601(iso, NULL);
    if (!t)
        return;
    GTimeZone *ar = g_time_zone_new_offset(-3 * 3600);
    GDateTime *l = ar ? g_date_time_to_timezone(t, ar) : NULL;
    gchar *f = l ? g_date_time_format(l, "%Y-%m-%dT%H:%M:%S") : NULL;
    if (f)
        g_strlcpy(out, f, 20);
    g_free(f);
    if (l)
        g_date_time_unref(l);
    if (ar)
        g_time_zone_unref(ar);
    g_date_time_unref(t);
}

static const char *extra_value(const mp_row *r, const char *name)
{
    for (int k = 0; k < r->nextra; k++)
        if (!strcmp(r->extra[k].name, name))
            return r->extra[k].value;
    return NULL;
}

int proc_mp_csv(const mp_report *rep, const char *report_sha, const char *key, const proc_knowledge *kn,
                xbuf *out, xerr *err)
{
    xbuf extra = {0};
    int rc = -1;
    lw w;
    lw_init(&w, out, PROC_MP_COLS, PROC_MP_NCOLS, true, err);
    if (header(out, PROC_MP_COLS, PROC_MP_NCOLS)) {
        nomem(&w);
        goto done;
    }
    for (size_t i = 0; i < rep->n; i++) {
        const mp_row *r = &rep->rows[i];
        char rk[65], local[20] = "", ar[20], rule[256] = "", brand[128] = "";
        const char *cls = NULL, *cat = NULL;
        row_key(rep, r, rk);
        if (r->s[MP_DATE] && strlen(r->s[MP_DATE]) >= 19)
            g_strlcpy(local, r->s[MP_DATE], sizeof local);
        ar_time(r->s[MP_DATE], ar);
        if (kn) {
            const char *tags = extra_value(r, "OPERATION_TAGS");
            bool marketplace = tags && strstr(tags, "MARKETPLACE");
            if (kn->classify)
                cls = kn->classify(kn->ctx, rep, r, rule, sizeof rule);
            if (kn->store_brand)
                kn->store_brand(kn->ctx, cls, r->s[MP_STORE_NAME], marketplace, brand, sizeof brand);
            if (kn->store_category)
                cat = kn->store_category(kn->ctx, cls, r->s[MP_STORE_NAME], marketplace);
        }
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
            put_s(&w, ar[0] ? ar : (local[0] ? local : NULL)) || put_s(&w, cls) || put_s(&w, rule[0] ? rule : NULL) ||
            put_s(&w, brand[0] ? brand : NULL) || put_s(&w, cat) || end_line(&w))
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
    return rc;
}
