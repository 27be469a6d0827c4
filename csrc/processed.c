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

/* The receipt-level columns, shared by each of its lines. */
static int receipt_head(xbuf *b, const receipt *rc, const char *sha, const char *source, const char *key,
                        const char *warnings, const char *payments, const char *vat)
{
    CHK(field(b, sha, 1));
    CHK(field(b, source, 0));
    CHK(field(b, key, 0));
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
    CHK(field(b, warnings[0] ? warnings : NULL, 0));
    CHK(field(b, payments, 0));
    return field(b, vat, 0);
}

int proc_receipt_csv(const receipt *rc, const char *sha, const char *source, const char *key, xbuf *out)
{
    xbuf pay = {0}, vat = {0};
    char warnings[64] = "";
    int rc_ = -1;
    if (rc->warnings & RW_TOTALS_MISMATCH)
        strcat(warnings, "totals_mismatch");
    if (rc->warnings & RW_CUIT_INVALID)
        strcat(warnings, warnings[0] ? ",cuit_invalid" : "cuit_invalid");
    if (json_pairs(&pay, rc, 0) || json_pairs(&vat, rc, 1))
        goto done;
    if (header(out, PROC_RECEIPT_COLS, PROC_RECEIPT_NCOLS))
        goto done;
    for (size_t i = 0; i < rc->nitems; i++) {
        const rc_item *it = &rc->items[i];
        if (receipt_head(out, rc, sha, source, key, warnings, pay.p, vat.p) || field(out, "item", 0) ||
            fint(out, it->line, 0) || field(out, it->department, 0) || field(out, it->description, 0) ||
            field(out, it->ean, 0) || fdec(out, it->quantity) || field(out, it->unit, 0) ||
            fdec(out, it->unit_price) || fdec(out, it->vat_rate) || fdec(out, it->amount) ||
            xbuf_putc(out, '\n'))
            goto done;
    }
    for (size_t i = 0; i < rc->ndiscounts; i++) {
        const rc_discount *d = &rc->discounts[i];
        if (receipt_head(out, rc, sha, source, key, warnings, pay.p, vat.p) || field(out, "discount", 0) ||
            fint(out, (int64_t)i + 1, 0) || field(out, NULL, 0) || field(out, d->description, 0) ||
            field(out, NULL, 0) || field(out, NULL, 0) || field(out, NULL, 0) || field(out, NULL, 0) ||
            field(out, NULL, 0) || fdec(out, d->amount) || xbuf_putc(out, '\n'))
            goto done;
    }
    if (!rc->nitems && !rc->ndiscounts) {
        if (receipt_head(out, rc, sha, source, key, warnings, pay.p, vat.p))
            goto done;
        for (int k = 0; k < 10; k++)
            if (field(out, NULL, 0))
                goto done;
        if (xbuf_putc(out, '\n'))
            goto done;
    }
    rc_ = xbuf_cstr(out);
done:
    xbuf_free(&pay);
    xbuf_free(&vat);
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

int proc_mp_csv(const mp_report *rep, const char *report_sha, const char *key, xbuf *out)
{
    GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    xbuf extra = {0};
    int rc = -1;
    if (header(out, PROC_MP_COLS, PROC_MP_NCOLS))
        goto done;
    for (size_t i = 0; i < rep->n; i++) {
        const mp_row *r = &rep->rows[i];
        char rk[65], local[20] = "";
        row_key(rep, r, seen, rk);
        if (r->s[MP_DATE] && strlen(r->s[MP_DATE]) >= 19)
            g_strlcpy(local, r->s[MP_DATE], sizeof local);
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
            field(out, r->s[MP_EXTERNAL_REFERENCE], 0) || field(out, extra.p, 0) || xbuf_putc(out, '\n'))
            goto done;
    }
    rc = xbuf_cstr(out);
done:
    xbuf_free(&extra);
    g_hash_table_destroy(seen);
    return rc;
}
