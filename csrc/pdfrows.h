/* PDF bytes → physical rows, with poppler-glib.  The only engine file that
 * knows about poppler. */
#ifndef EXPETL_PDFROWS_H
#define EXPETL_PDFROWS_H

#include "rows.h"

/* Opens a tiny embedded document and extracts its text once.  Holding it
 * keeps poppler's GlobalParams alive (otherwise rebuilt per document, ~1.5 ms)
 * and warms poppler's lazily initialised process state before threads use it.
 * Returns an opaque handle (NULL on failure, with err set). */
void *pdf_keepalive_open(xerr *err);
void pdf_keepalive_close(void *handle);

/* Reads the document in buf (not copied; it must outlive the call). */
int pdf_rows(const uint8_t *buf, size_t len, xw_rows *out, xerr *err);

/* The benchmark floor: open + get_text + get_text_layout per page, nothing
 * else; returns the number of character boxes, -1 on error. */
long pdf_text_boxes(const uint8_t *buf, size_t len, xerr *err);

/* Poppler's version string, for diagnostics. */
const char *pdf_backend_version(void);

#endif
