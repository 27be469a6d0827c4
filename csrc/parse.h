/* Receipts from PDF bytes or layout text: rows, then the first layout of
 * the registry that reads them, then the contract's checks (totals
 * identity, issuer CUIT).  Pure C over poppler (pdfrows.c). */
#ifndef EXPETL_PARSE_H
#define EXPETL_PARSE_H

#include "receipt.h"

/* Parse rows already in rc->rows.  XE_UNSUPPORTED when no layout fits. */
int receipt_parse_rows(receipt *rc, xerr *err);
/* PDF bytes → receipt (pdfrows + receipt_parse_rows). */
int receipt_parse_pdf(const uint8_t *buf, size_t len, receipt *rc, xerr *err);
/* Layout text → receipt (rows_from_text + receipt_parse_rows). */
int receipt_parse_text(const char *text, size_t len, receipt *rc, xerr *err);

#endif
