/* The receipt contract (shared/CONTRACT.md) as C structs: the model the
 * layouts fill (layout.h) and parse.h checks.  Pure C: no poppler, no Python. */
#ifndef EXPETL_RECEIPT_H
#define EXPETL_RECEIPT_H

#include "normalize.h"
#include "rows.h"

typedef struct {
    int line;
    const char *department; /* NULL = null */
    const char *description;
    const char *ean;        /* NULL = null */
    xdec quantity;
    const char *unit;       /* "un" or "kg" */
    xdec unit_price, vat_rate, amount;
} rc_item;

typedef struct {
    const char *description;
    xdec amount; /* negative */
} rc_discount;

typedef struct {
    xdec rate, amount;
} rc_vat;

typedef struct {
    const char *method;
    xdec amount;
} rc_payment;

/* (v2) a non-VAT tax or charge of the totals block */
typedef struct {
    const char *description;
    xdec amount;
} rc_tax;

/* (v2) the AFIP QR code (RG 4291), decoded; a field the payload does not
 * carry is null (-1, "", unset). */
typedef struct {
    bool present;
    int doc_code;          /* -1 = null */
    char cuit[12];         /* "" = null */
    int64_t pos, number;   /* -1 = null */
    char date[11];         /* YYYY-MM-DD, "" = null */
    xdec total;
    char currency[8];      /* ARS, USD, or as in the QR; "" = null */
    char cae[15];          /* "" = null */
} rc_qr;

enum { RW_TOTALS_MISMATCH = 1, RW_CUIT_INVALID = 2, RW_QR_MISMATCH = 4 };

typedef struct {
    const char *doc_type; /* "ticket", "factura_a", "factura_b", "factura_c" */
    const char *merchant_name;
    char merchant_cuit[12]; /* "" = null */
    int64_t pos, number;    /* -1 = null */
    char issued_at[20];     /* "" = null */
    char currency[4];
    rc_item *items;
    size_t nitems, capitems;
    rc_discount *discounts;
    size_t ndiscounts, capdiscounts;
    rc_vat *vat;
    size_t nvat, capvat;
    rc_payment *payments;
    size_t npayments, cappayments;
    rc_tax *taxes;
    size_t ntaxes, captaxes;
    xdec subtotal, discount_total, total;
    bool prices_include_vat; /* items[].amount includes VAT */
    char cae[15];            /* "" = null */
    rc_qr qr;
    unsigned warnings;
    const char *limit_hit; /* the XLIM_NAME_* an rc_add_* call refused, else NULL */
    int limit_max;         /* and its value */
    /* why a layout that knew the document would not read it (a credit
     * note), for the error; kept across layouts, NULL when none */
    const char *refused;
    xw_rows rows; /* owns every string above (its arena) */
} receipt;

void receipt_init(receipt *rc);
/* An absent QR (every field null). */
void rc_qr_init(rc_qr *q);
void receipt_free(receipt *rc);

/* Clears what a layout filled, so the next layout starts afresh (the rows
 * stay). */
void receipt_reset_fields(receipt *rc);

/* Adding to the receipt: every string lives in rc->rows' arena.  -1 when
 * out of memory or over a limit (then limit_hit names it, and the parse
 * fails with XE_LIMIT instead of the layout's out-of-memory error). */
char *rc_strdup(receipt *rc, const char *s, size_t n);  /* collapsed whitespace */
int rc_add_item(receipt *rc, rc_item it);
int rc_add_discount(receipt *rc, const char *desc, xdec amount);
int rc_add_payment(receipt *rc, const char *method, xdec amount);
int rc_add_vat(receipt *rc, xdec rate, xdec amount);
int rc_add_tax(receipt *rc, const char *desc, xdec amount);

/* The two sides of the contract's totals identity: sum(items.amount) +
 * sum(discounts.amount) + sum(taxes.amount), and sum(vat.amount). */
xdec rc_sum_lines(const receipt *rc);
xdec rc_sum_vat(const receipt *rc);

#endif
