/* The receipt layouts: each family of printed documents is one entry
 * {name, detect, parse} in the registry of parse.c, and the helpers the
 * layouts share.  A new family is one new file and one registry entry. */
#ifndef EXPETL_LAYOUT_H
#define EXPETL_LAYOUT_H

#include "receipt.h"

typedef struct {
    const char *name;
    /* Cheap look at the rows: may this layout read them? */
    bool (*detect)(const xw_rows *rows);
    /* Fill rc from rc->rows: 0 on success, 1 when the layout does not fit
     * after all (rc is then reset for the next one), -1 on a hard error. */
    int (*parse)(receipt *rc, xerr *err);
} rc_layout;

extern const rc_layout LAYOUT_AFIP_INVOICE; /* invoice.c: Factura A/B/C */
extern const rc_layout LAYOUT_TICKET;       /* ticket.c: fiscal controller tickets */

/* Helpers shared by the layouts (layout.c). */
bool w_money(const xw_word *w, xdec *out);          /* money with decimals */
bool w_int(const xw_word *w, int64_t *out);          /* plain digits */
/* Index of the last money word in the row (a "$" before it is allowed). */
int row_last_money(const xw_row *row, xdec *out);
bool row_is_separator(const xw_row *row);
/* Set issuer CUIT from the word after a CUIT label in row, from index i. */
bool rc_take_cuit(receipt *rc, const xw_row *row, int i);
bool rc_take_date(receipt *rc, const xw_row *row, int from, bool with_time);
/* "3.500": one point, three digits after it, read as thousands (3500) by
 * the Argentine convention, but 3.5 where the document prints its amounts
 * with a decimal point ("4200.00"). */
bool w_dot_group(const xw_word *w);
/* A quantity read with its thousands point (q, "2.000" as 2000): 2.000
 * when that reading alone makes quantity x price the amount. */
xdec qty_dot_decimal(xdec q, xdec price, xdec amount);
/* The hour of a time read before word i on the 24-hour clock: "06:35
 * p.m." is 18:35; false when the hour and its "a.m."/"p.m." disagree. */
bool row_clock(const xw_row *row, int i, int *hh);
/* Point of sale and number from the words at j, joined across a dash
 * ("0004-00025399", "0004-" "00025399", "0004" "-" "00025399"); with skip, word
 * j's text from skip on (a value glued to its label). */
bool row_doc_number(const xw_row *row, int j, int64_t *pos, int64_t *num, const char *skip);
/* A copy's mark, brackets or stars around it too: "ORIGINAL", "(DUPLICADO)",
 * "*** TRIPLICADO ***", "CUADRUPLICADO". */
bool w_copy_mark(const xw_word *w);
/* AFIP's VAT rates in hundredths of a percent: 0, 2.5, 5, 10.5, 21, 27. */
#define LX_NVAT_RATES 6
extern const int64_t LX_VAT_RATES[LX_NVAT_RATES];
/* r is one of them (a tax at another rate is a perception, not VAT). */
bool lx_vat_rate(xdec r);

/* Labels by meaning: a phrase is folded words separated by single spaces
 * ("PRECIO UNIT*"); a word ending in '*' matches any word it begins, and a
 * label word glued to its currency ("Total:USD") matches too. */
typedef struct {
    const char *text;
    int role;
    unsigned flags;
} lx_phrase;
/* Words of row matched by phrase from word i (0 when it does not match). */
int row_phrase(const xw_row *row, int i, const char *phrase);

/* The currency glued after a word's colon ("Total:USD", "Total:U.S.D.",
 * "Moneda:Dólares" with names; the bare "$" only with sign: it is the sign
 * of pesos and dollars alike), NULL when none. */
const char *w_glued_currency(const xw_word *w, bool names, bool sign);

/* A word that states a currency: a code ("USD", "U$S", "ARS"), also in
 * brackets ("(USD)") or as a discount's sign ("-USD"), and with names its
 * name ("Dólares"); never the bare "$", which pesos and dollars share.
 * The ISO code, or NULL. */
const char *w_currency_code(const xw_word *w, bool names);

/* A credit or debit note's title ("TIQUE NOTA DE CREDITO", "NOTA DE
 * CRÉDITO B Nro. 0003-...") beginning a cell of one of the first `upto`
 * rows, shaped as a title (not "NOTA DE CREDITO dentro de 30 días"), with
 * no reference before it ("Cbte. asociado:", "Ref.", a returns policy): a
 * return printed with a sale's layout, never to be read as a purchase. */
bool row_credit_note(const xw_rows *rows, int upto);
#define LX_CREDIT_NOTE                                                                                     \
    "a credit or debit note (its title says NOTA DE CREDITO or DEBITO): a refund or a charge, not read as " \
    "a purchase"
/* The longest phrase of tab starting at word i and ending by word end: its
 * index (-1 if none), the words it covers in *len. */
int row_match_phrase(const xw_row *row, int i, int end, const lx_phrase *tab, size_t ntab,
                     int *len);
/* A number as printed in an amount or quantity cell ("2", "1,00",
 * "$24.000", "3,512.40", "1.041.32"); dates and codes are not. */
bool w_value(const xw_word *w, xdec *out);

#endif
