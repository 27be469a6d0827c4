/* PDF bytes → physical rows, with poppler-glib (pdfrows.c), and the pixels
 * that may hold the AFIP QR code (pdfqr.c): the only engine files that know
 * about poppler and cairo. */
#ifndef EXPETL_PDFROWS_H
#define EXPETL_PDFROWS_H

#include "receipt.h"

/* Opens a tiny embedded document and extracts its text once.  Holding it
 * keeps poppler's GlobalParams alive (otherwise rebuilt per document, ~1.5 ms)
 * and warms poppler's lazily initialised process state before threads use it.
 * Returns an opaque handle (NULL on failure, with err set). */
void *pdf_keepalive_open(xerr *err);
void pdf_keepalive_close(void *handle);

/* One open document, so that the rows and the QR come from one open.  buf
 * is not copied: it must outlive the handle.  NULL (err set) when the bytes
 * are not a readable PDF. */
typedef struct pdf_doc pdf_doc;
pdf_doc *pdf_doc_open(const uint8_t *buf, size_t len, xerr *err);
void pdf_doc_close(pdf_doc *d);
/* Every page's rows, appended to out. */
int pdf_doc_rows(pdf_doc *d, xw_rows *out, xerr *err);
/* What a QR search did, for the tests and the benchmark. */
typedef struct {
    char how[160]; /* where the code was read; "" when it was not */
    int probes;    /* passes over a page looking for a code drawn as vectors */
    int renders;   /* renderings of (part of) a page to read such a code */
} pdf_qr_trace;
/* Looks for the AFIP QR code (pdfqr.c), cheap places first: 1 when found
 * (q filled), 0 when the document has none that reads, -1 when out of
 * memory (err set).  trace, when not NULL, says what it did. */
int pdf_doc_qr(pdf_doc *d, rc_qr *q, pdf_qr_trace *trace, xerr *err);

/* Reads the document in buf (not copied; it must outlive the call). */
int pdf_rows(const uint8_t *buf, size_t len, xw_rows *out, xerr *err);

/* The benchmark floor: open + get_text + get_text_layout per page, nothing
 * else; returns the number of character boxes, -1 on error. */
long pdf_text_boxes(const uint8_t *buf, size_t len, xerr *err);

/* Poppler's version string, for diagnostics. */
const char *pdf_backend_version(void);

#endif
