/* expetl._native: the only C file that includes Python.h.
 * Argument parsing, GIL release around engine work, engine errors →
 * exception classes (in one place: raise_xerr), engine structs → objects. */
#include "binding.h"

#include <glib.h>

#include "mpcsv.h"
#include "mpwebhook.h"
#include "pdfrows.h"
#include "processed.h"
#include "parse.h"
#include "warehouse.h"

static xstate *get_state(PyObject *m) { return (xstate *)PyModule_GetState(m); }

/* ---- helpers ---------------------------------------------------------- */

#define sha256_hex xsha256_hex

PyObject *xpy_raise(xstate *st, const xerr *e, const char *sha, PyObject *fallback)
{
    PyObject *cls;
    switch (e->code) {
    case XE_NOMEM:
        return PyErr_NoMemory();
    case XE_ARG:
        PyErr_SetString(PyExc_ValueError, e->msg);
        return NULL;
    case XE_DAMAGED:
    case XE_LIMIT:
        cls = fallback ? fallback : st->DamagedPdf;
        break;
    case XE_ENCRYPTED:
        cls = st->EncryptedPdf;
        break;
    case XE_UNSUPPORTED:
        cls = st->UnsupportedLayout;
        break;
    case XE_REPORT:
        cls = st->ReportError;
        break;
    case XE_NETWORK:
    case XE_REMOTE:
    case XE_NOTFOUND:
    case XE_IO:
        cls = fallback ? fallback : st->StageError;
        break;
    case XE_DB:
        cls = st->WarehouseError;
        break;
    case XE_AUTH:
        cls = st->SignatureError;
        break;
    case XE_CRED:
        cls = st->AuthError;
        break;
    default:
        cls = fallback ? fallback : st->ExpetlError;
    }
    PyObject *msg = sha ? PyUnicode_FromFormat("%s (sha256 %s)", e->msg, sha)
                        : e->line ? PyUnicode_FromFormat("line %ld: %s", e->line, e->msg)
                                  : PyUnicode_FromString(e->msg);
    if (!msg)
        return NULL;
    PyObject *exc = PyObject_CallOneArg(cls, msg);
    Py_DECREF(msg);
    if (!exc)
        return NULL;
    PyObject *attrs[5] = {
        sha ? PyUnicode_FromString(sha) : Py_NewRef(Py_None),
        e->line ? PyLong_FromLong(e->line) : Py_NewRef(Py_None),
        e->rcode[0] && e->code != XE_DB ? PyUnicode_FromString(e->rcode) : Py_NewRef(Py_None),
        e->status ? PyLong_FromLong(e->status) : Py_NewRef(Py_None),
        e->rcode[0] && e->code == XE_DB ? PyUnicode_FromString(e->rcode) : Py_NewRef(Py_None),
    };
    static const char *const names[5] = {"sha256", "line", "code", "status", "sqlstate"};
    int bad = 0;
    for (int i = 0; i < 5; i++)
        if (!attrs[i] || PyObject_SetAttrString(exc, names[i], attrs[i]) < 0)
            bad = 1;
    for (int i = 0; i < 5; i++)
        Py_XDECREF(attrs[i]);
    if (bad) {
        Py_DECREF(exc);
        return NULL;
    }
    PyErr_SetObject(cls, exc);
    Py_DECREF(exc);
    return NULL;
}

/* Decimals repeat inside a receipt (rates, unit quantities, prices): a
 * small per-call cache shares the immutable objects. */
typedef struct {
    struct {
        int64_t v;
        int scale;
        PyObject *o;
    } e[24];
    int n;
} dec_cache;

static PyObject *dec_obj(xstate *st, dec_cache *dc, xdec d)
{
    char b[40];
    if (!d.set)
        Py_RETURN_NONE;
    if (dc)
        for (int i = 0; i < dc->n; i++)
            if (dc->e[i].v == d.v && dc->e[i].scale == d.scale)
                return Py_NewRef(dc->e[i].o);
    xd_format(d, b, sizeof b);
    PyObject *s = PyUnicode_FromString(b);
    if (!s)
        return NULL;
    PyObject *r = PyObject_CallOneArg(st->Decimal, s);
    Py_DECREF(s);
    if (r && dc && dc->n < (int)(sizeof dc->e / sizeof *dc->e)) {
        dc->e[dc->n].v = d.v;
        dc->e[dc->n].scale = d.scale;
        dc->e[dc->n++].o = Py_NewRef(r);
    }
    return r;
}

static PyObject *str_obj(const char *s)
{
    if (!s)
        Py_RETURN_NONE;
    return PyUnicode_DecodeUTF8(s, (Py_ssize_t)strlen(s), "replace");
}

/* Sets d[key] = v (key an interned str from the module state) and steals v. */
static int putk(PyObject *d, PyObject *key, PyObject *v)
{
    if (!v)
        return -1;
    int r = PyDict_SetItem(d, key, v);
    Py_DECREF(v);
    return r;
}

/* Sets d[key] = v and steals v; -1 on error. */
static int put(PyObject *d, const char *key, PyObject *v)
{
    if (!v)
        return -1;
    int r = PyDict_SetItemString(d, key, v);
    Py_DECREF(v);
    return r;
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

static PyObject *qr_obj(xstate *st, dec_cache *dc, const rc_qr *q)
{
    if (!q->present)
        Py_RETURN_NONE;
    PyObject *o = PyDict_New();
    if (!o || putk(o, st->key[K_doc_code], int_or_none(q->doc_code)) ||
        putk(o, st->key[K_cuit], str_obj(q->cuit[0] ? q->cuit : NULL)) ||
        putk(o, st->key[K_pos], int_or_none(q->pos)) || putk(o, st->key[K_number], int_or_none(q->number)) ||
        putk(o, st->key[K_date], str_obj(q->date[0] ? q->date : NULL)) ||
        putk(o, st->key[K_total], dec_obj(st, dc, q->total)) ||
        putk(o, st->key[K_currency], str_obj(q->currency[0] ? q->currency : NULL)) ||
        putk(o, st->key[K_cae], str_obj(q->cae[0] ? q->cae : NULL))) {
        Py_XDECREF(o);
        return NULL;
    }
    return o;
}

static PyObject *receipt_obj_(xstate *st, dec_cache *dc, const receipt *rc)
{
    PyObject *d = PyDict_New(), *m = NULL, *lst = NULL;
    if (!d)
        return NULL;
    if (putk(d, st->key[K_doc_type], str_obj(rc->doc_type)))
        goto fail;
    if (!(m = PyDict_New()) || putk(m, st->key[K_name], str_obj(rc->merchant_name)) ||
        putk(m, st->key[K_cuit], str_obj(rc->merchant_cuit[0] ? rc->merchant_cuit : NULL)) ||
        PyDict_SetItem(d, st->key[K_merchant], m))
        goto fail;
    Py_CLEAR(m);
    if (putk(d, st->key[K_pos], int_or_none(rc->pos)) || putk(d, st->key[K_number], int_or_none(rc->number)) ||
        putk(d, st->key[K_issued_at], str_obj(rc->issued_at[0] ? rc->issued_at : NULL)) ||
        putk(d, st->key[K_currency], str_obj(rc->currency)))
        goto fail;
    if (!(lst = PyList_New(0)))
        goto fail;
    for (size_t i = 0; i < rc->nitems; i++) {
        const rc_item *it = &rc->items[i];
        PyObject *o = PyDict_New();
        if (!o || putk(o, st->key[K_line], PyLong_FromLong(it->line)) ||
            putk(o, st->key[K_department], str_obj(it->department)) ||
            putk(o, st->key[K_description], str_obj(it->description)) || putk(o, st->key[K_ean], str_obj(it->ean)) ||
            putk(o, st->key[K_quantity], dec_obj(st, dc, it->quantity)) || putk(o, st->key[K_unit], str_obj(it->unit)) ||
            putk(o, st->key[K_unit_price], dec_obj(st, dc, it->unit_price)) ||
            putk(o, st->key[K_vat_rate], dec_obj(st, dc, it->vat_rate)) || putk(o, st->key[K_amount], dec_obj(st, dc, it->amount)) ||
            PyList_Append(lst, o)) {
            Py_XDECREF(o);
            goto fail;
        }
        Py_DECREF(o);
    }
    if (PyDict_SetItem(d, st->key[K_items], lst))
        goto fail;
    Py_CLEAR(lst);
    if (!(lst = PyList_New(0)))
        goto fail;
    for (size_t i = 0; i < rc->ndiscounts; i++) {
        PyObject *o = PyDict_New();
        if (!o || putk(o, st->key[K_description], str_obj(rc->discounts[i].description)) ||
            putk(o, st->key[K_amount], dec_obj(st, dc, rc->discounts[i].amount)) || PyList_Append(lst, o)) {
            Py_XDECREF(o);
            goto fail;
        }
        Py_DECREF(o);
    }
    if (PyDict_SetItem(d, st->key[K_discounts], lst))
        goto fail;
    Py_CLEAR(lst);
    if (putk(d, st->key[K_subtotal], dec_obj(st, dc, rc->subtotal)) ||
        putk(d, st->key[K_discount_total], dec_obj(st, dc, rc->discount_total)) ||
        putk(d, st->key[K_total], dec_obj(st, dc, rc->total)))
        goto fail;
    if (!(lst = PyList_New(0)))
        goto fail;
    for (size_t i = 0; i < rc->nvat; i++) {
        PyObject *o = PyDict_New();
        if (!o || putk(o, st->key[K_rate], dec_obj(st, dc, rc->vat[i].rate)) ||
            putk(o, st->key[K_amount], dec_obj(st, dc, rc->vat[i].amount)) || PyList_Append(lst, o)) {
            Py_XDECREF(o);
            goto fail;
        }
        Py_DECREF(o);
    }
    if (PyDict_SetItem(d, st->key[K_vat], lst))
        goto fail;
    Py_CLEAR(lst);
    if (!(lst = PyList_New(0)))
        goto fail;
    for (size_t i = 0; i < rc->ntaxes; i++) {
        PyObject *o = PyDict_New();
        if (!o || putk(o, st->key[K_description], str_obj(rc->taxes[i].description)) ||
            putk(o, st->key[K_amount], dec_obj(st, dc, rc->taxes[i].amount)) || PyList_Append(lst, o)) {
            Py_XDECREF(o);
            goto fail;
        }
        Py_DECREF(o);
    }
    if (PyDict_SetItem(d, st->key[K_taxes], lst))
        goto fail;
    Py_CLEAR(lst);
    if (!(lst = PyList_New(0)))
        goto fail;
    for (size_t i = 0; i < rc->npayments; i++) {
        PyObject *o = PyDict_New();
        if (!o || putk(o, st->key[K_method], str_obj(rc->payments[i].method)) ||
            putk(o, st->key[K_amount], dec_obj(st, dc, rc->payments[i].amount)) || PyList_Append(lst, o)) {
            Py_XDECREF(o);
            goto fail;
        }
        Py_DECREF(o);
    }
    if (PyDict_SetItem(d, st->key[K_payments], lst))
        goto fail;
    Py_CLEAR(lst);
    if (putk(d, st->key[K_prices_include_vat], PyBool_FromLong(rc->prices_include_vat)) ||
        putk(d, st->key[K_cae], str_obj(rc->cae[0] ? rc->cae : NULL)) ||
        putk(d, st->key[K_qr], qr_obj(st, dc, &rc->qr)) ||
        putk(d, st->key[K_warnings], warnings_list(rc->warnings)))
        goto fail;
    return d;
fail:
    Py_XDECREF(m);
    Py_XDECREF(lst);
    Py_DECREF(d);
    return NULL;
}

static PyObject *receipt_obj(xstate *st, const receipt *rc)
{
    dec_cache dc = {0};
    PyObject *r = receipt_obj_(st, &dc, rc);
    for (int i = 0; i < dc.n; i++)
        Py_DECREF(dc.e[i].o);
    return r;
}

/* ---- functions -------------------------------------------------------- */

PyDoc_STRVAR(parse_pdf_doc,
"parse_pdf(data, /) -> (sha256, dict)\n--\n\n"
"Parse receipt PDF bytes (any buffer) into the contract dict.  Raises\n"
"DamagedPdf, EncryptedPdf or UnsupportedLayout carrying the SHA-256.");

static PyObject *parse_pdf(PyObject *m, PyObject *arg)
{
    xstate *st = get_state(m);
    Py_buffer view;
    receipt rc;
    xerr err = {0};
    char sha[65];
    int r;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    receipt_init(&rc);
    Py_BEGIN_ALLOW_THREADS
    sha256_hex(view.buf, (size_t)view.len, sha);
    r = receipt_parse_pdf(view.buf, (size_t)view.len, &rc, &err);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    PyObject *res = NULL;
    if (r != 0) {
        xpy_raise(st, &err, sha, NULL);
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
    xstate *st = get_state(m);
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
    sha256_hex(s, (size_t)n, sha);
    r = receipt_parse_text(s, (size_t)n, &rc, &err);
    Py_END_ALLOW_THREADS
    PyObject *res = r ? xpy_raise(st, &err, sha, NULL) : receipt_obj(st, &rc);
    receipt_free(&rc);
    return res;
}

PyDoc_STRVAR(pdf_rows_doc,
"pdf_rows(data, /) -> list[list[str]]\n--\n\n"
"The physical rows of a PDF as lists of cells (for inspection).");

static PyObject *pdf_rows_py(PyObject *m, PyObject *arg)
{
    xstate *st = get_state(m);
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
        xpy_raise(st, &err, NULL, NULL);
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
            PyObject *s = t ? str_obj(t) : PyErr_NoMemory();
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

PyDoc_STRVAR(parse_mp_doc,
"parse_mp_report(data, /) -> (report_type, list[dict])\n--\n\n"
"Parse a Mercado Pago settlement or release report CSV.  Raises ReportError\n"
"with .line on the first line that cannot be read.");

static PyObject *parse_mp(PyObject *m, PyObject *arg)
{
    xstate *st = get_state(m);
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
    if (r != 0) {
        if (err.code == XE_LIMIT)
            err.code = XE_REPORT;
        return xpy_raise(st, &err, NULL, st->ReportError);
    }
    PyObject *lst = PyList_New(0), *res = NULL;
    if (!lst)
        goto done;
    for (size_t i = 0; i < rep.n; i++) {
        const mp_row *row = &rep.rows[i];
        PyObject *o = PyDict_New(), *extra = NULL;
        if (!o || PyList_Append(lst, o))
            goto row_fail;
        Py_DECREF(o);
        if (put(o, "report_type", str_obj(rep.report_type)) ||
            put(o, "line", PyLong_FromLong(row->line)))
            goto fail;
        for (int k = 0; k < MP_NSTR; k++)
            if (put(o, MP_KEYS[k], str_obj(row->s[k])))
                goto fail;
        if (put(o, "gross_amount", dec_obj(st, NULL, row->gross)) ||
            put(o, "fee_amount", dec_obj(st, NULL, row->fee)) || put(o, "net_amount", dec_obj(st, NULL, row->net)))
            goto fail;
        if (!(extra = PyDict_New()) || PyDict_SetItemString(o, "extra", extra)) {
            Py_XDECREF(extra);
            goto fail;
        }
        Py_DECREF(extra);
        for (int k = 0; k < row->nextra; k++)
            if (put(extra, row->extra[k].name, str_obj(row->extra[k].value)))
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

PyDoc_STRVAR(process_pdf_doc,
"process_pdf(data, source, object_key, /) -> (sha256, summary, bytes)\n--\n\n"
"Parse a receipt for the pipeline: a summary (doc_type, merchant, cuit,\n"
"issued_at, currency, total, items_total = items + discounts, items,\n"
"discounts, warnings) for the quality checks, and the processed-stage CSV\n"
"(one line per item or discount, the format the warehouse COPY reads).\n"
"The whole contract dict is not built: the CSV carries it.");

static PyObject *process_pdf(PyObject *m, PyObject *args)
{
    xstate *st = get_state(m);
    Py_buffer view;
    const char *source, *key;
    receipt rc;
    xerr err = {0};
    xbuf csv = {0};
    char sha[65];
    int r;
    if (!PyArg_ParseTuple(args, "y*ss:process_pdf", &view, &source, &key))
        return NULL;
    receipt_init(&rc);
    xdec sum = {0, 2, true};
    Py_BEGIN_ALLOW_THREADS
    sha256_hex(view.buf, (size_t)view.len, sha);
    r = receipt_parse_pdf(view.buf, (size_t)view.len, &rc, &err);
    if (r == 0 && proc_receipt_csv(&rc, sha, source, key, &csv) != 0) {
        xerr_set(&err, XE_NOMEM, "out of memory");
        r = -1;
    }
    for (size_t i = 0; r == 0 && i < rc.nitems; i++)
        sum = xd_add(sum, rc.items[i].amount);
    for (size_t i = 0; r == 0 && i < rc.ndiscounts; i++)
        sum = xd_add(sum, rc.discounts[i].amount);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    PyObject *res = NULL;
    if (r != 0) {
        xpy_raise(st, &err, sha, NULL);
    } else {
        PyObject *w = warnings_list(rc.warnings), *d = NULL;
        if (w)
            d = Py_BuildValue("{s:N,s:N,s:N,s:N,s:N,s:N,s:N,s:n,s:n,s:O}",
                              "doc_type", str_obj(rc.doc_type), "merchant", str_obj(rc.merchant_name),
                              "cuit", str_obj(rc.merchant_cuit[0] ? rc.merchant_cuit : NULL),
                              "issued_at", str_obj(rc.issued_at[0] ? rc.issued_at : NULL),
                              "currency", str_obj(rc.currency), "total", dec_obj(st, NULL, rc.total),
                              "items_total", dec_obj(st, NULL, sum), "items", (Py_ssize_t)rc.nitems,
                              "discounts", (Py_ssize_t)rc.ndiscounts, "warnings", w);
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

PyDoc_STRVAR(process_mp_doc,
"process_mp_report(data, object_key, /) -> (sha256, report_type, rows, bytes)\n--\n\n"
"Check a Mercado Pago report and produce its processed-stage CSV (one line\n"
"per movement with its row_key).  Raises ReportError with .line and .sha256.");

static PyObject *process_mp(PyObject *m, PyObject *args)
{
    xstate *st = get_state(m);
    Py_buffer view;
    const char *key;
    mp_report rep;
    xerr err = {0};
    xbuf csv = {0};
    char sha[65];
    int r;
    if (!PyArg_ParseTuple(args, "y*s:process_mp_report", &view, &key))
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    sha256_hex(view.buf, (size_t)view.len, sha);
    r = mp_parse(view.buf, (size_t)view.len, &rep, &err);
    if (r == 0 && proc_mp_csv(&rep, sha, key, &csv) != 0) {
        xerr_set(&err, XE_NOMEM, "out of memory");
        r = -1;
    }
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    if (r != 0) {
        if (err.code == XE_LIMIT)
            err.code = XE_REPORT;
        xbuf_free(&csv);
        if (err.code == XE_REPORT && err.line) {
            /* keep "line N:" in the message, add the report's hash */
            xerr e2 = err;
            snprintf(e2.msg, sizeof e2.msg, "line %ld: %.480s", err.line, err.msg);
            return xpy_raise(st, &e2, sha, st->ReportError);
        }
        return xpy_raise(st, &err, sha, st->ReportError);
    }
    PyObject *res = Py_BuildValue("(ssny#)", sha, rep.report_type, (Py_ssize_t)rep.n, csv.p,
                                  (Py_ssize_t)csv.len);
    xbuf_free(&csv);
    mp_report_free(&rep);
    return res;
}

PyDoc_STRVAR(schema_sql_doc,
"schema_sql(dialect='postgres', schema='expenses') -> str\n--\n\n"
"The warehouse DDL for 'postgres' or 'redshift'.");

static PyObject *schema_sql(PyObject *m, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"dialect", "schema", NULL};
    const char *dialect = "postgres", *schema = "expenses";
    xbuf b = {0};
    (void)m;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "|ss:schema_sql", kwlist, &dialect, &schema))
        return NULL;
    int d = !strcmp(dialect, "redshift") ? WH_REDSHIFT : !strcmp(dialect, "postgres") ? WH_POSTGRES : -1;
    if (d < 0) {
        PyErr_SetString(PyExc_ValueError, "dialect must be 'postgres' or 'redshift'");
        return NULL;
    }
    if (wh_schema_sql(d, schema, &b) != 0 || xbuf_cstr(&b) != 0) {
        xbuf_free(&b);
        PyErr_SetString(PyExc_ValueError, "schema name must be 1-63 letters, digits or '_'");
        return NULL;
    }
    PyObject *r = PyUnicode_FromStringAndSize(b.p, (Py_ssize_t)b.len);
    xbuf_free(&b);
    return r;
}

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
        return xpy_raise(get_state(m), &err, NULL, NULL);
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
        return xpy_raise(get_state(m), &err, NULL, NULL);
    Py_RETURN_NONE;
}

PyDoc_STRVAR(sha256_doc, "sha256(data, /) -> str\n--\n\nHex SHA-256 of a buffer (GLib).");

static PyObject *sha256_py(PyObject *m, PyObject *arg)
{
    Py_buffer view;
    char sha[65];
    (void)m;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    Py_BEGIN_ALLOW_THREADS
    sha256_hex(view.buf, (size_t)view.len, sha);
    Py_END_ALLOW_THREADS
    PyBuffer_Release(&view);
    return PyUnicode_FromString(sha);
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
        return xpy_raise(get_state(m), &err, NULL, NULL);
    return PyLong_FromLong(n);
}

PyDoc_STRVAR(version_doc, "backend_versions() -> dict\n--\n\nVersions of the C libraries in use.");

static PyObject *backend_versions(PyObject *m, PyObject *unused)
{
    (void)m;
    (void)unused;
    return Py_BuildValue("{ss}", "poppler", pdf_backend_version());
}

static PyMethodDef methods[] = {
    {"parse_pdf", parse_pdf, METH_O, parse_pdf_doc},
    {"parse_text", parse_text, METH_O, parse_text_doc},
    {"pdf_rows", pdf_rows_py, METH_O, pdf_rows_doc},
    {"parse_mp_report", parse_mp, METH_O, parse_mp_doc},
    {"process_pdf", process_pdf, METH_VARARGS, process_pdf_doc},
    {"process_mp_report", process_mp, METH_VARARGS, process_mp_doc},
    {"schema_sql", (PyCFunction)(void (*)(void))schema_sql, METH_VARARGS | METH_KEYWORDS, schema_sql_doc},
    {"verify_report_notification", (PyCFunction)(void (*)(void))verify_report, METH_VARARGS | METH_KEYWORDS,
     verify_report_doc},
    {"verify_x_signature", (PyCFunction)(void (*)(void))verify_xsig, METH_VARARGS | METH_KEYWORDS,
     verify_xsig_doc},
    {"http_request", (PyCFunction)(void (*)(void))xpy_http_request, METH_VARARGS | METH_KEYWORDS,
     "http_request(method, url, headers=None, body=None, timeout=30, max_retries=2, max_body=16 MiB)\n"
     "-> (status, bytes): one request through the shared HTTP layer (retries, TLS, redaction)."},
    {"sha256", sha256_py, METH_O, sha256_doc},
    {"poppler_floor", poppler_floor, METH_O, floor_doc},
    {"backend_versions", backend_versions, METH_NOARGS, version_doc},
    {NULL, NULL, 0, NULL},
};

/* ---- module ----------------------------------------------------------- */

static int add_exc(PyObject *m, PyObject **slot, const char *name, PyObject *base, const char *doc)
{
    char full[96];
    PyOS_snprintf(full, sizeof full, "expetl.%s", name);
    *slot = PyErr_NewExceptionWithDoc(full, doc, base, NULL);
    if (!*slot)
        return -1;
    return PyModule_AddObjectRef(m, name, *slot);
}

static int exec_module(PyObject *m)
{
    xstate *st = get_state(m);
    xerr err = {0};
    PyObject *dec = PyImport_ImportModule("decimal");
    if (!dec)
        return -1;
    st->Decimal = PyObject_GetAttrString(dec, "Decimal");
    Py_DECREF(dec);
    if (!st->Decimal)
        return -1;
    static const char *const key_names[K_COUNT] = {XPY_KEY_NAMES};
    for (int i = 0; i < K_COUNT; i++)
        if (!(st->key[i] = PyUnicode_InternFromString(key_names[i])))
            return -1;
    if (add_exc(m, &st->ExpetlError, "ExpetlError", PyExc_Exception, "Base of expetl's errors.") ||
        add_exc(m, &st->ReceiptError, "ReceiptError", st->ExpetlError,
                "A receipt could not be read; .sha256 names the file.") ||
        add_exc(m, &st->DamagedPdf, "DamagedPdf", st->ReceiptError,
                "Not a PDF, or a damaged or truncated one.") ||
        add_exc(m, &st->EncryptedPdf, "EncryptedPdf", st->ReceiptError,
                "The PDF needs a user password.") ||
        add_exc(m, &st->UnsupportedLayout, "UnsupportedLayout", st->ReceiptError,
                "A readable PDF that is not a receipt of a known layout.") ||
        add_exc(m, &st->ReportError, "ReportError", st->ExpetlError,
                "A Mercado Pago report could not be read; .line names the line.") ||
        add_exc(m, &st->StageError, "StageError", st->ExpetlError,
                "A stage operation failed; .code is the S3 error code, .status the HTTP status.") ||
        add_exc(m, &st->WarehouseError, "WarehouseError", st->ExpetlError,
                "The warehouse reported an error; .sqlstate carries the SQLSTATE.") ||
        add_exc(m, &st->AuthError, "AuthError", st->ExpetlError,
                "Credentials were refused (e.g. a revoked Gmail refresh token).") ||
        add_exc(m, &st->SignatureError, "SignatureError", st->ExpetlError,
                "A notification whose signature is missing, wrong or stale.") ||
        xpy_add_io_types(m, st))
        return -1;
    Py_BEGIN_ALLOW_THREADS
    st->keepalive = pdf_keepalive_open(&err);
    Py_END_ALLOW_THREADS
    if (!st->keepalive) {
        PyErr_Format(PyExc_ImportError, "poppler keep-alive document: %s", err.msg);
        return -1;
    }
    return 0;
}

static int traverse(PyObject *m, visitproc visit, void *arg)
{
    xstate *st = get_state(m);
    Py_VISIT(st->Decimal);
    for (int i = 0; i < K_COUNT; i++)
        Py_VISIT(st->key[i]);
    Py_VISIT(st->ExpetlError);
    Py_VISIT(st->ReceiptError);
    Py_VISIT(st->DamagedPdf);
    Py_VISIT(st->EncryptedPdf);
    Py_VISIT(st->UnsupportedLayout);
    Py_VISIT(st->ReportError);
    Py_VISIT(st->StageError);
    Py_VISIT(st->WarehouseError);
    Py_VISIT(st->SignatureError);
    Py_VISIT(st->AuthError);
    Py_VISIT(st->GmailType);
    Py_VISIT(st->StageType);
    Py_VISIT(st->WarehouseType);
    Py_VISIT(st->GlueType);
    Py_VISIT(st->MpType);
    return 0;
}

static int clear(PyObject *m)
{
    xstate *st = get_state(m);
    Py_CLEAR(st->Decimal);
    for (int i = 0; i < K_COUNT; i++)
        Py_CLEAR(st->key[i]);
    Py_CLEAR(st->ExpetlError);
    Py_CLEAR(st->ReceiptError);
    Py_CLEAR(st->DamagedPdf);
    Py_CLEAR(st->EncryptedPdf);
    Py_CLEAR(st->UnsupportedLayout);
    Py_CLEAR(st->ReportError);
    Py_CLEAR(st->StageError);
    Py_CLEAR(st->WarehouseError);
    Py_CLEAR(st->SignatureError);
    Py_CLEAR(st->AuthError);
    Py_CLEAR(st->GmailType);
    Py_CLEAR(st->StageType);
    Py_CLEAR(st->WarehouseType);
    Py_CLEAR(st->GlueType);
    Py_CLEAR(st->MpType);
    return 0;
}

static void free_module(void *m)
{
    xstate *st = get_state((PyObject *)m);
    clear((PyObject *)m);
    pdf_keepalive_close(st->keepalive);
    st->keepalive = NULL;
}

static PyModuleDef_Slot slots[] = {
    {Py_mod_exec, exec_module},
#if PY_VERSION_HEX >= 0x030C0000
    {Py_mod_multiple_interpreters, Py_MOD_PER_INTERPRETER_GIL_SUPPORTED},
#endif
#if PY_VERSION_HEX >= 0x030D0000
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL},
};

static struct PyModuleDef moduledef = {
    PyModuleDef_HEAD_INIT,
    .m_name = "expetl._native",
    .m_doc = "expetl's C engine: receipts, Mercado Pago reports, stage, warehouse.",
    .m_size = sizeof(xstate),
    .m_methods = methods,
    .m_slots = slots,
    .m_traverse = traverse,
    .m_clear = clear,
    .m_free = free_module,
};

PyMODINIT_FUNC PyInit__native(void) { return PyModuleDef_Init(&moduledef); }
