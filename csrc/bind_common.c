/* Engine errors → exceptions (the one mapper) and the helpers every binding
 * file shares. */
#include "binding.h"

#include <string.h>

static PyObject *exception_class(xstate *st, const xerr *e, xdomain dom)
{
    switch (e->code) {
    case XE_DAMAGED:
        return dom == XD_REPORT ? st->ReportError : st->DamagedPdf;
    case XE_LIMIT:
        return dom == XD_RECEIPT ? st->LimitExceeded : dom == XD_REPORT ? st->ReportError : st->StageError;
    case XE_ENCRYPTED:
        return st->EncryptedPdf;
    case XE_UNSUPPORTED:
        return st->UnsupportedLayout;
    case XE_REPORT:
        return st->ReportError;
    case XE_NETWORK:
    case XE_REMOTE:
    case XE_NOTFOUND:
    case XE_IO:
        return st->StageError;
    case XE_DB:
        return st->WarehouseError;
    case XE_SIGNATURE:
        return st->SignatureError;
    case XE_CREDENTIALS:
        return dom == XD_AWS ? st->StageAuthError : st->AuthError;
    default:
        return dom == XD_RECEIPT ? st->ReceiptError : dom == XD_REPORT ? st->ReportError : st->ExpetlError;
    }
}

PyObject *xpy_text(const char *s)
{
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

PyObject *xpy_raise(xstate *st, const xerr *e, xdomain dom, const char *sha)
{
    if (e->code == XE_NOMEM)
        return PyErr_NoMemory();
    if (e->code == XE_ARG) {
        PyObject *m = xpy_text(e->msg);
        if (m) {
            PyErr_SetObject(PyExc_ValueError, m);
            Py_DECREF(m);
        }
        return NULL;
    }
    PyObject *cls = exception_class(st, e, dom);
    /* the message names its report line and the file's hash */
    PyObject *msg = e->line && sha ? PyUnicode_FromFormat("line %ld: %s (sha256 %s)", e->line, e->msg, sha)
                    : sha          ? PyUnicode_FromFormat("%s (sha256 %s)", e->msg, sha)
                    : e->line      ? PyUnicode_FromFormat("line %ld: %s", e->line, e->msg)
                                   : xpy_text(e->msg); /* %s above decodes with "replace" too */
    if (!msg)
        return NULL;
    PyObject *exc = PyObject_CallOneArg(cls, msg);
    Py_DECREF(msg);
    if (!exc)
        return NULL;
    PyObject *attrs[6] = {
        sha ? PyUnicode_FromString(sha) : Py_NewRef(Py_None),
        e->line ? PyLong_FromLong(e->line) : Py_NewRef(Py_None),
        e->rcode[0] && e->code != XE_DB && e->code != XE_LIMIT ? xpy_text(e->rcode)
                                                                : Py_NewRef(Py_None),
        e->status ? PyLong_FromLong(e->status) : Py_NewRef(Py_None),
        e->rcode[0] && e->code == XE_DB ? xpy_text(e->rcode) : Py_NewRef(Py_None),
        /* a limit names itself in rcode ("pdf_bytes", "items", ...) */
        e->rcode[0] && e->code == XE_LIMIT ? xpy_text(e->rcode) : Py_NewRef(Py_None),
    };
    static const char *const names[6] = {"sha256", "line", "code", "status", "sqlstate", "limit"};
    int bad = 0;
    for (int i = 0; i < 6; i++)
        if (!attrs[i] || PyObject_SetAttrString(exc, names[i], attrs[i]) < 0)
            bad = 1;
    for (int i = 0; i < 6; i++)
        Py_XDECREF(attrs[i]);
    if (bad) {
        Py_DECREF(exc);
        return NULL;
    }
    PyErr_SetObject(cls, exc);
    Py_DECREF(exc);
    return NULL;
}

int xpy_live(const void *p)
{
    if (!p)
        PyErr_SetString(PyExc_RuntimeError, "the object is not initialised");
    return p != NULL;
}

PyObject *xpy_bytes_result(PyObject *self, int r, xbuf *b, const xerr *err, xdomain dom)
{
    PyObject *res = r != 0 ? xpy_raise(xpy_type_state(self), err, dom, NULL)
                           : PyBytes_FromStringAndSize(b->p ? b->p : "", (Py_ssize_t)b->len);
    xbuf_free(b);
    return res;
}

PyObject *xpy_none_result(PyObject *self, int r, const xerr *err, xdomain dom)
{
    if (r != 0)
        return xpy_raise(xpy_type_state(self), err, dom, NULL);
    Py_RETURN_NONE;
}

double xpy_opt_seconds(PyObject *o, double dflt, int *bad)
{
    if (!o || o == Py_None)
        return dflt;
    double v = PyFloat_AsDouble(o);
    if (v == -1.0 && PyErr_Occurred())
        *bad = 1;
    return v;
}

void xpy_http_opts(http_opts *ho, double timeout, int retries, double backoff)
{
    memset(ho, 0, sizeof *ho);
    ho->timeout_ms = (long)(timeout * 1000);
    ho->connect_timeout_ms = ho->timeout_ms < 10000 ? ho->timeout_ms : 10000;
    ho->max_retries = retries <= 0 ? -1 : retries;
    ho->backoff_ms = (long)(backoff * 1000);
}

void xpy_io_dealloc(PyObject *self, void *handle, PyThread_type_lock lock, void (*close)(void *))
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    if (handle) {
        /* it may close connections: no GIL needed for that */
        Py_BEGIN_ALLOW_THREADS
        close(handle);
        Py_END_ALLOW_THREADS
    }
    if (lock)
        PyThread_free_lock(lock);
    tp->tp_free(self);
    Py_DECREF(tp);
}

PyObject *xpy_str(const char *s)
{
    if (!s)
        Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

int xpy_put(PyObject *d, const char *key, PyObject *v)
{
    if (!v)
        return -1;
    int r = PyDict_SetItemString(d, key, v);
    Py_DECREF(v);
    return r;
}

PyObject *xpy_dec(xstate *st, xdec d)
{
    char b[40];
    if (!d.set)
        Py_RETURN_NONE;
#ifdef Py_GIL_DISABLED
    /* no GIL to guard the shared slots (the module declares it runs
     * without one): every Decimal made anew */
    xpy_dec_slot *e = NULL;
#else
    /* the scale mixed in before the multiply: 10,00 and 1,000 apart */
    xpy_dec_slot *e = &st->dec[((uint64_t)d.v * 8 + (uint64_t)(d.scale & 7)) * 0x9E3779B97F4A7C15u >> 54];
    if (e->o && e->v == d.v && e->scale == d.scale)
        return Py_NewRef(e->o);
#endif
    int n = xd_format(d, b, sizeof b);
    PyObject *s = PyUnicode_FromKindAndData(PyUnicode_1BYTE_KIND, b, n < (int)sizeof b ? n : (int)sizeof b - 1);
    if (!s)
        return NULL;
    PyObject *r = PyObject_CallOneArg(st->dec_create, s);
    Py_DECREF(s);
    if (r && e) {
        e->v = d.v;
        e->scale = d.scale;
        Py_XSETREF(e->o, Py_NewRef(r));
    }
    return r;
}

void xpy_dec_cache_clear(xstate *st)
{
    for (int i = 0; i < XPY_DEC_SLOTS; i++)
        Py_CLEAR(st->dec[i].o);
}

int xpy_add_type(PyObject *m, PyType_Spec *spec, PyObject **slot)
{
    if (!(*slot = PyType_FromModuleAndSpec(m, spec, NULL)))
        return -1;
    return PyModule_AddType(m, (PyTypeObject *)*slot);
}

int xpy_traverse_type(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    return 0;
}
