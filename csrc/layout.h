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

#endif
