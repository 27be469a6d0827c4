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

/* Every value is checked against its column's type before it is written,
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
                     xbuf *out, xerr *err);

/* row_key: SHA-256 over the movement's identifying fields, plus its
 * occurrence number among identical movements of the same report, so the
 * same movement in two overlapping reports loads once. */
int proc_mp_csv(const mp_report *rep, const char *report_sha256, const char *object_key, xbuf *out, xerr *err);

#endif
