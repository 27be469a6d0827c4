/* The binding: the only C files that include Python.h (csrc/bind_*.c and
 * module.c).  One file per exposed type or family of functions, as
 * python-zstandard lays it out:
 *
 *   module.c          module state, exceptions, init (calls each file's init)
 *   bind_common.c     engine errors → exceptions (the one mapper), shared helpers
 *   bind_receipt.c    parse_pdf, parse_text, pdf_rows, process_pdf
 *   bind_report.c     parse_mp_report, process_mp_report, processed_columns
 *   bind_webhooks.c   verify_report_notification, verify_x_signature
 *   bind_stage.c      Stage          bind_warehouse.c  Warehouse
 *   bind_gmail.c      Gmail          bind_mercadopago.c MercadoPago
 *   bind_glue.c       Glue           bind_http.c       http_request
 *
 * Every engine call releases the GIL; objects hold a lock so a shared one
 * takes turns. */
#ifndef EXPETL_BINDING_H
#define EXPETL_BINDING_H

#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>

#include "http.h"
#include "normalize.h"
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

/* Decimals recur across documents (quantities, rates, a household's usual
 * prices): a direct-mapped cache in the module state shares the immutable
 * objects, a slot replaced on a miss.  Used with the GIL held; a build
 * without the GIL (Py_GIL_DISABLED) makes every Decimal anew. */
#define XPY_DEC_SLOTS 1024
typedef struct {
    int64_t v;
    int scale;
    PyObject *o; /* NULL: an empty slot */
} xpy_dec_slot;

typedef struct {
    PyObject *dec_create; /* a private decimal.Context(prec=40).create_decimal */
    xpy_dec_slot dec[XPY_DEC_SLOTS];
    PyObject *key[K_COUNT]; /* interned contract keys */
    PyObject *item_tmpl;    /* an item's keys in contract order, each None: copied per item */
    PyObject *ExpetlError, *ReceiptError, *DamagedPdf, *EncryptedPdf, *UnsupportedLayout, *LimitExceeded,
        *ReportError, *StageError, *WarehouseError, *SignatureError, *AuthError, *StageAuthError;
    PyObject *StageType, *WarehouseType, *GlueType, *MpType, *GmailType;
    void *keepalive; /* poppler document held for the module's lifetime */
} xstate;

static inline xstate *xpy_state(PyObject *m) { return (xstate *)PyModule_GetState(m); }
static inline xstate *xpy_type_state(PyObject *self) { return PyType_GetModuleState(Py_TYPE(self)); }

/* What a failing call was working on: the same engine code means a
 * different exception for a receipt, a report, a remote service or AWS
 * (the stage and Glue: refused credentials are both a StageError, as every
 * other failure of theirs, and an AuthError). */
typedef enum { XD_RECEIPT, XD_REPORT, XD_SERVICE, XD_AWS } xdomain;

/* bind_common.c: raise the exception for e (class from its code and the
 * domain); sets .sha256, .line, .code, .status, .sqlstate and .limit.
 * Returns NULL.  The one place engine errors become exceptions. */
PyObject *xpy_raise(xstate *st, const xerr *e, xdomain dom, const char *sha);
/* Text from the engine as str, invalid UTF-8 replaced: messages and answers
 * are cut to fixed buffers, which can split a character. */
PyObject *xpy_text(const char *s);

/* Release the GIL and take the object's lock around engine I/O. */
#define IO_BEGIN(o)                                  \
    {                                                \
        PyThreadState *_ts = PyEval_SaveThread();    \
        PyThread_acquire_lock((o)->lock, WAIT_LOCK);
#define IO_END(o)                                    \
        PyThread_release_lock((o)->lock);            \
        PyEval_RestoreThread(_ts);                   \
    }

/* The same, the lock taken only when need_lock (an engine object that is
 * safe to share, like the file stage, lets threads overlap). */
#define IO_BEGIN_IF(o, need_lock)                    \
    {                                                \
        bool _locked = (need_lock);                  \
        PyThreadState *_ts = PyEval_SaveThread();    \
        if (_locked)                                 \
            PyThread_acquire_lock((o)->lock, WAIT_LOCK);
#define IO_END_IF(o)                                 \
        if (_locked)                                 \
            PyThread_release_lock((o)->lock);        \
        PyEval_RestoreThread(_ts);                   \
    }

/* bind_common.c helpers */
int xpy_live(const void *p); /* a method on an object whose __init__ never ran */
PyObject *xpy_bytes_result(PyObject *self, int r, xbuf *b, const xerr *err, xdomain dom); /* frees b */
PyObject *xpy_none_result(PyObject *self, int r, const xerr *err, xdomain dom);
double xpy_opt_seconds(PyObject *o, double dflt, int *bad);
void xpy_http_opts(http_opts *ho, double timeout, int retries, double backoff);
void xpy_io_dealloc(PyObject *self, void *handle, PyThread_type_lock lock, void (*close)(void *));
PyObject *xpy_str(const char *s); /* UTF-8 (invalid bytes replaced), NULL → None */
int xpy_put(PyObject *d, const char *key, PyObject *v); /* d[key] = v, steals v */

PyObject *xpy_dec(xstate *st, xdec d); /* None when unset; st->dec caches */
void xpy_dec_cache_clear(xstate *st);

/* Each file's part of the module, called by module.c's exec. */
int xpy_receipt_init(PyObject *m, xstate *st);
int xpy_report_init(PyObject *m, xstate *st);
int xpy_webhooks_init(PyObject *m, xstate *st);
int xpy_stage_init(PyObject *m, xstate *st);
int xpy_warehouse_init(PyObject *m, xstate *st);
int xpy_gmail_init(PyObject *m, xstate *st);
int xpy_mercadopago_init(PyObject *m, xstate *st);
int xpy_glue_init(PyObject *m, xstate *st);
int xpy_http_init(PyObject *m, xstate *st);
int xpy_rules_init(PyObject *m, xstate *st); /* bind_rules.c: Rules, mp_classify */
int xpy_rules_converter(PyObject *o, void *out); /* "O&": a Rules object → const cat_rules *, None → NULL */

/* Adds a heap type from spec to the module and keeps it in *slot. */
int xpy_add_type(PyObject *m, PyType_Spec *spec, PyObject **slot);
/* tp_traverse of a heap type whose objects hold no Python references */
int xpy_traverse_type(PyObject *self, visitproc visit, void *arg);

#endif
