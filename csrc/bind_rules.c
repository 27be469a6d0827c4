/* expetl._native.Rules (categorize.c) and mp_classify (mpclass.c).
 *
 * A Rules object owns one immutable cat_rules: it is shared by threads
 * without a lock.  The per-item calls do not release the GIL: they cost a
 * few hundred nanoseconds, less than dropping and taking the GIL back; the
 * pipeline calls the C functions per item without Python anyway.  Loading
 * (a JSON parse and the tries) runs without the GIL. */
#include "binding.h"

#include <string.h>

#include "categorize.h"
#include "mpclass.h"

typedef struct {
    PyObject_HEAD
    cat_rules *r;
} RulesObj;

static PyObject *Rules_new(PyTypeObject *tp, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"json_text", NULL};
    Py_buffer text;
    PyObject *arg, *bytes;
    cat_rules *r = NULL;
    xerr err = {0};
    int rc;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "O:Rules", kwlist, &arg))
        return NULL;
    /* a str as its UTF-8 bytes, anything else as a buffer */
    bytes = PyUnicode_Check(arg) ? PyUnicode_AsUTF8String(arg) : Py_NewRef(arg);
    if (!bytes)
        return NULL;
    rc = PyObject_GetBuffer(bytes, &text, PyBUF_SIMPLE);
    Py_DECREF(bytes);
    if (rc < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    rc = cat_rules_load(text.buf, (size_t)text.len, &r, &err);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&text);
    if (rc != 0)
        return xpy_raise(PyType_GetModuleState(tp), &err, XD_SERVICE, NULL);
    RulesObj *o = (RulesObj *)tp->tp_alloc(tp, 0);
    if (!o) {
        cat_rules_free(r);
        return NULL;
    }
    o->r = r;
    return (PyObject *)o;
}

static void Rules_dealloc(PyObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    cat_rules_free(((RulesObj *)self)->r);
    tp->tp_free(self);
    Py_DECREF(tp);
}

int xpy_rules_converter(PyObject *o, void *out)
{
    /* the dealloc names the type: no slot in the module state needed, and
     * the type cannot be subclassed */
    if (o == Py_None) {
        *(const cat_rules **)out = NULL;
        return 1;
    }
    if (Py_TYPE(o)->tp_dealloc != Rules_dealloc) {
        PyErr_Format(PyExc_TypeError, "expected expetl._native.Rules, not %.80s", Py_TYPE(o)->tp_name);
        return 0;
    }
    *(const cat_rules **)out = ((RulesObj *)o)->r;
    return 1;
}

static PyObject *Rules_item(PyObject *self, PyObject *args)
{
    const char *dept, *desc;
    if (!PyArg_ParseTuple(args, "zz:item", &dept, &desc))
        return NULL;
    return PyUnicode_FromString(cat_item(((RulesObj *)self)->r, dept, desc ? desc : ""));
}

/* items(rows): a batch of (department, description) pairs → category ids,
 * the matching without the GIL (the strings are held, their UTF-8 cached in
 * the str objects). */
static PyObject *Rules_items(PyObject *self, PyObject *arg)
{
    const cat_rules *r = ((RulesObj *)self)->r;
    /* a tuple of our own: PySequence_Fast hands back the caller's list,
     * which another thread could empty (freeing the strings) while the
     * matching runs without the GIL */
    PyObject *seq = PySequence_Tuple(arg);
    if (!seq) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            PyErr_SetString(PyExc_TypeError, "items() takes a sequence of (department, description) pairs");
        }
        return NULL;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    const char **in = PyMem_Calloc((size_t)n * 2 + 1, sizeof *in);
    const char **out = PyMem_Calloc((size_t)n + 1, sizeof *out);
    PyObject *res = NULL;
    if (!in || !out) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *pair = PySequence_Fast_GET_ITEM(seq, i);
        const char *dept = NULL, *desc = NULL;
        if (!PyTuple_Check(pair) || !PyArg_ParseTuple(pair, "zz", &dept, &desc)) {
            if (!PyErr_Occurred() || PyErr_ExceptionMatches(PyExc_TypeError)) {
                PyErr_Clear();
                PyErr_Format(PyExc_TypeError, "items(): row %zd is not a (department, description) pair", i);
            }
            goto done;
        }
        in[2 * i] = dept;
        in[2 * i + 1] = desc;
    }
    /* the pairs (tuples, immutable: so their str objects) stay alive in seq meanwhile */
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n; i++)
        out[i] = cat_item(r, in[2 * i], in[2 * i + 1]);
    Py_END_ALLOW_THREADS
    if (!(res = PyList_New(n)))
        goto done;
    /* one str per category: the results are the rules' own id pointers */
    struct id_str {
        const char *id;
        PyObject *s;
    } cache[64];
    int nc = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *v = NULL;
        for (int k = 0; k < nc && !v; k++)
            if (cache[k].id == out[i])
                v = cache[k].s;
        if (!v) {
            if (!(v = PyUnicode_FromString(out[i]))) {
                Py_CLEAR(res);
                break;
            }
            if (nc < 64)
                cache[nc++] = (struct id_str){out[i], Py_NewRef(v)};
            PyList_SET_ITEM(res, i, v);
            continue;
        }
        PyList_SET_ITEM(res, i, Py_NewRef(v));
    }
    for (int k = 0; k < nc; k++)
        Py_DECREF(cache[k].s);
done:
    PyMem_Free(in);
    PyMem_Free(out);
    Py_DECREF(seq);
    return res;
}

static PyObject *Rules_store(PyObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"store_name", "marketplace", NULL};
    const char *name;
    int mkt = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "z|p:store", kwlist, &name, &mkt))
        return NULL;
    return PyUnicode_FromString(cat_store(((RulesObj *)self)->r, name, mkt != 0));
}

static PyObject *Rules_brand_for_cuit(PyObject *self, PyObject *arg)
{
    const char *cuit = PyUnicode_AsUTF8(arg);
    if (!cuit)
        return NULL;
    return xpy_str(cat_brand_cuit(((RulesObj *)self)->r, cuit));
}

static PyObject *Rules_brand_for_name(PyObject *self, PyObject *arg)
{
    char out[512];
    (void)self;
    const char *name = arg == Py_None ? NULL : PyUnicode_AsUTF8(arg);
    if (!name && arg != Py_None)
        return NULL;
    cat_brand_name(name, out, sizeof out);
    return PyUnicode_FromString(out);
}

static PyObject *Rules_brand_for_store(PyObject *self, PyObject *arg)
{
    char out[512];
    const char *name = arg == Py_None ? NULL : PyUnicode_AsUTF8(arg);
    if (!name && arg != Py_None)
        return NULL;
    cat_brand_store(((RulesObj *)self)->r, name, out, sizeof out);
    return PyUnicode_FromString(out);
}

static PyObject *Rules_version(PyObject *self, void *closure)
{
    (void)closure;
    return PyLong_FromLong(cat_rules_version(((RulesObj *)self)->r));
}

static PyMethodDef Rules_methods[] = {
    {"item", Rules_item, METH_VARARGS,
     "item(department, description) -> category id of a ticket line ('otros' when nothing places it)."},
    {"items", Rules_items, METH_O,
     "items(rows) -> [category id] for a sequence of (department, description) pairs, matched without the GIL."},
    {"store", (PyCFunction)(void (*)(void))Rules_store, METH_VARARGS | METH_KEYWORDS,
     "store(store_name, marketplace=False) -> category id of a Mercado Pago spending row."},
    {"brand_for_cuit", Rules_brand_for_cuit, METH_O, "brand_for_cuit(cuit) -> brand, or None when unknown."},
    {"brand_for_name", Rules_brand_for_name, METH_O,
     "brand_for_name(legal_name) -> the name without its legal form, in title case."},
    {"brand_for_store", Rules_brand_for_store, METH_O,
     "brand_for_store(store_name) -> a known brand in the name, else the name cleaned ('' when empty)."},
    {NULL, NULL, 0, NULL},
};

static PyGetSetDef Rules_getset[] = {
    {"version", Rules_version, NULL, "Version of the rules' format.", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static PyType_Slot Rules_slots[] = {
    {Py_tp_doc, "Rules(json_text): the ledger rules (expetl/data/ledger_rules.json), loaded and validated\n"
                "once; immutable, shared between threads.  ValueError names what is wrong in the data."},
    {Py_tp_new, Rules_new},
    {Py_tp_dealloc, Rules_dealloc},
    {Py_tp_methods, Rules_methods},
    {Py_tp_getset, Rules_getset},
    {0, NULL},
};

static PyType_Spec Rules_spec = {
    .name = "expetl._native.Rules",
    .basicsize = sizeof(RulesObj),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Rules_slots,
};

/* ---- mp_classify ---------------------------------------------------------- */

/* None, or a plain decimal given as str / Decimal / int. */
static int amount_arg(PyObject *o, const char *name, xdec *out)
{
    out->set = false;
    if (o == Py_None)
        return 0;
    PyObject *s = PyObject_Str(o);
    if (!s)
        return -1;
    Py_ssize_t n;
    const char *p = PyUnicode_AsUTF8AndSize(s, &n);
    int bad = !p || xn_plain_decimal(p, (size_t)n, out) != 0;
    Py_DECREF(s);
    if (bad) {
        if (!PyErr_Occurred())
            PyErr_Format(PyExc_ValueError, "mp_classify: %s is not a decimal amount: %R", name, o);
        return -1;
    }
    return 0;
}

PyDoc_STRVAR(mp_classify_doc,
"mp_classify(report_type, has_record_type_column, date, source_id, record_type, description,\n"
"            transaction_type, net_amount, credit=None, debit=None) -> (class, rule, why)\n--\n\n"
"The household class of a Mercado Pago report row: the table of the household rules (1-13,\n"
"first match wins) for release reports, rules 14-18 for settlement reports.  Strings may be\n"
"None; amounts are None or decimals (str, Decimal, int).  rule is 0 for 'unclassified'.");

static PyObject *mp_classify_py(PyObject *m, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"report_type", "has_record_type_column", "date", "source_id", "record_type",
                             "description", "transaction_type", "net_amount", "credit", "debit", NULL};
    const char *rt, *date, *sid, *rec, *desc, *tt;
    int has_rec;
    PyObject *neto, *cro = Py_None, *dbo = Py_None;
    xdec net, cr, db;
    int rule = 0;
    const char *why = "";
    (void)m;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "zpzzzzzO|OO:mp_classify", kwlist, &rt, &has_rec, &date, &sid, &rec,
                                     &desc, &tt, &neto, &cro, &dbo))
        return NULL;
    if (amount_arg(neto, "net_amount", &net) || amount_arg(cro, "credit", &cr) || amount_arg(dbo, "debit", &db))
        return NULL;
    mp_class c = mp_classify(rt, has_rec != 0, date, sid, rec, desc, tt, net, cr, db, &rule, &why);
    return Py_BuildValue("(sis)", mp_class_name(c), rule, why);
}

static PyMethodDef methods[] = {
    {"mp_classify", (PyCFunction)(void (*)(void))mp_classify_py, METH_VARARGS | METH_KEYWORDS, mp_classify_doc},
    {NULL, NULL, 0, NULL},
};

int xpy_rules_init(PyObject *m, xstate *st)
{
    /* the module's dict keeps the type alive: no slot in the module state */
    PyObject *tp = NULL;
    (void)st;
    int rc = xpy_add_type(m, &Rules_spec, &tp);
    Py_XDECREF(tp);
    return rc || PyModule_AddFunctions(m, methods);
}
