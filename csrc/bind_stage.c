/* expetl._native.Stage: file:// and s3:// (stage.c, stage_s3.c). */
#include "binding.h"

#include <string.h>

#include "stage.h"

typedef struct {
    PyObject_HEAD
    stage *s;
    PyThread_type_lock lock;
    PyObject *url;
} StageObj;

static int Stage_init(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"url", "region", "endpoint_url", "access_key", "secret_key", "session_token",
                             "addressing", "connect_timeout", "timeout", "max_retries", "retry_budget",
                             "backoff", "ca_file", NULL};
    StageObj *o = (StageObj *)self;
    const char *url, *region = NULL, *endpoint = NULL, *ak = NULL, *sk = NULL, *tok = NULL, *addr = "auto",
                     *ca = NULL;
    PyObject *ct = NULL, *to = NULL, *rb = NULL, *bo = NULL;
    int retries = 4, bad = 0;
    if (o->s) {
        PyErr_SetString(PyExc_RuntimeError, "Stage is already initialised");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kw, "s|zzzzzsOOiOOz:Stage", kwlist, &url, &region, &endpoint, &ak,
                                     &sk, &tok, &addr, &ct, &to, &retries, &rb, &bo, &ca))
        return -1;
    stage_opts so;
    memset(&so, 0, sizeof so);
    so.region = region;
    so.endpoint_url = endpoint;
    so.access_key = ak;
    so.secret_key = sk;
    so.session_token = tok;
    if (!strcmp(addr, "auto"))
        so.addressing = STAGE_ADDR_AUTO;
    else if (!strcmp(addr, "path"))
        so.addressing = STAGE_ADDR_PATH;
    else if (!strcmp(addr, "virtual"))
        so.addressing = STAGE_ADDR_VIRTUAL;
    else {
        PyErr_SetString(PyExc_ValueError, "addressing must be 'auto', 'path' or 'virtual'");
        return -1;
    }
    so.http.connect_timeout_ms = (long)(xpy_opt_seconds(ct, 10.0, &bad) * 1000);
    so.http.timeout_ms = (long)(xpy_opt_seconds(to, 120.0, &bad) * 1000);
    so.http.retry_budget_ms = (long)(xpy_opt_seconds(rb, 30.0, &bad) * 1000);
    so.http.backoff_ms = (long)(xpy_opt_seconds(bo, 0.2, &bad) * 1000);
    so.http.max_retries = retries <= 0 ? -1 : retries;
    so.http.ca_file = ca;
    if (bad)
        return -1;
    if (!o->lock && !(o->lock = PyThread_allocate_lock())) { /* kept across a retried __init__ */
        PyErr_NoMemory();
        return -1;
    }
    xerr err = {0};
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = stage_open(&o->s, url, &so, &err);
    Py_END_ALLOW_THREADS
    if (r != 0) {
        xpy_raise(xpy_type_state(self), &err, XD_AWS, NULL);
        return -1;
    }
    o->url = PyUnicode_FromString(url);
    return o->url ? 0 : -1;
}

static void Stage_dealloc(PyObject *self)
{
    StageObj *o = (StageObj *)self;
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    if (o->s) {
        Py_BEGIN_ALLOW_THREADS
        stage_close(o->s);
        Py_END_ALLOW_THREADS
    }
    if (o->lock)
        PyThread_free_lock(o->lock);
    Py_CLEAR(o->url);
    tp->tp_free(self);
    Py_DECREF(tp);
}

static int Stage_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    return 0;
}

static int ready(StageObj *o)
{
    if (!o->s) {
        PyErr_SetString(PyExc_RuntimeError, "Stage is not initialised");
        return 0;
    }
    return 1;
}

static PyObject *Stage_put(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"key", "data", "content_type", NULL};
    StageObj *o = (StageObj *)self;
    const char *key, *ctype = NULL;
    Py_buffer view;
    xerr err = {0};
    int r;
    if (!ready(o) || !PyArg_ParseTupleAndKeywords(args, kw, "sy*|z:put", kwlist, &key, &view, &ctype))
        return NULL;
    IO_BEGIN_IF(o, !stage_threadsafe(o->s))
    r = stage_put(o->s, key, view.buf, (size_t)view.len, ctype, &err);
    IO_END_IF(o)
    PyBuffer_Release(&view);
    return xpy_none_result(self, r, &err, XD_AWS);
}

static PyObject *Stage_get(PyObject *self, PyObject *arg)
{
    StageObj *o = (StageObj *)self;
    const char *key;
    xbuf b = {0};
    xerr err = {0};
    int r;
    if (!ready(o) || !(key = PyUnicode_AsUTF8(arg)))
        return NULL;
    IO_BEGIN_IF(o, !stage_threadsafe(o->s))
    r = stage_get(o->s, key, &b, &err);
    IO_END_IF(o)
    return xpy_bytes_result(self, r, &b, &err, XD_AWS);
}

static PyObject *obj_dict(const stage_obj *so, const char *key)
{
    return Py_BuildValue("{s:s,s:L,s:s,s:s}", "key", key, "size", so->size, "etag", so->etag, "last_modified",
                         so->last_modified);
}

static PyObject *Stage_head(PyObject *self, PyObject *arg)
{
    StageObj *o = (StageObj *)self;
    const char *key;
    stage_obj so;
    xerr err = {0};
    int r;
    if (!ready(o) || !(key = PyUnicode_AsUTF8(arg)))
        return NULL;
    IO_BEGIN(o)
    r = stage_head(o->s, key, &so, &err);
    IO_END(o)
    if (r < 0)
        return xpy_raise(xpy_type_state(self), &err, XD_AWS, NULL);
    if (r == 0)
        Py_RETURN_NONE;
    return obj_dict(&so, key);
}

static PyObject *Stage_list(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"prefix", NULL};
    StageObj *o = (StageObj *)self;
    const char *prefix = "";
    stage_list_t l;
    xerr err = {0};
    int r;
    if (!ready(o) || !PyArg_ParseTupleAndKeywords(args, kw, "|s:list", kwlist, &prefix))
        return NULL;
    IO_BEGIN(o)
    r = stage_list(o->s, prefix, &l, &err);
    IO_END(o)
    if (r != 0)
        return xpy_raise(xpy_type_state(self), &err, XD_AWS, NULL);
    PyObject *out = PyList_New((Py_ssize_t)l.n);
    for (size_t i = 0; out && i < l.n; i++) {
        PyObject *d = obj_dict(&l.v[i], l.v[i].key);
        if (!d) {
            Py_CLEAR(out);
            break;
        }
        PyList_SET_ITEM(out, (Py_ssize_t)i, d);
    }
    stage_list_free(&l);
    return out;
}

static PyObject *Stage_delete(PyObject *self, PyObject *arg)
{
    StageObj *o = (StageObj *)self;
    const char *key;
    xerr err = {0};
    int r;
    if (!ready(o) || !(key = PyUnicode_AsUTF8(arg)))
        return NULL;
    IO_BEGIN(o)
    r = stage_delete(o->s, key, &err);
    IO_END(o)
    return xpy_none_result(self, r, &err, XD_AWS);
}

static PyObject *Stage_delete_many(PyObject *self, PyObject *arg)
{
    StageObj *o = (StageObj *)self;
    PyObject *seq = PySequence_Tuple(arg);
    xerr err = {0};
    int r;
    if (!ready(o) || !seq) {
        Py_XDECREF(seq);
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    const char **keys = PyMem_Calloc((size_t)n + 1, sizeof *keys);
    if (!keys) {
        Py_DECREF(seq);
        return PyErr_NoMemory();
    }
    for (Py_ssize_t i = 0; i < n; i++)
        if (!(keys[i] = PyUnicode_AsUTF8(PyTuple_GET_ITEM(seq, i)))) {
            PyMem_Free(keys);
            Py_DECREF(seq);
            return NULL;
        }
    IO_BEGIN(o)
    r = stage_delete_many(o->s, keys, (size_t)n, &err);
    IO_END(o)
    PyMem_Free(keys);
    Py_DECREF(seq);
    return xpy_none_result(self, r, &err, XD_AWS);
}

static PyObject *Stage_sync(PyObject *self, PyObject *unused)
{
    (void)unused;
    StageObj *o = (StageObj *)self;
    xerr err = {0};
    int r;
    if (!ready(o))
        return NULL;
    IO_BEGIN(o)
    r = stage_sync(o->s, &err);
    IO_END(o)
    return xpy_none_result(self, r, &err, XD_AWS);
}

static PyObject *Stage_reap_tmp(PyObject *self, PyObject *args)
{
    StageObj *o = (StageObj *)self;
    double max_age = STAGE_TMP_MAX_AGE;
    size_t n = 0;
    xerr err = {0};
    int r;
    if (!ready(o) || !PyArg_ParseTuple(args, "|d:reap_tmp", &max_age))
        return NULL;
    IO_BEGIN(o)
    r = stage_reap_tmp(o->s, (long)max_age, &n, &err);
    IO_END(o)
    if (r != 0)
        return xpy_raise(xpy_type_state(self), &err, XD_AWS, NULL);
    return PyLong_FromSize_t(n);
}

static PyObject *Stage_url_of(PyObject *self, PyObject *arg)
{
    StageObj *o = (StageObj *)self;
    const char *key;
    xbuf b = {0};
    xerr err = {0};
    if (!ready(o) || !(key = PyUnicode_AsUTF8(arg)))
        return NULL;
    if (stage_key_ok(key, &err) != 0)
        return xpy_raise(xpy_type_state(self), &err, XD_AWS, NULL);
    if (stage_url_of(o->s, key, &b) != 0 || xbuf_cstr(&b) != 0) {
        xbuf_free(&b);
        return PyErr_NoMemory();
    }
    PyObject *r = PyUnicode_FromString(b.p);
    xbuf_free(&b);
    return r;
}

static PyObject *Stage_scheme(PyObject *self, void *c)
{
    (void)c;
    StageObj *o = (StageObj *)self;
    return ready(o) ? PyUnicode_FromString(stage_scheme(o->s)) : NULL;
}

static PyObject *Stage_geturl(PyObject *self, void *c)
{
    (void)c;
    StageObj *o = (StageObj *)self;
    return o->url ? Py_NewRef(o->url) : Py_NewRef(Py_None);
}

static PyObject *Stage_repr(PyObject *self)
{
    StageObj *o = (StageObj *)self;
    return PyUnicode_FromFormat("<expetl.Stage %R>", o->url ? o->url : Py_None);
}

static PyMethodDef Stage_methods[] = {
    {"put", (PyCFunction)(void (*)(void))Stage_put, METH_VARARGS | METH_KEYWORDS,
     "put(key, data, content_type=None): store bytes (atomic on file://)."},
    {"get", Stage_get, METH_O, "get(key) -> bytes; StageError (code 'NoSuchKey') when missing."},
    {"head", Stage_head, METH_O, "head(key) -> dict(key, size, etag, last_modified) or None."},
    {"list", (PyCFunction)(void (*)(void))Stage_list, METH_VARARGS | METH_KEYWORDS,
     "list(prefix='') -> [dict], every object under prefix in key order."},
    {"delete", Stage_delete, METH_O, "delete(key); a missing key is not an error."},
    {"delete_many", Stage_delete_many, METH_O, "delete_many(keys): batch delete."},
    {"url_of", Stage_url_of, METH_O, "url_of(key) -> the object's full URL."},
    {"sync", Stage_sync, METH_NOARGS, "sync(): make every write so far durable (file: one syncfs)."},
    {"reap_tmp", Stage_reap_tmp, METH_VARARGS,
     "reap_tmp(max_age=3600) -> int: remove the temp files of unfinished writes older than max_age\n"
     "seconds (file://; opening the stage does it too)."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Stage_getset[] = {
    {"scheme", Stage_scheme, NULL, "'file' or 's3'", NULL},
    {"url", Stage_geturl, NULL, "the stage URL", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot Stage_slots[] = {
    {Py_tp_doc, "Stage(url, region=None, endpoint_url=None, access_key=None, secret_key=None,\n"
                "      session_token=None, addressing='auto', connect_timeout=10, timeout=120,\n"
                "      max_retries=4, retry_budget=30, backoff=0.2, ca_file=None)\n\n"
                "A file:///path or s3://bucket/prefix stage."},
    {Py_tp_init, Stage_init},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, Stage_dealloc},
    {Py_tp_traverse, Stage_traverse},
    {Py_tp_methods, Stage_methods},
    {Py_tp_getset, Stage_getset},
    {Py_tp_repr, Stage_repr},
    {0, NULL},
};

static PyType_Spec Stage_spec = {
    .name = "expetl._native.Stage",
    .basicsize = sizeof(StageObj),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Stage_slots,
};

int xpy_stage_init(PyObject *m, xstate *st)
{
    return xpy_add_type(m, &Stage_spec, &st->StageType);
}
