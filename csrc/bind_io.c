/* Binding for the I/O engines: expetl._native.Stage (stage.c, stage_s3.c)
 * and expetl._native.Warehouse (warehouse.c).
 *
 * Every call releases the GIL for its I/O and holds a per-object lock, so
 * one object may be shared by threads (calls on it take turns) and separate
 * objects run in parallel. */
#include "binding.h"

#include <pythread.h>
#include <string.h>

#include "glue.h"
#include "gmail.h"
#include "mpapi.h"
#include "stage.h"
#include "warehouse.h"

static xstate *type_state(PyObject *self) { return PyType_GetModuleState(Py_TYPE(self)); }

#define IO_BEGIN(o)                                  \
    {                                                \
        PyThreadState *_ts = PyEval_SaveThread();    \
        PyThread_acquire_lock((o)->lock, WAIT_LOCK);
#define IO_END(o)                                    \
        PyThread_release_lock((o)->lock);            \
        PyEval_RestoreThread(_ts);                   \
    }

/* ---- Stage --------------------------------------------------------------- */

/* A method called on an object whose __init__ failed or never ran. */
static int live(const void *p)
{
    if (!p)
        PyErr_SetString(PyExc_RuntimeError, "the object is not initialised");
    return p != NULL;
}

/* The bytes an I/O call filled, or its error; frees b either way. */
static PyObject *bytes_result(PyObject *self, int r, xbuf *b, const xerr *err)
{
    PyObject *res = r != 0 ? xpy_raise(type_state(self), err, NULL, NULL)
                           : PyBytes_FromStringAndSize(b->p ? b->p : "", (Py_ssize_t)b->len);
    xbuf_free(b);
    return res;
}

/* None, or the error of an I/O call that returns nothing. */
static PyObject *none_result(PyObject *self, int r, const xerr *err)
{
    if (r != 0)
        return xpy_raise(type_state(self), err, NULL, NULL);
    Py_RETURN_NONE;
}

typedef struct {
    PyObject_HEAD
    stage *s;
    PyThread_type_lock lock;
    PyObject *url;
} StageObj;

static double opt_seconds(PyObject *o, double dflt, int *bad)
{
    if (!o || o == Py_None)
        return dflt;
    double v = PyFloat_AsDouble(o);
    if (v == -1.0 && PyErr_Occurred())
        *bad = 1;
    return v;
}

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
    so.http.connect_timeout_ms = (long)(opt_seconds(ct, 10.0, &bad) * 1000);
    so.http.timeout_ms = (long)(opt_seconds(to, 120.0, &bad) * 1000);
    so.http.retry_budget_ms = (long)(opt_seconds(rb, 30.0, &bad) * 1000);
    so.http.backoff_ms = (long)(opt_seconds(bo, 0.2, &bad) * 1000);
    so.http.max_retries = retries <= 0 ? -1 : retries;
    so.http.ca_file = ca;
    if (bad)
        return -1;
    if (!(o->lock = PyThread_allocate_lock())) {
        PyErr_NoMemory();
        return -1;
    }
    xerr err = {0};
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = stage_open(&o->s, url, &so, &err);
    Py_END_ALLOW_THREADS
    if (r != 0) {
        xpy_raise(type_state(self), &err, NULL, NULL);
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
    IO_BEGIN(o)
    r = stage_put(o->s, key, view.buf, (size_t)view.len, ctype, &err);
    IO_END(o)
    PyBuffer_Release(&view);
    return none_result(self, r, &err);
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
    IO_BEGIN(o)
    r = stage_get(o->s, key, &b, &err);
    IO_END(o)
    return bytes_result(self, r, &b, &err);
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
        return xpy_raise(type_state(self), &err, NULL, NULL);
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
        return xpy_raise(type_state(self), &err, NULL, NULL);
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
    return none_result(self, r, &err);
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
    return none_result(self, r, &err);
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
    return none_result(self, r, &err);
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
        return xpy_raise(type_state(self), &err, NULL, NULL);
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

/* ---- Warehouse ----------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    wh *w;
    PyThread_type_lock lock;
    int dialect;
} WhObj;

static int Wh_init(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"dsn", "dialect", "schema", "dry_run", NULL};
    WhObj *o = (WhObj *)self;
    const char *dsn = NULL, *dialect = "postgres", *schema = "expenses";
    int dry = 0;
    if (o->w) {
        PyErr_SetString(PyExc_RuntimeError, "Warehouse is already initialised");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|zssp:Warehouse", kwlist, &dsn, &dialect, &schema, &dry))
        return -1;
    if (!strcmp(dialect, "postgres"))
        o->dialect = WH_POSTGRES;
    else if (!strcmp(dialect, "redshift"))
        o->dialect = WH_REDSHIFT;
    else {
        PyErr_SetString(PyExc_ValueError, "dialect must be 'postgres' or 'redshift'");
        return -1;
    }
    if (!(o->lock = PyThread_allocate_lock())) {
        PyErr_NoMemory();
        return -1;
    }
    xerr err = {0};
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = wh_connect(&o->w, dsn, o->dialect, schema, dry, &err);
    Py_END_ALLOW_THREADS
    if (r != 0) {
        xpy_raise(type_state(self), &err, NULL, NULL);
        return -1;
    }
    return 0;
}

static void Wh_dealloc(PyObject *self)
{
    WhObj *o = (WhObj *)self;
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    if (o->w) {
        Py_BEGIN_ALLOW_THREADS
        wh_close(o->w);
        Py_END_ALLOW_THREADS
    }
    if (o->lock)
        PyThread_free_lock(o->lock);
    tp->tp_free(self);
    Py_DECREF(tp);
}

static int wready(WhObj *o)
{
    if (!o->w) {
        PyErr_SetString(PyExc_RuntimeError, "Warehouse is closed");
        return 0;
    }
    return 1;
}

static PyObject *Wh_close(PyObject *self, PyObject *unused)
{
    (void)unused;
    WhObj *o = (WhObj *)self;
    if (o->w) {
        wh *w = o->w;
        o->w = NULL;
        IO_BEGIN(o)
        wh_close(w);
        IO_END(o)
    }
    Py_RETURN_NONE;
}

static PyObject *Wh_clone(PyObject *self, PyObject *unused)
{
    (void)unused;
    WhObj *o = (WhObj *)self;
    xerr err = {0};
    wh *c = NULL;
    int r;
    if (!wready(o))
        return NULL;
    WhObj *n = (WhObj *)PyType_GenericAlloc(Py_TYPE(self), 0);
    if (!n)
        return NULL;
    n->dialect = o->dialect;
    if (!(n->lock = PyThread_allocate_lock())) {
        Py_DECREF(n);
        return PyErr_NoMemory();
    }
    IO_BEGIN(o)
    r = wh_clone(o->w, &c, &err);
    IO_END(o)
    if (r != 0) {
        Py_DECREF(n);
        return xpy_raise(type_state(self), &err, NULL, NULL);
    }
    n->w = c;
    return (PyObject *)n;
}

static PyObject *Wh_ensure_schema(PyObject *self, PyObject *unused)
{
    (void)unused;
    WhObj *o = (WhObj *)self;
    xerr err = {0};
    int r;
    if (!wready(o))
        return NULL;
    IO_BEGIN(o)
    r = wh_ensure_schema(o->w, &err);
    IO_END(o)
    return none_result(self, r, &err);
}

static PyObject *Wh_known(PyObject *self, PyObject *arg)
{
    WhObj *o = (WhObj *)self;
    PyObject *seq = PySequence_Tuple(arg), *out = NULL;
    xerr err = {0};
    if (!wready(o) || !seq) {
        Py_XDECREF(seq);
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    const char **shas = PyMem_Calloc((size_t)n + 1, sizeof *shas);
    unsigned char *flags = PyMem_Calloc((size_t)n + 1, 1);
    if (!shas || !flags) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        if (!(shas[i] = PyUnicode_AsUTF8(PyTuple_GET_ITEM(seq, i))))
            goto done;
    int r;
    IO_BEGIN(o)
    r = wh_known(o->w, shas, (size_t)n, flags, &err);
    IO_END(o)
    if (r != 0) {
        xpy_raise(type_state(self), &err, NULL, NULL);
        goto done;
    }
    if (!(out = PySet_New(NULL)))
        goto done;
    for (Py_ssize_t i = 0; i < n; i++)
        if (flags[i] && PySet_Add(out, PyTuple_GET_ITEM(seq, i)) < 0) {
            Py_CLEAR(out);
            break;
        }
done:
    PyMem_Free(shas);
    PyMem_Free(flags);
    Py_DECREF(seq);
    return out;
}

/* Chunks pulled from a Python sequence while the GIL is released: each get
 * takes the GIL back just long enough to fetch item i's buffer. */
typedef struct {
    PyObject *seq;
    PyThreadState **ts;
    PyObject *item;
    Py_buffer view;
    int have_view;
    PyObject *et, *ev, *etb; /* the first Python error, re-raised after the load */
} chunk_ctx;

static int chunk_get(void *vctx, size_t i, xslice *out, xerr *err)
{
    chunk_ctx *c = vctx;
    PyEval_RestoreThread(*c->ts);
    int rc = 0;
    c->item = PySequence_GetItem(c->seq, (Py_ssize_t)i);
    if (!c->item || PyObject_GetBuffer(c->item, &c->view, PyBUF_SIMPLE) < 0) {
        Py_CLEAR(c->item);
        if (!c->et)
            PyErr_Fetch(&c->et, &c->ev, &c->etb);
        else
            PyErr_Clear();
        xerr_set(err, XE_INTERNAL, "processed file %zu could not be read", i);
        rc = -1;
    } else {
        c->have_view = 1;
        out->p = c->view.buf;
        out->len = (size_t)c->view.len;
    }
    *c->ts = PyEval_SaveThread();
    return rc;
}

static void chunk_release(void *vctx, size_t i)
{
    (void)i;
    chunk_ctx *c = vctx;
    PyEval_RestoreThread(*c->ts);
    if (c->have_view)
        PyBuffer_Release(&c->view);
    c->have_view = 0;
    Py_CLEAR(c->item);
    *c->ts = PyEval_SaveThread();
}

static const char *opt_str(PyObject *t, Py_ssize_t i)
{
    PyObject *v = PyTuple_GET_ITEM(t, i);
    return v == Py_None ? NULL : PyUnicode_AsUTF8(v);
}

static PyObject *Wh_load(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"run_id", "files", "quarantine", "receipts", "movements", "receipts_manifest",
                             "movements_manifest", "iam_role", "region", NULL};
    WhObj *o = (WhObj *)self;
    const char *run_id, *rman = NULL, *mman = NULL, *role = NULL, *region = NULL;
    PyObject *files = NULL, *quar = NULL, *rseq = NULL, *mseq = NULL;
    PyObject *fl = NULL, *ql = NULL, *res = NULL;
    wh_file *wf = NULL;
    wh_quarantine *wq = NULL;
    chunk_ctx rc = {0}, mc = {0};
    if (!wready(o) || !PyArg_ParseTupleAndKeywords(args, kw, "s|OOOOzzzz:load", kwlist, &run_id, &files, &quar,
                                                     &rseq, &mseq, &rman, &mman, &role, &region))
        return NULL;
    /* own copies, so nothing changes under the C code while the GIL is out */
    if (!(fl = files ? PySequence_List(files) : PyList_New(0)) || !(ql = quar ? PySequence_List(quar) : PyList_New(0)))
        goto done;
    /* the processed files are fetched one by one while the COPY streams
     * (a sequence, not copied: a lazy one keeps memory flat) */
    if (rseq == Py_None)
        rseq = NULL;
    if (mseq == Py_None)
        mseq = NULL;
    if ((rseq && !PySequence_Check(rseq)) || (mseq && !PySequence_Check(mseq))) {
        PyErr_SetString(PyExc_TypeError, "receipts and movements must be sequences of bytes");
        rseq = mseq = NULL;
        goto done_seq;
    }
    Py_XINCREF(rseq);
    Py_XINCREF(mseq);
    Py_ssize_t nr = rseq ? PySequence_Size(rseq) : 0, nm = mseq ? PySequence_Size(mseq) : 0;
    if (nr < 0 || nm < 0)
        goto done_seq;
    Py_ssize_t nf = PyList_GET_SIZE(fl), nq = PyList_GET_SIZE(ql);
    wf = PyMem_Calloc((size_t)nf + 1, sizeof *wf);
    wq = PyMem_Calloc((size_t)nq + 1, sizeof *wq);
    if (!wf || !wq) {
        PyErr_NoMemory();
        goto done_seq;
    }
    for (Py_ssize_t i = 0; i < nf; i++) {
        PyObject *t = PyList_GET_ITEM(fl, i);
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 5) {
            PyErr_SetString(PyExc_TypeError, "files are (sha256, source, object_key, status, rows) tuples");
            goto done_seq;
        }
        wf[i].sha256 = opt_str(t, 0);
        wf[i].source = opt_str(t, 1);
        wf[i].object_key = opt_str(t, 2);
        wf[i].status = opt_str(t, 3);
        wf[i].rows = PyLong_AsLong(PyTuple_GET_ITEM(t, 4));
        if (PyErr_Occurred())
            goto done_seq;
        if (!wf[i].sha256 || !wf[i].source || !wf[i].status) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_ValueError, "a file needs sha256, source and status");
            goto done_seq;
        }
    }
    for (Py_ssize_t i = 0; i < nq; i++) {
        PyObject *t = PyList_GET_ITEM(ql, i);
        if (!PyTuple_Check(t) || PyTuple_GET_SIZE(t) != 6) {
            PyErr_SetString(PyExc_TypeError,
                            "quarantine entries are (sha256, source, object_key, line, reason, detail) tuples");
            goto done_seq;
        }
        wq[i].sha256 = opt_str(t, 0);
        wq[i].source = opt_str(t, 1);
        wq[i].object_key = opt_str(t, 2);
        PyObject *line = PyTuple_GET_ITEM(t, 3);
        wq[i].line = line == Py_None ? 0 : PyLong_AsLong(line);
        wq[i].reason = opt_str(t, 4);
        wq[i].detail = opt_str(t, 5);
        if (PyErr_Occurred())
            goto done_seq;
        if (!wq[i].sha256 || !wq[i].reason) {
            PyErr_SetString(PyExc_ValueError, "a quarantine entry needs sha256 and reason");
            goto done_seq;
        }
    }
    wh_batch b;
    memset(&b, 0, sizeof b);
    b.run_id = run_id;
    b.files = wf;
    b.nfiles = (size_t)nf;
    b.quarantine = wq;
    b.nquarantine = (size_t)nq;
    b.receipts_manifest = rman;
    b.movements_manifest = mman;
    b.iam_role = role;
    b.region = region;
    PyThreadState *ts = NULL;
    rc.seq = rseq;
    rc.ts = &ts;
    mc.seq = mseq;
    mc.ts = &ts;
    if (rseq)
        b.receipts = (wh_chunks){(size_t)nr, chunk_get, chunk_release, &rc};
    if (mseq)
        b.movements = (wh_chunks){(size_t)nm, chunk_get, chunk_release, &mc};
    wh_result wr;
    xerr err = {0};
    int r;
    ts = PyEval_SaveThread();
    PyThread_acquire_lock(o->lock, WAIT_LOCK);
    r = wh_load(o->w, &b, &wr, &err);
    PyThread_release_lock(o->lock);
    PyEval_RestoreThread(ts);
    if (rc.et || mc.et) {
        chunk_ctx *c = rc.et ? &rc : &mc;
        PyErr_Restore(c->et, c->ev, c->etb);
        c->et = c->ev = c->etb = NULL;
        goto done_seq;
    }
    if (r != 0) {
        xpy_raise(type_state(self), &err, NULL, NULL);
        goto done_seq;
    }
    res = Py_BuildValue("{s:l,s:l,s:l,s:l,s:l,s:i}", "receipts", wr.receipts, "items", wr.items, "movements",
                        wr.movements, "files", wr.files, "quarantined", wr.quarantined, "attempts", wr.attempts);
done_seq:
    Py_XDECREF(rseq);
    Py_XDECREF(mseq);
done:
    Py_XDECREF(rc.et);
    Py_XDECREF(rc.ev);
    Py_XDECREF(rc.etb);
    Py_XDECREF(mc.et);
    Py_XDECREF(mc.ev);
    Py_XDECREF(mc.etb);
    PyMem_Free(wf);
    PyMem_Free(wq);
    Py_XDECREF(fl);
    Py_XDECREF(ql);
    return res;
}

static PyObject *Wh_mark_failed(PyObject *self, PyObject *arg)
{
    WhObj *o = (WhObj *)self;
    const char *run_id;
    xerr err = {0};
    long n;
    if (!wready(o) || !(run_id = PyUnicode_AsUTF8(arg)))
        return NULL;
    IO_BEGIN(o)
    n = wh_mark_failed(o->w, run_id, &err);
    IO_END(o)
    if (n < 0)
        return xpy_raise(type_state(self), &err, NULL, NULL);
    return PyLong_FromLong(n);
}

static PyObject *Wh_query(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"sql", "params", NULL};
    WhObj *o = (WhObj *)self;
    const char *sql;
    PyObject *params = NULL, *pt = NULL, *strs = NULL, *out = NULL;
    const char **pv = NULL;
    wh_rows rows = {0};
    xerr err = {0};
    if (!wready(o) || !PyArg_ParseTupleAndKeywords(args, kw, "s|O:query", kwlist, &sql, &params))
        return NULL;
    if (!(pt = params ? PySequence_Tuple(params) : PyTuple_New(0)))
        return NULL;
    Py_ssize_t n = PyTuple_GET_SIZE(pt);
    if (!(strs = PyList_New(n)) || !(pv = PyMem_Calloc((size_t)n + 1, sizeof *pv)))
        goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = PyTuple_GET_ITEM(pt, i);
        PyObject *s = v == Py_None ? Py_NewRef(Py_None) : PyObject_Str(v);
        if (!s)
            goto done;
        PyList_SET_ITEM(strs, i, s);
        if (s != Py_None && !(pv[i] = PyUnicode_AsUTF8(s)))
            goto done;
    }
    int r;
    IO_BEGIN(o)
    r = wh_query(o->w, sql, pv, (int)n, &rows, &err);
    IO_END(o)
    if (r != 0) {
        xpy_raise(type_state(self), &err, NULL, NULL);
        goto done;
    }
    PyObject *names = PyTuple_New(rows.ncols), *lst = PyList_New((Py_ssize_t)rows.nrows);
    if (!names || !lst) {
        Py_XDECREF(names);
        Py_XDECREF(lst);
        goto done_rows;
    }
    for (int c = 0; c < rows.ncols; c++)
        PyTuple_SET_ITEM(names, c, PyUnicode_FromString(rows.names[c]));
    for (size_t i = 0; i < rows.nrows; i++) {
        PyObject *t = PyTuple_New(rows.ncols);
        if (!t)
            break;
        for (int c = 0; c < rows.ncols; c++) {
            const char *cell = rows.cells[i * (size_t)rows.ncols + (size_t)c];
            PyTuple_SET_ITEM(t, c, cell ? PyUnicode_FromString(cell) : Py_NewRef(Py_None));
        }
        PyList_SET_ITEM(lst, (Py_ssize_t)i, t);
    }
    if (PyErr_Occurred()) {
        Py_DECREF(names);
        Py_DECREF(lst);
        goto done_rows;
    }
    out = Py_BuildValue("(NN)", names, lst);
done_rows:
    wh_rows_free(&rows);
done:
    PyMem_Free(pv);
    Py_XDECREF(strs);
    Py_XDECREF(pt);
    return out;
}

static PyObject *Wh_trace(PyObject *self, void *c)
{
    (void)c;
    WhObj *o = (WhObj *)self;
    return wready(o) ? PyUnicode_FromString(wh_trace(o->w)) : NULL;
}

static PyObject *Wh_dialect(PyObject *self, void *c)
{
    (void)c;
    return PyUnicode_FromString(((WhObj *)self)->dialect == WH_REDSHIFT ? "redshift" : "postgres");
}

static int Wh_traverse(PyObject *self, visitproc visit, void *arg)
{
    Py_VISIT(Py_TYPE(self));
    return 0;
}

static PyMethodDef Wh_methods[] = {
    {"close", Wh_close, METH_NOARGS, "close(): end the connection."},
    {"clone", Wh_clone, METH_NOARGS, "clone() -> a second connection with the same settings."},
    {"ensure_schema", Wh_ensure_schema, METH_NOARGS, "ensure_schema(): create what is missing."},
    {"known", Wh_known, METH_O, "known(sha256s) -> set of those already loaded or quarantined."},
    {"load", (PyCFunction)(void (*)(void))Wh_load, METH_VARARGS | METH_KEYWORDS,
     "load(run_id, files=(), quarantine=(), receipts=None, movements=None, receipts_manifest=None,\n"
     "     movements_manifest=None, iam_role=None, region=None) -> dict of counts\n\n"
     "One transaction: stage, merge, register, commit."},
    {"mark_failed", Wh_mark_failed, METH_O, "mark_failed(run_id) -> rows marked failed."},
    {"query", (PyCFunction)(void (*)(void))Wh_query, METH_VARARGS | METH_KEYWORDS,
     "query(sql, params=()) -> (column names, rows of str or None)."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Wh_getset[] = {
    {"trace", Wh_trace, NULL, "statements recorded by a dry-run warehouse", NULL},
    {"dialect", Wh_dialect, NULL, "'postgres' or 'redshift'", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot Wh_slots[] = {
    {Py_tp_doc, "Warehouse(dsn=None, dialect='postgres', schema='expenses', dry_run=False)\n\n"
                "A libpq connection to PostgreSQL or Redshift and the transactional loader."},
    {Py_tp_init, Wh_init},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, Wh_dealloc},
    {Py_tp_traverse, Wh_traverse},
    {Py_tp_methods, Wh_methods},
    {Py_tp_getset, Wh_getset},
    {0, NULL},
};

static PyType_Spec Wh_spec = {
    .name = "expetl._native.Warehouse",
    .basicsize = sizeof(WhObj),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Wh_slots,
};

/* Shared by the client types: free the engine handle (GIL released, it may
 * close connections) and the lock, then the object. */
static void io_dealloc(PyObject *self, void *handle, PyThread_type_lock lock, void (*close)(void *))
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    if (handle) {
        Py_BEGIN_ALLOW_THREADS
        close(handle);
        Py_END_ALLOW_THREADS
    }
    if (lock)
        PyThread_free_lock(lock);
    tp->tp_free(self);
    Py_DECREF(tp);
}

static void close_glue(void *p) { glue_close(p); }
static void close_mpapi(void *p) { mpapi_close(p); }
static void close_gmail(void *p) { gmail_close(p); }

/* Timeouts and retries given in seconds from Python. */
static void http_opts_from(http_opts *ho, double timeout, int retries, double backoff)
{
    memset(ho, 0, sizeof *ho);
    ho->timeout_ms = (long)(timeout * 1000);
    ho->connect_timeout_ms = ho->timeout_ms < 10000 ? ho->timeout_ms : 10000;
    ho->max_retries = retries <= 0 ? -1 : retries;
    ho->backoff_ms = (long)(backoff * 1000);
}

/* ---- Glue ---------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    glue *g;
    PyThread_type_lock lock;
} GlueObj;

static int Glue_init(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"region", "endpoint_url", "access_key", "secret_key", "session_token",
                             "timeout", "max_retries", NULL};
    GlueObj *o = (GlueObj *)self;
    const char *region = NULL, *endpoint = NULL, *ak = NULL, *sk = NULL, *tok = NULL;
    double timeout = 60.0;
    int retries = 4;
    if (o->g) {
        PyErr_SetString(PyExc_RuntimeError, "Glue is already initialised");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|zzzzzdi:Glue", kwlist, &region, &endpoint, &ak, &sk, &tok,
                                     &timeout, &retries))
        return -1;
    stage_opts so;
    memset(&so, 0, sizeof so);
    so.region = region;
    so.endpoint_url = endpoint;
    so.access_key = ak;
    so.secret_key = sk;
    so.session_token = tok;
    so.http.timeout_ms = (long)(timeout * 1000);
    so.http.max_retries = retries <= 0 ? -1 : retries;
    if (!(o->lock = PyThread_allocate_lock())) {
        PyErr_NoMemory();
        return -1;
    }
    xerr err = {0};
    Py_BEGIN_ALLOW_THREADS
    o->g = glue_open(&so, &err);
    Py_END_ALLOW_THREADS
    if (!o->g) {
        xpy_raise(type_state(self), &err, NULL, NULL);
        return -1;
    }
    return 0;
}

static void Glue_dealloc(PyObject *self)
{
    GlueObj *o = (GlueObj *)self;
    io_dealloc(self, o->g, o->lock, close_glue);
}

static PyObject *Glue_start(PyObject *self, PyObject *arg)
{
    GlueObj *o = (GlueObj *)self;
    const char *name;
    xerr err = {0};
    int r;
    if (!o->g || !(name = PyUnicode_AsUTF8(arg)))
        return o->g ? NULL : (PyErr_SetString(PyExc_RuntimeError, "Glue is not initialised"), NULL);
    IO_BEGIN(o)
    r = glue_start_crawler(o->g, name, &err);
    IO_END(o)
    if (r < 0)
        return xpy_raise(type_state(self), &err, NULL, NULL);
    return PyBool_FromLong(r == 0);
}

static PyObject *Glue_get(PyObject *self, PyObject *arg)
{
    GlueObj *o = (GlueObj *)self;
    const char *name;
    glue_crawler c;
    xerr err = {0};
    int r;
    if (!o->g || !(name = PyUnicode_AsUTF8(arg)))
        return o->g ? NULL : (PyErr_SetString(PyExc_RuntimeError, "Glue is not initialised"), NULL);
    IO_BEGIN(o)
    r = glue_get_crawler(o->g, name, &c, &err);
    IO_END(o)
    if (r < 0)
        return xpy_raise(type_state(self), &err, NULL, NULL);
    return Py_BuildValue("{s:s,s:s,s:s,s:d}", "state", c.state, "last_status", c.last_status, "last_error",
                         c.last_error, "last_start", c.last_start);
}

static PyMethodDef Glue_methods[] = {
    {"start_crawler", Glue_start, METH_O,
     "start_crawler(name) -> True when started, False when a crawl was already running."},
    {"get_crawler", Glue_get, METH_O, "get_crawler(name) -> dict(state, last_status, last_error, last_start)."},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot Glue_slots[] = {
    {Py_tp_doc, "Glue(region=None, endpoint_url=None, access_key=None, secret_key=None, session_token=None,\n"
                "     timeout=60, max_retries=4): AWS Glue crawlers over SigV4."},
    {Py_tp_init, Glue_init},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, Glue_dealloc},
    {Py_tp_traverse, Wh_traverse},
    {Py_tp_methods, Glue_methods},
    {0, NULL},
};

static PyType_Spec Glue_spec = {
    .name = "expetl._native.Glue",
    .basicsize = sizeof(GlueObj),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Glue_slots,
};

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
    http_opts_from(&ho, timeout, retries, backoff);
    ho.retry_budget_ms = (long)(budget * 1000);
    if (!(o->lock = PyThread_allocate_lock())) {
        PyErr_NoMemory();
        return -1;
    }
    xerr err = {0};
    Py_BEGIN_ALLOW_THREADS
    o->m = mpapi_open(base, token, &ho, &err);
    Py_END_ALLOW_THREADS
    if (!o->m) {
        xpy_raise(type_state(self), &err, NULL, NULL);
        return -1;
    }
    return 0;
}

static void Mp_dealloc(PyObject *self)
{
    MpObj *o = (MpObj *)self;
    io_dealloc(self, o->m, o->lock, close_mpapi);
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
    if (!live(o->m))
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
        return xpy_raise(type_state(self), &err, NULL, NULL);
    PyObject *out = items_list(&l);
    mp_report_list_free(&l);
    return out;
}

static PyObject *Mp_download(PyObject *self, PyObject *args)
{
    MpObj *o = (MpObj *)self;
    if (!live(o->m))
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
    return bytes_result(self, r, &b, &err);
}

static PyObject *Mp_create(PyObject *self, PyObject *args)
{
    MpObj *o = (MpObj *)self;
    if (!live(o->m))
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
        return xpy_raise(type_state(self), &err, NULL, NULL);
    }
    PyObject *res = Py_BuildValue("(Os#)", r == 0 ? Py_True : Py_False, b.p ? b.p : "", (Py_ssize_t)b.len);
    xbuf_free(&b);
    return res;
}

static PyObject *Mp_config(PyObject *self, PyObject *arg)
{
    MpObj *o = (MpObj *)self;
    if (!live(o->m))
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
        return xpy_raise(type_state(self), &err, NULL, NULL);
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
    {Py_tp_traverse, Wh_traverse},
    {Py_tp_methods, Mp_methods},
    {0, NULL},
};

static PyType_Spec Mp_spec = {
    .name = "expetl._native.MercadoPago",
    .basicsize = sizeof(MpObj),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Mp_slots,
};

/* ---- Gmail --------------------------------------------------------------- */

typedef struct {
    PyObject_HEAD
    gmail *g;
    PyThread_type_lock lock;
} GmailObj;

static int Gmail_init(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"client_id", "client_secret", "refresh_token", "access_token", "expiry", "token_uri",
                             "api_base", "timeout", "max_retries", "backoff", NULL};
    GmailObj *o = (GmailObj *)self;
    gmail_creds c;
    double timeout = 60.0, backoff = 0.2;
    int retries = 4;
    memset(&c, 0, sizeof c);
    if (o->g) {
        PyErr_SetString(PyExc_RuntimeError, "Gmail is already initialised");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kw, "sss|zLzzdid:Gmail", kwlist, &c.client_id, &c.client_secret,
                                     &c.refresh_token, &c.access_token, &c.expiry, &c.token_uri, &c.api_base,
                                     &timeout, &retries, &backoff))
        return -1;
    http_opts ho;
    http_opts_from(&ho, timeout, retries, backoff);
    if (!(o->lock = PyThread_allocate_lock())) {
        PyErr_NoMemory();
        return -1;
    }
    xerr err = {0};
    Py_BEGIN_ALLOW_THREADS
    o->g = gmail_open(&c, &ho, &err);
    Py_END_ALLOW_THREADS
    if (!o->g) {
        xpy_raise(type_state(self), &err, NULL, NULL);
        return -1;
    }
    return 0;
}

static void Gmail_dealloc(PyObject *self)
{
    GmailObj *o = (GmailObj *)self;
    io_dealloc(self, o->g, o->lock, close_gmail);
}

static PyObject *Gmail_refresh(PyObject *self, PyObject *unused)
{
    (void)unused;
    GmailObj *o = (GmailObj *)self;
    if (!live(o->g))
        return NULL;
    xerr err = {0};
    int r;
    IO_BEGIN(o)
    r = gmail_refresh(o->g, &err);
    IO_END(o)
    return none_result(self, r, &err);
}

static PyObject *Gmail_token(PyObject *self, PyObject *unused)
{
    (void)unused;
    GmailObj *o = (GmailObj *)self;
    if (!live(o->g))
        return NULL;
    long long exp;
    const char *t = gmail_access_token(o->g, &exp);
    return Py_BuildValue("(zL)", t, exp);
}

static PyObject *ids_list(char **ids, size_t n)
{
    PyObject *l = PyList_New((Py_ssize_t)n);
    for (size_t i = 0; l && i < n; i++) {
        PyObject *s = PyUnicode_FromString(ids[i]);
        if (!s) {
            Py_CLEAR(l);
            break;
        }
        PyList_SET_ITEM(l, (Py_ssize_t)i, s);
    }
    return l;
}

static PyObject *Gmail_list(PyObject *self, PyObject *arg)
{
    GmailObj *o = (GmailObj *)self;
    if (!live(o->g))
        return NULL;
    const char *q;
    char **ids;
    size_t n;
    xerr err = {0};
    int r;
    if (!(q = PyUnicode_AsUTF8(arg)))
        return NULL;
    IO_BEGIN(o)
    r = gmail_list(o->g, q, &ids, &n, &err);
    IO_END(o)
    if (r != 0)
        return xpy_raise(type_state(self), &err, NULL, NULL);
    PyObject *l = ids_list(ids, n);
    gmail_ids_free(ids, n);
    return l;
}

static PyObject *Gmail_history(PyObject *self, PyObject *args)
{
    GmailObj *o = (GmailObj *)self;
    if (!live(o->g))
        return NULL;
    const char *start, *label = NULL;
    char **ids, latest[32];
    size_t n;
    xerr err = {0};
    int r;
    if (!PyArg_ParseTuple(args, "s|z:history", &start, &label))
        return NULL;
    IO_BEGIN(o)
    r = gmail_history(o->g, start, label, &ids, &n, latest, &err);
    IO_END(o)
    if (r != 0)
        return xpy_raise(type_state(self), &err, NULL, NULL);
    PyObject *l = ids_list(ids, n);
    gmail_ids_free(ids, n);
    return l ? Py_BuildValue("(Ns)", l, latest) : NULL;
}

static PyObject *Gmail_get(PyObject *self, PyObject *arg)
{
    GmailObj *o = (GmailObj *)self;
    if (!live(o->g))
        return NULL;
    const char *id;
    gmail_message m;
    xerr err = {0};
    int r;
    if (!(id = PyUnicode_AsUTF8(arg)))
        return NULL;
    IO_BEGIN(o)
    r = gmail_get(o->g, id, &m, &err);
    IO_END(o)
    if (r != 0)
        return xpy_raise(type_state(self), &err, NULL, NULL);
    PyObject *parts = PyList_New((Py_ssize_t)m.nparts), *res = NULL;
    for (size_t i = 0; parts && i < m.nparts; i++) {
        const gmail_part *p = &m.parts[i];
        PyObject *d = Py_BuildValue("{s:s,s:s,s:z,s:y#}", "filename", p->filename, "mime_type", p->mime_type,
                                    "attachment_id", p->attachment_id, "data", p->data.p ? p->data.p : "",
                                    (Py_ssize_t)p->data.len);
        if (!d) {
            Py_CLEAR(parts);
            break;
        }
        PyList_SET_ITEM(parts, (Py_ssize_t)i, d);
    }
    if (parts)
        res = Py_BuildValue("{s:s,s:s,s:L,s:z,s:z,s:N,s:N}", "id", m.id, "history_id", m.history_id,
                            "internal_date_ms", m.internal_date_ms, "from", m.from, "subject", m.subject,
                            "attachments", parts, "html",
                            PyUnicode_DecodeUTF8(m.html.p ? m.html.p : "", (Py_ssize_t)m.html.len, "replace"));
    gmail_message_free(&m);
    return res;
}

static PyObject *Gmail_attachment(PyObject *self, PyObject *args)
{
    GmailObj *o = (GmailObj *)self;
    if (!live(o->g))
        return NULL;
    const char *mid, *aid;
    xbuf b = {0};
    xerr err = {0};
    int r;
    if (!PyArg_ParseTuple(args, "ss:attachment", &mid, &aid))
        return NULL;
    IO_BEGIN(o)
    r = gmail_attachment(o->g, mid, aid, &b, &err);
    IO_END(o)
    return bytes_result(self, r, &b, &err);
}

static const char **allow_list(PyObject *seq, Py_ssize_t *n)
{
    PyObject *t = PySequence_Fast(seq, "allow must be a sequence of 'host/path-prefix' strings");
    if (!t)
        return NULL;
    *n = PySequence_Fast_GET_SIZE(t);
    const char **a = PyMem_Calloc((size_t)*n + 1, sizeof *a);
    for (Py_ssize_t i = 0; a && i < *n; i++)
        if (!(a[i] = PyUnicode_AsUTF8(PySequence_Fast_GET_ITEM(t, i)))) {
            PyMem_Free(a);
            a = NULL;
        }
    Py_DECREF(t); /* the strings live on in seq */
    return a;
}

static PyObject *Gmail_links(PyObject *self, PyObject *args)
{
    (void)self;
    const char *html;
    Py_ssize_t hl, na;
    PyObject *allow;
    if (!PyArg_ParseTuple(args, "s#O:pdf_links", &html, &hl, &allow))
        return NULL;
    const char **a = allow_list(allow, &na);
    if (!a)
        return PyErr_Occurred() ? NULL : PyErr_NoMemory();
    char **urls;
    size_t n = gmail_pdf_links(html, (size_t)hl, a, (size_t)na, &urls);
    PyMem_Free(a);
    PyObject *l = ids_list(urls, n);
    gmail_ids_free(urls, n);
    return l;
}

static PyObject *Gmail_fetch(PyObject *self, PyObject *args)
{
    GmailObj *o = (GmailObj *)self;
    if (!live(o->g))
        return NULL;
    const char *url;
    PyObject *allow;
    Py_ssize_t minsz = 1024, maxsz = 16 * 1024 * 1024, na;
    xbuf b = {0};
    xerr err = {0};
    int r;
    if (!PyArg_ParseTuple(args, "sO|nn:fetch_link", &url, &allow, &minsz, &maxsz))
        return NULL;
    const char **a = allow_list(allow, &na);
    if (!a)
        return PyErr_Occurred() ? NULL : PyErr_NoMemory();
    IO_BEGIN(o)
    r = gmail_fetch_link(o->g, url, a, (size_t)na, (size_t)minsz, (size_t)maxsz, &b, &err);
    IO_END(o)
    PyMem_Free(a);
    return bytes_result(self, r, &b, &err);
}

static PyMethodDef Gmail_methods[] = {
    {"refresh", Gmail_refresh, METH_NOARGS, "refresh(): a new access token now."},
    {"token", Gmail_token, METH_NOARGS, "token() -> (access_token, expiry epoch seconds)."},
    {"list", Gmail_list, METH_O, "list(q) -> message ids, every page."},
    {"history", Gmail_history, METH_VARARGS, "history(start_history_id, label_id=None) -> (ids, latest id)."},
    {"get", Gmail_get, METH_O, "get(id) -> dict (format=full, parts walked, html decoded)."},
    {"attachment", Gmail_attachment, METH_VARARGS, "attachment(message_id, attachment_id) -> bytes."},
    {"pdf_links", Gmail_links, METH_VARARGS | METH_STATIC, "pdf_links(html, allow) -> allow-listed links."},
    {"fetch_link", Gmail_fetch, METH_VARARGS,
     "fetch_link(url, allow, min_size=1024, max_size=16 MiB) -> PDF bytes; every redirect hop checked."},
    {NULL, NULL, 0, NULL},
};

static PyType_Slot Gmail_slots[] = {
    {Py_tp_doc, "Gmail(client_id, client_secret, refresh_token, access_token=None, expiry=0, token_uri=None,\n"
                "      api_base=None, timeout=60, max_retries=4, backoff=0.2)"},
    {Py_tp_init, Gmail_init},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, Gmail_dealloc},
    {Py_tp_traverse, Wh_traverse},
    {Py_tp_methods, Gmail_methods},
    {0, NULL},
};

static PyType_Spec Gmail_spec = {
    .name = "expetl._native.Gmail",
    .basicsize = sizeof(GmailObj),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Gmail_slots,
};

/* ---- one HTTP request (small glue: the webhook receiver's Airflow calls) -- */

PyObject *xpy_http_request(PyObject *m, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"method", "url", "headers", "body", "timeout", "max_retries", "max_body", NULL};
    const char *method, *url;
    PyObject *headers = NULL;
    Py_buffer body = {0};
    double timeout = 30.0;
    int retries = 2;
    Py_ssize_t max_body = 16 * 1024 * 1024;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "ss|Oz*din:http_request", kwlist, &method, &url, &headers, &body,
                                     &timeout, &retries, &max_body))
        return NULL;
    struct curl_slist *h = NULL;
    PyObject *res = NULL, *seq = headers && headers != Py_None ? PySequence_Fast(headers, "headers: a list of str")
                                                               : NULL;
    if (headers && headers != Py_None && !seq)
        goto done;
    for (Py_ssize_t i = 0; seq && i < PySequence_Fast_GET_SIZE(seq); i++) {
        const char *line = PyUnicode_AsUTF8(PySequence_Fast_GET_ITEM(seq, i));
        struct curl_slist *n = line ? curl_slist_append(h, line) : NULL;
        if (!n) {
            if (!PyErr_Occurred())
                PyErr_NoMemory();
            goto done;
        }
        h = n;
    }
    http_opts o;
    http_opts_from(&o, timeout, retries, 0);
    o.max_body = (size_t)max_body;
    xerr err = {0};
    http_resp r;
    int rc = -1;
    http_client *c;
    Py_BEGIN_ALLOW_THREADS
    c = http_new(&o, &err);
    if (c) {
        http_req req = {.method = method, .url = url, .headers = h, .body = body.buf, .body_len = (size_t)body.len,
                        .has_body = body.buf != NULL, .no_retry = !strcmp(method, "POST")};
        rc = http_do(c, &req, &r, &err);
        http_free(c);
    }
    Py_END_ALLOW_THREADS
    if (rc != 0) {
        if (c)
            http_resp_free(&r);
        xpy_raise(PyModule_GetState(m), &err, NULL, NULL);
        goto done;
    }
    res = Py_BuildValue("(ly#)", r.status, r.body.p ? r.body.p : "", (Py_ssize_t)r.body.len);
    http_resp_free(&r);
done:
    curl_slist_free_all(h);
    Py_XDECREF(seq);
    if (body.buf)
        PyBuffer_Release(&body);
    return res;
}

int xpy_add_io_types(PyObject *m, xstate *st)
{
    if (!(st->StageType = PyType_FromModuleAndSpec(m, &Stage_spec, NULL)) ||
        PyModule_AddType(m, (PyTypeObject *)st->StageType) < 0)
        return -1;
    if (!(st->WarehouseType = PyType_FromModuleAndSpec(m, &Wh_spec, NULL)) ||
        PyModule_AddType(m, (PyTypeObject *)st->WarehouseType) < 0)
        return -1;
    if (!(st->GlueType = PyType_FromModuleAndSpec(m, &Glue_spec, NULL)) ||
        PyModule_AddType(m, (PyTypeObject *)st->GlueType) < 0)
        return -1;
    if (!(st->MpType = PyType_FromModuleAndSpec(m, &Mp_spec, NULL)) ||
        PyModule_AddType(m, (PyTypeObject *)st->MpType) < 0)
        return -1;
    if (!(st->GmailType = PyType_FromModuleAndSpec(m, &Gmail_spec, NULL)) ||
        PyModule_AddType(m, (PyTypeObject *)st->GmailType) < 0)
        return -1;
    return 0;
}
