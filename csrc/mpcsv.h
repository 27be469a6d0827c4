/* Mercado Pago settlement and release report CSVs → contract rows.
 * Separator sniffed from the header line, quotes, BOM and CRLF handled,
 * columns found by (English or Spanish) name. */
#ifndef EXPETL_MPCSV_H
#define EXPETL_MPCSV_H

#include "normalize.h"

typedef struct {
    const char *name; /* English column name */
    const char *value;
} mp_kv;

enum { MP_SOURCE_ID, MP_DATE, MP_RECORD_TYPE, MP_TRANSACTION_TYPE, MP_DESCRIPTION,
       MP_PAYMENT_METHOD_TYPE, MP_PAYMENT_METHOD, MP_CURRENCY, MP_STORE_NAME,
       MP_EXTERNAL_REFERENCE, MP_NSTR };

typedef struct {
    long line;                 /* physical line where the record starts */
    const char *s[MP_NSTR];    /* NULL = null */
    xdec gross, fee, net;
    mp_kv *extra;
    int nextra;
} mp_row;

typedef struct {
    const char *report_type;   /* "settlement" or "release" */
    mp_row *rows;
    size_t n, cap;
    xarena arena;
} mp_report;

extern const char *const MP_KEYS[MP_NSTR];

int mp_parse(const char *buf, size_t len, mp_report *out, xerr *err);
void mp_report_free(mp_report *r);

#endif
