/* The receipt contract (shared/CONTRACT.md) as C structs, and the parsers
 * that fill it from physical rows.  Pure C: no poppler, no Python. */
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
    xw_rows rows; /* owns every string above (its arena) */
} receipt;

void receipt_init(receipt *rc);
void receipt_free(receipt *rc);

/* Parse rows already in rc->rows.  XE_UNSUPPORTED when no layout fits. */
int receipt_parse_rows(receipt *rc, xerr *err);
/* PDF bytes → receipt (pdfrows + receipt_parse_rows). */
int receipt_parse_pdf(const uint8_t *buf, size_t len, receipt *rc, xerr *err);
/* Layout text → receipt (rows_from_text + receipt_parse_rows). */
int receipt_parse_text(const char *text, size_t len, receipt *rc, xerr *err);

/* Layout parsers (ticket.c, invoice.c): 0 on success, 1 when the layout
 * does not fit (rc left for the next one to try), -1 on a hard error. */
int ticket_parse(receipt *rc, xerr *err);
int invoice_parse(receipt *rc, xerr *err);
bool invoice_detect(const xw_rows *rows);

/* Helpers shared by the layout parsers (receipt.c). */
char *rc_strdup(receipt *rc, const char *s, size_t n);  /* collapsed whitespace */
int rc_add_item(receipt *rc, rc_item it);
int rc_add_discount(receipt *rc, const char *desc, xdec amount);
int rc_add_payment(receipt *rc, const char *method, xdec amount);
int rc_add_vat(receipt *rc, xdec rate, xdec amount);
int rc_add_tax(receipt *rc, const char *desc, xdec amount);
bool w_money(const xw_word *w, xdec *out);          /* money with decimals */
bool w_int(const xw_word *w, int64_t *out);          /* plain digits */
/* Index of the last money word in the row (a "$" before it is allowed). */
int row_last_money(const xw_row *row, xdec *out);
bool row_is_separator(const xw_row *row);
/* Set issuer CUIT from the word after a CUIT label in row, from index i. */
bool rc_take_cuit(receipt *rc, const xw_row *row, int i);
bool rc_take_date(receipt *rc, const xw_row *row, int from, bool with_time);

#endif
