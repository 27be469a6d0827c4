/* http_request: one request through the shared HTTP layer (retries, TLS,
 * redaction), for the webhook receiver's Airflow calls. */
#include "binding.h"

#include <string.h>

static PyObject *http_request(PyObject *m, PyObject *args, PyObject *kw)
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
    xpy_http_opts(&o, timeout, retries, 0);
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
        xpy_raise(PyModule_GetState(m), &err, XD_SERVICE, NULL);
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

static PyMethodDef methods[] = {
    {"http_request", (PyCFunction)(void (*)(void))http_request, METH_VARARGS | METH_KEYWORDS,
     "http_request(method, url, headers=None, body=None, timeout=30, max_retries=2, max_body=16 MiB)\n"
     "-> (status, bytes): one request through the shared HTTP layer (retries, TLS, redaction)."},
    {NULL, NULL, 0, NULL},
};

int xpy_http_init(PyObject *m, xstate *st)
{
    (void)st;
    return PyModule_AddFunctions(m, methods);
}
