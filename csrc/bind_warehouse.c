/* expetl._native.Warehouse: the libpq loader (warehouse.c) with its
 * dialect, DDL scripts, known files, the one-transaction load of typed
 * records, compensation and queries. */
#include "binding.h"

#include <string.h>

#include "warehouse.h"

typedef struct {
    PyObject_HEAD
    wh *w;
    PyThread_type_lock lock;
} WhObj;

static int Wh_init(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"dsn", "dialect", "schema", "dry_run", "server_version", NULL};
    WhObj *o = (WhObj *)self;
    const char *dsn = NULL, *dialect = "postgres", *schema = "expenses";
    int dry = 0, version = 0;
    if (o->w) {
        PyErr_SetString(PyExc_RuntimeError, "Warehouse is already initialised");
        return -1;
    }
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|zsspi:Warehouse", kwlist, &dsn, &dialect, &schema, &dry, &version))
        return -1;
    if (version < 0) {
        PyErr_SetString(PyExc_ValueError, "server_version is a PostgreSQL version number (110000 for 11), or 0");
        return -1;
    }
    const wh_dialect *d = wh_dialect_named(dialect);
    if (!d) {
        PyErr_Format(PyExc_ValueError, "no warehouse dialect '%.60s' in the C loader", dialect);
        return -1;
    }
    if (!o->lock && !(o->lock = PyThread_allocate_lock())) { /* kept across a retried __init__ */
        PyErr_NoMemory();
        return -1;
    }
    xerr err = {0};
    int r;
    Py_BEGIN_ALLOW_THREADS
    r = wh_connect(&o->w, dsn, d, schema, dry, &err);
    Py_END_ALLOW_THREADS
    if (r != 0) {
        xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
        return -1;
    }
    wh_set_server_version(o->w, version);
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

/* The connection, read with the object's lock held: close() (in another
 * thread, or in a parameter's __str__ the call ran) may have taken it since
 * the first check; close() waits for the lock before it closes. */
static wh *held(const WhObj *o, xerr *err)
{
    if (!o->w)
        xerr_set(err, XE_DB, "the warehouse connection was closed");
    return o->w;
}

static PyObject *Wh_clone(PyObject *self, PyObject *unused)
{
    (void)unused;
    WhObj *o = (WhObj *)self;
    xerr err = {0};
    wh *c = NULL;
    int r;
    if (!xpy_live(o->w))
        return NULL;
    WhObj *n = (WhObj *)PyType_GenericAlloc(Py_TYPE(self), 0);
    if (!n)
        return NULL;
    if (!(n->lock = PyThread_allocate_lock())) {
        Py_DECREF(n);
        return PyErr_NoMemory();
    }
    IO_BEGIN(o)
    wh *w = held(o, &err);
    r = w ? wh_clone(w, &c, &err) : -1;
    IO_END(o)
    if (r != 0) {
        Py_DECREF(n);
        return xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
    }
    n->w = c;
    return (PyObject *)n;
}

static PyObject *Wh_exec_script(PyObject *self, PyObject *arg)
{
    WhObj *o = (WhObj *)self;
    PyObject *seq = PySequence_Tuple(arg);
    xerr err = {0};
    if (!xpy_live(o->w) || !seq) {
        Py_XDECREF(seq);
        return NULL;
    }
    Py_ssize_t n = PyTuple_GET_SIZE(seq);
    const char **stmts = PyMem_Calloc((size_t)n + 1, sizeof *stmts);
    PyObject *res = NULL;
    if (!stmts) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++)
        if (!(stmts[i] = PyUnicode_AsUTF8(PyTuple_GET_ITEM(seq, i))))
            goto done;
    int r;
    IO_BEGIN(o)
    wh *w = held(o, &err);
    r = w ? wh_exec_script(w, stmts, (size_t)n, &err) : -1;
    IO_END(o)
    res = xpy_none_result(self, r, &err, XD_SERVICE);
done:
    PyMem_Free(stmts);
    Py_DECREF(seq);
    return res;
}

static PyObject *Wh_known(PyObject *self, PyObject *arg)
{
    WhObj *o = (WhObj *)self;
    PyObject *seq = PySequence_Tuple(arg), *out = NULL;
    xerr err = {0};
    if (!xpy_live(o->w) || !seq) {
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
    wh *w = held(o, &err);
    r = w ? wh_known(w, shas, (size_t)n, flags, &err) : -1;
    IO_END(o)
    if (r != 0) {
        xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
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

/* ---- load: typed records read by attribute ------------------------------- */

/* Attribute values kept alive (and their UTF-8 buffers valid) for the
 * whole load, while the GIL is released. */
typedef struct {
    PyObject *keep; /* list */
} attrs;

/* obj.name's truth; -1 with an error. */
static int flag(PyObject *obj, const char *name)
{
    PyObject *v = PyObject_GetAttrString(obj, name);
    if (!v)
        return -1;
    int r = PyObject_IsTrue(v);
    Py_DECREF(v);
    return r;
}

/* obj.name as UTF-8; NULL (no error) for None when !required. */
static const char *attr_str(attrs *a, PyObject *obj, const char *name, int required)
{
    PyObject *v = PyObject_GetAttrString(obj, name);
    if (!v)
        return NULL;
    if (PyList_Append(a->keep, v) < 0) {
        Py_DECREF(v);
        return NULL;
    }
    Py_DECREF(v);
    if (v == Py_None) {
        if (required)
            PyErr_Format(PyExc_ValueError, "%s is required", name);
        return NULL;
    }
    return PyUnicode_AsUTF8(v);
}

static long attr_long(PyObject *obj, const char *name)
{
    PyObject *v = PyObject_GetAttrString(obj, name);
    if (!v)
        return -1;
    long r = v == Py_None ? 0 : PyLong_AsLong(v);
    Py_DECREF(v);
    return r;
}

/* A list (kept alive in a) of the attribute's items. */
static PyObject *attr_list(attrs *a, PyObject *obj, const char *name)
{
    PyObject *v = PyObject_GetAttrString(obj, name);
    if (!v)
        return NULL;
    PyObject *l = v == Py_None ? PyList_New(0) : PySequence_List(v);
    Py_DECREF(v);
    if (l && PyList_Append(a->keep, l) < 0)
        Py_CLEAR(l);
    else
        Py_XDECREF(l); /* the keep list holds it */
    return l;
}

/* Every PyMem block of the load, freed at the end. */
typedef struct {
    void *p[256];
    int n;
} blocks;

static void *block(blocks *b, size_t n, size_t size)
{
    if (b->n >= (int)(sizeof b->p / sizeof *b->p)) {
        PyErr_SetString(PyExc_ValueError, "too many document kinds or targets in one load");
        return NULL;
    }
    void *p = PyMem_Calloc(n + 1, size);
    if (!p)
        return PyErr_NoMemory();
    return b->p[b->n++] = p;
}

/* A list of str as a C array (strings kept in a, the array in bl). */
static const char **str_array(attrs *a, blocks *bl, PyObject *obj, const char *name, int *n)
{
    PyObject *l = attr_list(a, obj, name);
    if (!l)
        return NULL;
    Py_ssize_t k = PyList_GET_SIZE(l);
    const char **out = block(bl, (size_t)k, sizeof *out);
    if (!out)
        return NULL;
    for (Py_ssize_t i = 0; i < k; i++)
        if (!(out[i] = PyUnicode_AsUTF8(PyList_GET_ITEM(l, i))))
            return NULL;
    *n = (int)k;
    return out;
}

static int read_kind(attrs *a, blocks *bl, PyObject *obj, wh_kind *k, chunk_ctx *cc, PyThreadState **ts)
{
    memset(k, 0, sizeof *k);
    if (!(k->stage = attr_str(a, obj, "stage", 1)))
        return -1;
    PyObject *cols = attr_list(a, obj, "columns"), *tg = attr_list(a, obj, "targets");
    if (!cols || !tg)
        return -1;
    k->ncols = (int)PyList_GET_SIZE(cols);
    wh_col *wc = block(bl, (size_t)k->ncols, sizeof *wc);
    if (!wc)
        return -1;
    for (int i = 0; i < k->ncols; i++) {
        PyObject *c = PyList_GET_ITEM(cols, i);
        if (!PyTuple_Check(c) || PyTuple_GET_SIZE(c) != 2 || !(wc[i].name = PyUnicode_AsUTF8(PyTuple_GET_ITEM(c, 0))) ||
            !(wc[i].type = PyUnicode_AsUTF8(PyTuple_GET_ITEM(c, 1)))) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_TypeError, "columns are (name, sql type) pairs");
            return -1;
        }
    }
    k->cols = wc;
    k->ntargets = (int)PyList_GET_SIZE(tg);
    if (!(k->targets = block(bl, (size_t)k->ntargets, sizeof *k->targets)))
        return -1;
    for (int t = 0; t < k->ntargets; t++) {
        PyObject *o = PyList_GET_ITEM(tg, t);
        wh_target *x = &k->targets[t];
        int meta = flag(o, "meta"), numbered = meta < 0 ? -1 : flag(o, "numbered");
        if (meta < 0 || numbered < 0 || !(x->table = attr_str(a, o, "table", 1)) ||
            !(x->cols = str_array(a, bl, o, "columns", &x->ncols)) ||
            !(x->key = str_array(a, bl, o, "key", &x->nkey)) ||
            !(x->unique = str_array(a, bl, o, "unique", &x->nunique)))
            return -1;
        x->where = attr_str(a, o, "where", 0);
        x->latest = attr_str(a, o, "latest", 0);
        if (PyErr_Occurred())
            return -1;
        x->meta = meta;
        x->numbered = numbered;
    }
    k->manifest = attr_str(a, obj, "manifest", 0);
    if (PyErr_Occurred())
        return -1;
    PyObject *chunks = PyObject_GetAttrString(obj, "chunks");
    if (!chunks)
        return -1;
    int rc = 0;
    if (chunks != Py_None) {
        /* a sequence, not copied: a lazy one keeps memory flat */
        Py_ssize_t n = PySequence_Check(chunks) ? PySequence_Size(chunks) : -1;
        if (n < 0) {
            if (!PyErr_Occurred())
                PyErr_SetString(PyExc_TypeError, "chunks must be a sequence of bytes");
            rc = -1;
        } else if (PyList_Append(a->keep, chunks) == 0) {
            cc->seq = chunks;
            cc->ts = ts;
            k->chunks = (wh_chunks){(size_t)n, chunk_get, chunk_release, cc};
        } else
            rc = -1;
    }
    Py_DECREF(chunks);
    return rc;
}

static PyObject *Wh_load(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"run_id", "files", "quarantine", "kinds", "lock", "iam_role", "region", NULL};
    WhObj *o = (WhObj *)self;
    const char *run_id, *role = NULL, *region = NULL;
    PyObject *files = NULL, *quar = NULL, *kinds = NULL, *lock = NULL, *res = NULL;
    attrs a = {PyList_New(0)};
    blocks bl = {0};
    chunk_ctx *cc = NULL;
    PyThreadState *ts = NULL;
    size_t nk = 0;
    if (!a.keep)
        return NULL;
    if (!xpy_live(o->w) || !PyArg_ParseTupleAndKeywords(args, kw, "s|OOOOzz:load", kwlist, &run_id, &files, &quar,
                                                         &kinds, &lock, &role, &region))
        goto done;
    /* own copies, so nothing changes under the C code while the GIL is out */
    PyObject *fl = files ? PySequence_List(files) : PyList_New(0), *ql = quar ? PySequence_List(quar) : PyList_New(0);
    PyObject *kl = kinds ? PySequence_List(kinds) : PyList_New(0), *ll = lock ? PySequence_List(lock) : PyList_New(0);
    int bad = !fl || !ql || !kl || !ll;
    PyObject *own[4] = {fl, ql, kl, ll};
    for (int i = 0; i < 4; i++)
        if (own[i]) {
            bad |= PyList_Append(a.keep, own[i]) < 0;
            Py_DECREF(own[i]);
        }
    if (bad)
        goto done;
    Py_ssize_t nf = PyList_GET_SIZE(fl), nq = PyList_GET_SIZE(ql), nl = PyList_GET_SIZE(ll);
    nk = (size_t)PyList_GET_SIZE(kl);
    wh_batch b;
    memset(&b, 0, sizeof b);
    wh_file *wf = block(&bl, (size_t)nf, sizeof *wf);
    wh_quarantine *wq = block(&bl, (size_t)nq, sizeof *wq);
    const char **lk = block(&bl, (size_t)nl, sizeof *lk);
    b.kinds = block(&bl, nk, sizeof *b.kinds);
    cc = PyMem_Calloc(nk + 1, sizeof *cc);
    if (!wf || !wq || !lk || !b.kinds || !cc) {
        if (!PyErr_Occurred())
            PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < nf; i++) {
        PyObject *f = PyList_GET_ITEM(fl, i);
        if (!(wf[i].sha256 = attr_str(&a, f, "sha256", 1)) || !(wf[i].source = attr_str(&a, f, "source", 1)) ||
            !(wf[i].status = attr_str(&a, f, "status", 1)))
            goto done;
        wf[i].object_key = attr_str(&a, f, "object_key", 0);
        wf[i].rows = attr_long(f, "rows");
        if (PyErr_Occurred())
            goto done;
    }
    for (Py_ssize_t i = 0; i < nq; i++) {
        PyObject *q = PyList_GET_ITEM(ql, i);
        if (!(wq[i].sha256 = attr_str(&a, q, "sha256", 1)) || !(wq[i].reason = attr_str(&a, q, "reason", 1)))
            goto done;
        wq[i].source = attr_str(&a, q, "source", 0);
        wq[i].object_key = attr_str(&a, q, "object_key", 0);
        wq[i].detail = attr_str(&a, q, "detail", 0);
        wq[i].line = attr_long(q, "line");
        if (PyErr_Occurred())
            goto done;
    }
    for (Py_ssize_t i = 0; i < nl; i++)
        if (!(lk[i] = PyUnicode_AsUTF8(PyList_GET_ITEM(ll, i))))
            goto done;
    for (size_t i = 0; i < nk; i++)
        if (read_kind(&a, &bl, PyList_GET_ITEM(kl, (Py_ssize_t)i), &b.kinds[i], &cc[i], &ts) != 0)
            goto done;
    b.run_id = run_id;
    b.files = wf;
    b.nfiles = (size_t)nf;
    b.quarantine = wq;
    b.nquarantine = (size_t)nq;
    b.nkinds = nk;
    b.lock = lk;
    b.nlock = (size_t)nl;
    b.iam_role = role;
    b.region = region;
    wh_result wr;
    xerr err = {0};
    int r;
    ts = PyEval_SaveThread();
    PyThread_acquire_lock(o->lock, WAIT_LOCK);
    wh *w = held(o, &err);
    r = w ? wh_load(w, &b, &wr, &err) : -1;
    PyThread_release_lock(o->lock);
    PyEval_RestoreThread(ts);
    for (size_t i = 0; i < nk; i++)
        if (cc[i].et) { /* a processed file could not be read: its Python error */
            PyErr_Restore(cc[i].et, cc[i].ev, cc[i].etb);
            cc[i].et = cc[i].ev = cc[i].etb = NULL;
            goto done;
        }
    if (r != 0) {
        xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
        goto done;
    }
    PyObject *ins = PyDict_New();
    for (size_t i = 0; ins && i < nk; i++)
        for (int t = 0; t < b.kinds[i].ntargets; t++)
            if (xpy_put(ins, b.kinds[i].targets[t].table, PyLong_FromLong(b.kinds[i].targets[t].inserted))) {
                Py_CLEAR(ins);
                break;
            }
    if (ins)
        res = Py_BuildValue("{s:N,s:l,s:l,s:i}", "inserted", ins, "files", wr.files, "quarantined", wr.quarantined,
                            "attempts", wr.attempts);
done:
    for (size_t i = 0; cc && i < nk; i++) {
        Py_XDECREF(cc[i].et);
        Py_XDECREF(cc[i].ev);
        Py_XDECREF(cc[i].etb);
    }
    PyMem_Free(cc);
    for (int i = 0; i < bl.n; i++)
        PyMem_Free(bl.p[i]);
    Py_DECREF(a.keep);
    return res;
}

static PyObject *Wh_mark_failed(PyObject *self, PyObject *arg)
{
    WhObj *o = (WhObj *)self;
    const char *run_id;
    xerr err = {0};
    long n;
    if (!xpy_live(o->w) || !(run_id = PyUnicode_AsUTF8(arg)))
        return NULL;
    IO_BEGIN(o)
    wh *w = held(o, &err);
    n = w ? wh_mark_failed(w, run_id, &err) : -1;
    IO_END(o)
    if (n < 0)
        return xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
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
    if (!xpy_live(o->w) || !PyArg_ParseTupleAndKeywords(args, kw, "s|O:query", kwlist, &sql, &params))
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
    wh *w = held(o, &err);
    r = w ? wh_query(w, sql, pv, (int)n, &rows, &err) : -1;
    IO_END(o)
    if (r != 0) {
        xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
        goto done;
    }
    PyObject *names = PyTuple_New(rows.ncols), *types = PyTuple_New(rows.ncols);
    PyObject *lst = PyList_New((Py_ssize_t)rows.nrows);
    if (!names || !types || !lst)
        goto fail_rows;
    for (int c = 0; c < rows.ncols; c++) {
        PyObject *nm = PyUnicode_FromString(rows.names[c]), *ty = PyUnicode_FromString(rows.types[c]);
        if (!nm || !ty) {
            Py_XDECREF(nm);
            Py_XDECREF(ty);
            goto fail_rows;
        }
        PyTuple_SET_ITEM(names, c, nm);
        PyTuple_SET_ITEM(types, c, ty);
    }
    for (size_t i = 0; i < rows.nrows; i++) {
        PyObject *t = PyTuple_New(rows.ncols);
        if (!t)
            goto fail_rows;
        PyList_SET_ITEM(lst, (Py_ssize_t)i, t);
        for (int c = 0; c < rows.ncols; c++) {
            const char *cell = rows.cells[i * (size_t)rows.ncols + (size_t)c];
            PyObject *v = cell ? PyUnicode_FromString(cell) : Py_NewRef(Py_None);
            if (!v)
                goto fail_rows;
            PyTuple_SET_ITEM(t, c, v);
        }
    }
    out = Py_BuildValue("(NNN)", names, types, lst);
    goto done_rows;
fail_rows:
    Py_XDECREF(names);
    Py_XDECREF(types);
    Py_XDECREF(lst);
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
    return xpy_live(o->w) ? PyUnicode_FromString(wh_trace(o->w)) : NULL;
}

static PyObject *Wh_dialect(PyObject *self, void *c)
{
    (void)c;
    WhObj *o = (WhObj *)self;
    return xpy_live(o->w) ? PyUnicode_FromString(wh_dialect_name(wh_get_dialect(o->w))) : NULL;
}

static PyMethodDef Wh_methods[] = {
    {"close", Wh_close, METH_NOARGS, "close(): end the connection."},
    {"clone", Wh_clone, METH_NOARGS, "clone() -> a second connection with the same settings."},
    {"exec_script", Wh_exec_script, METH_O,
     "exec_script(statements): run them in one transaction (the DDL); a race with a\n"
     "concurrent first run is retried."},
    {"known", Wh_known, METH_O, "known(sha256s) -> set of those already loaded or quarantined."},
    {"load", (PyCFunction)(void (*)(void))Wh_load, METH_VARARGS | METH_KEYWORDS,
     "load(run_id, files=(), quarantine=(), kinds=(), lock=(), iam_role=None, region=None) -> dict\n\n"
     "One transaction: lock, stage and merge each kind's processed files into its\n"
     "targets, register files and quarantine, commit.  files, quarantine, kinds and\n"
     "their targets are records read by attribute (expetl/core/records.py)."},
    {"mark_failed", Wh_mark_failed, METH_O, "mark_failed(run_id) -> rows marked failed."},
    {"query", (PyCFunction)(void (*)(void))Wh_query, METH_VARARGS | METH_KEYWORDS,
     "query(sql, params=()) -> (column names, column types, rows of str or None)."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Wh_getset[] = {
    {"trace", Wh_trace, NULL, "statements recorded by a dry-run warehouse", NULL},
    {"dialect", Wh_dialect, NULL, "the C loader's dialect name", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot Wh_slots[] = {
    {Py_tp_doc, "Warehouse(dsn=None, dialect='postgres', schema='expenses', dry_run=False, server_version=0)\n\n"
                "A libpq connection to PostgreSQL or Redshift and the transactional loader; server_version: "
                "write SQL for at most this version (110000 for 11; 0: the server's own)."},
    {Py_tp_init, Wh_init},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, Wh_dealloc},
    {Py_tp_traverse, xpy_traverse_type},
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

int xpy_warehouse_init(PyObject *m, xstate *st)
{
    return xpy_add_type(m, &Wh_spec, &st->WarehouseType);
}
