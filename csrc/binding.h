/* Shared by the binding files (module.c, bind_io.c): the module state and
 * the one place engine errors become exceptions.  Only binding files
 * include Python.h. */
#ifndef EXPETL_BINDING_H
#define EXPETL_BINDING_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>

#include "xcommon.h"

enum {
    K_amount,
    K_cae,
    K_cuit,
    K_currency,
    K_date,
    K_department,
    K_description,
    K_discount_total,
    K_discounts,
    K_doc_code,
    K_doc_type,
    K_ean,
    K_issued_at,
    K_items,
    K_line,
    K_merchant,
    K_method,
    K_name,
    K_number,
    K_payments,
    K_pos,
    K_prices_include_vat,
    K_qr,
    K_quantity,
    K_rate,
    K_subtotal,
    K_taxes,
    K_total,
    K_unit,
    K_unit_price,
    K_vat,
    K_vat_rate,
    K_warnings,
    K_COUNT
};
#define XPY_KEY_NAMES "amount", "cae", "cuit", "currency", "date", "department", "description", "discount_total", "discounts", "doc_code", "doc_type", "ean", "issued_at", "items", "line", "merchant", "method", "name", "number", "payments", "pos", "prices_include_vat", "qr", "quantity", "rate", "subtotal", "taxes", "total", "unit", "unit_price", "vat", "vat_rate", "warnings",

typedef struct {
    PyObject *Decimal;
    PyObject *key[K_COUNT]; /* interned contract keys */
    PyObject *ExpetlError, *ReceiptError, *DamagedPdf, *EncryptedPdf, *UnsupportedLayout,
        *ReportError, *StageError, *WarehouseError, *SignatureError, *AuthError;
    PyObject *StageType, *WarehouseType, *GlueType, *MpType, *GmailType;
    void *keepalive; /* poppler document held for the module's lifetime */
} xstate;

/* Raise the exception for e (class from its code, or fallback); sets
 * .sha256, .line, .code, .status and .sqlstate.  Returns NULL. */
PyObject *xpy_raise(xstate *st, const xerr *e, const char *sha, PyObject *fallback);

/* bind_io.c: the Stage, Warehouse, Glue, MercadoPago and Gmail types. */
int xpy_add_io_types(PyObject *m, xstate *st);
/* bind_io.c: http_request(method, url, headers=None, body=None, timeout=30,
 * max_retries=2, max_body=16 MiB) -> (status, bytes), over http.c. */
PyObject *xpy_http_request(PyObject *m, PyObject *args, PyObject *kw);

#endif
