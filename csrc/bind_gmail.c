/* expetl._native.Gmail: OAuth refresh, messages, attachments, links (gmail.c). */
#include "binding.h"

#include <string.h>

#include <glib.h>

#include "gmail.h"

static void close_gmail(void *p) { gmail_close(p); }

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
    xpy_http_opts(&ho, timeout, retries, backoff);
    if (!o->lock && !(o->lock = PyThread_allocate_lock())) { /* kept across a retried __init__ */
        PyErr_NoMemory();
        return -1;
    }
    xerr err = {0};
    Py_BEGIN_ALLOW_THREADS
    o->g = gmail_open(&c, &ho, &err);
    Py_END_ALLOW_THREADS
    if (!o->g) {
        xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
        return -1;
    }
    return 0;
}

static void Gmail_dealloc(PyObject *self)
{
    GmailObj *o = (GmailObj *)self;
    xpy_io_dealloc(self, o->g, o->lock, close_gmail);
}

static PyObject *Gmail_refresh(PyObject *self, PyObject *unused)
{
    (void)unused;
    GmailObj *o = (GmailObj *)self;
    if (!xpy_live(o->g))
        return NULL;
    xerr err = {0};
    int r;
    IO_BEGIN(o)
    r = gmail_refresh(o->g, &err);
    IO_END(o)
    return xpy_none_result(self, r, &err, XD_SERVICE);
}

static PyObject *Gmail_token(PyObject *self, PyObject *unused)
{
    (void)unused;
    GmailObj *o = (GmailObj *)self;
    if (!xpy_live(o->g))
        return NULL;
    long long exp = 0;
    char *t = NULL;
    bool nomem = false;
    /* copied under the lock: a refresh in another thread frees the old token */
    IO_BEGIN(o)
    const char *cur = gmail_access_token(o->g, &exp);
    nomem = cur && !(t = strdup(cur));
    IO_END(o)
    if (nomem)
        return PyErr_NoMemory();
    PyObject *r = Py_BuildValue("(zL)", t, exp);
    if (t) {
        explicit_bzero(t, strlen(t));
        free(t);
    }
    return r;
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
    if (!xpy_live(o->g))
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
        return xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
    PyObject *l = ids_list(ids, n);
    gmail_ids_free(ids, n);
    return l;
}

static PyObject *Gmail_history(PyObject *self, PyObject *args)
{
    GmailObj *o = (GmailObj *)self;
    if (!xpy_live(o->g))
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
        return xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
    PyObject *l = ids_list(ids, n);
    gmail_ids_free(ids, n);
    return l ? Py_BuildValue("(Ns)", l, latest) : NULL;
}

static PyObject *Gmail_get(PyObject *self, PyObject *arg)
{
    GmailObj *o = (GmailObj *)self;
    if (!xpy_live(o->g))
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
        return xpy_raise(xpy_type_state(self), &err, XD_SERVICE, NULL);
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
    if (!xpy_live(o->g))
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
    return xpy_bytes_result(self, r, &b, &err, XD_SERVICE);
}

/* The allow list copied to C strings: the GIL is released while they are
 * read, and the list could change meanwhile.  g_strfreev it. */
static char **allow_list(PyObject *seq, size_t *n)
{
    PyObject *t = PySequence_Fast(seq, "allow must be a sequence of 'https://host/path-prefix' strings");
    if (!t)
        return NULL;
    Py_ssize_t k = PySequence_Fast_GET_SIZE(t);
    char **a = g_new0(char *, (size_t)k + 1);
    for (Py_ssize_t i = 0; i < k; i++) {
        const char *s = PyUnicode_AsUTF8(PySequence_Fast_GET_ITEM(t, i));
        if (!s) {
            g_strfreev(a);
            a = NULL;
            break;
        }
        a[i] = g_strdup(s);
    }
    Py_DECREF(t);
    *n = (size_t)k;
    return a;
}

static PyObject *Gmail_links(PyObject *self, PyObject *args, PyObject *kw)
{
    (void)self;
    static char *kwlist[] = {"html", "allow", "max", NULL};
    const char *html;
    Py_ssize_t hl, max = XLIM_LINKS_PER_MAIL;
    PyObject *allow, *hobj;
    size_t na, n;
    char **urls;
    bool more;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "UO|n:pdf_links", kwlist, &hobj, &allow, &max))
        return NULL;
    if (!(html = PyUnicode_AsUTF8AndSize(hobj, &hl)))
        return NULL;
    char **a = allow_list(allow, &na);
    if (!a)
        return NULL;
    /* a body can be megabytes of links: scanned without the GIL (hobj is
     * held by args, so its UTF-8 stays) */
    Py_BEGIN_ALLOW_THREADS
    n = gmail_pdf_links(html, (size_t)hl, (const char *const *)a, na, max < 0 ? 0 : (size_t)max, &urls, &more);
    Py_END_ALLOW_THREADS
    g_strfreev(a);
    PyObject *l = ids_list(urls, n);
    gmail_ids_free(urls, n);
    return l ? Py_BuildValue("(NO)", l, more ? Py_True : Py_False) : NULL;
}

static PyObject *Gmail_fetch(PyObject *self, PyObject *args)
{
    GmailObj *o = (GmailObj *)self;
    if (!xpy_live(o->g))
        return NULL;
    const char *url;
    PyObject *allow;
    Py_ssize_t minsz = 1024, maxsz = 16 * 1024 * 1024;
    size_t na;
    xbuf b = {0};
    xerr err = {0};
    int r;
    if (!PyArg_ParseTuple(args, "sO|nn:fetch_link", &url, &allow, &minsz, &maxsz))
        return NULL;
    if (minsz < 0 || maxsz <= 0) {
        PyErr_SetString(PyExc_ValueError, "min_size and max_size must be positive");
        return NULL;
    }
    char **a = allow_list(allow, &na);
    if (!a)
        return NULL;
    IO_BEGIN(o)
    r = gmail_fetch_link(o->g, url, (const char *const *)a, na, (size_t)minsz, (size_t)maxsz, &b, &err);
    IO_END(o)
    g_strfreev(a);
    return xpy_bytes_result(self, r, &b, &err, XD_SERVICE);
}

static PyMethodDef Gmail_methods[] = {
    {"refresh", Gmail_refresh, METH_NOARGS, "refresh(): a new access token now."},
    {"token", Gmail_token, METH_NOARGS, "token() -> (access_token, expiry epoch seconds)."},
    {"list", Gmail_list, METH_O, "list(q) -> message ids, every page."},
    {"history", Gmail_history, METH_VARARGS, "history(start_history_id, label_id=None) -> (ids, latest id)."},
    {"get", Gmail_get, METH_O, "get(id) -> dict (format=full, parts walked, html decoded)."},
    {"attachment", Gmail_attachment, METH_VARARGS, "attachment(message_id, attachment_id) -> bytes."},
    {"pdf_links", (PyCFunction)(void (*)(void))Gmail_links, METH_VARARGS | METH_KEYWORDS | METH_STATIC,
     "pdf_links(html, allow, max=20) -> (links, more): the allowed links, normalised, each once, at most\n"
     "max; more is True when the body holds further ones.  Linear time, the GIL released."},
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
    {Py_tp_traverse, xpy_traverse_type},
    {Py_tp_methods, Gmail_methods},
    {0, NULL},
};

static PyType_Spec Gmail_spec = {
    .name = "expetl._native.Gmail",
    .basicsize = sizeof(GmailObj),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Gmail_slots,
};

int xpy_gmail_init(PyObject *m, xstate *st)
{
    return xpy_add_type(m, &Gmail_spec, &st->GmailType);
}
