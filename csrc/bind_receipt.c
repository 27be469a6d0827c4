/* Receipts: parse_pdf, parse_text, pdf_rows, process_pdf (the pipeline's
 * parse step: a summary and the processed CSV), poppler_floor (the bench);
 * and the receipt → contract dict converter. */
#include "binding.h"

#include "parse.h"
#include "pdfrows.h"
#include "knowledge.h"
#include "processed.h"

/* Sets d[key] = v (key an interned str from the module state) and steals v. */
static int putk(PyObject *d, PyObject *key, PyObject *v)
{
    if (!v)
        return -1;
    int r = PyDict_SetItem(d, key, v);
    Py_DECREF(v);
    return r;
}

/* {k1: v1, k2: v2} appended to lst; steals v1 and v2 (NULL: an error set). */
static int append_pair(PyObject *lst, PyObject *k1, PyObject *v1, PyObject *k2, PyObject *v2)
{
    PyObject *o = PyDict_New();
    int r = !o || putk(o, k1, Py_XNewRef(v1)) || putk(o, k2, Py_XNewRef(v2)) || PyList_Append(lst, o) ? -1 : 0;
    Py_XDECREF(o);
    Py_XDECREF(v1);
    Py_XDECREF(v2);
    return r;
}

/* d[key] = *lst, the reference handed over (*lst is NULL after, set or not). */
static int put_list(PyObject *d, PyObject *key, PyObject **lst)
{
    PyObject *l = *lst;
    *lst = NULL;
    return putk(d, key, l);
}

static PyObject *int_or_none(int64_t v)
{
    return v >= 0 ? PyLong_FromLongLong(v) : Py_NewRef(Py_None);
}

/* The warning names of CONTRACT.md, in a fixed order. */
static PyObject *warnings_list(unsigned warnings)
{
    static const struct {
        unsigned flag;
        const char *name;
    } names[] = {{RW_TOTALS_MISMATCH, "totals_mismatch"}, {RW_CUIT_INVALID, "cuit_invalid"},
                 {RW_QR_MISMATCH, "qr_mismatch"}};
    PyObject *lst = PyList_New(0);
    for (size_t i = 0; lst && i < sizeof names / sizeof *names; i++) {
        if (!(warnings & names[i].flag))
            continue;
        PyObject *w = PyUnicode_FromString(names[i].name);
        if (!w || PyList_Append(lst, w))
            Py_CLEAR(lst);
        Py_XDECREF(w);
    }
    return lst;
}

static PyObject *qr_obj(xstate *st, const rc_qr *q)
{
    if (!q->present)
        Py_RETURN_NONE;
    PyObject *o = PyDict_New();
    if (!o || putk(o, st->key[K_doc_code], int_or_none(q->doc_code)) ||
        putk(o, st->key[K_cuit], xpy_str(q->cuit[0] ? q->cuit : NULL)) ||
        putk(o, st->key[K_pos], int_or_none(q->pos)) || putk(o, st->key[K_number], int_or_none(q->number)) ||
        putk(o, st->key[K_date], xpy_str(q->date[0] ? q->date : NULL)) ||
        putk(o, st->key[K_total], xpy_dec(st, q->total)) ||
        putk(o, st->key[K_currency], xpy_str(q->currency[0] ? q->currency : NULL)) ||
        putk(o, st->key[K_cae], xpy_str(q->cae[0] ? q->cae : NULL))) {
        Py_XDECREF(o);
        return NULL;
    }
    return o;
}

static PyObject *receipt_obj(xstate *st, const receipt *rc)
{
    PyObject *d = PyDict_New(), *m = NULL, *lst = NULL;
    if (!d)
        return NULL;
    if (putk(d, st->key[K_doc_type], xpy_str(rc->doc_type)))
        goto fail;
    if (!(m = PyDict_New()) || putk(m, st->key[K_name], xpy_str(rc->merchant_name)) ||
        putk(m, st->key[K_cuit], xpy_str(rc->merchant_cuit[0] ? rc->merchant_cuit : NULL)) ||
        PyDict_SetItem(d, st->key[K_merchant], m))
        goto fail;
    Py_CLEAR(m);
    if (putk(d, st->key[K_pos], int_or_none(rc->pos)) || putk(d, st->key[K_number], int_or_none(rc->number)) ||
        putk(d, st->key[K_issued_at], xpy_str(rc->issued_at[0] ? rc->issued_at : NULL)) ||
        putk(d, st->key[K_currency], xpy_str(rc->currency)))
        goto fail;
    if (!(lst = PyList_New(0)))
        goto fail;
    for (size_t i = 0; i < rc->nitems; i++) {
        const rc_item *it = &rc->items[i];
        PyObject *o = PyDict_Copy(st->item_tmpl);
        if (!o || putk(o, st->key[K_line], PyLong_FromLong(it->line)) ||
            putk(o, st->key[K_department], xpy_str(it->department)) ||
            putk(o, st->key[K_description], xpy_str(it->description)) || putk(o, st->key[K_ean], xpy_str(it->ean)) ||
            putk(o, st->key[K_quantity], xpy_dec(st, it->quantity)) || putk(o, st->key[K_unit], xpy_str(it->unit)) ||
            putk(o, st->key[K_unit_price], xpy_dec(st, it->unit_price)) ||
            putk(o, st->key[K_vat_rate], xpy_dec(st, it->vat_rate)) ||
            putk(o, st->key[K_amount], xpy_dec(st, it->amount)) ||
            PyList_Append(lst, o)) {
            Py_XDECREF(o);
            goto fail;
        }
        Py_DECREF(o);
    }
    /* discounts, vat, taxes, payments: lists of two-key dicts */
    if (put_list(d, st->key[K_items], &lst) || !(lst = PyList_New(0)))
        goto fail;
    for (size_t i = 0; i < rc->ndiscounts; i++)
        if (append_pair(lst, st->key[K_description], xpy_str(rc->discounts[i].description), st->key[K_amount],
                        xpy_dec(st, rc->discounts[i].amount)))
            goto fail;
    if (put_list(d, st->key[K_discounts], &lst))
        goto fail;
    if (putk(d, st->key[K_subtotal], xpy_dec(st, rc->subtotal)) ||
        putk(d, st->key[K_discount_total], xpy_dec(st, rc->discount_total)) ||
        putk(d, st->key[K_total], xpy_dec(st, rc->total)))
        goto fail;
    if (!(lst = PyList_New(0)))
        goto fail;
    for (size_t i = 0; i < rc->nvat; i++)
        if (append_pair(lst, st->key[K_rate], xpy_dec(st, rc->vat[i].rate), st->key[K_amount],
                        xpy_dec(st, rc->vat[i].amount)))
            goto fail;
    if (put_list(d, st->key[K_vat], &lst) || !(lst = PyList_New(0)))
        goto fail;
    for (size_t i = 0; i < rc->ntaxes; i++)
        if (append_pair(lst, st->key[K_description], xpy_str(rc->taxes[i].description), st->key[K_amount],
                        xpy_dec(st, rc->taxes[i].amount)))
            goto fail;
    if (put_list(d, st->key[K_taxes], &lst) || !(lst = PyList_New(0)))
        goto fail;
    for (size_t i = 0; i < rc->npayments; i++)
        if (append_pair(lst, st->key[K_method], xpy_str(rc->payments[i].method), st->key[K_amount],
                        xpy_dec(st, rc->payments[i].amount)))
            goto fail;
    if (put_list(d, st->key[K_payments], &lst))
        goto fail;
    if (putk(d, st->key[K_prices_include_vat], PyBool_FromLong(rc->prices_include_vat)) ||
        putk(d, st->key[K_cae], xpy_str(rc->cae[0] ? rc->cae : NULL)) ||
        putk(d, st->key[K_qr], qr_obj(st, &rc->qr)) ||
        putk(d, st->key[K_warnings], warnings_list(rc->warnings)))
        goto fail;
    return d;
fail:
    Py_XDECREF(m);
    Py_XDECREF(lst);
    Py_DECREF(d);
    return NULL;
}

PyDoc_STRVAR(parse_pdf_doc,
"parse_pdf(data, /) -> (sha256, dict)\n--\n\n"
"Parse receipt PDF bytes (any buffer) into the contract dict.  Raises\n"
"DamagedPdf, EncryptedPdf or UnsupportedLayout carrying the SHA-256.");

static PyObject *parse_pdf(PyObject *m, PyObject *arg)
{
    xstate *st = xpy_state(m);
    Py_buffer view;
    receipt rc;
    xerr err = {0};
    char sha[65];
    int r;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    receipt_init(&rc);
    Py_BEGIN_ALLOW_THREADS
    xsha256_hex(view.buf, (size_t)view.len, sha);
    r = receipt_parse_pdf(view.buf, (size_t)view.len, &rc, &err);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    PyObject *res = NULL;
    if (r != 0) {
        xpy_raise(st, &err, XD_RECEIPT, sha);
    } else {
        PyObject *d = receipt_obj(st, &rc);
        if (d)
            res = Py_BuildValue("(sN)", sha, d);
    }
    Py_BEGIN_ALLOW_THREADS
    receipt_free(&rc);
    Py_END_ALLOW_THREADS
    return res;
}

PyDoc_STRVAR(parse_text_doc,
"parse_text(text, /) -> dict\n--\n\n"
"Parse a receipt given as layout text (one printed line per line, two or\n"
"more spaces between columns, form feed between pages).");

static PyObject *parse_text(PyObject *m, PyObject *arg)
{
    xstate *st = xpy_state(m);
    Py_ssize_t n;
    const char *s = PyUnicode_AsUTF8AndSize(arg, &n);
    receipt rc;
    xerr err = {0};
    char sha[65];
    int r;
    if (!s)
        return NULL;
    receipt_init(&rc);
    Py_BEGIN_ALLOW_THREADS
    xsha256_hex(s, (size_t)n, sha);
    r = receipt_parse_text(s, (size_t)n, &rc, &err);
    Py_END_ALLOW_THREADS
    PyObject *res = r ? xpy_raise(st, &err, XD_RECEIPT, sha) : receipt_obj(st, &rc);
    receipt_free(&rc);
    return res;
}

PyDoc_STRVAR(pdf_rows_doc,
"pdf_rows(data, /) -> list[list[str]]\n--\n\n"
"The physical rows of a PDF as lists of cells (for inspection).");

static PyObject *pdf_rows_py(PyObject *m, PyObject *arg)
{
    xstate *st = xpy_state(m);
    Py_buffer view;
    xw_rows rows;
    xerr err = {0};
    int r;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    rows_init(&rows);
    Py_BEGIN_ALLOW_THREADS
    r = pdf_rows(view.buf, (size_t)view.len, &rows, &err);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    PyObject *out = NULL;
    if (r != 0) {
        xpy_raise(st, &err, XD_RECEIPT, NULL);
        goto done;
    }
    if (!(out = PyList_New(0)))
        goto done;
    for (size_t i = 0; i < rows.n; i++) {
        const xw_row *row = &rows.rows[i];
        PyObject *cells = PyList_New(0);
        if (!cells || PyList_Append(out, cells)) {
            Py_XDECREF(cells);
            Py_CLEAR(out);
            goto done;
        }
        Py_DECREF(cells);
        for (int a = 0; a < row->nw;) {
            int b = a;
            while (b < row->nw && row->w[b].cell == row->w[a].cell)
                b++;
            char *t = row_join(&rows, row, a, b);
            PyObject *s = t ? xpy_str(t) : PyErr_NoMemory();
            if (!s || PyList_Append(cells, s)) {
                Py_XDECREF(s);
                Py_CLEAR(out);
                goto done;
            }
            Py_DECREF(s);
            a = b;
        }
    }
done:
    rows_free(&rows);
    return out;
}

PyDoc_STRVAR(process_pdf_doc,
"process_pdf(data, source, object_key, rules=None, /) -> (sha256, summary, bytes)\n--\n\n"
"Parse a receipt for the pipeline: a summary (doc_type, merchant, cuit,\n"
"issued_at, currency, total, items_total = what the lines add up to, items,\n"
"discounts, lines, fiscal_key, warnings) for the quality checks, and the\n"
"processed-stage CSV (one line per item, discount, tax, VAT of net amounts\n"
"and rounding: the format the warehouse COPY reads).\n"
"With rules (a Rules object) the lines carry their category and the receipt its brand.\n"
"The whole contract dict is not built: the CSV carries it.");

static PyObject *process_pdf(PyObject *m, PyObject *args)
{
    xstate *st = xpy_state(m);
    Py_buffer view;
    const char *source, *key;
    receipt rc;
    xerr err = {0};
    xbuf csv = {0};
    char sha[65];
    int r;
    const cat_rules *rules = NULL;
    proc_knowledge kn;
    if (!PyArg_ParseTuple(args, "y*ss|O&:process_pdf", &view, &source, &key, xpy_rules_converter, &rules))
        return NULL;
    proc_knowledge_from_rules(&kn, rules);
    receipt_init(&rc);
    xdec sum = {0, 2, true};
    char fiscal[64] = "";
    Py_ssize_t lines = 0;
    Py_BEGIN_ALLOW_THREADS
    xsha256_hex(view.buf, (size_t)view.len, sha);
    r = receipt_parse_pdf(view.buf, (size_t)view.len, &rc, &err);
    if (r == 0)
        r = proc_receipt_csv(&rc, sha, source, key, rules ? &kn : NULL, &csv, &err);
    for (size_t i = 0; r == 0 && i < rc.nitems; i++)
        sum = xd_add(sum, rc.items[i].amount);
    for (size_t i = 0; r == 0 && i < rc.ndiscounts; i++)
        sum = xd_add(sum, rc.discounts[i].amount);
    for (size_t i = 0; r == 0 && i < rc.ntaxes; i++)
        sum = xd_add(sum, rc.taxes[i].amount);
    for (size_t i = 0; r == 0 && !rc.prices_include_vat && i < rc.nvat; i++)
        sum = xd_add(sum, rc.vat[i].amount);
    if (r == 0) {
        proc_fiscal_key(&rc, fiscal, sizeof fiscal);
        for (size_t i = 0; i < csv.len; i++)
            lines += csv.p[i] == '\n';
        lines -= lines > 0; /* the header */
    }
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    PyObject *res = NULL;
    if (r != 0) {
        xpy_raise(st, &err, XD_RECEIPT, sha);
    } else {
        PyObject *w = warnings_list(rc.warnings), *d = NULL;
        if (w)
            d = Py_BuildValue("{s:N,s:N,s:N,s:N,s:N,s:N,s:N,s:n,s:n,s:n,s:N,s:O}",
                              "doc_type", xpy_str(rc.doc_type), "merchant", xpy_str(rc.merchant_name),
                              "cuit", xpy_str(rc.merchant_cuit[0] ? rc.merchant_cuit : NULL),
                              "issued_at", xpy_str(rc.issued_at[0] ? rc.issued_at : NULL),
                              "currency", xpy_str(rc.currency), "total", xpy_dec(st, rc.total),
                              "items_total", xpy_dec(st, sum), "items", (Py_ssize_t)rc.nitems,
                              "discounts", (Py_ssize_t)rc.ndiscounts, "lines", lines,
                              "fiscal_key", xpy_str(fiscal[0] ? fiscal : NULL), "warnings", w);
        Py_XDECREF(w);
        if (d)
            res = Py_BuildValue("(sNy#)", sha, d, csv.p, (Py_ssize_t)csv.len);
    }
    Py_BEGIN_ALLOW_THREADS
    receipt_free(&rc);
    xbuf_free(&csv);
    Py_END_ALLOW_THREADS
    return res;
}

PyDoc_STRVAR(floor_doc,
"poppler_floor(data, /) -> int\n--\n\n"
"The benchmark floor: poppler's own open + text + character boxes for every\n"
"page, with the keep-alive document held; returns the number of boxes.");

static PyObject *poppler_floor(PyObject *m, PyObject *arg)
{
    Py_buffer view;
    xerr err = {0};
    long n = -1;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    n = pdf_text_boxes(view.buf, (size_t)view.len, &err);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    if (n < 0)
        return xpy_raise(xpy_state(m), &err, XD_RECEIPT, NULL);
    return PyLong_FromLong(n);
}

PyDoc_STRVAR(qr_search_doc,
"qr_search(data, /) -> dict\n--\n\n"
"What the AFIP QR search does on a PDF, whatever its layout (tests, the\n"
"benchmark): found, how (where it was read), probes (passes over a page\n"
"looking for a code drawn as vectors) and renders (renderings of a page\n"
"to read one).");

static PyObject *qr_search(PyObject *m, PyObject *arg)
{
    Py_buffer view;
    xerr err = {0};
    rc_qr q;
    pdf_qr_trace t = {0};
    int r = -1;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    pdf_doc *d = pdf_doc_open(view.buf, (size_t)view.len, &err);
    if (d)
        r = pdf_doc_qr(d, &q, &t, &err);
    pdf_doc_close(d);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    if (r < 0)
        return xpy_raise(xpy_state(m), &err, XD_RECEIPT, NULL);
    return Py_BuildValue("{s:O,s:s,s:i,s:i}", "found", r > 0 ? Py_True : Py_False, "how", t.how, "probes", t.probes,
                         "renders", t.renders);
}

static PyMethodDef methods[] = {
    {"parse_pdf", parse_pdf, METH_O, parse_pdf_doc},
    {"parse_text", parse_text, METH_O, parse_text_doc},
    {"pdf_rows", pdf_rows_py, METH_O, pdf_rows_doc},
    {"process_pdf", process_pdf, METH_VARARGS, process_pdf_doc},
    {"poppler_floor", poppler_floor, METH_O, floor_doc},
    {"qr_search", qr_search, METH_O, qr_search_doc},
    {NULL, NULL, 0, NULL},
};

int xpy_receipt_init(PyObject *m, xstate *st)
{
    (void)st;
    return PyModule_AddFunctions(m, methods);
}
