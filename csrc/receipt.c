#include "receipt.h"
#include "pdfrows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void rc_qr_init(rc_qr *q)
{
    memset(q, 0, sizeof *q);
    q->doc_code = -1;
    q->pos = q->number = -1;
}

void receipt_init(receipt *rc)
{
    memset(rc, 0, sizeof *rc);
    rows_init(&rc->rows);
    rc->pos = rc->number = -1;
    strcpy(rc->currency, "ARS");
    rc->prices_include_vat = true;
    rc_qr_init(&rc->qr);
}

void receipt_free(receipt *rc)
{
    free(rc->items);
    free(rc->discounts);
    free(rc->vat);
    free(rc->payments);
    free(rc->taxes);
    rows_free(&rc->rows);
    memset(rc, 0, sizeof *rc);
}

static void receipt_reset_fields(receipt *rc)
{
    rc->nitems = rc->ndiscounts = rc->nvat = rc->npayments = rc->ntaxes = 0;
    rc->doc_type = NULL;
    rc->merchant_name = NULL;
    rc->merchant_cuit[0] = '\0';
    rc->issued_at[0] = '\0';
    strcpy(rc->currency, "ARS");
    rc->pos = rc->number = -1;
    memset(&rc->subtotal, 0, sizeof(xdec));
    memset(&rc->discount_total, 0, sizeof(xdec));
    memset(&rc->total, 0, sizeof(xdec));
    rc->prices_include_vat = true;
    rc->cae[0] = '\0';
    rc_qr_init(&rc->qr);
    rc->warnings = 0;
}

char *rc_strdup(receipt *rc, const char *s, size_t n)
{
    char *p = xa_strndup(&rc->rows.arena, s, n);
    if (p)
        xn_collapse_ws(p, n);
    return p;
}

int rc_add_item(receipt *rc, rc_item it)
{
    if (rc->nitems >= XLIM_ITEMS)
        return -1;
    it.line = (int)rc->nitems + 1;
    return XVEC_PUSH(rc->items, rc->nitems, rc->capitems, it);
}

int rc_add_discount(receipt *rc, const char *desc, xdec amount)
{
    rc_discount d = {desc, amount};
    if (rc->ndiscounts >= XLIM_ITEMS)
        return -1;
    return XVEC_PUSH(rc->discounts, rc->ndiscounts, rc->capdiscounts, d);
}

int rc_add_payment(receipt *rc, const char *method, xdec amount)
{
    rc_payment p = {method, amount};
    if (rc->npayments >= XLIM_ITEMS)
        return -1;
    return XVEC_PUSH(rc->payments, rc->npayments, rc->cappayments, p);
}

int rc_add_vat(receipt *rc, xdec rate, xdec amount)
{
    rc_vat v = {rate, amount};
    if (rc->nvat >= 64)
        return -1;
    return XVEC_PUSH(rc->vat, rc->nvat, rc->capvat, v);
}

int rc_add_tax(receipt *rc, const char *desc, xdec amount)
{
    rc_tax t = {desc, amount};
    if (rc->ntaxes >= 64)
        return -1;
    return XVEC_PUSH(rc->taxes, rc->ntaxes, rc->captaxes, t);
}

bool w_money(const xw_word *w, xdec *out)
{
    if (!xn_is_money(w->raw, w->len))
        return false;
    return xn_money(w->raw, w->len, out) == 0;
}

bool w_int(const xw_word *w, int64_t *out)
{
    if (!xn_all_digits(w->raw, w->len) || w->len > 18)
        return false;
    *out = strtoll(w->raw, NULL, 10);
    return true;
}

int row_last_money(const xw_row *row, xdec *out)
{
    for (int i = row->nw - 1; i >= 0; i--) {
        if (w_money(&row->w[i], out))
            return i;
        if (row->w[i].raw[0] == '$' && row->w[i].len > 1 &&
            xn_money(row->w[i].raw, row->w[i].len, out) == 0 && out->scale >= 2)
            return i;
        /* only a currency sign or a rate may follow the amount */
        if (!(word_is(&row->w[i], "$") || xn_rate(row->w[i].raw, row->w[i].len, out) == 0))
            return -1;
    }
    return -1;
}

bool row_is_separator(const xw_row *row)
{
    for (size_t i = 0; i < row->tlen; i++) {
        char c = row->text[i];
        if (c != '-' && c != '=' && c != '_' && c != '*' && c != ' ')
            return false;
    }
    return row->tlen >= 3;
}

bool rc_take_cuit(receipt *rc, const xw_row *row, int i)
{
    /* the number may be split by spaces: join up to three words */
    for (int j = i; j < row->nw && j < i + 4; j++) {
        char buf[40];
        size_t k = 0;
        for (int m = j; m < row->nw && m < j + 3; m++) {
            if (k + row->w[m].len + 1 >= sizeof buf)
                break;
            memcpy(buf + k, row->w[m].raw, row->w[m].len);
            k += row->w[m].len;
            bool valid;
            char digits[12];
            if (xn_cuit(buf, k, digits, &valid) == 0) {
                if (valid) {
                    memcpy(rc->merchant_cuit, digits, 12);
                    return true;
                }
                return false;
            }
        }
        if (xn_has_digit(row->w[j].raw, row->w[j].len) ||
            strchr(row->w[j].raw, 'x') || strchr(row->w[j].raw, 'X'))
            return false; /* a number that is not a CUIT, or a placeholder */
    }
    return false;
}

bool rc_take_date(receipt *rc, const xw_row *row, int from, bool with_time)
{
    int y, m, d, hh = 0, mm = 0, ss = 0;
    for (int i = from; i < row->nw; i++) {
        if (xn_date(row->w[i].raw, row->w[i].len, &y, &m, &d) != 0)
            continue;
        if (!with_time) {
            snprintf(rc->issued_at, sizeof rc->issued_at, "%04d-%02d-%02d", y, m, d);
            return true;
        }
        bool t = false;
        for (int j = i + 1; j < row->nw && !t; j++)
            t = xn_time(row->w[j].raw, row->w[j].len, &hh, &mm, &ss) == 0;
        if (!t)
            return false;
        snprintf(rc->issued_at, sizeof rc->issued_at, "%04d-%02d-%02dT%02d:%02d:%02d", y,
                 m, d, hh, mm, ss);
        return true;
    }
    return false;
}

static void apply_checks(receipt *rc)
{
    xdec sum = {0, 2, true};
    for (size_t i = 0; i < rc->nitems; i++)
        sum = xd_add(sum, rc->items[i].amount);
    for (size_t i = 0; i < rc->ndiscounts; i++)
        sum = xd_add(sum, rc->discounts[i].amount);
    for (size_t i = 0; i < rc->ntaxes; i++)
        sum = xd_add(sum, rc->taxes[i].amount);
    /* net line amounts (most private Factura A layouts): VAT comes on top */
    for (size_t i = 0; !rc->prices_include_vat && i < rc->nvat; i++)
        sum = xd_add(sum, rc->vat[i].amount);
    if (!rc->total.set) {
        rc->warnings |= RW_TOTALS_MISMATCH;
    } else {
        xdec diff = xd_rescale(xd_sub(sum, rc->total), 2);
        if (!diff.set || diff.v > 1 || diff.v < -1)
            rc->warnings |= RW_TOTALS_MISMATCH;
    }
    if (!rc->merchant_cuit[0])
        rc->warnings |= RW_CUIT_INVALID;
    if (!rc->discount_total.set) {
        xdec dt = {0, 2, true};
        for (size_t i = 0; i < rc->ndiscounts; i++)
            dt = xd_sub(dt, rc->discounts[i].amount);
        rc->discount_total = dt;
    }
}

int receipt_parse_rows(receipt *rc, xerr *err)
{
    int r = 1;
    if (invoice_detect(&rc->rows)) {
        r = invoice_parse(rc, err);
        if (r == 1)
            receipt_reset_fields(rc);
    }
    if (r == 1)
        r = ticket_parse(rc, err);
    if (r < 0)
        return -1;
    if (r == 1) {
        receipt_reset_fields(rc);
        xerr_set(err, XE_UNSUPPORTED,
                 "not a receipt of a known layout (no ticket or AFIP invoice structure found)");
        return -1;
    }
    apply_checks(rc);
    return 0;
}

int receipt_parse_pdf(const uint8_t *buf, size_t len, receipt *rc, xerr *err)
{
    if (pdf_rows(buf, len, &rc->rows, err) != 0)
        return -1;
    return receipt_parse_rows(rc, err);
}

int receipt_parse_text(const char *text, size_t len, receipt *rc, xerr *err)
{
    if (rows_from_text(&rc->rows, text, len, err) != 0)
        return -1;
    return receipt_parse_rows(rc, err);
}
