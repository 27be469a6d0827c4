/* Mercado Pago notification checks (mpwebhook.c). */
#include "binding.h"

#include <time.h>

#include "mpwebhook.h"

PyDoc_STRVAR(verify_report_doc,
"verify_report_notification(body, secret, tolerance=604800, now=None) -> dict\n--\n\n"
"Verify a Mercado Pago report-ready notification (bcrypt signature over\n"
"transaction_id-secret-generation_date, constant-time compare) and return\n"
"its fields.  Raises SignatureError when the signature is missing, wrong or\n"
"the notification is older than tolerance seconds (0: no replay check).");

static PyObject *verify_report(PyObject *m, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"body", "secret", "tolerance", "now", NULL};
    Py_buffer body;
    const char *secret;
    long tol = 7 * 86400;
    PyObject *nowo = Py_None;
    mp_report_note note;
    xerr err = {0};
    int r;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "y*s|lO:verify_report_notification", kwlist, &body, &secret,
                                     &tol, &nowo))
        return NULL;
    time_t now = nowo == Py_None ? time(NULL) : (time_t)PyLong_AsLongLong(nowo);
    if (now == (time_t)-1 && PyErr_Occurred()) {
        PyBuffer_Release(&body);
        return NULL;
    }
    Py_BEGIN_ALLOW_THREADS
    r = mp_verify_report_note(body.buf, (size_t)body.len, secret, tol, now, &note, &err);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&body);
    if (r != 0)
        return xpy_raise(xpy_state(m), &err, XD_SERVICE, NULL);
    PyObject *files = PyList_New(0);
    for (int i = 0; files && i < note.nfiles; i++) {
        PyObject *f = Py_BuildValue("{s:s,s:s,s:s}", "name", note.files[i].name, "url", note.files[i].url,
                                    "type", note.files[i].type);
        if (!f || PyList_Append(files, f)) {
            Py_XDECREF(f);
            Py_CLEAR(files);
            break;
        }
        Py_DECREF(f);
    }
    if (!files)
        return NULL;
    return Py_BuildValue("{s:s,s:s,s:s,s:O,s:N}", "transaction_id", note.transaction_id, "generation_date",
                         note.generation_date, "report_type", note.report_type, "is_test",
                         note.is_test ? Py_True : Py_False, "files", files);
}

PyDoc_STRVAR(verify_xsig_doc,
"verify_x_signature(x_signature, request_id, data_id, secret, tolerance=604800, now=None)\n--\n\n"
"Verify Mercado Pago's x-signature header (HMAC-SHA256 over the manifest\n"
"id:<data.id>;request-id:<x-request-id>;ts:<ts>;).  Raises SignatureError.");

static PyObject *verify_xsig(PyObject *m, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"x_signature", "request_id", "data_id", "secret", "tolerance", "now", NULL};
    const char *xs, *rid, *did, *secret;
    long tol = 7 * 86400;
    PyObject *nowo = Py_None;
    xerr err = {0};
    if (!PyArg_ParseTupleAndKeywords(args, kw, "zzzs|lO:verify_x_signature", kwlist, &xs, &rid, &did, &secret,
                                     &tol, &nowo))
        return NULL;
    time_t now = nowo == Py_None ? time(NULL) : (time_t)PyLong_AsLongLong(nowo);
    if (now == (time_t)-1 && PyErr_Occurred())
        return NULL;
    if (mp_verify_x_signature(xs, rid, did, secret, tol, now, &err) != 0)
        return xpy_raise(xpy_state(m), &err, XD_SERVICE, NULL);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"verify_report_notification", (PyCFunction)(void (*)(void))verify_report, METH_VARARGS | METH_KEYWORDS,
     verify_report_doc},
    {"verify_x_signature", (PyCFunction)(void (*)(void))verify_xsig, METH_VARARGS | METH_KEYWORDS,
     verify_xsig_doc},
    {NULL, NULL, 0, NULL},
};

int xpy_webhooks_init(PyObject *m, xstate *st)
{
    (void)st;
    return PyModule_AddFunctions(m, methods);
}
