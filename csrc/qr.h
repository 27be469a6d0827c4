/* The AFIP QR code of electronic invoices (RG 4291): the symbol read from
 * grey pixels with zbar, and its payload
 * (https://www.afip.gob.ar/fe/qr/?p= + base64 JSON) read into rc_qr.
 * Pure C: no poppler (pdfqr.c finds the pixels), no Python. */
#ifndef EXPETL_QR_H
#define EXPETL_QR_H

#include "receipt.h"

/* A QR holds at most 2953 bytes: longer text is not one. */
#define QR_MAX_TEXT 4096

/* Read the text of a QR symbol.  0 when it is an AFIP QR URL whose payload
 * gives at least one of the contract's fields (q->present set; a key the
 * payload lacks, or a value that cannot be read, stays null); -1 otherwise
 * (q cleared).  Lenient on what real invoicing programs print: host with
 * or without www (afip.gob.ar or arca.gob.ar) or none, standard or
 * URL-safe base64 with or without padding or %3D, a payload cut short
 * (the value cut off is dropped), numbers written as strings or with
 * leading zeros, dd/mm/yyyy or yyyymmdd dates. */
int qr_payload_parse(const char *s, size_t n, rc_qr *q);

/* A zbar scanner set up for QR codes only, one per search (zbar's scanner
 * is not shared between threads). */
typedef struct qr_scanner qr_scanner;
qr_scanner *qr_scanner_new(void);
void qr_scanner_free(qr_scanner *s);

/* Scan an 8-bit grey image (w*h bytes, row after row): 1 when a symbol on
 * it is an AFIP QR (read into q), 0 when none is (or zbar fails), -1 when
 * out of memory. */
int qr_scan_gray(qr_scanner *s, const uint8_t *px, int w, int h, rc_qr *q);

#endif
