/* Mercado Pago reports: parse_mp_report, process_mp_report (the pipeline's
 * parse step), and processed_columns (the processed CSV's column tables,
 * which the warehouse schema is rendered from). */
#include "binding.h"

#include <stdio.h>

#include "mpcsv.h"
#include "knowledge.h"
#include "processed.h"

PyDoc_STRVAR(parse_mp_doc,
"parse_mp_report(data, /) -> (report_type, list[dict])\n--\n\n"
"Parse a Mercado Pago settlement or release report CSV.  Raises ReportError\n"
"with .line on the first line that cannot be read.");

static PyObject *parse_mp(PyObject *m, PyObject *arg)
{
    xstate *st = xpy_state(m);
    Py_buffer view;
    mp_report rep;
    xerr err = {0};
    int r;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    r = mp_parse(view.buf, (size_t)view.len, &rep, &err);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    if (r != 0)
        return xpy_raise(st, &err, XD_REPORT, NULL);
    PyObject *lst = PyList_New(0), *res = NULL;
    if (!lst)
        goto done;
    for (size_t i = 0; i < rep.n; i++) {
        const mp_row *row = &rep.rows[i];
        PyObject *o = PyDict_New(), *extra = NULL;
        if (!o || PyList_Append(lst, o))
            goto row_fail;
        Py_DECREF(o);
        if (xpy_put(o, "report_type", xpy_str(rep.report_type)) ||
            xpy_put(o, "line", PyLong_FromLong(row->line)))
            goto fail;
        for (int k = 0; k < MP_NSTR; k++)
            if (xpy_put(o, MP_KEYS[k], xpy_str(row->s[k])))
                goto fail;
        if (xpy_put(o, "gross_amount", xpy_dec(st, row->gross)) ||
            xpy_put(o, "fee_amount", xpy_dec(st, row->fee)) || xpy_put(o, "net_amount", xpy_dec(st, row->net)))
            goto fail;
        if (!(extra = PyDict_New()) || PyDict_SetItemString(o, "extra", extra)) {
            Py_XDECREF(extra);
            goto fail;
        }
        Py_DECREF(extra);
        for (int k = 0; k < row->nextra; k++)
            if (xpy_put(extra, row->extra[k].name, xpy_str(row->extra[k].value)))
                goto fail;
        continue;
    row_fail:
        Py_XDECREF(o);
        goto fail;
    }
    res = Py_BuildValue("(sN)", rep.report_type, lst);
    lst = NULL;
    goto done;
fail:
    Py_CLEAR(lst);
done:
    Py_XDECREF(lst);
    mp_report_free(&rep);
    return res;
}

PyDoc_STRVAR(process_mp_doc,
"process_mp_report(data, object_key, rules=None, /) -> (sha256, report_type, rows, bytes)\n--\n\n"
"Check a Mercado Pago report and produce its processed-stage CSV (one line\n"
"per movement with its row_key; with rules, its household class, brand and category).\n"
"Raises ReportError with .line and .sha256.");

static PyObject *process_mp(PyObject *m, PyObject *args)
{
    xstate *st = xpy_state(m);
    Py_buffer view;
    const char *key;
    mp_report rep;
    xerr err = {0};
    xbuf csv = {0};
    char sha[65];
    int r;
    const cat_rules *rules = NULL;
    proc_knowledge kn;
    if (!PyArg_ParseTuple(args, "y*s|O&:process_mp_report", &view, &key, xpy_rules_converter, &rules))
        return NULL;
    proc_knowledge_from_rules(&kn, rules);
    Py_BEGIN_ALLOW_THREADS
    xsha256_hex(view.buf, (size_t)view.len, sha);
    r = mp_parse(view.buf, (size_t)view.len, &rep, &err);
    if (r == 0 && (r = proc_mp_csv(&rep, sha, key, rules ? &kn : NULL, &csv, &err)) != 0)
        mp_report_free(&rep); /* mp_parse frees it only on its own failure */
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    if (r != 0) {
        xbuf_free(&csv);
        return xpy_raise(st, &err, XD_REPORT, sha);
    }
    PyObject *res = Py_BuildValue("(ssny#)", sha, rep.report_type, (Py_ssize_t)rep.n, csv.p,
                                  (Py_ssize_t)csv.len);
    xbuf_free(&csv);
    mp_report_free(&rep);
    return res;
}

PyDoc_STRVAR(columns_doc,
"processed_columns() -> dict[str, list[tuple[str, str]]]\n--\n\n"
"The processed CSV files' columns with their SQL types, per document kind:\n"
"the one description the CSV writer, the staging tables and the DDL share.");

static PyObject *cols_list(const wh_col *cols, int n)
{
    PyObject *l = PyList_New(n);
    for (int i = 0; l && i < n; i++) {
        PyObject *t = Py_BuildValue("(ss)", cols[i].name, cols[i].type);
        if (!t) {
            Py_CLEAR(l);
            break;
        }
        PyList_SET_ITEM(l, i, t);
    }
    return l;
}

static PyObject *processed_columns(PyObject *m, PyObject *unused)
{
    (void)m;
    (void)unused;
    return Py_BuildValue("{s:N,s:N}", "receipt", cols_list(PROC_RECEIPT_COLS, PROC_RECEIPT_NCOLS), "mp_report",
                         cols_list(PROC_MP_COLS, PROC_MP_NCOLS));
}

static PyMethodDef methods[] = {
    {"parse_mp_report", parse_mp, METH_O, parse_mp_doc},
    {"process_mp_report", process_mp, METH_VARARGS, process_mp_doc},
    {"processed_columns", processed_columns, METH_NOARGS, columns_doc},
    {NULL, NULL, 0, NULL},
};

int xpy_report_init(PyObject *m, xstate *st)
{
    (void)st;
    return PyModule_AddFunctions(m, methods);
}
