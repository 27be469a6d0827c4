#include "processed.h"

#include <stdio.h>
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

static int fdec(xbuf *b, xdec d)
{
    char t[40];
    if (!d.set)
        return field(b, NULL, 0);
    xd_format(d, t, sizeof t);
    return field(b, t, 0);
}

static int fint(xbuf *b, int64_t v, int null)
{
    char t[24];
    if (null)
        return field(b, NULL, 0);
    snprintf(t, sizeof t, "%lld", (long long)v);
    return field(b, t, 0);
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

/* The receipt-level columns, shared by each of its lines. */
static int receipt_head(xbuf *b, const receipt *rc, const head_cells *h)
{
    CHK(field(b, h->sha, 1));
    CHK(field(b, h->source, 0));
    CHK(field(b, h->key, 0));
    CHK(field(b, rc->doc_type, 0));
    CHK(field(b, rc->merchant_name, 0));
    CHK(field(b, rc->merchant_cuit[0] ? rc->merchant_cuit : NULL, 0));
    CHK(fint(b, rc->pos, rc->pos < 0));
    CHK(fint(b, rc->number, rc->number < 0));
    CHK(field(b, rc->issued_at[0] ? rc->issued_at : NULL, 0));
    CHK(field(b, rc->currency, 0));
    CHK(fdec(b, rc->subtotal));
    CHK(fdec(b, rc->discount_total));
    CHK(fdec(b, rc->total));
    CHK(field(b, h->warnings[0] ? h->warnings : NULL, 0));
    CHK(field(b, h->payments, 0));
    CHK(field(b, h->vat, 0));
    CHK(field(b, h->taxes, 0));
    CHK(field(b, rc->prices_include_vat ? "true" : "false", 0));
    CHK(field(b, rc->cae[0] ? rc->cae : NULL, 0));
    CHK(field(b, h->qr, 0));
    CHK(field(b, h->fiscal[0] ? h->fiscal : NULL, 0));
    CHK(field(b, h->brand && h->brand[0] ? h->brand : NULL, 0));
    return fdec(b, h->mp_tender);
}

/* One line of receipt_items: an item, a discount, a tax, the VAT of net
 * amounts, or the rounding the totals check allows. */
static int line(xbuf *out, const receipt *rc, const head_cells *h, const char *kind, int64_t no,
                const rc_item *it, const char *description, xdec amount, const char *category)
{
    CHK(receipt_head(out, rc, h));
    CHK(field(out, kind, 0));
    CHK(fint(out, no, 0));
    CHK(field(out, it ? it->department : NULL, 0));
    CHK(field(out, it ? it->description : description, 0));
    CHK(field(out, it ? it->ean : NULL, 0));
    CHK(it ? fdec(out, it->quantity) : field(out, NULL, 0));
    CHK(field(out, it ? it->unit : NULL, 0));
    CHK(it ? fdec(out, it->unit_price) : field(out, NULL, 0));
    CHK(it ? fdec(out, it->vat_rate) : field(out, NULL, 0));
    CHK(fdec(out, amount));
    CHK(field(out, category, 0));
    return xbuf_putc(out, '\n');
}

static const char *WARNING_NAMES[] = {"totals_mismatch", "cuit_invalid", "qr_mismatch"};

int proc_receipt_csv(const receipt *rc, const char *sha, const char *source, const char *key,
                     const proc_knowledge *kn, xbuf *out)
{
    xbuf pay = {0}, vat = {0}, taxes = {0}, qr = {0};
    char warnings[64] = "", fiscal[64], brand[128] = "";
    int rc_ = -1;
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
        json_pairs(&taxes, rc, PAIRS_TAXES) || json_qr(&qr, &rc->qr))
        goto done;
    head_cells h = {sha, source, key, warnings, pay.p, vat.p, taxes.p, qr.p, fiscal, brand, proc_mp_tender(rc)};
    if (header(out, PROC_RECEIPT_COLS, PROC_RECEIPT_NCOLS))
        goto done;
    /* the lines add up to the total: items, discounts, taxes, the VAT of net
     * line amounts, and the rounding (at most 0.01) the totals check allows */
    xdec sum = {0, 2, true}, big = {0, 2, false};
    const char *big_cat = NULL;
    for (size_t i = 0; i < rc->nitems; i++) {
        const rc_item *it = &rc->items[i];
        const char *cat = kn && kn->item_category ? kn->item_category(kn->ctx, it->department, it->description)
                                                   : NULL;
        if (line(out, rc, &h, "item", it->line, it, NULL, it->amount, cat))
            goto done;
        sum = xd_add(sum, it->amount);
        if (!big.set || xd_cmp(it->amount, big) > 0) {
            big = it->amount;
            big_cat = cat;
        }
    }
    for (size_t i = 0; i < rc->ndiscounts; i++) {
        if (line(out, rc, &h, "discount", (int64_t)i + 1, NULL, rc->discounts[i].description,
                 rc->discounts[i].amount, kn ? "descuentos" : NULL))
            goto done;
        sum = xd_add(sum, rc->discounts[i].amount);
    }
    for (size_t i = 0; i < rc->ntaxes; i++) {
        if (line(out, rc, &h, "tax", (int64_t)i + 1, NULL, rc->taxes[i].description, rc->taxes[i].amount,
                 kn ? "impuestos" : NULL))
            goto done;
        sum = xd_add(sum, rc->taxes[i].amount);
    }
    for (size_t i = 0; !rc->prices_include_vat && i < rc->nvat; i++) {
        /* VAT on net line amounts is part of what the goods cost: it goes
         * with the largest item's category */
        if (line(out, rc, &h, "vat", (int64_t)i + 1, NULL, "IVA", rc->vat[i].amount, big_cat))
            goto done;
        sum = xd_add(sum, rc->vat[i].amount);
    }
    xdec diff = rc->total.set ? xd_rescale(xd_sub(rc->total, sum), 2) : (xdec){0, 2, true};
    if (diff.set && diff.v != 0 && diff.v >= -1 && diff.v <= 1 && rc->nitems &&
        line(out, rc, &h, "rounding", 1, NULL, "Redondeo", diff, big_cat))
        goto done;
    if (!rc->nitems && !rc->ndiscounts && !rc->ntaxes) {
        if (receipt_head(out, rc, &h))
            goto done;
        for (int k = 0; k < 11; k++)
            if (field(out, NULL, 0))
                goto done;
        if (xbuf_putc(out, '\n'))
            goto done;
    }
    rc_ = xbuf_cstr(out);
done:
    xbuf_free(&pay);
    xbuf_free(&vat);
    xbuf_free(&taxes);
    xbuf_free(&qr);
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
                xbuf *out)
{
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    xbuf extra = {0};
    int rc = -1;
    if (header(out, PROC_MP_COLS, PROC_MP_NCOLS))
        goto done;
    for (size_t i = 0; i < rep->n; i++) {
        const mp_row *r = &rep->rows[i];
        char rk[65], local[20] = "", ar[20], rule[256] = "", brand[128] = "";
        const char *cls = NULL, *cat = NULL;
        row_key(rep, r, seen, rk);
        if (r->s[MP_DATE] && strlen(r->s[MP_DATE]) >= 19)
            g_strlcpy(local, r->s[MP_DATE], sizeof local);
        ar_time(r->s[MP_DATE], ar);
        if (kn && kn->classify) {
            const char *tags = extra_value(r, "OPERATION_TAGS");
            bool marketplace = tags && strstr(tags, "MARKETPLACE");
            cls = kn->classify(kn->ctx, rep, r, rule, sizeof rule);
            if (kn->store_brand)
                kn->store_brand(kn->ctx, r->s[MP_STORE_NAME], marketplace, brand, sizeof brand);
            if (kn->store_category)
                cat = kn->store_category(kn->ctx, r->s[MP_STORE_NAME], marketplace);
        }
        extra.len = 0;
        if (xbuf_putc(&extra, '{'))
            goto done;
        for (int k = 0; k < r->nextra; k++)
            if ((k && xbuf_putc(&extra, ',')) || json_put_string(&extra, r->extra[k].name) ||
                xbuf_putc(&extra, ':') || json_put_string(&extra, r->extra[k].value))
                goto done;
        if (xbuf_putc(&extra, '}') || xbuf_cstr(&extra))
            goto done;
        if (field(out, rk, 1) || field(out, report_sha, 0) || field(out, key, 0) ||
            field(out, rep->report_type, 0) || fint(out, r->line, 0) || field(out, r->s[MP_SOURCE_ID], 0) ||
            field(out, r->s[MP_DATE], 0) || field(out, local[0] ? local : NULL, 0) ||
            field(out, r->s[MP_RECORD_TYPE], 0) || field(out, r->s[MP_TRANSACTION_TYPE], 0) ||
            field(out, r->s[MP_DESCRIPTION], 0) || field(out, r->s[MP_PAYMENT_METHOD_TYPE], 0) ||
            field(out, r->s[MP_PAYMENT_METHOD], 0) || fdec(out, r->gross) || fdec(out, r->fee) ||
            fdec(out, r->net) || field(out, r->s[MP_CURRENCY], 0) || field(out, r->s[MP_STORE_NAME], 0) ||
            field(out, r->s[MP_EXTERNAL_REFERENCE], 0) || field(out, extra.p, 0) ||
            field(out, ar[0] ? ar : (local[0] ? local : NULL), 0) || field(out, cls, 0) ||
            field(out, rule[0] ? rule : NULL, 0) || field(out, brand[0] ? brand : NULL, 0) ||
            field(out, cat, 0) || xbuf_putc(out, '\n'))
            goto done;
    }
    rc = xbuf_cstr(out);
done:
    xbuf_free(&extra);
    g_hash_table_destroy(seen);
    return rc;
}
