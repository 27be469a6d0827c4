/* expetl._native.Glue: crawler start and state (glue.c). */
#include "binding.h"

#include <string.h>

#include "glue.h"

static void close_glue(void *p) { glue_close(p); }

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
    if (!o->lock && !(o->lock = PyThread_allocate_lock())) { /* kept across a retried __init__ */
        PyErr_NoMemory();
        return -1;
    }
    xerr err = {0};
    Py_BEGIN_ALLOW_THREADS
    o->g = glue_open(&so, &err);
    Py_END_ALLOW_THREADS
    if (!o->g) {
        xpy_raise(xpy_type_state(self), &err, XD_AWS, NULL);
        return -1;
    }
    return 0;
}

static void Glue_dealloc(PyObject *self)
{
    GlueObj *o = (GlueObj *)self;
    xpy_io_dealloc(self, o->g, o->lock, close_glue);
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
        return xpy_raise(xpy_type_state(self), &err, XD_AWS, NULL);
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
        return xpy_raise(xpy_type_state(self), &err, XD_AWS, NULL);
    return Py_BuildValue("{s:s,s:s,s:N,s:d}", "state", c.state, "last_status", c.last_status, "last_error",
                         xpy_text(c.last_error), "last_start", c.last_start);
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
    {Py_tp_traverse, xpy_traverse_type},
    {Py_tp_methods, Glue_methods},
    {0, NULL},
};

static PyType_Spec Glue_spec = {
    .name = "expetl._native.Glue",
    .basicsize = sizeof(GlueObj),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Glue_slots,
};

int xpy_glue_init(PyObject *m, xstate *st)
{
    return xpy_add_type(m, &Glue_spec, &st->GlueType);
}
