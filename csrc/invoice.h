/* The AFIP invoice reader, in three parts that share this header:
 * invoice.c (the document: copies, header fields, issuer and buyer, the
 * Factura A decision), invoice_table.c (the item table) and
 * invoice_totals.c (the totals block), over invoice_rows.c (the row
 * geometry they share).  Internal to the invoice layout. */
#ifndef EXPETL_INVOICE_H
#define EXPETL_INVOICE_H

#include "layout.h"

/* What a row of the document is, as the table reader finds it. */
enum {
    Z_HEAD,   /* header: issuer, buyer, number, date */
    Z_THEAD,  /* the item table's header rows */
    Z_TABLE,  /* the item table */
    Z_FOOT,   /* after the table: totals, CAE, notes */
    Z_REPEAT  /* a later page's header (first values win) */
};

typedef struct {
    const xw_row **r;    /* the rows of the pages read (copies dropped) */
    unsigned char *zone; /* per row */
    size_t n;
    float page_w;
    /* what names the currency in a form the reader cannot read (a
     * "Moneda:" label's value, a "Moneda" column of two codes): kept for
     * the refusal when nothing else says the currency, never pesos by
     * default */
    const xw_row *cur_unread; /* its row, from word cur_at to its cell's end */
    int cur_at;
    bool cur_unsure;             /* read, but after "Mon." (a "Monto" too) */
    bool cur_mixed;              /* a "Moneda" column of two codes */
    const char *cur_label;       /* the last currency label's code */
    const char *cur_a, *cur_b;   /* two labels that disagree */
} inv_doc;

/* Is r one of Argentina's VAT rates (0, 2.5, 5, 10.5, 21, 27 %)? */

/* Flags of the column a line amount is read from, by its header. */
enum { AMT_WITH_VAT = 1, AMT_NET = 2 };

/* The item table (invoice_table.c): found by its header row, or failing
 * that by the shape of its rows; sets d->zone, adds the items and the
 * discount rows.  *amt_flags gets the amount column's flags; evidence[0]
 * counts the lines whose amount is quantity x price with VAT, evidence[1]
 * those where it is without; *cur the currency its money columns' labels
 * name ("Importe (USD)"), or NULL.  0, or -1 out of memory. */
int inv_read_table(receipt *rc, inv_doc *d, unsigned *amt_flags, int evidence[2], const char **cur, xerr *err);

/* The totals block (invoice_totals.c): subtotal, total, VAT lines, other
 * taxes and discounts from the Z_FOOT rows; *cur gets the ISO code of the
 * currency printed with the total ("Importe Total: USD 2.972,50"), or with
 * every other amount of the block when the total prints none; NULL when no
 * code is printed (a bare "$" is none: pesos and dollars share it).  0, or
 * -1 out of memory. */
int inv_read_totals(receipt *rc, const inv_doc *d, const char **cur, xerr *err);

/* A summary box above the item table that holds the totals block (a
 * utility's bill: "Subtotal", "Percepción IIBB", "Total a pagar" over the
 * concepts billed), when none follows the table: its rows, from the first
 * to the last with a totals label and an amount, become the foot's.
 * Returns how many rows; 0 when the header prints no total. */
int inv_head_as_foot(inv_doc *d);

/* The totals printed above the item table (a summary box, "TOTAL A PAGAR:
 * $ 12.100,00"): up to max amounts, each with the code printed with it or
 * NULL.  Returns how many. */
int inv_head_totals(const inv_doc *d, xdec *v, const char **code, int max);

/* Is one of printed[0..n) the total read plus the VAT and taxes read, while
 * the lines sum to the total without them?  Then the total read was a net. */
bool inv_net_beside_gross(const receipt *rc, const xdec *printed, int n);

/* Does a totals or footer label ("SUBTOTAL", "IVA 21%", "Son pesos",
 * "Observaciones") start at word i of row?  The item table ends there. */
bool inv_footer_label(const xw_row *row, int i);

/* Does a charge's label ("Recargo ...", "Impuesto ...", "Percepción ...")
 * start at word i of row?  Billed as a line of the table, it is an item. */
bool inv_charge_label(const xw_row *row, int i);
/* A VAT table's heading ("Alícuota | Neto Gravado | IVA"): the rows under
 * it are the VAT per rate, not items.  The rate's and the VAT's columns in
 * rate[2] and vat[2] (x0, x1) when not NULL. */
bool inv_vat_table_head(const xw_row *row, float *rate, float *vat);

/* invoice_rows.c */

/* How much [a0, a1] and [b0, b1] overlap (0 when apart). */
float inv_overlap(float a0, float a1, float b0, float b1);

/* The height of a row's glyphs (at least 1). */
float inv_row_h(const xw_row *row);

/* A row of the same page that lies on the same printed line as another
 * (a scan's skew splits one line into rows a few points apart). */
bool inv_same_line(const xw_row *a, const xw_row *b);

/* The document's title: "FACTURA", or "FACT." abbreviated (its period
 * printed: a bare "FACT" is no word of a title). */
bool inv_title_word(const xw_word *w);

/* An amount of the table or the totals, accounting negatives too. */
bool inv_value(const xw_word *w, xdec *out);

#endif
