/* Receipts from PDF bytes or layout text: rows, then the first layout of
 * the registry that reads them, then the contract's checks (totals
 * identity, issuer CUIT, the QR witness).  Pure C over poppler (pdfrows.c,
 * pdfqr.c). */
#ifndef EXPETL_PARSE_H
#define EXPETL_PARSE_H

#include "receipt.h"

/* Parse rows already in rc->rows.  XE_UNSUPPORTED when no layout fits. */
int receipt_parse_rows(receipt *rc, xerr *err);
/* PDF bytes → receipt: the rows, the layouts, and on an AFIP invoice its
 * QR code as a second witness (qr, qr_mismatch), from one open document. */
int receipt_parse_pdf(const uint8_t *buf, size_t len, receipt *rc, xerr *err);
/* The same with options: RP_QR looks for the QR (receipt_parse_pdf's
 * default); without it the QR step is skipped (the benchmark's baseline). */
enum { RP_QR = 1 };
int receipt_parse_pdf_opts(const uint8_t *buf, size_t len, unsigned opts, receipt *rc, xerr *err);
/* Layout text → receipt (rows_from_text + receipt_parse_rows). */
int receipt_parse_text(const char *text, size_t len, receipt *rc, xerr *err);

#endif
