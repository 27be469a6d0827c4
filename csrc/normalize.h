/* Argentine number, date and identifier normalisation.  Pure functions over
 * bytes; every parser returns -1 on a value it cannot read (never a zero). */
#ifndef EXPETL_NORMALIZE_H
#define EXPETL_NORMALIZE_H

#include "xcommon.h"

/* An exact decimal: v * 10^-scale.  set == false means "null". */
typedef struct {
    int64_t v;
    int8_t scale;
    bool set;
} xdec;

/* "1.234,56" "1234,56" "$ 1.234,56" "-1.234,56" "1234.56" "-695,00" → xdec;
 * also the forms some invoicing programs print: "19,834.71" (English) and
 * "1.041.32" (dots for both separators, the last one the decimal point).
 * The whole span must be a number; thousands groups must be well formed. */
int xn_money(const char *s, size_t n, xdec *out);
/* Whole pesos as a ticket prints them without cents: "7.900", "$39.000",
 * "500" (thousands grouped by dots, no leading zero) → the pesos. */
int xn_whole_pesos(const char *s, size_t n, int64_t *v);
/* Like xn_money but only a '.' decimal point, no grouping (Mercado Pago CSV). */
int xn_plain_decimal(const char *s, size_t n, xdec *out);
/* A VAT rate as printed: "(21,00)" "(21.00%)" "21%" "10,5%" "10.5%:" → scale 2. */
int xn_rate(const char *s, size_t n, xdec *out);
/* Is the token a money amount with decimals (1.390,00 / 872,00 / -695,00)? */
bool xn_is_money(const char *s, size_t n);

xdec xd_add(xdec a, xdec b);
xdec xd_sub(xdec a, xdec b);
xdec xd_neg(xdec a);
xdec xd_rescale(xdec a, int scale);  /* only widens or rounds half-up */
int xd_cmp(xdec a, xdec b);
/* |a - b| <= 0.01, both set: the totals identity's tolerance. */
bool xd_within_cent(xdec a, xdec b);
/* Approximate value, for tolerance checks only (never for output). */
double xd_double(xdec a);
/* Format into buf (at least 32 bytes); returns length. */
int xd_format(xdec d, char *buf, size_t cap);

/* Dates: "14/03/25" "14-03-2025" "14.03.2025" "2025-03-14" → y, m, d
 * (2-digit years 20YY). */
int xn_date(const char *s, size_t n, int *y, int *m, int *d);
/* Invoice point of sale and number: "0003-00001035", "00003-00000438", or
 * run together as 12-13 digits ("000800059501": the number is the last 8). */
int xn_doc_number(const char *s, size_t n, int64_t *pos, int64_t *number);
/* "18:35" "18:35:20" */
int xn_time(const char *s, size_t n, int *hh, int *mm, int *ss);

/* CUIT "30-68731043-4" / "30687310434" → 11 digits in out[12]; returns 0 if
 * 11 digits were read (check digit in *valid), -1 if no CUIT shape. */
int xn_cuit(const char *s, size_t n, char out[12], bool *valid);
bool xn_cuit_valid(const char *digits11);
/* GTIN check digit (EAN-8, UPC-A 12, EAN-13, GTIN-14). */
bool xn_ean_valid(const char *digits, size_t n);

/* Label folding: ASCII upper case, Spanish accents removed, and the
 * punctuation that label variants disagree on (. : ° º) dropped.
 * "C.U.I.T." → "CUIT", "Nro.:" → "NRO", "Razón" → "RAZON". */
size_t xn_fold(const char *s, size_t n, char *out, size_t cap);
/* Collapse runs of whitespace to one space and trim, in place. */
size_t xn_collapse_ws(char *s, size_t n);
bool xn_all_digits(const char *s, size_t n);
/* A currency as printed, in a folded word (upper case, no accents): the
 * codes and symbols printed beside amounts ("$", "ARS", "USD", "U$S",
 * "U$D", "EUR") and, with names, the words a "Moneda:" field spells out
 * ("DOLARES", "DOL", "EUROS", "PESOS").  The ISO code, or NULL. */
const char *xn_currency(const char *s, size_t n, bool names);
bool xn_has_digit(const char *s, size_t n);
/* Letter case class of UTF-8 text: 1 all letters upper, 2 some lower, 0 none. */
int xn_case_class(const char *s, size_t n);

#endif
