/* Processed stage files: CSV fit for PostgreSQL `COPY ... FROM STDIN (FORMAT
 * csv)` and Redshift `COPY ... FORMAT AS CSV IGNOREHEADER 1`.
 *
 * One header line, then one line per receipt item or discount (the receipt's
 * columns repeated; a receipt with neither gets one line with an empty kind),
 * or one line per Mercado Pago movement.  NULL is an empty unquoted field,
 * an empty string is "".  The column lists (with SQL types) are also the
 * warehouse's staging tables. */
#ifndef EXPETL_PROCESSED_H
#define EXPETL_PROCESSED_H

#include "mpcsv.h"
#include "receipt.h"
#include "warehouse.h"

extern const wh_col PROC_RECEIPT_COLS[];
extern const int PROC_RECEIPT_NCOLS;
extern const wh_col PROC_MP_COLS[];
extern const int PROC_MP_NCOLS;

/* What the writer asks about items, issuers, stores and movements (the
 * household knowledge: categories, brands, Mercado Pago classes).  Any
 * callback may be NULL; without knowledge those columns are empty. */
typedef struct {
    void *ctx;
    const char *(*item_category)(void *ctx, const char *department, const char *description);
    /* the category of a receipt line that is not an item ("discount",
     * "tax"); NULL: it goes with the items (VAT of net amounts, rounding) */
    const char *(*line_category)(void *ctx, const char *line_kind);
    void (*brand_of)(void *ctx, const char *cuit, const char *legal_name, char *out, size_t cap);
    /* a movement's category and brand, given its class (NULL: unclassified) */
    const char *(*store_category)(void *ctx, const char *cls, const char *store_name, bool marketplace);
    void (*store_brand)(void *ctx, const char *cls, const char *store_name, bool marketplace, char *out,
                        size_t cap);
    /* the class name, and in rule[] why (rule number and reason) */
    const char *(*classify)(void *ctx, const mp_report *rep, const mp_row *row, char *rule, size_t cap);
} proc_knowledge;

/* One line per item, discount, tax, VAT of net amounts and rounding (they
 * add up to the total), the receipt's columns repeated on each.
 *
 * Every value is checked against its column's type before it is written,
 * so a file the writers produce always COPYs: a text over its column's
 * bytes is XE_LIMIT named after the column (receipts) or XLIM_NAME_CELL with
 * the report line (reports); a number over its column's digits is XE_LIMIT
 * named after the column; text that is not UTF-8 or a date PostgreSQL
 * would refuse is XE_DAMAGED (receipts) or XE_REPORT with the line.
 *
 * These files are for machines (the warehouse COPY, Glue): values are
 * written as they are, so a spreadsheet must not open them as they are
 * (expetl.core.csvsafe neutralises formulas in CSV meant for people). */
int proc_receipt_csv(const receipt *rc, const char *sha256, const char *source, const char *object_key,
                     const proc_knowledge *kn, xbuf *out, xerr *err);

/* CUIT-doc_type-PPPPP-NNNNNNNN, "" when a part is missing; 0 when it did not fit. */
int proc_fiscal_key(const receipt *rc, char *out, size_t cap);
/* Sum of the tender lines paid with Mercado Pago (unset when none). */
xdec proc_mp_tender(const receipt *rc);

/* row_key: SHA-256 over the movement's identifying fields, plus its
 * occurrence number among identical movements of the same report, so the
 * same movement in two overlapping reports loads once. */
int proc_mp_csv(const mp_report *rep, const char *report_sha256, const char *object_key, const proc_knowledge *kn,
                xbuf *out, xerr *err);

#endif
