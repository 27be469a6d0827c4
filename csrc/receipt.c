/* The receipt model: init, reset, and what layouts add to it. */
#include "receipt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void rc_qr_init(rc_qr *q)
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

void receipt_reset_fields(receipt *rc)
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
    rc->limit_hit = NULL;
}

char *rc_strdup(receipt *rc, const char *s, size_t n)
{
    char *p = xa_strndup(&rc->rows.arena, s, n);
    if (p)
        xn_collapse_ws(p, n);
    return p;
}

/* Over a count limit: remembered so the parse reports which. */
static int over(receipt *rc, const char *limit, int max)
{
    rc->limit_hit = limit;
    rc->limit_max = max;
    return -1;
}

int rc_add_item(receipt *rc, rc_item it)
{
    if (rc->nitems >= XLIM_ITEMS)
        return over(rc, XLIM_NAME_ITEMS, XLIM_ITEMS);
    it.line = (int)rc->nitems + 1;
    return XVEC_PUSH(rc->items, rc->nitems, rc->capitems, it);
}

int rc_add_discount(receipt *rc, const char *desc, xdec amount)
{
    rc_discount d = {desc, amount};
    if (rc->ndiscounts >= XLIM_ITEMS)
        return over(rc, XLIM_NAME_DISCOUNTS, XLIM_ITEMS);
    return XVEC_PUSH(rc->discounts, rc->ndiscounts, rc->capdiscounts, d);
}

int rc_add_payment(receipt *rc, const char *method, xdec amount)
{
    rc_payment p = {method, amount};
    if (rc->npayments >= XLIM_ITEMS)
        return over(rc, XLIM_NAME_PAYMENTS, XLIM_ITEMS);
    return XVEC_PUSH(rc->payments, rc->npayments, rc->cappayments, p);
}

int rc_add_vat(receipt *rc, xdec rate, xdec amount)
{
    rc_vat v = {rate, amount};
    if (rc->nvat >= XLIM_VAT_LINES)
        return over(rc, XLIM_NAME_VAT_LINES, XLIM_VAT_LINES);
    return XVEC_PUSH(rc->vat, rc->nvat, rc->capvat, v);
}

int rc_add_tax(receipt *rc, const char *desc, xdec amount)
{
    rc_tax t = {desc, amount};
    if (rc->ntaxes >= XLIM_TAXES)
        return over(rc, XLIM_NAME_TAXES, XLIM_TAXES);
    return XVEC_PUSH(rc->taxes, rc->ntaxes, rc->captaxes, t);
}

xdec rc_sum_lines(const receipt *rc)
{
    xdec sum = {0, 2, true};
    for (size_t i = 0; i < rc->nitems; i++)
        sum = xd_add(sum, rc->items[i].amount);
    for (size_t i = 0; i < rc->ndiscounts; i++)
        sum = xd_add(sum, rc->discounts[i].amount);
    for (size_t i = 0; i < rc->ntaxes; i++)
        sum = xd_add(sum, rc->taxes[i].amount);
    return sum;
}

xdec rc_sum_vat(const receipt *rc)
{
    xdec sum = {0, 2, true};
    for (size_t i = 0; i < rc->nvat; i++)
        sum = xd_add(sum, rc->vat[i].amount);
    return sum;
}
