/* expetl._native.MercadoPago: the reports API (mpapi.c). */
#include "binding.h"

#include <string.h>

#include "mpapi.h"

static void close_mpapi(void *p) { mpapi_close(p); }

/* ---- Mercado Pago reports API ---------------------------------------------- */

typedef struct {
    PyObject_HEAD
    mpapi *m;
    PyThread_type_lock lock;
} MpObj;

static int Mp_init(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"token", "base_url", "timeout", "max_retries", "backoff", "retry_budget", NULL};
    MpObj *o = (MpObj *)self;
    const char *token, *base = NULL;
    double timeout = 60.0, backoff = 0.2, budget = 30.0;
    int retries = 4;
    if (o->m) {
        PyErr_SetString(PyExc_RuntimeError, "MercadoPago is already initialised");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kw, "s|zdidd:MercadoPago", kwlist, &token, &base, &timeout, &retries,
                                     &backoff, &budget))
        return -1;
    http_opts ho;
    xpy_http_opts(&ho, timeout, retries, backoff);
    ho.retry_budget_ms = (long)(budget * 1000);
    if (!o->lock && !(o->lock = PyThread_allocate_lock())) { /* kept across a retried __init__ */
        PyErr_NoMemory();
        return -1;
    }
    xerr err = {0};
    Py_BEGIN_ALLOW_THREADS
    o->m = mpapi_open(base, token, &ho, &err);
    Py_END_ALLOW_THREADS
    if (!o->m) {
        xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
        return -1;
    }
    return 0;
}

static void Mp_dealloc(PyObject *self)
{
    MpObj *o = (MpObj *)self;
    xpy_io_dealloc(self, o->m, o->lock, close_mpapi);
}

static PyObject *items_list(const mp_report_list *l)
{
    PyObject *out = PyList_New((Py_ssize_t)l->n);
    for (size_t i = 0; out && i < l->n; i++) {
        const mp_report_item *r = &l->v[i];
        PyObject *d = Py_BuildValue("{s:s,s:s,s:s,s:s,s:s,s:s,s:s}", "id", r->id, "file_name", r->file_name,
                                    "status", r->status, "created_from", r->created_from, "date_created",
                                    r->date_created, "begin_date", r->begin_date, "end_date", r->end_date);
        if (!d) {
            Py_CLEAR(out);
            break;
        }
        PyList_SET_ITEM(out, (Py_ssize_t)i, d);
    }
    return out;
}

static PyObject *Mp_list(PyObject *self, PyObject *args)
{
    MpObj *o = (MpObj *)self;
    if (!xpy_live(o->m))
        return NULL;
    const char *kind, *query = NULL;
    mp_report_list l;
    xerr err = {0};
    int r;
    if (!PyArg_ParseTuple(args, "s|z:list_reports", &kind, &query))
        return NULL;
    IO_BEGIN(o)
    r = query ? mpapi_search(o->m, kind, query, &l, &err) : mpapi_list(o->m, kind, &l, &err);
    IO_END(o)
    if (r != 0)
        return xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
    PyObject *out = items_list(&l);
    mp_report_list_free(&l);
    return out;
}

static PyObject *Mp_download(PyObject *self, PyObject *args)
{
    MpObj *o = (MpObj *)self;
    if (!xpy_live(o->m))
        return NULL;
    const char *kind, *name;
    xbuf b = {0};
    xerr err = {0};
    int r;
    if (!PyArg_ParseTuple(args, "ss:download", &kind, &name))
        return NULL;
    IO_BEGIN(o)
    r = mpapi_download(o->m, kind, name, &b, &err);
    IO_END(o)
    return xpy_bytes_result(self, r, &b, &err, XD_SERVICE);
}

static PyObject *Mp_create(PyObject *self, PyObject *args)
{
    MpObj *o = (MpObj *)self;
    if (!xpy_live(o->m))
        return NULL;
    const char *kind, *begin, *end;
    xbuf b = {0};
    xerr err = {0};
    int r;
    if (!PyArg_ParseTuple(args, "sss:create_report", &kind, &begin, &end))
        return NULL;
    IO_BEGIN(o)
    r = mpapi_create(o->m, kind, begin, end, &b, &err);
    IO_END(o)
    if (r < 0) {
        xbuf_free(&b);
        return xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
    }
    PyObject *res = Py_BuildValue("(Os#)", r == 0 ? Py_True : Py_False, b.p ? b.p : "", (Py_ssize_t)b.len);
    xbuf_free(&b);
    return res;
}

static PyObject *Mp_config(PyObject *self, PyObject *arg)
{
    MpObj *o = (MpObj *)self;
    if (!xpy_live(o->m))
        return NULL;
    const char *kind;
    xbuf b = {0};
    xerr err = {0};
    int r;
    if (!(kind = PyUnicode_AsUTF8(arg)))
        return NULL;
    IO_BEGIN(o)
    r = mpapi_config(o->m, kind, &b, &err);
    IO_END(o)
    if (r != 0) {
        xbuf_free(&b);
        return xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
    }
    PyObject *res = PyUnicode_DecodeUTF8(b.p ? b.p : "", (Py_ssize_t)b.len, "replace");
    xbuf_free(&b);
    return res;
}

static PyMethodDef Mp_methods[] = {
    {"list_reports", Mp_list, METH_VARARGS,
     "list_reports(kind, search_query=None) -> [dict]: /list, or every page of /search."},
    {"download", Mp_download, METH_VARARGS, "download(kind, file_name) -> bytes."},
    {"create_report", Mp_create, METH_VARARGS,
     "create_report(kind, begin, end) -> (accepted, json text); not accepted = 203, ask later."},
    {"config", Mp_config, METH_O, "config(kind) -> the configuration JSON text."},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot Mp_slots[] = {
    {Py_tp_doc, "MercadoPago(token, base_url=None, timeout=60, max_retries=4, backoff=0.2, retry_budget=30)"},
    {Py_tp_init, Mp_init},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, Mp_dealloc},
    {Py_tp_traverse, xpy_traverse_type},
    {Py_tp_methods, Mp_methods},
    {0, NULL},
};

static PyType_Spec Mp_spec = {
    .name = "expetl._native.MercadoPago",
    .basicsize = sizeof(MpObj),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Mp_slots,
};

int xpy_mercadopago_init(PyObject *m, xstate *st)
{
    return xpy_add_type(m, &Mp_spec, &st->MpType);
}
