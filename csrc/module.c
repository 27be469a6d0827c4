/* expetl._native: module state, exceptions and init.  The functions and
 * types live one family per file (binding.h lists them); each adds itself
 * to the module from here. */
#include "binding.h"

#include <string.h>

#include "pdfrows.h"
#include "scrub.h"

/* A buffer worth giving the GIL away for: about a millisecond of hashing,
 * half of one of base64 decoding. */
#define GIL_FREE_BYTES (1 << 20)

PyDoc_STRVAR(sha256_doc, "sha256(data, /) -> str\n--\n\nHex SHA-256 of a buffer (OpenSSL).");

static PyObject *sha256_py(PyObject *m, PyObject *arg)
{
    Py_buffer view;
    char sha[65];
    (void)m;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    /* A receipt hashes in microseconds: giving the GIL away for that lets
     * a busy thread keep it until it honours the switch request (0.1 ms
     * measured, up to the 5 ms switch interval), which stalled the
     * pipeline's reader once per file.  Only a big buffer pays for it. */
    if (view.len < GIL_FREE_BYTES) {
        xsha256_hex(view.buf, (size_t)view.len, sha);
    } else {
        Py_BEGIN_ALLOW_THREADS
        xsha256_hex(view.buf, (size_t)view.len, sha);
        Py_END_ALLOW_THREADS
    }
    PyBuffer_Release(&view);
    return PyUnicode_FromString(sha);
}

PyDoc_STRVAR(mime_base64_doc,
             "mime_base64(body, /) -> bytes | None\n--\n\n"
             "A MIME part's base64 body decoded when it is clean (the alphabet in LF or\n"
             "CRLF lines, padding only at the end; OpenSSL's decoder), else None: email's\n"
             "lenient decoder then reads it, defects and all.");

static PyObject *mime_base64(PyObject *m, PyObject *arg)
{
    Py_buffer view;
    (void)m;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    size_t n = (size_t)view.len;
    char *scratch = PyMem_Malloc(n ? n : 1);
    PyObject *out = scratch ? PyBytes_FromStringAndSize(NULL, (Py_ssize_t)(n / 4 * 3)) : PyErr_NoMemory();
    long r = -1;
    if (out) {
        unsigned char *o = (unsigned char *)PyBytes_AS_STRING(out);
        /* as for sha256: a mail's attachment decodes in microseconds,
         * less than giving the GIL away and taking it back costs */
        if (n < GIL_FREE_BYTES) {
            r = xb64_mime(view.buf, n, scratch, o);
        } else {
            Py_BEGIN_ALLOW_THREADS
            r = xb64_mime(view.buf, n, scratch, o);
            Py_END_ALLOW_THREADS
        }
    }
    PyMem_Free(scratch);
    PyBuffer_Release(&view);
    if (!out)
        return NULL;
    if (r < 0) {
        Py_DECREF(out);
        Py_RETURN_NONE;
    }
    if (_PyBytes_Resize(&out, (Py_ssize_t)r) < 0)
        return NULL;
    return out;
}

PyDoc_STRVAR(version_doc, "backend_versions() -> dict\n--\n\nVersions of the C libraries in use.");

static PyObject *backend_versions(PyObject *m, PyObject *unused)
{
    (void)m;
    (void)unused;
    return Py_BuildValue("{ss}", "poppler", pdf_backend_version());
}

PyDoc_STRVAR(limits_doc, "limits() -> dict\n--\n\nThe size limits on what comes from outside, by the name\n"
                         "LimitExceeded.limit gives them.");

static PyObject *limits(PyObject *m, PyObject *unused)
{
    (void)m;
    (void)unused;
    return Py_BuildValue("{s:I,s:i,s:i,s:i,s:i,s:i,s:I,s:I,s:i,s:I,s:i,s:i}", XLIM_NAME_PDF_BYTES, XLIM_PDF_BYTES,
                         XLIM_NAME_PAGES, XLIM_PAGES, XLIM_NAME_ITEMS, XLIM_ITEMS, XLIM_NAME_DISCOUNTS, XLIM_ITEMS,
                         XLIM_NAME_PAYMENTS, XLIM_ITEMS, XLIM_NAME_VAT_LINES, XLIM_VAT_LINES, XLIM_NAME_CSV_BYTES,
                         XLIM_CSV_BYTES, XLIM_NAME_CSV_LINE, XLIM_CSV_LINE, XLIM_NAME_CSV_COLS, XLIM_CSV_COLS,
                         "http_body", XLIM_HTTP_BODY, "links_per_mail", XLIM_LINKS_PER_MAIL, "url", XLIM_URL);
}

PyDoc_STRVAR(scrub_doc, "scrub(text, secrets, /) -> str\n--\n\nText with every secret in it (as is,\n"
                        "percent-encoded or JSON-escaped; a cut-off tail too) replaced by [REDACTED].");

static PyObject *scrub_py(PyObject *m, PyObject *args)
{
    (void)m;
    const char *text;
    Py_ssize_t n;
    PyObject *seq;
    if (!PyArg_ParseTuple(args, "sO:scrub", &text, &seq))
        return NULL;
    n = (Py_ssize_t)strlen(text);
    PyObject *t = PySequence_Fast(seq, "secrets must be a sequence of str");
    if (!t)
        return NULL;
    if (PySequence_Fast_GET_SIZE(t) > XSCRUB_MAX) { /* past it, the list lets an old entry go */
        Py_DECREF(t);
        return PyErr_Format(PyExc_ValueError, "scrub takes at most %d secrets", (int)XSCRUB_MAX);
    }
    xsecrets sec = {0};
    int bad = 0;
    for (Py_ssize_t i = 0; i < PySequence_Fast_GET_SIZE(t) && !bad; i++) {
        PyObject *it = PySequence_Fast_GET_ITEM(t, i);
        const char *v = it == Py_None ? NULL : PyUnicode_AsUTF8(it);
        if (it != Py_None && !v)
            bad = 1;
        else if (xsecrets_add(&sec, v) != 0)
            bad = 2;
    }
    Py_DECREF(t);
    PyObject *res = NULL;
    /* room for a mark per byte at worst: the text never grows more */
    size_t cap = (size_t)n * (sizeof XSCRUB_MARK) + 1;
    char *buf = bad ? NULL : PyMem_Malloc(cap);
    if (buf) {
        memcpy(buf, text, (size_t)n + 1);
        size_t m2 = xscrub(&sec, buf, cap);
        res = PyUnicode_DecodeUTF8(buf, (Py_ssize_t)m2, "replace");
        PyMem_Free(buf);
    } else if (bad != 1) {
        PyErr_NoMemory();
    }
    xsecrets_free(&sec);
    return res;
}

static PyMethodDef methods[] = {
    {"sha256", sha256_py, METH_O, sha256_doc},
    {"mime_base64", mime_base64, METH_O, mime_base64_doc},
    {"limits", limits, METH_NOARGS, limits_doc},
    {"scrub", scrub_py, METH_VARARGS, scrub_doc},
    {"backend_versions", backend_versions, METH_NOARGS, version_doc},
    {NULL, NULL, 0, NULL},
};

/* ---- module ----------------------------------------------------------- */

static int add_exc(PyObject *m, PyObject **slot, const char *name, PyObject *base, const char *doc)
{
    char full[96];
    PyOS_snprintf(full, sizeof full, "expetl.%s", name);
    *slot = PyErr_NewExceptionWithDoc(full, doc, base, NULL);
    if (!*slot)
        return -1;
    return PyModule_AddObjectRef(m, name, *slot);
}

/* An exception with two bases. */
static int add_exc2(PyObject *m, PyObject **slot, const char *name, PyObject *base1, PyObject *base2,
                    const char *doc)
{
    PyObject *bases = PyTuple_Pack(2, base1, base2);
    if (!bases)
        return -1;
    int r = add_exc(m, slot, name, bases, doc);
    Py_DECREF(bases);
    return r;
}

static int exec_module(PyObject *m)
{
    xstate *st = xpy_state(m);
    xerr err = {0};
    PyObject *dec = PyImport_ImportModule("decimal");
    if (!dec)
        return -1;
    /* Decimals are made by a context's create_decimal: the same value as
     * Decimal(str) for the at most 19 digits of an xdec under 40 digits of
     * precision (nothing rounded, no flag set), at two thirds of the cost
     * (no keyword parsing, no thread-context lookup) */
    PyObject *ctx = PyObject_CallMethod(dec, "Context", "()");
    Py_DECREF(dec);
    if (!ctx)
        return -1;
    PyObject *prec = PyLong_FromLong(40);
    int bad = !prec || PyObject_SetAttrString(ctx, "prec", prec) < 0;
    Py_XDECREF(prec);
    if (!bad)
        st->dec_create = PyObject_GetAttrString(ctx, "create_decimal");
    Py_DECREF(ctx);
    if (!st->dec_create)
        return -1;
    static const char *const key_names[K_COUNT] = {XPY_KEY_NAMES};
    for (int i = 0; i < K_COUNT; i++)
        if (!(st->key[i] = PyUnicode_InternFromString(key_names[i])))
            return -1;
    /* a copy of a sized dict costs a memcpy; nine inserts into a new one a
     * resize on the way */
    static const int item_keys[] = {K_line, K_department, K_description, K_ean, K_quantity,
                                    K_unit, K_unit_price, K_vat_rate, K_amount};
    if (!(st->item_tmpl = PyDict_New()))
        return -1;
    for (size_t i = 0; i < sizeof item_keys / sizeof *item_keys; i++)
        if (PyDict_SetItem(st->item_tmpl, st->key[item_keys[i]], Py_None) < 0)
            return -1;
    if (add_exc(m, &st->ExpetlError, "ExpetlError", PyExc_Exception, "Base of expetl's errors.") ||
        add_exc(m, &st->ReceiptError, "ReceiptError", st->ExpetlError,
                "A receipt could not be read; .sha256 names the file.") ||
        add_exc(m, &st->DamagedPdf, "DamagedPdf", st->ReceiptError,
                "Not a PDF, or a damaged or truncated one.") ||
        add_exc(m, &st->EncryptedPdf, "EncryptedPdf", st->ReceiptError,
                "The PDF needs a user password.") ||
        add_exc(m, &st->UnsupportedLayout, "UnsupportedLayout", st->ReceiptError,
                "A readable PDF that is not a receipt of a known layout.") ||
        add_exc(m, &st->LimitExceeded, "LimitExceeded", st->ReceiptError,
                "A document over a size limit; .limit names it (pdf_bytes, pages, items, ...).") ||
        add_exc(m, &st->ReportError, "ReportError", st->ExpetlError,
                "A Mercado Pago report could not be read; .line names the line.") ||
        add_exc(m, &st->StageError, "StageError", st->ExpetlError,
                "A stage operation failed; .code is the S3 error code, .status the HTTP status.") ||
        add_exc(m, &st->WarehouseError, "WarehouseError", st->ExpetlError,
                "The warehouse reported an error; .sqlstate carries the SQLSTATE.") ||
        add_exc(m, &st->AuthError, "AuthError", st->ExpetlError,
                "Credentials were refused (e.g. a revoked Gmail refresh token).") ||
        add_exc(m, &st->SignatureError, "SignatureError", st->ExpetlError,
                "A notification whose signature is missing, wrong or stale.") ||
        add_exc2(m, &st->StageAuthError, "StageAuthError", st->StageError, st->AuthError,
                 "AWS (S3 or Glue) refused the credentials or their permission: a StageError that no\n"
                 "retry mends, so an AuthError too.") ||
        xpy_receipt_init(m, st) || xpy_report_init(m, st) || xpy_webhooks_init(m, st) ||
        xpy_stage_init(m, st) || xpy_warehouse_init(m, st) || xpy_gmail_init(m, st) ||
        xpy_mercadopago_init(m, st) || xpy_glue_init(m, st) || xpy_http_init(m, st) || xpy_rules_init(m, st))
        return -1;
    Py_BEGIN_ALLOW_THREADS
    st->keepalive = pdf_keepalive_open(&err);
    Py_END_ALLOW_THREADS
    if (!st->keepalive) {
        PyErr_Format(PyExc_ImportError, "poppler keep-alive document: %s", err.msg);
        return -1;
    }
    return 0;
}

static int traverse(PyObject *m, visitproc visit, void *arg)
{
    xstate *st = xpy_state(m);
    Py_VISIT(st->dec_create);
    for (int i = 0; i < K_COUNT; i++)
        Py_VISIT(st->key[i]);
    Py_VISIT(st->item_tmpl);
    Py_VISIT(st->ExpetlError);
    Py_VISIT(st->ReceiptError);
    Py_VISIT(st->DamagedPdf);
    Py_VISIT(st->EncryptedPdf);
    Py_VISIT(st->UnsupportedLayout);
    Py_VISIT(st->LimitExceeded);
    Py_VISIT(st->ReportError);
    Py_VISIT(st->StageError);
    Py_VISIT(st->WarehouseError);
    Py_VISIT(st->SignatureError);
    Py_VISIT(st->AuthError);
    Py_VISIT(st->StageAuthError);
    Py_VISIT(st->GmailType);
    Py_VISIT(st->StageType);
    Py_VISIT(st->WarehouseType);
    Py_VISIT(st->GlueType);
    Py_VISIT(st->MpType);
    return 0;
}

static int clear(PyObject *m)
{
    xstate *st = xpy_state(m);
    Py_CLEAR(st->dec_create);
    xpy_dec_cache_clear(st);
    for (int i = 0; i < K_COUNT; i++)
        Py_CLEAR(st->key[i]);
    Py_CLEAR(st->item_tmpl);
    Py_CLEAR(st->ExpetlError);
    Py_CLEAR(st->ReceiptError);
    Py_CLEAR(st->DamagedPdf);
    Py_CLEAR(st->EncryptedPdf);
    Py_CLEAR(st->UnsupportedLayout);
    Py_CLEAR(st->LimitExceeded);
    Py_CLEAR(st->ReportError);
    Py_CLEAR(st->StageError);
    Py_CLEAR(st->WarehouseError);
    Py_CLEAR(st->SignatureError);
    Py_CLEAR(st->AuthError);
    Py_CLEAR(st->StageAuthError);
    Py_CLEAR(st->GmailType);
    Py_CLEAR(st->StageType);
    Py_CLEAR(st->WarehouseType);
    Py_CLEAR(st->GlueType);
    Py_CLEAR(st->MpType);
    return 0;
}

static void free_module(void *m)
{
    xstate *st = xpy_state((PyObject *)m);
    clear((PyObject *)m);
    pdf_keepalive_close(st->keepalive);
    st->keepalive = NULL;
}

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, exec_module},
#if PY_VERSION_HEX >= 0x030C0000
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
#if PY_VERSION_HEX >= 0x030D0000
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL},
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT,
    .m_name = "expetl._native",
    .m_doc = "expetl's C engine: receipts, Mercado Pago reports, stage, warehouse.",
    .m_size = sizeof(xstate),
    .m_methods = methods,
    .m_slots = slots,
    .m_traverse = traverse,
    .m_clear = clear,
    .m_free = free_module,
};

PyMODINIT_FUNC PyInit__native(void) { return PyModuleDef_Init(&moduledef); }
