/* AFIP electronic invoices (Factura A/B/C) from any invoicing program.
 *
 * The document: pages that repeat the invoice as ORIGINAL / DUPLICADO /
 * TRIPLICADO are read once, pages without text are not part of it.  The
 * item table (invoice_table.c) splits the rows into header, table and
 * footer; the header gives the document code or letter, point of sale and
 * number, date, CAE, currency and the issuer; the footer the totals
 * (invoice_totals.c).
 *
 * The issuer is told from the buyer by position and labels: its block is
 * the top of the header, up to the first buyer label ("Señor(es):",
 * "Cliente:", "Apellido y Nombre", "DNI", ...) or the next CUIT label; its
 * CUIT is the first CUIT label there; its name the "Razón Social:" of that
 * block (one that sits nearer another CUIT is the buyer's), else the block's
 * first line at the left.  With no CUIT label in the block (the issuer
 * printed as an image) name and CUIT are null. */
#include "invoice.h"

#include <ctype.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The document's title at word i: a title word not after words that refer
 * to another document in its cell ("Comprobante asociado: FACT. A
 * 0003-00000950" on a credit note, "Cancela FACTURA A ...", "Según Fact.
 * A ...", "Ref. FACTURA ...": that invoice's, not this document's). */
static bool title_at(const xw_row *row, int i)
{
    static const char *const refs[] = {"SEGUN", "S/", "REF", "REFERENCIA", "ASOCIADO", "ASOCIADA", "ASOCIADOS",
                                       "ASOCIADAS", "CANCELA", "CANCELADA", "APLICA", "APLICADA", "ANULA",
                                       "CORRESPONDE", "CORRESPONDIENTE", "COMO", NULL};
    if (!inv_title_word(&row->w[i]))
        return false;
    for (int k = i - 1; k >= 0 && k >= i - 3 && row->w[k].cell == row->w[i].cell; k--)
        for (const char *const *p = refs; *p; p++)
            if (word_is(&row->w[k], *p))
                return false;
    return true;
}

/* Cheap: runs first on every document.  "FACTURA" and one AFIP mark on the
 * first page. */
static bool invoice_detect(const xw_rows *R)
{
    bool factura = false, mark = false;
    for (size_t r = 0; r < R->n && R->rows[r].page == 0; r++) {
        const xw_row *row = &R->rows[r];
        for (int i = 0; i < row->nw; i++) {
            const xw_word *w = &row->w[i];
            char f = w->fold[0]; /* most words start otherwise: one compare (every ticket pays this) */
            if (f != 'F' && f != 'C' && f != 'R' && f != 'P')
                continue;
            if (title_at(row, i))
                factura = true;
            if (!strncmp(w->fold, "COD", 3) || !strncmp(w->fold, "CAE", 3) ||
                (word_is(w, "RAZON") && i + 1 < row->nw && word_is(&row->w[i + 1], "SOCIAL")) ||
                (word_is(w, "PUNTO") && row_find(row, "VENTA", i) == i + 2))
                mark = true;
        }
    }
    return factura && mark;
}

/* "Pág. 2/3", "Página 2 de 3", "Hoja 2": a copy may number its page. */
static bool page_number_at(const xw_row *row, int i)
{
    const xw_word *w = &row->w[i];
    const char *sl = memchr(w->raw, '/', w->len);
    if (sl && xn_all_digits(w->raw, (size_t)(sl - w->raw)) &&
        xn_all_digits(sl + 1, w->len - (size_t)(sl - w->raw) - 1))
        return true;
    if (!xn_all_digits(w->raw, w->len))
        return false;
    for (int j = i - 1; j >= 0 && j >= i - 3; j--) {
        const xw_word *l = &row->w[j];
        if (word_is(l, "PAG") || word_is(l, "PAGINA") || word_is(l, "HOJA"))
            return true;
        if (!word_is(l, "DE") && !word_is(l, "/") && !xn_all_digits(l->raw, l->len))
            return false;
    }
    return false;
}

/* The notice a PDF library prints on every page in its evaluation mode
 * ("Evaluation Only. Created with ...", "Evaluation Warning : The document
 * was created with ...", "Created with an evaluation copy of ..."), over
 * the header or across the item table: no line of the invoice.  Set
 * across the page it may be cut at the page's edges ("eated with
 * Evaluation versi"): "evaluation" then version, copy, mode, edition,
 * only or warning, cut or not, anywhere in the row.  Nor is a table's
 * note that it goes on over the page. */
static bool notice_row(const xw_row *row)
{
    static const char *const cut[] = {"EVALUATION VERS*", "EVALUATION COPY*", "EVALUATION MODE*",
                                      "EVALUATION EDIT*", "EVALUATION ONLY", "EVALUATION WARN*", NULL};
    if (row->nw && (word_is(&row->w[0], "EVALUATION") || row_phrase(row, 0, "CREATED WITH")))
        return true;
    /* "Continúa en hoja siguiente...", "Sigue en la página 2": a table
     * carried over to the next page says so under its last line, in any
     * of its columns (a line starting "Continuación de obra", or a wrapped
     * description's last word "continua", is text) */
    if (row_phrase(row, 0, "CONTINUA EN") || row_phrase(row, 0, "SIGUE EN"))
        return true;
    for (int i = 1; i < row->nw; i++)
        for (const char *const *p = cut; *p; p++)
            if (row_phrase(row, i, *p))
                return true;
    return false;
}

/* A table's carry-over line between pages ("Transporte  9.101.835,85",
 * "Subtotal a transportar", "Viene de hoja anterior"), with its amount: at
 * the foot of a page the next one continues (not the last page read), or
 * over the first line of two amounts of a page continuing an earlier one.
 * Neither an item nor the table's end (the items of the pages after it
 * were lost); a single page's "Transporte" is a charge, read as before. */
static bool carry_row(const xw_rows *R, size_t r, int first, int last)
{
    static const char *const p[] = {"TRANSPORTE*", "A TRANSPORTAR", "SUBTOTAL A TRANSPORTAR", "TOTAL A TRANSPORTAR",
                                    "SALDO A TRANSPORTAR", "TRANSPORTADO", "VAN", "VIENEN", "VIENE DE*", NULL};
    const xw_row *row = &R->rows[r];
    xdec v;
    bool label = false;
    if (first == last)
        return false; /* one page read: nothing is carried */
    for (const char *const *k = p; *k && !label; k++)
        label = row_phrase(row, 0, *k) > 0;
    if (!label || row_last_money(row, &v) < 0)
        return false;
    /* the sum alone: an item's line ("Transporte y flete  1,00  800,00
     * 800,00") prints its quantity and price too */
    int figures = 0;
    for (int i = 0; i < row->nw; i++)
        figures += xn_has_digit(row->w[i].raw, row->w[i].len);
    if (figures != 1)
        return false;
    if (row->page < last)
        return true;
    for (size_t s = r; s-- > 0 && R->rows[s].page == row->page;) {
        int amounts = 0;
        for (int i = 0; i < R->rows[s].nw; i++)
            amounts += w_money(&R->rows[s].w[i], &v);
        if (amounts >= 2)
            return false;
    }
    return true;
}

/* A row's words but copy markers and page numbers, hashed (0: none). */
static uint64_t row_hash(const xw_row *row)
{
    uint64_t h = 1469598103934665603ULL;
    bool any = false;
    for (int i = 0; i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        if (w_copy_mark(w) || page_number_at(row, i))
            continue;
        any = true;
        for (size_t k = 0; k <= w->flen; k++)
            h = (h ^ (unsigned char)w->fold[k]) * 1099511628211ULL;
    }
    return any ? h | 1 : 0;
}

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

/* Rows the two sorted hash lists share. */
static size_t common_rows(const uint64_t *a, size_t na, const uint64_t *b, size_t nb)
{
    size_t i = 0, j = 0, n = 0;
    while (i < na && j < nb) {
        if (a[i] == b[j]) {
            n++;
            i++;
            j++;
        } else if (a[i] < b[j]) {
            i++;
        } else {
            j++;
        }
    }
    return n;
}

/* Which pages to read: a page that repeats an earlier one (ORIGINAL /
 * DUPLICADO / TRIPLICADO) is not, nor is a page without text.  A copy
 * shares nine in ten of its rows with the page it repeats, both ways (the
 * copy marker and a page number aside): a PDF library's notice printed on
 * the first page only does not make the copy another invoice, while a
 * continuation page, which repeats the header over other items, shares far
 * fewer.  Returns -1 out of memory. */
static int pages_to_read(const xw_rows *R, bool *keep)
{
    uint64_t *h = malloc((R->n ? R->n : 1) * sizeof *h);
    size_t start[XLIM_PAGES + 1];
    if (!h)
        return -1;
    size_t n = 0;
    for (int p = 0; p < R->npages && p < XLIM_PAGES; p++) {
        start[p] = n;
        for (size_t r = 0; r < R->n; r++)
            if (R->rows[r].page == p && (h[n] = row_hash(&R->rows[r])) != 0)
                n++;
        qsort(h + start[p], n - start[p], sizeof *h, cmp_u64);
        size_t np = n - start[p];
        keep[p] = np > 0;
        for (int q = 0; q < p && keep[p]; q++) {
            size_t nq = start[q + 1] - start[q];
            if (!keep[q])
                continue;
            size_t most = np > nq ? np : nq;
            if (10 * common_rows(h + start[p], np, h + start[q], nq) >= 9 * most)
                keep[p] = false;
        }
    }
    free(h);
    return 0;
}

/* ---- header fields -------------------------------------------------------- */

static float ydist(const xw_row *a, const xw_row *b)
{
    float d = (a->y0 + a->y1) / 2 - (b->y0 + b->y1) / 2;
    return d < 0 ? -d : d;
}

/* "N*": a scan's text layer reads the small raised o of "N°" as an
 * asterisk, a sign nothing else prints after an N. */
static bool is_num_label(const xw_word *w)
{
    return word_is(w, "N") || word_is(w, "NO") || word_is(w, "NRO") || word_is(w, "NUMERO") ||
           word_is(w, "NUM") || word_is(w, "N*");
}

/* A code of at most three digits, or -1. */
static int code_digits(const char *s)
{
    size_t n = strlen(s);
    return n && n <= 3 && xn_all_digits(s, n) ? atoi(s) : -1;
}

/* "COD. 01", "COD.01", "Cód. 1", "CODIGO: 001", "cod Comp: 1", "CODIGO N° 06",
 * "Código Nº06": the AFIP document code, or -1. */
static int doc_code_at(const xw_row *row, int i)
{
    const xw_word *w = &row->w[i];
    if (strncmp(w->fold, "COD", 3) != 0)
        return -1;
    const char *rest = w->fold + 3;
    if (!strncmp(rest, "IGO", 3))
        rest += 3;
    if (*rest)
        return code_digits(rest);
    for (int j = i + 1; j < row->nw && j <= i + 3; j++) {
        const xw_word *x = &row->w[j];
        if (word_is(x, "COMP") || word_is(x, "COMPROBANTE") || is_num_label(x))
            continue;
        /* the number sign glued to the code ("Nº06") */
        if (x->fold[0] == 'N' && x->fold[1] >= '0' && x->fold[1] <= '9')
            return code_digits(x->fold + 1);
        /* digits as printed: "2° Vencimiento" beside the box is no code */
        return xn_all_digits(x->raw, x->len) ? code_digits(x->fold) : -1;
    }
    return -1;
}

/* "COD." alone in its cell over "01": a narrow code box wraps the code onto
 * the line below, centred under the label (rows of other columns may lie
 * between): the first word printed under the label, when it is the code
 * as AFIP's box prints it, padded with zeros ("01", "006"; a street's
 * number wrapped under a label overlaid on the issuer's block is none).
 * The code, or -1. */
static int doc_code_below(const inv_doc *d, size_t r, int i)
{
    const xw_row *row = d->r[r];
    const xw_word *w = &row->w[i];
    if (!(word_is(w, "COD") || word_is(w, "CODIGO")) || (i + 1 < row->nw && row->w[i + 1].cell == w->cell))
        return -1;
    float h = inv_row_h(row);
    for (size_t s = r + 1; s < d->n && s <= r + 4; s++) {
        const xw_row *nx = d->r[s];
        if (d->zone[s] != Z_HEAD || nx->page != row->page || ydist(nx, row) > 2.5f * h)
            return -1;
        for (int k = 0; k < nx->nw; k++) {
            const xw_word *x = &nx->w[k];
            if (x->x1 <= w->x0 || x->x0 >= w->x1)
                continue;
            /* the first word under the label: the code alone, centred */
            float cx = (x->x0 + x->x1) / 2;
            bool alone = (k == 0 || nx->w[k - 1].cell != x->cell) && (k + 1 == nx->nw || nx->w[k + 1].cell != x->cell);
            return alone && cx >= w->x0 && cx <= w->x1 && x->len >= 2 && x->raw[0] == '0' &&
                           xn_all_digits(x->raw, x->len)
                       ? code_digits(x->fold)
                       : -1;
        }
    }
    return -1;
}

/* The label phrase at word i and where its value is: the next word (*v,
 * *glued NULL), or the digits glued after the colon of the label's last word
 * ("Vta:00008", "Comp.Nro:00086247": *v that word, *glued its digits).
 * Returns the label's length in words, 0 when it is not there. */
static int label_value(const xw_row *row, int i, const char *phrase, int *v, const char **glued)
{
    char p[48], f[48];
    size_t pl = strlen(phrase);
    int l = row_phrase(row, i, phrase);
    *glued = NULL;
    if (l) {
        *v = i + l;
        return l;
    }
    if (pl + 2 > sizeof p)
        return 0;
    memcpy(p, phrase, pl);
    memcpy(p + pl, "*", 2);
    if (!(l = row_phrase(row, i, p)))
        return 0;
    const xw_word *w = &row->w[i + l - 1];
    const char *c = memchr(w->raw, ':', w->len);
    if (!c || (size_t)(c + 1 - w->raw) >= w->len || c[1] < '0' || c[1] > '9')
        return 0;
    /* the word is the phrase's last word, a colon and the value: nothing else */
    const char *last = strrchr(phrase, ' ');
    last = last ? last + 1 : phrase;
    size_t fl = xn_fold(w->raw, (size_t)(c - w->raw), f, sizeof f);
    if (fl != strlen(last) || memcmp(f, last, fl) != 0)
        return 0;
    *v = i + l - 1;
    *glued = c + 1;
    return l;
}

/* A plain integer of at most maxlen digits as a label's value. */
static bool value_int(const xw_row *row, int v, const char *glued, size_t maxlen, int64_t *out)
{
    if (glued) {
        size_t n = strlen(glued);
        if (n == 0 || n > maxlen || !xn_all_digits(glued, n))
            return false;
        *out = strtoll(glued, NULL, 10);
        return true;
    }
    return v < row->nw && row->w[v].len <= maxlen && w_int(&row->w[v], out);
}

/* A word that names another document ("Remito 0001-00004521"). */
static bool other_doc_word(const xw_word *w)
{
    static const char *const other[] = {"REMITO", "PEDIDO", "ORDEN", "COMPRA", "OC", "CUENTA", "CLIENTE",
                                        "PRESUPUESTO", "OPERACION", "SOCIO", "ESTABLECIMIENTO", "RECIBO",
                                        "LEGAJO", NULL};
    for (const char *const *o = other; *o; o++)
        if (word_is(w, *o))
            return true;
    return false;
}

/* A dash at f: "-", or the en or em dash a PDF's text often has ("–",
 * "—"); its length in bytes, or 0. */
static size_t dash_at(const char *f, size_t n)
{
    if (n >= 1 && f[0] == '-')
        return 1;
    return n >= 3 && !memcmp(f, "\xE2\x80", 2) && (f[2] == '\x93' || f[2] == '\x94') ? 3 : 0;
}

/* A dash alone ("-", an en or em dash) between two fields of one line. */
static bool dash_word(const xw_word *w) { return w->len && dash_at(w->raw, w->len) == w->len; }

/* The end of the cell that starts at word a. */
static int cell_end(const xw_row *row, int a)
{
    int b = a + 1;
    while (b < row->nw && row->w[b].cell == row->w[a].cell)
        b++;
    return b;
}

/* The line of the same column below row r: the next header row of the page,
 * close below (rows of other columns in between), with a word that starts a
 * cell at x0 (its left edge, within half a line).  Returns that word's index
 * (the row in *at), -1 when none; none also when a word of another cell sits
 * in [x0, x1] first. */
static int line_below(const inv_doc *d, size_t r, float x0, float x1, size_t *at)
{
    const xw_row *row = d->r[r];
    float h = inv_row_h(row);
    for (size_t s = r + 1; s < d->n && s <= r + 4; s++) {
        const xw_row *nx = d->r[s];
        if (d->zone[s] != Z_HEAD || nx->page != row->page || ydist(nx, row) > 2.0f * h)
            return -1;
        bool other = false;
        for (int k = 0; k < nx->nw; k++) {
            const xw_word *w = &nx->w[k];
            bool starts = k == 0 || nx->w[k - 1].cell != w->cell;
            if (starts && w->x0 - x0 <= 0.5f * h && x0 - w->x0 <= 0.5f * h) {
                *at = s;
                return k;
            }
            if (w->x1 > x0 && w->x0 < x1)
                other = true;
        }
        if (other)
            return -1; /* something else is printed in the column */
    }
    return -1;
}

/* "Comp. Nro:" ending its line, its cell's width used up: the value
 * wrapped onto the next line, at the left edge of the label's cell, or of
 * the paragraph it ends ("Punto de Venta: 00018   Comp. Nro:", a word
 * processor's justified line, the field before it a cell of its own two
 * lines apart at most).  The line is the value alone (a plain number or
 * the point-of-sale form). */
static bool value_below(receipt *rc, const inv_doc *d, size_t r, int i, bool *have)
{
    const xw_row *row = d->r[r];
    int a = i;
    while (a > 0 && row->w[a - 1].cell == row->w[i].cell)
        a--;
    size_t s = 0;
    float x1 = row->w[cell_end(row, a) - 1].x1;
    int v = line_below(d, r, row->w[a].x0, x1, &s);
    /* the paragraph's edge only after a field that holds its value (a row
     * of labels over a row of values is another form) */
    if (v < 0 && a > 0 && row->w[a].x0 - row->w[a - 1].x1 <= 2.0f * inv_row_h(row) &&
        xn_has_digit(row->w[a - 1].raw, row->w[a - 1].len) && row->w[a - 1].raw[row->w[a - 1].len - 1] != ':') {
        int p = a - 1;
        while (p > 0 && row->w[p - 1].cell == row->w[a - 1].cell)
            p--;
        v = line_below(d, r, row->w[p].x0, x1, &s);
    }
    if (v < 0)
        return false;
    const xw_row *nx = d->r[s];
    int e = cell_end(nx, v);
    int64_t pos, num, val;
    if (e - v <= 3 && row_doc_number(nx, v, &pos, &num, NULL)) {
        if (rc->pos >= 0 && rc->pos != pos)
            return false; /* disagrees with the labelled point of sale */
        rc->pos = pos;
        rc->number = num;
    } else if (e - v == 1 && value_int(nx, v, NULL, 8, &val) && val > 0 && val != rc->pos) {
        rc->number = val;
    } else {
        return false;
    }
    *have = true;
    return true;
}

/* The point of sale's labels.  "PTOVTA": "Pto.Vta:" printed without a
 * space (monospaced printouts); either word of the label may be
 * abbreviated on its own ("Pto. Venta", "Punto Vta.", "P. Venta"). */
static const char *const pos_labels[] = {"PUNTO DE VENTA", "PTO DE VENTA", "PUNTO DE VTA", "PTO DE VTA",
                                         "PUNTO VENTA", "PTO VENTA", "PUNTO VTA", "PTO VTA", "PTOVTA", "PTOVENTA",
                                         "P DE VENTA", "P VENTA", "P VTA", "PV", NULL};

/* A lone capital that is a document's letter ("A", "B", "C", "E", "M"):
 * what the letter box prints. */
static bool box_letter(const xw_word *w) { return w->len == 1 && strchr("ABCEM", w->raw[0]); }

/* A point-of-sale label at word i of row: its length (0 when none), its
 * value's word in *v (glued to the label: *g). */
static int pos_label_at(const xw_row *row, int i, int *v, const char **g)
{
    int l = 0;
    for (const char *const *p = pos_labels; *p && !l; p++)
        l = label_value(row, i, *p, v, g);
    return l;
}

/* "FA-A", "FCE-B-", "A-", "B": the type an ERP prints before a document's
 * number (up to four letters and a dash, then the letter, or the letter
 * alone): its length in w->raw, the whole word or up to the digits glued
 * after it; 0 when none ("Rto", "Cliente": another document's words). */
static size_t doc_type_prefix(const xw_word *w)
{
    const char *s = w->raw;
    size_t n = w->len, k = 0;
    while (k < n && isalpha((unsigned char)s[k]))
        k++;
    if (k == 1 && n == 1)
        return strchr("ABCEMabcem", s[0]) ? 1 : 0;
    if (k == 0 || k > 4 || k == n || s[k] != '-')
        return 0;
    k++;
    if (k < n && strchr("ABCEMabcem", s[k]) && (k + 1 == n || s[k + 1] == '-'))
        k += 1 + (k + 1 < n);
    return k == n || (s[k - 1] == '-' && s[k] >= '0' && s[k] <= '9') ? k : 0;
}

/* A point-of-sale label starting at x0 on one of the three rows above r,
 * on its page, or whose value ends at x1 (the two fields set flush right):
 * the column of the document's fields. */
static bool pos_label_above(const inv_doc *d, size_t r, float x0, float x1, bool *padded)
{
    const xw_row *row = d->r[r];
    float h = inv_row_h(row);
    for (size_t k = r; k > 0 && k + 3 > r; k--) {
        const xw_row *up = d->r[k - 1];
        if (up->page != row->page)
            return false;
        for (int i = 0; i < up->nw; i++) {
            int v;
            const char *g;
            float dx = up->w[i].x0 - x0;
            int l = pos_label_at(up, i, &v, &g);
            if (!l)
                continue;
            int vw = g ? i + l - 1 : v; /* the word its value ends */
            float dr = vw < up->nw ? up->w[vw].x1 - x1 : 1e9f;
            if ((dx <= 0.5f * h && dx >= -0.5f * h) || (dr <= 0.5f * h && dr >= -0.5f * h)) {
                *padded = (g ? g : v < up->nw ? up->w[v].raw : "")[0] == '0';
                return true;
            }
        }
    }
    return false;
}

/* "0003-" ending its cell: a point of sale whose number wrapped. */
static bool dangling_pos(const xw_row *row, int j, int64_t *pos)
{
    const xw_word *w = &row->w[j];
    if (w->len < 2 || w->len > 6 || w->raw[w->len - 1] != '-' || !xn_all_digits(w->raw, w->len - 1) ||
        (j + 1 < row->nw && row->w[j + 1].cell == w->cell))
        return false;
    *pos = strtoll(w->raw, NULL, 10); /* the digits, up to the dash */
    return *pos > 0;
}

/* "Nro.: 0009 00000012" from word j: AFIP's point of sale and number each
 * padded with zeros, a space for the dash, alone in their cell (a street
 * or an account is not printed so). */
static bool padded_pair(const xw_row *row, int j, int64_t *pos, int64_t *num)
{
    if (j + 1 >= row->nw)
        return false;
    const xw_word *p = &row->w[j], *n = &row->w[j + 1];
    return n->cell == p->cell && (j + 2 >= row->nw || row->w[j + 2].cell != p->cell) &&
           (p->len == 4 || p->len == 5) && n->len == 8 && p->raw[0] == '0' && n->raw[0] == '0' && w_int(p, pos) &&
           w_int(n, num) && *pos > 0 && *num > 0;
}

static void take_number(receipt *rc, const inv_doc *d, size_t r, int i, bool *have)
{
    const xw_row *row = d->r[r];
    const xw_word *w = &row->w[i];
    int64_t pos, num, val;
    int l = 0, v = 0;
    const char *g = NULL;
    bool padded = false;
    if (rc->pos < 0)
        l = pos_label_at(row, i, &v, &g);
    if (l && value_int(row, v, g, 5, &val)) {
        rc->pos = val;
        /* "Pto. Vta: 0005  Nro: 00000789": a number label right after the
         * point of sale's value names the document's number */
        static const char *const nl[] = {"NRO", "NO", "N", "NUMERO", "NUM", NULL};
        int n = 0, nv = 0;
        const char *ng = NULL;
        int at = v + 1;
        /* "P.V. 0004 - N° 00000456", "Punto de Venta 0009 / Número
         * 00000012": a dash or a slash between the two fields */
        if (at + 1 < row->nw && row->w[at].cell == row->w[v].cell &&
            (dash_word(&row->w[at]) || word_is(&row->w[at], "/")))
            at++;
        for (const char *const *p = nl; *p && !n && !*have && at < row->nw; p++)
            n = label_value(row, at, *p, &nv, &ng);
        if (n && value_int(row, nv, ng, 8, &val) && val > 0) {
            rc->number = val;
            *have = true;
        } else if (n && !ng && (nv >= row->nw || row->w[nv].cell != row->w[nv - 1].cell)) {
            /* "Punto de venta: 00002 Número:" ending its cell: the value
             * wrapped onto the line below */
            value_below(rc, d, r, nv - 1, have);
        }
    }
    if (*have)
        return;
    /* "Comp. Nro:", "Comprobante N°", "Nro. de comprobante", "Cbte. Nro."
     * (AFIP's own abbreviation): the number, with or without the point of
     * sale */
    static const char *const comp[] = {"COMP NRO", "COMPNRO", "COMP N", "COMPROBANTE NRO", "COMPROBANTE N",
                                       "COMPROB NRO", "COMPROB N", "CBTE NRO", "CBTENRO", "CBTE N", "NRO CBTE",
                                       "NROCBTE", "N CBTE",
                                       "NRO DE COMPROBANTE", "NUMERO DE COMPROBANTE", "NRO COMPROBANTE", "NRO COMP",
                                       "NRO DE COMP",
                                       "NRO FACTURA", "NRO DE FACTURA", "NUMERO DE FACTURA", NULL};
    l = 0;
    for (const char *const *c = comp; *c && !l; c++)
        l = label_value(row, i, *c, &v, &g);
    if (l) {
        if (!g && (v >= row->nw || row->w[v].cell != row->w[v - 1].cell) && value_below(rc, d, r, v - 1, have))
            return;
        if (v < row->nw && row_doc_number(row, v, &pos, &num, g)) {
            rc->pos = pos;
            rc->number = num;
            *have = true;
        } else if (value_int(row, v, g, 8, &val) && val > 0) {
            rc->number = val;
            *have = true;
        }
        return;
    }
    /* "N° 0003-00001035", "Nº00003-00000438", "NUMERO: 00003- 00003668",
     * "FACTURA A 0003-00003621": only the point-of-sale form (a bare
     * number after "Nro." is a street, an account, a delivery note) */
    if (i > 0 && other_doc_word(&row->w[i - 1]))
        return; /* another document's number */
    const char *glued = NULL;
    int j = -1;
    if (is_num_label(w))
        j = i + 1;
    else if (w->fold[0] == 'N' && w->fold[1] >= '0' && w->fold[1] <= '9' && w->flen > 4) {
        j = i;
        glued = w->raw;
        while (*glued && !(*glued >= '0' && *glued <= '9'))
            glued++;
    } else if (title_at(row, i) || word_is(w, "COMPROBANTE")) {
        j = i + 1;
        if (j < row->nw && row->w[j].flen == 1)
            j++; /* the letter */
        if (j < row->nw && is_num_label(&row->w[j]))
            j++;
        /* right after the title, a bare number is the invoice's */
        if (j < row->nw && row->w[j].len >= 4 && row->w[j].len <= 8 && w_int(&row->w[j], &val) && val > 0 &&
            !(j + 1 < row->nw && row->w[j + 1].raw[0] == '-')) {
            rc->number = val;
            *have = true;
            return;
        }
    }
    if (j >= 0 && j < row->nw && !glued) {
        /* "Número: FA-A 00002-00000345", "Comprobante: A-0002-00000345":
         * the type an ERP names the document by, before its number */
        size_t pl = doc_type_prefix(&row->w[j]);
        if (pl && pl == row->w[j].len && j + 1 < row->nw && row_doc_number(row, j + 1, &pos, &num, NULL))
            j++;
        else if (pl && pl < row->w[j].len && row_doc_number(row, j, &pos, &num, row->w[j].raw + pl))
            glued = row->w[j].raw + pl;
    }
    if (j >= 0 && j < row->nw && row_doc_number(row, j, &pos, &num, glued)) {
        rc->pos = pos;
        rc->number = num;
        *have = true;
    } else if (j >= 0 && !glued && is_num_label(w) && padded_pair(row, j, &pos, &num)) {
        rc->pos = pos;
        rc->number = num;
        *have = true;
    } else if (j >= 0 && j < row->nw && !glued && is_num_label(w) && dangling_pos(row, j, &pos) &&
               (rc->pos < 0 || rc->pos == pos)) {
        /* "Nº 0003-" ending its cell: the number wrapped onto the line
         * below, at the cell's left edge */
        int64_t was = rc->pos;
        rc->pos = pos;
        if (!value_below(rc, d, r, j, have))
            rc->pos = was;
    } else if (j >= 0 && j < row->nw && !glued && rc->pos >= 0 && is_num_label(w) &&
               xn_all_digits(row->w[j].raw, row->w[j].len) && row->w[j].len <= 8 && w_int(&row->w[j], &val) &&
               val > 0 && pos_label_above(d, r, w->x0, i == 0 || row->w[i - 1].cell != w->cell ? row->w[j].x1 : -1e9f, &padded) &&
               (padded ? row->w[j].len == 8 && row->w[j].raw[0] == '0' : row->w[j].raw[0] != '0')) {
        /* "Pto. Vta.: 0005", then "Número: 00008119" on a line of its own
         * below, at the label's left edge: eight digits padded with zeros
         * are the AFIP form of a document's number (a street or an account
         * number is not printed so); a program that prints the point of
         * sale unpadded ("P.V.: 15") prints the number so too ("Nro.:
         * 70156") */
        rc->number = val;
        *have = true;
    }
}

/* "Comp." at the end of a line and "Nro: 00008344" (or "Nro:" and the value
 * on the line below) at the left edge of the same column on the next line:
 * the "Comp. Nro:" label wrapped in a narrow cell.  The column's left edge
 * is where the run of words that ends with "Comp." starts. */
static void take_wrapped_number(receipt *rc, const inv_doc *d, size_t r, int i, bool *have)
{
    const xw_row *row = d->r[r];
    const xw_word *w = &row->w[i];
    float h = inv_row_h(row);
    if (!(word_is(w, "COMP") || word_is(w, "COMPROBANTE")) ||
        (i + 1 < row->nw && row->w[i + 1].x0 - w->x1 < 2.0f * h))
        return; /* not the last word of its line */
    int a = i;
    while (a > 0 && row->w[a].x0 - row->w[a - 1].x1 < 2.0f * h)
        a--;
    size_t s = 0;
    int k = line_below(d, r, row->w[a].x0, w->x1, &s);
    if (k < 0)
        return;
    const xw_row *nx = d->r[s];
    static const char *const nl[] = {"NRO", "NO", "N", "NUMERO", "NUM", NULL};
    int l = 0, v = 0;
    const char *g = NULL;
    for (const char *const *p = nl; *p && !l; p++)
        l = label_value(nx, k, *p, &v, &g);
    if (!l)
        return;
    if (!g && (v >= nx->nw || nx->w[v].cell != nx->w[k].cell)) {
        /* the value on the line below the label's second half */
        size_t s2 = 0;
        v = line_below(d, s, nx->w[k].x0, nx->w[k].x1, &s2);
        if (v < 0)
            return;
        nx = d->r[s2];
    }
    int64_t pos, num, val;
    if (row_doc_number(nx, v, &pos, &num, g)) {
        if (rc->pos >= 0 && rc->pos != pos)
            return; /* disagrees with the labelled point of sale */
        rc->pos = pos;
        rc->number = num;
        *have = true;
    } else if (value_int(nx, v, g, 8, &val) && val > 0) {
        rc->number = val;
        *have = true;
    }
}

/* No label names the number: "00011-00076044" alone in a cell of the header,
 * the AFIP form (a point of sale of 4-5 digits, a dash, a number of 8), not
 * the value of another field's label.  Taken only when the header holds one
 * such number (repeated on every page is one) and it agrees with a point of
 * sale read from its label. */
static void take_bare_number(receipt *rc, const inv_doc *d)
{
    int64_t pos = -1, num = -1, p, n;
    for (size_t r = 0; r < d->n; r++) {
        const xw_row *row = d->r[r];
        if (d->zone[r] != Z_HEAD)
            continue;
        for (int i = 0; i < row->nw; i++) {
            const xw_word *w = &row->w[i];
            const char *dash = memchr(w->raw, '-', w->len);
            size_t pl = dash ? (size_t)(dash - w->raw) : 0;
            if (!dash || pl < 4 || pl > 5 || w->len - pl - 1 != 8 ||
                (i > 0 && row->w[i - 1].cell == w->cell) ||
                (i + 1 < row->nw && row->w[i + 1].cell == w->cell) ||
                xn_doc_number(w->raw, w->len, &p, &n) != 0)
                continue;
            if (i > 0 && (row->w[i - 1].raw[row->w[i - 1].len - 1] == ':' || other_doc_word(&row->w[i - 1])))
                continue; /* the value of another label */
            if (pos >= 0 && (p != pos || n != num))
                return; /* two numbers: neither is vouched for */
            pos = p;
            num = n;
        }
    }
    if (pos >= 0 && (rc->pos < 0 || rc->pos == pos)) {
        rc->pos = pos;
        rc->number = num;
    }
}

/* "12 de marzo de 2026", "1 de febrero del 2026", "02 Ago 2024": the date
 * written out, as letters, word processors and some ERPs print it, the
 * month named or abbreviated.  Checked like a numeric one. */
static bool spelled_date_at(const xw_row *row, int j, char out[11])
{
    static const char *const months[] = {"ENERO", "FEBRERO", "MARZO", "ABRIL", "MAYO", "JUNIO", "JULIO",
                                         "AGOSTO", "SEPTIEMBRE", "OCTUBRE", "NOVIEMBRE", "DICIEMBRE",
                                         "SETIEMBRE", NULL};
    if (j + 2 >= row->nw || row->w[j].len > 2 || !xn_all_digits(row->w[j].raw, row->w[j].len))
        return false;
    int k = j + 1;
    bool de = word_is(&row->w[k], "DE");
    k += de;
    if (k + 1 >= row->nw)
        return false;
    const xw_word *mw = &row->w[k++];
    /* "de" before the month and before the year, or neither: "Av. 9 de
     * Julio 1950" is a street and its number */
    if (de != (word_is(&row->w[k], "DE") || word_is(&row->w[k], "DEL")))
        return false;
    k += de;
    if (k >= row->nw)
        return false;
    const xw_word *yw = &row->w[k];
    if (yw->flen != 4 || !xn_all_digits(yw->fold, 4))
        return false;
    int mon = 0;
    for (int i = 0; months[i] && !mon; i++)
        if (word_is(mw, months[i]))
            mon = i < 12 ? i + 1 : 9;
    char buf[24]; /* room for what the formats could write: they never truncate */
    int y, m, d;
    if (mon)
        snprintf(buf, sizeof buf, "%.2s/%02d/%.4s", row->w[j].raw, mon, yw->fold);
    else if (mw->flen == 3) /* "Ago", "AGO." (folded without its dot): read by the numeric reader */
        snprintf(buf, sizeof buf, "%.2s/%.3s/%.4s", row->w[j].raw, mw->fold, yw->fold);
    else
        return false;
    if (xn_date(buf, strlen(buf), &y, &m, &d) != 0)
        return false;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return true;
}

/* A date from the words at j, also split by spaces ("31 /10 /23"). */
static bool date_at(const xw_row *row, int j, char out[11])
{
    char buf[32];
    size_t k = 0;
    int y, m, d;
    if (spelled_date_at(row, j, out))
        return true;
    for (int e = j; e < row->nw && e < j + 3; e++) {
        if (k + row->w[e].len >= sizeof buf)
            return false;
        memcpy(buf + k, row->w[e].raw, row->w[e].len);
        k += row->w[e].len;
        if (xn_date(buf, k, &y, &m, &d) == 0) {
            snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
            return true;
        }
        if (!xn_has_digit(row->w[e].raw, row->w[e].len))
            return false;
    }
    return false;
}

/* "Fecha de Emisión: 02/08/2022", "FECHA: 22-11-2023", "Fecha:13/11/2023",
 * "Emisión: 02/08/2022"; not the due, start-of-activities or period dates. */
static bool emission_date_at(receipt *rc, const xw_row *row, int i)
{
    const xw_word *w = &row->w[i];
    int y, m, d;
    if (word_is(w, "EMISION") && (i == 0 || row->w[i - 1].cell != w->cell))
        return i + 1 < row->nw && date_at(row, i + 1, rc->issued_at);
    if (strncmp(w->fold, "FECHA", 5) != 0)
        return false;
    if (w->flen > 5) {
        const char *c = memchr(w->raw, ':', w->len);
        size_t rest = c ? w->len - (size_t)(c + 1 - w->raw) : 0;
        if (!c || xn_date(c + 1, rest, &y, &m, &d) != 0)
            return false;
        snprintf(rc->issued_at, sizeof rc->issued_at, "%04d-%02d-%02d", y, m, d);
        return true;
    }
    int j = i + 1;
    while (j < row->nw && (word_is(&row->w[j], "DE") || word_is(&row->w[j], "EMISION") ||
                           word_is(&row->w[j], "COMPROBANTE") || inv_title_word(&row->w[j]) ||
                           word_is(&row->w[j], "FACTURACION")))
        j++;
    return j < row->nw && date_at(row, j, rc->issued_at);
}

static const char *const other_date_words[] = {"INICIO", "ACTIVIDAD", "ACTIVIDADES", "VTO", "VENCIMIENTO",
                                                "VENC", "DESDE", "HASTA", "PERIODO", "NACIMIENTO", "PAGO",
                                                "ENTREGA", NULL};

static bool other_date_row(const xw_row *row)
{
    for (const char *const *k = other_date_words; *k; k++)
        if (row_find(row, *k, 0) >= 0)
            return true;
    return false;
}

/* Is the word at (r, i) the value of another date's label printed over it
 * ("Fecha de Inicio de Actividades:" over "01/02/2019", a label wrapped in
 * its cell or a grid's head)?  The cell right above it, within two lines,
 * names that date. */
static bool under_other_date(const inv_doc *d, size_t r, int i)
{
    const xw_row *row = d->r[r];
    const xw_word *v = &row->w[i];
    float h = inv_row_h(row);
    for (size_t s = r; s-- > 0 && s + 4 >= r;) {
        const xw_row *up = d->r[s];
        if (up->page != row->page || ydist(up, row) > 2.0f * h)
            return false;
        for (int k = 0; k < up->nw; k++) {
            if (!(up->w[k].x1 > v->x0 && up->w[k].x0 < v->x1))
                continue;
            for (int c = 0; c < up->nw; c++) {
                if (up->w[c].cell != up->w[k].cell)
                    continue;
                for (const char *const *o = other_date_words; *o; o++)
                    if (word_is(&up->w[c], *o))
                        return true;
            }
            return false;
        }
    }
    return false;
}

/* "Fecha de Emisión" ending its cell, the date on the line below at the
 * cell's left edge (a grid's head over its values, a label wrapped). */
static bool emission_date_below(receipt *rc, const inv_doc *d, size_t r, int i)
{
    const xw_row *row = d->r[r];
    const xw_word *w = &row->w[i];
    if (!word_is(w, "EMISION") || (i + 1 < row->nw && row->w[i + 1].cell == w->cell))
        return false;
    int a = i;
    while (a > 0 && row->w[a - 1].cell == w->cell)
        a--;
    size_t s = 0;
    int k = line_below(d, r, row->w[a].x0, w->x1, &s);
    return k >= 0 && date_at(d->r[s], k, rc->issued_at);
}

/* The CAE label in word w ("CAE", "CAE N°:", "C.A.E.N°:7344..."), an OCR
 * layer's noise from the logo beside it glued before it ("ALCAE N*:",
 * "|CAE"): at most two letters or signs.  Returns the end of the label in
 * the folded word, or NULL. */
static const char *cae_label(const xw_word *w)
{
    for (size_t k = 0; k <= 2 && k + 3 <= w->flen; k++) {
        if (!strncmp(w->fold + k, "CAE", 3))
            return w->fold + k + 3;
        if (!isupper((unsigned char)w->fold[k]) && !ispunct((unsigned char)w->fold[k]))
            return NULL;
    }
    return NULL;
}

/* The 14-digit CAE after "CAE", "CAE N°:", "C.A.E. Nº", "C.A.E.N°:7344...";
 * d: the end of the label in word i (cae_label). */
static void take_cae(receipt *rc, const xw_row *row, int i, const char *d)
{
    if (*d == 'N')
        d += !strncmp(d, "NRO", 3) ? 3 : !strncmp(d, "NO", 2) ? 2 : 1;
    /* the first figure after the label, past words without digits (the
     * number sign in any spelling, an OCR layer's "N?"): 14 digits or none */
    for (int j = i + 1; !*d && j < row->nw && j <= i + 3; j++) {
        const xw_word *x = &row->w[j];
        if (xn_has_digit(x->raw, x->len))
            d = x->fold;
    }
    if (strlen(d) == 14 && xn_all_digits(d, 14))
        memcpy(rc->cae, d, 15);
}

/* The currency a value word names: a code or a name ("USD", "U$S",
 * "Dólares", AFIP's "DOL" and "PES"), NULL otherwise. */
static const char *currency_value(const xw_word *w)
{
    if (word_is(w, "PES"))
        return "ARS";
    if (word_is(w, "REAL")) /* a label's value; elsewhere "Total Real" is the actual total */
        return "BRL";
    return xn_currency(w->fold, w->flen, true);
}

/* A word that makes a currency's name another country's ("Dólar
 * canadiense", "Peso chileno", "Pesos uruguayos"). */
static bool foreign_qualifier(const xw_word *w)
{
    static const char *const q[] = {"CANADIENSE", "AUSTRALIANO", "NEOZELANDES", "CHILENO", "URUGUAYO", "MEXICANO",
                                    "COLOMBIANO", "CUBANO", "DOMINICANO", "FILIPINO", "BOLIVIANO", "HONG",
                                    "SINGAPUR", "TAIWAN", "JAMAIC", "CANADIAN", "AUSTRALIAN", "CHILEAN",
                                    "URUGUAYAN", "MEXICAN", "COLOMBIAN", "NEW", "NUEVO", NULL};
    for (const char *const *k = q; *k; k++)
        if (!strncmp(w->fold, *k, strlen(*k)))
            return true;
    return false;
}

/* A word that may follow a currency's name in its cell and leave it the
 * same ("Dólar Estadounidense", "Pesos Argentinos", "US Dollars", "Pesos
 * ($)", "Pesos - ARS"). */
static bool same_currency_word(const xw_word *w)
{
    if (word_is(w, "$") || word_is(w, "($)") || word_is(w, "-") || word_is(w, "AR"))
        return true;
    static const char *const q[] = {"ESTADOUNIDENSE", "AMERICANO", "NORTEAMERICANO", "ARG", "ARS", "USD", "DOLLAR",
                                    "DOLAR", "EEUU", "USA", "(USD)", "(ARS)", "(ARG)", NULL};
    for (const char *const *k = q; *k; k++)
        if (!strncmp(w->fold, *k, strlen(*k)))
            return true;
    return false;
}

/* The length of a numeric code glued before a value's name by a dash
 * ("2-Dólares", "060–Euro": an invoicing program's or AFIP's code of the
 * currency), or 0. */
static size_t code_prefix(const char *f, size_t n)
{
    size_t k = 0;
    while (k < n && k < 3 && f[k] >= '0' && f[k] <= '9')
        k++;
    size_t d = k > 0 ? dash_at(f + k, n - k) : 0;
    return d && k + d < n ? k + d : 0;
}

/* A code of a few digits set before a label's value: "060" (AFIP's), "2"
 * or "02" before a dash (a program's own), "[4]" or "(4)" in brackets. */
static bool value_number(const xw_row *row, int j, int cell)
{
    const xw_word *w = &row->w[j];
    if (w->flen == 3 && xn_all_digits(w->fold, 3))
        return true;
    if (w->flen >= 3 && w->flen <= 5 && strchr("[(", w->fold[0]) && strchr("])", w->fold[w->flen - 1]))
        return xn_all_digits(w->fold + 1, w->flen - 2);
    return w->flen < 3 && xn_all_digits(w->fold, w->flen) && j + 1 < row->nw && row->w[j + 1].cell == cell &&
           dash_word(&row->w[j + 1]);
}

/* The ISO code a value word names once its punctuation is set aside:
 * "(ARS)", "Pesos,", "Pesos.-", "AR$", "$ARS", "M.N." and "Ps." (pesos),
 * "Pesos/ARS" and "ARS-Peso" (the parts agreeing), "2-Dólares" (a code
 * before the name); NULL otherwise. */
static const char *value_code(const xw_word *w)
{
    char f[64];
    size_t n = w->flen < sizeof f - 1 ? w->flen : sizeof f - 1;
    memcpy(f, w->fold, n);
    f[n] = '\0';
    char *s = f + code_prefix(f, n);
    while (*s == '(' || *s == '[')
        s++;
    while (n > 0 && s + 1 <= f + n - 1 && strchr(")],;-", f[n - 1]))
        f[--n] = '\0';
    const char *code = NULL;
    for (char *part = s; part && *part;) {
        char *e = part + strcspn(part, "-/");
        char save = *e;
        *e = '\0';
        size_t pl = strlen(part);
        static const char *const pesos[] = {"AR$", "$ARS", "MN", "PS", "PES", "PESO", "LOCAL", NULL};
        const char *c = pl ? xn_currency(part, pl, true) : NULL;
        for (const char *const *k = pesos; !c && pl && *k; k++)
            c = !strcmp(part, *k) ? "ARS" : NULL;
        if (!c && pl && (!strcmp(part, "DLS") || !strcmp(part, "DLLS")))
            c = "USD";
        if (pl && (!c || (code && strcmp(c, code) != 0)))
            return NULL; /* a part that names none, or another */
        code = c ? c : code;
        part = save ? e + 1 : NULL;
    }
    return code;
}

/* The currency the value at word j of a row names, its name running on
 * in the cell: "US Dollar(s)", "U.S. Dollars", "Dls.", "Peso argentino",
 * "Argentine Peso", "Moneda nacional", "moneda de curso legal" (the
 * country's own, pesos); another country's ("Dólar canadiense", "Peso
 * chileno") or a word after the name that is no part of it ("Peso Bruto",
 * a weight's heading) names none.  NULL otherwise. */
static const char *currency_value_at(const xw_row *row, int j)
{
    const xw_word *w = &row->w[j];
    /* the next word of the cell, unless a comma ends the value ("Pesos, Cotización: 1,00") */
    const xw_word *nx = j + 1 < row->nw && row->w[j + 1].cell == w->cell && !strchr(",;", w->raw[w->len - 1])
                            ? &row->w[j + 1]
                            : NULL;
    if (nx && foreign_qualifier(nx))
        return NULL;
    bool dollar = nx && (!strncmp(nx->fold, "DOLLAR", 6) || !strncmp(nx->fold, "DOLAR", 5));
    if ((word_is(w, "US") || word_is(w, "AMERICAN")) && dollar)
        return "USD";
    if (word_is(w, "UNITED") && nx && word_is(nx, "STATES") && row_phrase(row, j + 2, "DOLLAR*"))
        return "USD";
    if (word_is(w, "ARGENTINE") && nx && !strncmp(nx->fold, "PESO", 4))
        return "ARS";
    if (word_is(w, "MONEDA") && nx &&
        (word_is(nx, "NACIONAL") || (word_is(nx, "DE") && row_phrase(row, j + 2, "CURSO"))))
        return "ARS";
    if (word_is(w, "NACIONAL"))
        return nx ? NULL : "ARS";
    if (!strncmp(w->fold, "PESO", 4) && nx && !same_currency_word(nx))
        return NULL; /* "Peso Bruto": a weight's heading */
    const char *c = currency_value(w);
    return c ? c : value_code(w);
}

/* A cell that is a currency's name and nothing else: the name, then only
 * words of it ("USD", "Dólares Estadounidenses", "US Dollars"); no
 * heading of another column ("Dólar BNA", "Peso Bruto"). */
static const char *currency_cell(const xw_row *row, int j)
{
    const char *c = currency_value_at(row, j);
    int e = j + 1;
    if (c && word_is(&row->w[j], "US"))
        e++;
    for (; c && e < row->nw && row->w[e].cell == row->w[j].cell; e++)
        if (!same_currency_word(&row->w[e]))
            return NULL;
    return c;
}

/* A value after a currency label's colon that names a currency this
 * reader does not take: another country's dollar or peso ("Dólar
 * canadiense", "Peso chileno"), a currency's name or ISO code of its
 * own ("Libras", "Guaraníes", "JPY"), a foreign one unnamed ("Moneda
 * extranjera", "Extranjera").  Anything else it cannot read (a
 * local spelling of pesos, "Pesos ($)", "Moneda Local", "Cte.") is left
 * to the other witnesses, as before: only a foreign currency is refused. */
static bool unread_value(const xw_row *row, int j)
{
    static const char *const names[] = {"LIBRA", "YEN", "GUARANI", "FRANCO", "CORONA", "YUAN", "RENMINBI", "RUPIA",
                                        "SOLES", "BOLIVIANO", "LIRA", "RUBLO", "RAND", "ZLOTY", "FLORIN", "POUND",
                                        "STERLING", "FRANC", "EXTRANJER", NULL};
    static const char *const codes[] = {"GBP", "JPY", "PYG", "UYU", "CLP", "BOB", "PEN", "MXN", "COP", "CAD", "AUD",
                                        "CHF", "CNY", "NZD", "SEK", "NOK", "DKK", "VES", "INR", "KRW", "RUB", "ZAR",
                                        "HKD", "SGD", NULL};
    const xw_word *w = &row->w[j];
    const xw_word *nx = j + 1 < row->nw && row->w[j + 1].cell == w->cell ? &row->w[j + 1] : NULL;
    if (nx && foreign_qualifier(nx) && (!strncmp(w->fold, "DOLAR", 5) || !strncmp(w->fold, "DOLLAR", 6) ||
                                        !strncmp(w->fold, "PESO", 4)))
        return true;
    /* "Moneda extranjera", "Divisa extranjera", "M.E.": a foreign
     * currency, unnamed */
    if ((nx && !strncmp(nx->fold, "EXTRANJER", 9) && (word_is(w, "MONEDA") || word_is(w, "DIVISA"))) ||
        word_is(w, "ME"))
        return true;
    size_t o = code_prefix(w->fold, w->flen); /* "3-Libras" */
    const char *f = w->fold + o;
    for (const char *const *k = names; *k; k++)
        if (!strncmp(f, *k, strlen(*k)))
            return true;
    for (const char *const *k = codes; *k; k++)
        if (w->flen - o == strlen(*k) && !memcmp(f, *k, w->flen - o))
            return true;
    return false;
}

/* Does the next row, close below row r, hold an amount under [x0, x1]
 * ("Mon." heading a column of amounts: a "Monto")? */
static bool amount_under(const inv_doc *d, size_t r, float x0, float x1)
{
    const xw_row *row = d->r[r];
    if (r + 1 >= d->n || d->r[r + 1]->page != row->page || d->r[r + 1]->y0 - row->y1 > 1.5f * inv_row_h(row))
        return false;
    const xw_row *nx = d->r[r + 1];
    xdec v;
    for (int m = 0; m < nx->nw; m++)
        if (inv_overlap(nx->w[m].x0, nx->w[m].x1, x0, x1) > 0 && w_value(&nx->w[m], &v))
            return true;
    return false;
}

/* The currency's label beginning its cell at word i ("Moneda:", "MONEDA
 * :", "Tipo de Moneda:", "Moneda del comprobante:", "Divisa:",
 * "Currency:"; glued to its value, "Moneda:USD").  Its value: the next
 * words past a separator ("-", "=") and an AFIP code ("060 - Euro"), or,
 * when the label is alone in its cell, the cell under it (a grid of labels
 * over values).  A "Tipo de cambio moneda USD: 1.050,00" on a peso invoice
 * is a rate's label: the label must begin its cell.  Returns the ISO code
 * or NULL. */
static const char *currency_label(inv_doc *d, size_t r, int i)
{
    /* the longer first: the first that matches is taken ("Moneda de
     * referencia:", a contract's, is none) */
    static const char *const labels[] = {"MONEDA DEL COMPROBANTE", "MONEDA COMPROBANTE", "TIPO DE MONEDA",
                                         "MONEDA DE FACTURACION", "MONEDA DE EMISION", "MONEDA DE LA OPERACION",
                                         "MONEDA DE OPERACION", "MONEDA DEL DOCUMENTO", "MONEDA DE LA FACTURA",
                                         "MONEDA FACTURA", "MONEDA FACT", "MON COMPROBANTE", "MONEDA / CURRENCY",
                                         "IMPORTES EXPRESADOS EN", "VALORES EXPRESADOS EN",
                                         "MONTOS EXPRESADOS EN", "IMPORTES EN", "MONEDA/CURRENCY", "CURRENCY/MONEDA",
                                         "MONEDA", "MON", "DIVISA", "CURRENCY", NULL};
    const xw_row *row = d->r[r];
    if (i > 0 && row->w[i - 1].cell == row->w[i].cell)
        return NULL;
    const xw_word *w = &row->w[i];
    /* "Moneda:Dólares": a one-word label glued to its value */
    const char *gv = w_glued_currency(w, true, false);
    if (gv && (!strncmp(w->fold, "MONEDA", 6) || !strncmp(w->fold, "DIVISA", 6)) && w->raw[6] == ':')
        return gv;
    int k = 0;
    const char *const *l = labels;
    for (; *l && !k; l++)
        k = row_phrase(row, i, *l);
    if (!k)
        return NULL;
    /* "Importes en: USD al TC del día": a conversion, not the amounts'
     * currency (the cell goes on with a rate's words) */
    bool conversion = false, en = strstr(l[-1], " EN") != NULL;
    for (int m = i + k; en && m < row->nw && row->w[m].cell == row->w[i + k - 1].cell; m++)
        conversion |= word_is(&row->w[m], "AL") || word_is(&row->w[m], "TC") || word_is(&row->w[m], "T/C") ||
                      row_phrase(row, m, "CAMBIO*") || row_phrase(row, m, "COTIZ*") || row_phrase(row, m, "EQUIV*");
    if (conversion)
        return NULL;
    const xw_word *lw = &row->w[i + k - 1];
    /* "Tipo de Moneda:USD": the value glued to the label's last word */
    if (k > 1 && (gv = w_glued_currency(lw, true, false)) != NULL)
        return gv;
    bool colon = lw->raw[lw->len - 1] == ':';
    int j = i + k;
    /* "MONEDA : USD", "Moneda - USD", "Moneda: 060 - Euro", "Moneda: 2 –
     * Dólares", "Moneda: [4] Yenes" */
    while (j < row->nw && row->w[j].cell == lw->cell &&
           (word_is(&row->w[j], "") || dash_word(&row->w[j]) || word_is(&row->w[j], "=") ||
            value_number(row, j, lw->cell))) {
        colon = true;
        j++;
    }
    if (j < row->nw && (colon || row->w[j].cell == lw->cell)) {
        const char *c = currency_value_at(row, j);
        /* a value the reader cannot read after the label's colon, in its
         * cell or the next ("Moneda: Libras", "Moneda:     Libras"): never
         * taken for pesos ("Moneda de referencia:" has no colon after
         * "Moneda") */
        if (!c && colon && !d->cur_unread && unread_value(row, j)) {
            d->cur_unread = row;
            d->cur_at = j;
        }
        return c;
    }
    /* alone in its cell ("Moneda" over "USD" in a grid, "Moneda:" with its
     * value on the line below): the cell under it, close below */
    if (r + 1 < d->n && d->r[r + 1]->page == row->page && d->r[r + 1]->y0 - row->y1 <= 1.5f * inv_row_h(row)) {
        const xw_row *nx = d->r[r + 1];
        for (int m = 0; m < nx->nw; m = cell_end(nx, m))
            if (inv_overlap(nx->w[m].x0, nx->w[cell_end(nx, m) - 1].x1, w->x0, lw->x1) > 0) {
                const char *c = currency_cell(nx, m);
                if (c)
                    return c;
                break;
            }
    }
    /* else its value in the next cell of its row ("Moneda        USD"): a
     * currency's name and nothing else, never the bare "$" (pesos' sign
     * and dollars' alike) */
    if (j >= row->nw || word_is(&row->w[j], "$"))
        return NULL;
    const char *c = currency_cell(row, j);
    /* "Moneda      Libras": a currency the reader does not take, the
     * cell's first of at most three words; "Mon.   USD": "Mon." is a
     * "Monto" too, so another currency than pesos after it is not read
     * but flagged (the total's or the table's code may still say it) */
    bool mon = !strcmp(l[-1], "MON");
    bool alone = cell_end(row, j) - j <= 3; /* "Libras", "Libras esterlinas" */
    if (!d->cur_unread && ((!c && alone && unread_value(row, j)) ||
                           (c && mon && strcmp(c, "ARS") != 0 && !amount_under(d, r, w->x0, lw->x1)))) {
        d->cur_unread = row;
        d->cur_at = j;
        d->cur_unsure = c != NULL;
    }
    return mon ? NULL : c;
}

/* "SON DOLARES ESTADOUNIDENSES CIENTO ...", "Son U$S ...": the total in
 * words names its currency. */
static const char *currency_in_words(const xw_row *row, int i)
{
    if (!word_is(&row->w[i], "SON") || i + 1 >= row->nw || (i > 0 && row->w[i - 1].cell == row->w[i].cell) ||
        row->w[i + 1].cell != row->w[i].cell)
        return NULL;
    return currency_value(&row->w[i + 1]);
}

/* ---- issuer and buyer --------------------------------------------------- */

/* A label that opens the buyer's block (at the start of a cell). */
static bool buyer_label(const xw_row *row, int i)
{
    static const char *const p[] = {"SENOR*", "SR", "SRA", "SRES", "SR(S)*", "SR(ES)*", "SR/ES*",
                                    "CLIENTE*", "INFORMACION DEL CLIENTE", "DATOS DEL CLIENTE",
                                    "APELLIDO*", "DNI*", "DOCUMENTO*", "TIPO DOC*", "NOMBRE", "DESTINATARIO*",
                                    "COMPRADOR*",
                                    "RECEPTOR*", "ADQUIRENTE*", "PERIODO*", "CONDICION DE VENTA",
                                    "CONDICIONES DE VENTA", "FACTURAR A", "FACTURADO A", "DATOS DEL RECEPTOR",
                                    "DATOS DEL COMPRADOR", "DATOS DEL ADQUIRENTE", "DATOS DEL DESTINATARIO",
                                    "SR/SRES*", "SR/SRA*", "SRES/SRAS*", "SRA/SR*", "SR(A)*", NULL};
    for (const char *const *k = p; *k; k++)
        if (row_phrase(row, i, *k))
            return true;
    return false;
}

/* A CUIT label ("CUIT:", "C.U.I.T. Nro", "cUIT:", glued "C.U.I.T.:30-...";
 * "CUIT;" from a scan, its colon read as a semicolon). */
static bool cuit_label(const xw_word *w)
{
    if (strncmp(w->fold, "CUIT", 4) != 0)
        return false;
    const char *r = w->fold + 4;
    return !*r || !strcmp(r, ";") || !strcmp(r, "N") || !strcmp(r, "NRO") || !strcmp(r, "NO") || (*r >= '0' && *r <= '9');
}

/* "CUIT:" ending its cell, a narrow column (a few words a line) wrapping
 * the number onto the next line: the value is the cell below that starts
 * at the label's left edge (within half a line), close below (at most two
 * lines down, rows of other columns or the document's letter box between),
 * and is the CUIT alone.  Whatever else starts there first (an address, a
 * label) ends the search: the label had no value. */
static bool cuit_below(receipt *rc, const inv_doc *d, size_t r, int i)
{
    const xw_row *row = d->r[r];
    int a = i;
    while (a > 0 && row->w[a - 1].cell == row->w[i].cell)
        a--;
    float x0 = row->w[a].x0, h = inv_row_h(row);
    for (size_t s = r + 1; s < d->n && s <= r + 4; s++) {
        const xw_row *nx = d->r[s];
        if (d->zone[s] != Z_HEAD || nx->page != row->page || ydist(nx, row) > 2.5f * h)
            return false;
        for (int k = 0; k < nx->nw; k = cell_end(nx, k)) {
            const xw_word *w = &nx->w[k];
            if (w->x0 - x0 > 0.5f * h || x0 - w->x0 > 0.5f * h)
                continue;
            int e = cell_end(nx, k);
            if (e - k == 1 && box_letter(w))
                break; /* the letter box printed over the column */
            return e - k <= 3 && xn_has_digit(w->raw, w->len) && rc_take_cuit(rc, nx, k);
        }
    }
    return false;
}

static void take_issuer_cuit(receipt *rc, const inv_doc *d, size_t r, int i)
{
    const xw_row *row = d->r[r];
    const xw_word *w = &row->w[i];
    if (w->fold[4] >= '0' && w->fold[4] <= '9') {
        const char *s = w->raw;
        while (*s && !(*s >= '0' && *s <= '9'))
            s++;
        char digits[12];
        bool valid;
        if (xn_cuit(s, strlen(s), digits, &valid) == 0 && valid)
            memcpy(rc->merchant_cuit, digits, 12);
        return;
    }
    if (!rc_take_cuit(rc, row, i + 1) && cell_end(row, i) == i + 1)
        cuit_below(rc, d, r, i);
}

/* A CUIT label that names whose it is, and it is not the issuer's: "CUIT
 * Cliente:", "CUIT del Comprador:", "C.U.I.T. Receptor". */
static bool others_cuit_label(const xw_row *row, int i)
{
    static const char *const p[] = {"CLIENTE*", "DEL CLIENTE*", "COMPRADOR*", "DEL COMPRADOR*", "RECEPTOR*",
                                    "DEL RECEPTOR*", "ADQUIRENTE*", "DEL ADQUIRENTE*", "DESTINATARIO*",
                                    "DEL DESTINATARIO*", NULL};
    if (i + 1 >= row->nw || row->w[i + 1].cell != row->w[i].cell)
        return false;
    for (const char *const *k = p; *k; k++)
        if (row_phrase(row, i + 1, *k))
            return true;
    return false;
}

/* A cell that begins with another party than the issuer, naming it with
 * its CUIT: a marketplace or a franchisor ("Plataforma: MERCADOLIBRE
 * S.R.L.  CUIT: ...", "Comprado en ... - CUIT ...", "Franquicia de ...
 * CUIT ..."). */
static bool other_party_cell(const xw_row *row, int a)
{
    static const char *const p[] = {"PLATAFORMA*", "MARKETPLACE*", "COMPRADO EN*", "COMPRA REALIZADA EN*",
                                    "VENDIDO A TRAVES DE*", "FRANQUICIA*", "FRANQUICIANTE*", "INTERMEDIARIO*",
                                    "TRANSPORTISTA*", "TRANSPORTE*", NULL};
    for (const char *const *k = p; *k; k++)
        if (row_phrase(row, a, *k))
            return true;
    return false;
}

/* The first CUIT label of the row that may be the issuer's, or -1: not one
 * naming another party ("CUIT Cliente:"), nor one in a cell or after a
 * cell that begins with another party ("Plataforma: ...  CUIT: ..."). */
static int row_cuit(const xw_row *row)
{
    bool other = false;
    for (int i = 0; i < row->nw; i++) {
        if (i == 0 || row->w[i].cell != row->w[i - 1].cell)
            other = other || other_party_cell(row, i);
        if (cuit_label(&row->w[i]) && !other && !others_cuit_label(row, i))
            return i;
    }
    return -1;
}

/* The first CUIT label of the row, or -1; with a buyer's box beside the
 * issuer's block (from x on), only one in the row's first cell and left of
 * x: a field set right of another is in the buyer's box, however far left
 * its labels reach. */
static int row_cuit_left(const xw_row *row, float x)
{
    int i = row_cuit(row);
    if (x > 1e29f || i < 0)
        return i;
    return row->w[i].x0 < x && row->w[i].cell == row->w[0].cell ? i : -1;
}

/* The word beginning a cell with a buyer's label ("Cliente:", "Señor(es):"),
 * or -1. */
static int row_buyer(const xw_row *row)
{
    for (int i = 0; i < row->nw; i++)
        if ((i == 0 || row->w[i].cell != row->w[i - 1].cell) && buyer_label(row, i))
            return i;
    return -1;
}

/* A label that heads a buyer's box of its own ("Cliente:", "CLIENTE",
 * "Señor(es):", "Facturar a:"), not a field a document's box prints too
 * ("Cliente Nº: 4512", "Condición de venta", "Período", "DNI"). */
static bool buyer_box_label(const xw_row *row, int i)
{
    static const char *const p[] = {"SENOR*", "SR(S)*", "SR(ES)*", "SR/ES*", "SRES", "COMPRADOR*", "DESTINATARIO*",
                                    "ADQUIRENTE*", "RECEPTOR*", "FACTURAR A", "FACTURADO A", "DATOS DEL CLIENTE",
                                    "INFORMACION DEL CLIENTE", "DATOS DEL RECEPTOR", "DATOS DEL COMPRADOR",
                                    "DATOS DEL ADQUIRENTE", "DATOS DEL DESTINATARIO", "SR/SRES*", "SR/SRA*",
                                    "SRES/SRAS*", "SRA/SR*", "SR(A)*", NULL};
    const xw_word *w = &row->w[i];
    /* "Cliente:" before a name (in its cell or the next), or "CLIENTE" alone
     * heading its box; not a customer's number ("Cliente: 4512", "Cliente
     * Nº") */
    if (word_is(w, "CLIENTE")) {
        bool alone = i + 1 >= row->nw || row->w[i + 1].cell != w->cell;
        if (!alone && w->raw[w->len - 1] != ':')
            return false;
        return i + 1 >= row->nw || !xn_has_digit(row->w[i + 1].raw, row->w[i + 1].len);
    }
    for (const char *const *k = p; *k; k++)
        if (row_phrase(row, i, *k))
            return true;
    return false;
}

/* A VAT condition ("CONSUMIDOR FINAL", "Responsable Inscripto") names the
 * buyer's or the issuer's tax status, never a legal name. */
static bool vat_condition(const xw_row *row, int a, int b)
{
    static const char *const p[] = {"CONSUMIDOR FINAL", "IVA RESPONSABLE INSCRIPTO", "RESPONSABLE INSCRIPTO",
                                    "RESPONSABLE MONOTRIBUTO", "MONOTRIBUTO", "MONOTRIBUTISTA", "EXENTO",
                                    "IVA EXENTO", "SUJETO EXENTO", NULL};
    for (const char *const *k = p; *k; k++)
        if (row_phrase(row, a, *k) == b - a)
            return true;
    return false;
}

/* The label of a legal name at word i: "Razón Social" and its
 * abbreviations ("R. Social", "Raz. Social", "Razón Soc."), or, ended by
 * their colon (bare, these words head a table's column or run in a
 * sentence), "Denominación:", "Denominación Social:", "Empresa:",
 * "Emisor:".  Not "Titular:": the holder of a plan, an account or a card,
 * the buyer.  Its number of words, 0 when none. */
static int name_label(const xw_row *row, int i)
{
    static const char *const bare[] = {"RAZON SOCIAL", "R SOCIAL", "RSOCIAL", "RAZ SOCIAL", "RAZON SOC", NULL};
    /* ended by their colon and beginning their cell: "Tipo de
     * Denominación:" is another field.  Not "Empresa:" or "Emisor:": they
     * also head a member's employer, a company's category ("Tipo de
     * Empresa: MiPyME"), a card's bank ("Banco Emisor:") or a copy's name
     * ("Emisor: Original") */
    static const char *const colon[] = {"DENOMINACION SOCIAL", "DENOMINACION", NULL};
    for (const char *const *p = bare; *p; p++) {
        int n = row_phrase(row, i, *p);
        if (n)
            return n;
    }
    if (i > 0 && row->w[i - 1].cell == row->w[i].cell)
        return 0;
    for (const char *const *p = colon; *p; p++) {
        int n = row_phrase(row, i, *p);
        if (n && row->w[i + n - 1].raw[row->w[i + n - 1].len - 1] == ':')
            return n;
    }
    return 0;
}

/* The value of "Razón Social:" (a label of n words) at word i: the rest of
 * its cell, or the next cell unless that is another field ("Fecha de
 * Emisión: ..."); never a VAT condition.  A label going on after a slash
 * ("Razón Social / Nombre:") ends at its colon; without one there is no
 * telling where. */
static bool razon_social(const xw_row *row, int i, int n, int *a, int *b)
{
    *a = i + n;
    if (*a < row->nw && row->w[*a].raw[0] == '/' && row->w[*a].cell == row->w[i + n - 1].cell) {
        int k = *a;
        while (k < row->nw && k < *a + 3 && row->w[k].raw[row->w[k].len - 1] != ':')
            k++;
        if (k >= row->nw || k >= *a + 3)
            return false;
        *a = k + 1;
    }
    *b = *a;
    while (*b < row->nw && (*b == *a || row->w[*b].cell == row->w[*a].cell))
        (*b)++;
    if (*b == *a || vat_condition(row, *a, *b))
        return false;
    if (row->w[*a].cell != row->w[i + n - 1].cell)
        for (int k = *a; k < *b; k++)
            if (row->w[k].raw[row->w[k].len - 1] == ':')
                return false;
    return true;
}

/* Word k starts one of the issuer block's field labels (address, CUIT, VAT
 * condition, gross income, start of activities, phone, mail, web, the
 * document's letter box): a line that is a field, never a name's words. */
static bool block_label(const xw_row *row, int k)
{
    static const char *const lab[] = {"DOMICILIO*", "DIRECCION", "CUIT*", "IVA", "CONDICION", "INGRESOS",
                                      "INICIO", "TEL", "TELS", "TELEFONO*", "TEL/*", "TELEFAX", "E-MAIL",
                                      "EMAIL", "WWW*", "COD*", NULL};
    if (k < row->nw && inv_title_word(&row->w[k])) /* FACTURA, FACT. (a bare FACT may begin a name) */
        return true;
    for (const char *const *l = lab; *l; l++)
        if (row_phrase(row, k, *l))
            return true;
    return false;
}

/* The end of a name's words [a, b): before a dash or a bar that begins
 * another field on its line ("GONZALEZ RAMON - CUIT 20-33444555-1", "LA
 * HUERTA S.R.L. | Domicilio: Brown 1033"), else b. */
static int cut_at_field(const xw_row *row, int a, int b)
{
    for (int k = a + 1; k + 1 < b; k++) {
        const xw_word *w = &row->w[k];
        if ((dash_word(w) || (w->len == 1 && w->raw[0] == '|')) && block_label(row, k + 1))
            return k;
    }
    return b;
}

/* The cell of words [a, b) could be the issuer's name: no digits in its
 * first word, not a copy marker, not a field ("Fecha de Emisión: ...": a
 * label anywhere in the cell makes it a field) nor one of the block's
 * usual lines.  A label need not end in a colon ("Comprobante Nro. 0005-
 * 00006621", "Emitida el 03-03-26"): a cell holding a date, a CUIT label, or
 * a number sign before digits, prints a document's field, which no name does. */
static bool name_cell(const xw_row *row, int a, int b)
{
    /* a VAT condition, the document's name, a heading over the issuer's block
     * ("EMISOR", "Datos del emisor": the name is below it); a name's label
     * (name_label), also one whose value could not be told from it ("Razón
     * Social / Nombre X"), is checked below */
    static const char *const skip[] = {"RESPONSABLE", "MONOTRIBUTO", "COMPROBANTE",
                                       "EMISOR",      "DATOS DEL EMISOR", NULL};
    const xw_word *w = &row->w[a];
    if (w->flen < 2 || xn_has_digit(w->raw, w->len) || w_copy_mark(w))
        return false;
    /* a cell without a letter or digit ("=====", "-----") is a rule drawn
     * with characters, never a name */
    bool alnum = false;
    for (int k = a; k < b && !alnum; k++)
        for (size_t c = 0; c < row->w[k].len && !alnum; c++)
            alnum = isalnum((unsigned char)row->w[k].raw[c]) || (row->w[k].raw[c] & 0x80);
    if (!alnum)
        return false;
    for (int k = a; k < b; k++) {
        char date[11];
        if (row->w[k].raw[row->w[k].len - 1] == ':')
            return false;
        /* a web address: a notice or a footer line, never a name */
        if (memmem(row->w[k].raw, row->w[k].len, "://", 3) || !strncmp(row->w[k].fold, "WWW.", 4))
            return false;
        if (cuit_label(&row->w[k]) ||
            (is_num_label(&row->w[k]) && k + 1 < b && xn_has_digit(row->w[k + 1].raw, row->w[k + 1].len)))
            return false;
        /* "P.V. 10": a point of sale's label before its number, a field
         * even without a colon */
        for (const char *const *p = pos_labels; *p; p++) {
            int n = row_phrase(row, k, *p);
            if (n && k + n < b && xn_has_digit(row->w[k + n].raw, row->w[k + n].len))
                return false;
        }
        if (xn_has_digit(row->w[k].raw, row->w[k].len) && date_at(row, k, date))
            return false;
    }
    if (block_label(row, a) || name_label(row, a))
        return false;
    for (const char *const *k = skip; *k; k++)
        if (row_phrase(row, a, *k))
            return false;
    return true;
}

static bool legal_end(const xw_row *row, int k, int e);

/* The first line of the issuer block at the left: its name; or a legal
 * name alone on its row, centred on the page (a centred header, whose
 * longer lines under it, an address, reach further left). */
static bool name_line(const xw_row *row, float page_w)
{
    int e = cell_end(row, 0);
    float mid = (row->w[0].x0 + row->w[e - 1].x1) / 2;
    return (row->w[0].x0 <= page_w * 0.4f ||
            (e == row->nw && mid > 0.45f * page_w && mid < 0.55f * page_w && legal_end(row, 0, e))) &&
           name_cell(row, 0, e);
}

/* A legal name ends with its company type ("S.A.", "S.R.L.", "SAS", "Ltda.",
 * "SOCIEDAD ANONIMA"). */
static bool company_form(const xw_word *w)
{
    static const char *const f[] = {"SA", "SRL", "SAS", "SAU", "SCS", "SCA", "SH", "SACI", "SACIF",
                                    "SAIC", "SAICF", "LTDA", "ANONIMA", "LIMITADA", NULL};
    for (const char *const *k = f; *k; k++)
        if (word_is(w, *k))
            return true;
    return false;
}

/* A word that joins a name to what follows it ("de", "DEL", "y"): a name's
 * line ending with one was cut by the layout engine, not ended. */
static bool connective(const xw_word *w)
{
    static const char *const c[] = {"DE", "DEL", "Y", "E", "LA", "LAS", "LOS", "EL", NULL};
    for (const char *const *k = c; *k; k++)
        if (word_is(w, *k))
            return true;
    return false;
}

/* A word a company type spelled out begins or goes on with ("SOCIEDAD DE
 * RESPONSABILIDAD" / "LIMITADA", "SOCIEDAD EN COMANDITA" / "SIMPLE"): a
 * name's line ending with one was cut inside its type. */
static bool type_goes_on(const xw_word *w)
{
    return word_is(w, "SOCIEDAD") || word_is(w, "RESPONSABILIDAD") || word_is(w, "COMANDITA");
}

/* The case of words [a, b): the largest of their case classes. */
static int cell_case(const xw_row *row, int a, int b)
{
    int cls = 0;
    for (int k = a; k < b; k++) {
        int c = xn_case_class(row->w[k].raw, row->w[k].len);
        if (c > cls)
            cls = c;
    }
    return cls;
}

/* A name in capitals wraps in capitals: below a name's line (words [a, b)
 * of row) wholly in capitals, a line whose first word (k of nx) is in
 * small letters ("Almacen y fiambreria": a trade, a motto) is a line of its
 * own, unless that word is a connective ("de Juan Perez") or the name's
 * line ended with one. */
static bool case_breaks(const xw_row *row, int a, int b, const xw_row *nx, int k)
{
    if (connective(&row->w[b - 1]) || connective(&nx->w[k]) || xn_case_class(nx->w[k].raw, nx->w[k].len) != 2)
        return false;
    return cell_case(row, a, b) == 1;
}

/* Words [a, b) of row and [k, e) of nx centred on one axis while their left
 * edges differ: a centred block, each line set on its own, so the width of
 * the block's other lines does not tell whether a line was full. */
static bool centred_pair(const xw_row *row, int a, int b, const xw_row *nx, int k, int e)
{
    float h = inv_row_h(row);
    float dm = (row->w[a].x0 + row->w[b - 1].x1) / 2 - (nx->w[k].x0 + nx->w[e - 1].x1) / 2;
    float dl = row->w[a].x0 - nx->w[k].x0;
    return (dm < 0 ? -dm : dm) <= 0.15f * h && (dl < 0 ? -dl : dl) > 0.15f * h;
}

/* Words [a, b) of row and [k, e) of nx set flush right: their right edges
 * meet while their left edges differ (a block aligned on its right). */
static bool flush_right_pair(const xw_row *row, int a, int b, const xw_row *nx, int k, int e)
{
    float h = inv_row_h(row);
    float dr = row->w[b - 1].x1 - nx->w[e - 1].x1, dl = row->w[a].x0 - nx->w[k].x0;
    return (dr < 0 ? -dr : dr) <= 0.15f * h && (dl < 0 ? -dl : dl) > 0.15f * h;
}

static float type_size(const xw_row *row, int a, int b);

/* Words [k, e) of a line could go on a field's value: no label of the
 * block, VAT condition or buyer's label, no digits or colons, all in the
 * value's case class cls but for an ampersand before a name ("FERREYRA &
 * ASOCIADOS S.R.L.", "& ASOCIADOS S.R.L."), which has no case. */
static bool value_words(const xw_row *nx, int k, int e, int cls)
{
    if (block_label(nx, k) || vat_condition(nx, k, e) || buyer_label(nx, k))
        return false;
    for (int m = k; m < e; m++) {
        const xw_word *w = &nx->w[m];
        if (w->len == 1 && w->raw[0] == '&' && m + 1 < e)
            continue;
        if (xn_has_digit(w->raw, w->len) || memchr(w->raw, ':', w->len) || xn_case_class(w->raw, w->len) != cls)
            return false;
    }
    return true;
}

/* The value of the issuer's "Razón Social:" (words [a, b) of row r) wrapped
 * onto the next line of its cell: that line starts at the label's left edge,
 * close below (rows of other columns only in between), in letters of the
 * value's case, without digits, labels or a VAT condition; and its first
 * word would not have fitted on the value's line within the widest line that
 * the column prints (the line was full).  Not when the value already ends
 * with a company type.  Returns the words of the continuation's cell (from
 * *k0 of the row in *at), 0 when none. */
static int razon_wrap(const inv_doc *d, size_t r, size_t end, int i, int a, int b, size_t *at, int *k0)
{
    const xw_row *row = d->r[r];
    float x0 = row->w[i].x0, h = inv_row_h(row);
    if (company_form(&row->w[b - 1]))
        return 0;
    int cls = cell_case(row, a, b);
    /* the widest line of the column: cells of the issuer block that start
     * at the label's left edge; but a heading in a larger type (the trade
     * name over the block) runs as wide as it needs, past the column */
    float widest = row->w[b - 1].x1, size = type_size(row, i, b);
    for (size_t s = 0; s < end; s++) {
        const xw_row *o = d->r[s];
        if (d->zone[s] != Z_HEAD || o->page != row->page)
            continue;
        for (int k = 0; k < o->nw; k++) {
            if (!(k == 0 || o->w[k - 1].cell != o->w[k].cell) || o->w[k].x0 - x0 > 0.5f * h ||
                x0 - o->w[k].x0 > 0.5f * h)
                continue;
            int e = cell_end(o, k);
            if (type_size(o, k, e) > 1.25f * size)
                continue;
            if (o->w[e - 1].x1 > widest)
                widest = o->w[e - 1].x1;
        }
    }
    size_t s = 0;
    int k = line_below(d, r, x0, row->w[b - 1].x1, &s);
    if (k < 0 || s >= end)
        return 0;
    const xw_row *nx = d->r[s];
    int e = cell_end(nx, k);
    if (!value_words(nx, k, e, cls))
        return 0;
    float gap = b - a > 1 ? row->w[b - 1].x0 - row->w[b - 2].x1 : 0.25f * h;
    if (row->w[b - 1].x1 + gap + (nx->w[k].x1 - nx->w[k].x0) <= widest + 0.5f)
        return 0; /* it would have fitted: a line of its own */
    *at = s;
    *k0 = k;
    return e - k;
}

/* A name wrapped over two lines, joined with a space (in the rows' arena);
 * NULL out of memory or when the second line could not be read. */
static char *join_lines(receipt *rc, const char *t, const char *t2)
{
    size_t l1 = strlen(t), l2 = t2 ? strlen(t2) : 0;
    char *both = t2 ? xa_alloc(&rc->rows.arena, l1 + l2 + 2) : NULL;
    if (!both)
        return NULL;
    memcpy(both, t, l1);
    both[l1] = ' ';
    memcpy(both + l1 + 1, t2, l2 + 1);
    return both;
}

/* Words [k, e) of row end with a company type: its word ("S.R.L.") or the
 * end of one spelled out ("Sociedad de Hecho", "... en Comandita Simple",
 * "... Anónima"), whose first words may close the line above. */
static bool legal_end(const xw_row *row, int k, int e)
{
    static const char *const ends[][3] = {
        {"HECHO", "DE", "SOCIEDAD"}, {"HECHO", "DE", "SOC"}, {"SIMPLE", "COMANDITA", NULL},
        {"ACCIONES", "POR", "COMANDITA"}, {"LIMITADA", "RESPONSABILIDAD", NULL},
        {"SIMPLIFICADA", "ACCIONES", NULL}, {"ANONIMA", NULL, NULL}, {"UNIPERSONAL", "ANONIMA", NULL},
        {"COLECTIVA", "SOCIEDAD", NULL}};
    if (company_form(&row->w[e - 1]))
        return true;
    for (size_t t = 0; t < sizeof ends / sizeof *ends; t++) {
        int m = 0;
        while (m < 3 && ends[t][m] && e - 1 - m >= k && word_is(&row->w[e - 1 - m], ends[t][m]))
            m++;
        if (m == 3 || (m < 3 && !ends[t][m]))
            return true;
    }
    return false;
}

/* The cell at word k is the letter box's: its letter alone ("B") or the
 * document's code ("COD. 006"), printed over the columns, never a line of
 * one of their fields. */
static bool letter_box_cell(const xw_row *row, int k)
{
    int e = cell_end(row, k);
    if (e - k == 1 && box_letter(&row->w[k]))
        return true;
    return e - k <= 3 && doc_code_at(row, k) >= 0;
}

/* The cell of the next header row below row r (within two lines) that
 * starts at xl or xv or ends at xr (within half a line): a line of a
 * field's value, aligned with its label, its value's start, or, set flush
 * right, its value's end; or, narrower, centred under the label's line (a
 * block whose lines are centred).  Rows of other columns are passed, and the
 * letter box's cells (a long value's line runs under the box); a cell in
 * [min(xl, xv), xr] aligned with none ends the search.  Returns its first
 * word (the row in *at), -1 when none. */
static int value_line_below(const inv_doc *d, size_t r, float xl, float xv, float xr, size_t *at)
{
    const xw_row *row = d->r[r];
    float h = inv_row_h(row), lo = xl < xv ? xl : xv;
    for (size_t s = r + 1; s < d->n && s <= r + 4; s++) {
        const xw_row *nx = d->r[s];
        if (d->zone[s] != Z_HEAD || nx->page != row->page || ydist(nx, row) > 2.0f * h)
            return -1;
        bool other = false;
        for (int k = 0; k < nx->nw; k = cell_end(nx, k)) {
            if (letter_box_cell(nx, k))
                continue;
            float x0 = nx->w[k].x0, x1 = nx->w[cell_end(nx, k) - 1].x1;
            float dc = (x0 + x1) - (xl + xr); /* twice the offset of the centres */
            if ((x0 - xl <= 0.5f * h && xl - x0 <= 0.5f * h) || (x0 - xv <= 0.5f * h && xv - x0 <= 0.5f * h) ||
                (x1 - xr <= 0.5f * h && xr - x1 <= 0.5f * h) || (dc <= h && -dc <= h && x1 - x0 < xr - xl)) {
                *at = s;
                return k;
            }
            if (x1 > lo && x0 < xr)
                other = true;
        }
        if (other)
            return -1;
    }
    return -1;
}

/* The value of the issuer's "Razón Social:" (words [a, b) of row r, the
 * label at word i) wrapped over up to three more lines of its cell, each
 * aligned with the label, the value's start or its end (value_line_below),
 * in the value's case, without digits, labels or a VAT condition, the last
 * ending with the company type the value lacks: a legal name completed,
 * however wide its lines ("FERNANDEZ DE LA SERNA" over "ALEJANDRO MARTIN",
 * "MAXIMILIANO Y OTROS", "SOCIEDAD DE HECHO").  An address or a trade does
 * not end with a company type.  Sets *t to the joined name; returns the
 * number of lines joined, 0 when none, -1 out of memory. */
static int razon_legal(receipt *rc, const inv_doc *d, size_t r, size_t end, int i, int a, int b, char **t)
{
    const xw_row *row = d->r[r];
    if (legal_end(row, a, b))
        return 0;
    int cls = cell_case(row, a, b);
    float xl = row->w[i].x0, xv = row->w[a].x0, xr = row->w[b - 1].x1;
    size_t lines[3], cur = r;
    int ks[3], es[3];
    for (int n = 0; n < 3; n++) {
        size_t s = 0;
        int k = value_line_below(d, cur, xl, xv, xr, &s);
        if (k < 0 || s >= end)
            return 0;
        const xw_row *nx = d->r[s];
        int e = cell_end(nx, k);
        if (!value_words(nx, k, e, cls))
            return 0;
        lines[n] = s;
        ks[n] = k;
        es[n] = e;
        cur = s;
        if (legal_end(nx, k, e)) {
            char *all = row_join(&rc->rows, row, a, b);
            for (int m = 0; m <= n && all; m++)
                all = join_lines(rc, all, row_join(&rc->rows, d->r[lines[m]], ks[m], es[m]));
            if (!all)
                return -1;
            *t = all;
            return n + 1;
        }
    }
    return 0;
}

/* The letter box of the document ("A", "B", "C" printed big beside the
 * title) read into the end of the name's cell: a lone capital letter, the
 * document's letter when that is known, set apart from the name by a gap
 * wider than a letter of the word before it and than twice any gap between
 * the name's words, or, set larger than the name, than any of them.
 * Returns the end of the name without it. */
static int drop_letter_box(const xw_row *row, int a, int b, char letter)
{
    if (b - a < 2)
        return b;
    const xw_word *l = &row->w[b - 1], *p = &row->w[b - 2];
    if (!box_letter(l) || (letter && l->raw[0] != letter))
        return b;
    float gap = l->x0 - p->x1, em = (p->x1 - p->x0) / (float)(p->len ? p->len : 1);
    /* the document's letter set in a type larger than the name's (wider
     * than its letters) is the box even when its gap is a word's width */
    bool bigger = letter && l->x1 - l->x0 > 1.25f * em;
    if (gap <= em && !bigger)
        return b;
    for (int k = a + 1; k < b - 1; k++)
        if ((bigger ? 1.0f : 2.0f) * (row->w[k].x0 - row->w[k - 1].x1) >= gap)
            return b;
    return b - 1;
}

/* The document's title ("FACTURA", the letter box before it) read into the
 * name's cell (words [a, b)) when the box is printed level with the name
 * and close to it: the title is never part of a name, which ends before
 * it (the letter box then dropped by drop_letter_box). */
static int cut_title(const xw_row *row, int a, int b)
{
    for (int k = a + 1; k < b; k++)
        if (inv_title_word(&row->w[k]))
            return k;
    return b;
}

/* The document's title, its letter box, code or copy marker: printed
 * beside the issuer's block, never its name. */
static bool title_cell(const xw_row *row, int a, int b)
{
    if (row->w[a].flen < 2 || w_copy_mark(&row->w[a]) || doc_code_at(row, a) >= 0)
        return true;
    for (int k = a; k < b; k++)
        if (inv_title_word(&row->w[k]) || word_is(&row->w[k], "COMPROBANTE"))
            return true;
    return false;
}

/* The type size of words [a, b) of row as their width tells it: the width
 * over the ems their characters take in a proportional face (capitals
 * wider than small letters, a space narrow), so that a line in capitals
 * does not read as larger type than one in small letters. */
static float type_size(const xw_row *row, int a, int b)
{
    float ems = 0.28f * (float)(b - a - 1);
    for (int k = a; k < b; k++) {
        const unsigned char *c = (const unsigned char *)row->w[k].raw, *end = c + row->w[k].len;
        for (; c < end; c++) {
            if ((*c & 0xC0) == 0x80)
                continue; /* inside a multibyte character */
            ems += *c >= 'A' && *c <= 'Z'                    ? 0.68f
                   : *c >= '0' && *c <= '9'                  ? 0.56f
                   : (*c >= 'a' && *c <= 'z') || *c >= 0x80 ? 0.5f
                                                             : 0.3f;
        }
    }
    return (row->w[b - 1].x1 - row->w[a].x0) / (ems > 0 ? ems : 1);
}

/* A name set as a heading, wrapped by the layout engine ("FUERZA VITAL GYM
 * de Lucas" over "Herrera"): the line below at the heading's left edge, in
 * the heading's type (larger than the CUIT's cell, cuit_size); without
 * digits, labels or a VAT condition.  The block's
 * own lines below a heading are set in the smaller type of its fields.
 * Returns the words of the continuation (from *k0 of the row in *at). */
static int heading_wrap(const inv_doc *d, size_t r, int a, int b, float cuit_size, size_t *at, int *k0)
{
    const xw_row *row = d->r[r];
    size_t s = 0;
    int k = line_below(d, r, row->w[a].x0, row->w[b - 1].x1, &s);
    if (k < 0)
        return 0;
    const xw_row *nx = d->r[s];
    int e = cell_end(nx, k);
    float size = type_size(nx, k, e);
    if (size < 1.25f * cuit_size || size < 0.85f * type_size(row, a, b) || !name_cell(nx, k, e) ||
        block_label(nx, k) || vat_condition(nx, k, e) || buyer_label(nx, k) || case_breaks(row, a, b, nx, k))
        return 0;
    for (int m = k; m < e; m++)
        if (xn_has_digit(nx->w[m].raw, nx->w[m].len) || memchr(nx->w[m].raw, ':', nx->w[m].len))
            return 0;
    *at = s;
    *k0 = k;
    return e - k;
}

/* The issuer block printed away from the left edge (at the right, beside
 * the title): its lines share an edge with its CUIT label's cell, the left
 * one or, set flush right, the right one; or its name is set in a larger
 * type than that label (a heading over the block, wherever the label is).
 * The name is the block's first line, level with the top of the header
 * (the title's line): the topmost such cell above the CUIT row, past the
 * title, when it reads as a name and starts there (else none: the name may
 * be a logo, and the next line is the trade or the address).  Taken only
 * when no name was found at the left. */
/* The right end of the cell of row s that starts at x0 (within half a
 * line, the letter box read into it dropped), or -1 when none does. */
static float column_cell_end(const inv_doc *d, size_t s, float x0, char letter)
{
    const xw_row *o = d->r[s];
    float h = inv_row_h(o);
    if (d->zone[s] != Z_HEAD)
        return -1;
    for (int k = 0; k < o->nw; k = cell_end(o, k))
        if (o->w[k].x0 - x0 <= 0.5f * h && x0 - o->w[k].x0 <= 0.5f * h)
            return o->w[drop_letter_box(o, k, cell_end(o, k), letter) - 1].x1;
    return -1;
}

/* Line r of a column starting at x0 was full: its words end before the
 * widest other line of its block (the column's lines above and below it
 * with no blank line between: how wide the cell is; a field further down
 * the page may be set in a wider cell) and the next line's first word, of
 * width next_w, would not have fitted after them.  A line that is itself
 * the widest proves nothing. */
static bool line_was_full(const inv_doc *d, size_t r, size_t end, float x0, float x1, float gap, float next_w,
                          char letter)
{
    float widest = 0;
    for (int dir = -1; dir <= 1; dir += 2) {
        const xw_row *prev = d->r[r];
        for (size_t s = r; (dir < 0 ? s > 0 : s + 1 < end);) {
            s = dir < 0 ? s - 1 : s + 1;
            const xw_row *o = d->r[s];
            if (o->page != prev->page)
                break;
            float e = column_cell_end(d, s, x0, letter);
            if (e < 0)
                continue; /* another column's row */
            float blank = dir < 0 ? prev->y0 - o->y1 : o->y0 - prev->y1;
            if (blank > inv_row_h(prev))
                break; /* a blank line: another block */
            if (e > widest)
                widest = e;
            prev = o;
        }
    }
    return x1 < widest - 0.5f && x1 + gap + next_w > widest + 0.5f;
}

/* The left edge of the nearest cell printed right of x1 beside rows r to
 * s (the name's line and the line below it): the next column, where the
 * name's cell ends at the latest; -1 when nothing is printed there. */
static float next_column(const inv_doc *d, size_t r, size_t s, float x1)
{
    const xw_row *a = d->r[r], *b = d->r[s];
    float best = -1;
    for (size_t t = 0; t < d->n; t++) {
        const xw_row *o = d->r[t];
        if (d->zone[t] != Z_HEAD || o->page != a->page || o->y1 <= a->y0 || o->y0 >= b->y1)
            continue;
        for (int k = 0; k < o->nw; k = cell_end(o, k))
            if (o->w[k].x0 > x1 && (best < 0 || o->w[k].x0 < best))
                best = o->w[k].x0;
    }
    return best;
}

/* The right edge of the page's text (its right margin) but for rows r and
 * s (a name's line and the line below it): a line ending before it whose
 * next word would run past it was full, whatever the other lines of its
 * block. */
static float text_right(const inv_doc *d, int page, size_t r, size_t s)
{
    float right = -1;
    for (size_t t = 0; t < d->n; t++)
        if (t != r && t != s && d->r[t]->page == page && d->r[t]->nw && d->r[t]->w[d->r[t]->nw - 1].x1 > right)
            right = d->r[t]->w[d->r[t]->nw - 1].x1;
    return right;
}

/* A row that is a rule drawn with characters ("=====") */
static bool drawn_rule(const xw_row *row)
{
    for (int k = 0; k < row->nw; k++)
        for (size_t c = 0; c < row->w[k].len; c++)
            if (isalnum((unsigned char)row->w[k].raw[c]) || (row->w[k].raw[c] & 0x80))
                return false;
    return true;
}

/* A column of the issuer's block (cells starting at x0 above end, or with
 * right set, cells ending at x1: a block set flush right) that prints its
 * VAT condition: the block beside the title when the CUIT is printed among
 * the document's fields. */
static bool vat_column(const inv_doc *d, size_t end, int page, float x0, float x1, bool right, float h)
{
    for (size_t s = 0; s < end; s++) {
        const xw_row *o = d->r[s];
        if (d->zone[s] != Z_HEAD || o->page != page)
            continue;
        for (int k = 0; k < o->nw; k = cell_end(o, k)) {
            int e = cell_end(o, k);
            float edge = right ? o->w[e - 1].x1 - x1 : o->w[k].x0 - x0;
            if (edge < h && -edge < h && vat_condition(o, k, e))
                return true;
        }
    }
    return false;
}

/* The cell at word k shares its line with the document's title: a block
 * beside the title starts on the title's line. */
static bool beside_title(const xw_row *row, int k)
{
    for (int m = 0; m < row->nw; m++)
        if (row->w[m].cell != row->w[k].cell && inv_title_word(&row->w[m]))
            return true;
    return false;
}

/* The name's cell (words [a, b) of row r) wrapped onto the next line of its
 * column: taken on the terms of name_wrap (a legal name completed, or a full
 * line continued in the name's type; full also when the next word would
 * have run past the page's right margin, set by other text).  Returns the words (from *k0 of the
 * row in *at), 0 when none. */
static int column_wrap(const inv_doc *d, size_t r, size_t end, int a, int b, char letter, size_t *at, int *k0)
{
    const xw_row *row = d->r[r];
    if (company_form(&row->w[b - 1]))
        return 0;
    size_t s = 0;
    int k = line_below(d, r, row->w[a].x0, row->w[b - 1].x1, &s);
    if (k < 0 || s >= end)
        return 0;
    const xw_row *nx = d->r[s];
    int e = drop_letter_box(nx, k, cell_end(nx, k), letter);
    if (!name_cell(nx, k, e) || block_label(nx, k) || vat_condition(nx, k, e) || buyer_label(nx, k) ||
        case_breaks(row, a, b, nx, k))
        return 0;
    for (int m = k; m < e; m++)
        if (xn_has_digit(nx->w[m].raw, nx->w[m].len) || memchr(nx->w[m].raw, ':', nx->w[m].len))
            return 0;
    float gap = b - a > 1 ? row->w[b - 1].x0 - row->w[b - 2].x1 : 0.25f * inv_row_h(row);
    float x1 = row->w[b - 1].x1, next_w = nx->w[k].x1 - nx->w[k].x0, margin = text_right(d, row->page, r, s);
    bool full = type_size(nx, k, e) >= 0.85f * type_size(row, a, b) &&
                ((!centred_pair(row, a, b, nx, k, e) && line_was_full(d, r, end, row->w[a].x0, x1, gap, next_w, letter)) ||
                 (x1 < margin - 0.5f && x1 + gap + next_w > margin + 0.5f));
    if (!company_form(&nx->w[e - 1]) && !full)
        return 0;
    *at = s;
    *k0 = k;
    return e - k;
}

/* The next line of the column of words [a, b) of row r, set flush with
 * them at the left or (right) at the right edge, close below (other
 * columns' rows only in between): a cell that could be a name (no label,
 * VAT condition or buyer's field, no colon).  Returns its words (from *k0
 * of the row in *at, the letter box dropped), 0 when none or when
 * something else is printed in the column first. */
static int flush_line_below(const inv_doc *d, size_t r, int a, int b, bool right, char letter, size_t *at, int *k0)
{
    const xw_row *row = d->r[r];
    float x0 = row->w[a].x0, x1 = row->w[b - 1].x1, h = inv_row_h(row);
    for (size_t s = r + 1; s < d->n && s <= r + 4; s++) {
        const xw_row *nx = d->r[s];
        if (d->zone[s] != Z_HEAD || nx->page != row->page || ydist(nx, row) > 2.0f * h)
            return 0;
        for (int k = 0; k < nx->nw; k = cell_end(nx, k)) {
            int e = cell_end(nx, k);
            if (nx->w[e - 1].x1 <= x0 || nx->w[k].x0 >= x1)
                continue; /* another column's cell */
            float edge = right ? nx->w[e - 1].x1 - x1 : nx->w[k].x0 - x0;
            if (edge > 0.5f * h || edge < -0.5f * h)
                return 0; /* something else is printed in the column */
            e = drop_letter_box(nx, k, e, letter);
            if (!name_cell(nx, k, e) || block_label(nx, k) || vat_condition(nx, k, e) || buyer_label(nx, k))
                return 0;
            for (int m = k; m < e; m++)
                if (memchr(nx->w[m].raw, ':', nx->w[m].len))
                    return 0;
            *at = s;
            *k0 = k;
            return e - k;
        }
    }
    return 0;
}

/* The name's cell (words [a, b) of row r) completed by the next line of its
 * column (flush_line_below): a line in the name's case, without digits,
 * that ends with the company type the name lacks ("NUBEARG SERVICIOS" over
 * "INFORMATICOS S.A.").  A block's other lines (address, trade) do not end
 * with one.  Returns the words (from *k0 of the row in *at), 0 when none. */
static int legal_below(const inv_doc *d, size_t r, int a, int b, bool right, char letter, size_t *at, int *k0)
{
    const xw_row *row = d->r[r];
    if (company_form(&row->w[b - 1]))
        return 0;
    int n = flush_line_below(d, r, a, b, right, letter, at, k0);
    const xw_row *nx = d->r[*at];
    if (!n || !company_form(&nx->w[*k0 + n - 1]) ||
        xn_case_class(nx->w[*k0].raw, nx->w[*k0].len) != xn_case_class(row->w[a].raw, row->w[a].len))
        return 0;
    for (int m = *k0; m < *k0 + n; m++)
        if (xn_has_digit(nx->w[m].raw, nx->w[m].len))
            return 0;
    return n;
}

/* The legal name printed under a trade name in small letters ("Carniceria
 * El Novillo" over "FRIGORIFICO EL NOVILLO S.R.L.", "Lubricentro Ruta 8"
 * over "LUBRICENTRO RUTA 8 S.A.S."): the next line of the trade's column
 * (flush_line_below), in capitals, a whole name ending with its company
 * type, or wrapped once onto a line that ends with it ("CLINICA VETERINARIA
 * PATITAS" over "SOCIEDAD ANONIMA").  A name's wrapped rest is set in its
 * own case, not in capitals under small letters.  Sets *t to the legal
 * name; returns 1, 0 when none, -1 out of memory. */
static int legal_under_trade(receipt *rc, const inv_doc *d, size_t r, int a, int b, bool right, char letter,
                             char **t)
{
    size_t at = 0, at2 = 0;
    int k0 = 0, k2 = 0;
    if (company_form(&d->r[r]->w[b - 1]))
        return 0;
    int n = flush_line_below(d, r, a, b, right, letter, &at, &k0);
    /* "FARMACIA DEL PUEBLO" over "FARMACIA DEL PUEBLO DE ADROGUE S.C.S.":
     * a line that repeats the name's words and goes on to a company type
     * is the legal name under the trade name, in any case (a wrapped
     * name's rest never starts over) */
    bool repeats = n > b - a && company_form(&d->r[at]->w[k0 + n - 1]);
    for (int i = 0; repeats && i < b - a; i++)
        repeats = strcmp(d->r[r]->w[a + i].fold, d->r[at]->w[k0 + i].fold) == 0;
    if (repeats) {
        *t = row_join(&rc->rows, d->r[at], k0, k0 + n);
        return *t ? 1 : -1;
    }
    if (cell_case(d->r[r], a, b) != 2)
        return 0;
    const xw_row *nx = d->r[at];
    if (!n || cell_case(nx, k0, k0 + n) != 1)
        return 0;
    if (company_form(&nx->w[k0 + n - 1])) {
        if (n < 2 || company_form(&nx->w[k0 + n - 2]))
            return 0; /* a company type alone is no name */
        *t = row_join(&rc->rows, nx, k0, k0 + n);
        return *t ? 1 : -1;
    }
    int n2 = flush_line_below(d, at, k0, k0 + n, right, letter, &at2, &k2);
    const xw_row *nx2 = d->r[at2];
    if (!n2 || cell_case(nx2, k2, k2 + n2) != 1 || !company_form(&nx2->w[k2 + n2 - 1]))
        return 0;
    *t = join_lines(rc, row_join(&rc->rows, nx, k0, k0 + n), row_join(&rc->rows, nx2, k2, k2 + n2));
    return *t ? 1 : -1;
}

static int column_name(receipt *rc, const inv_doc *d, size_t c1, int ci, size_t end, char letter)
{
    const xw_row *cr = d->r[c1];
    int a = ci;
    while (a > 0 && cr->w[a - 1].cell == cr->w[ci].cell)
        a--;
    float x0 = cr->w[a].x0, x1 = cr->w[cell_end(cr, a) - 1].x1, h = inv_row_h(cr);
    const xw_row *top = NULL;
    for (size_t r = 0; r < c1 && !top; r++)
        if (d->zone[r] == Z_HEAD && d->r[r]->page == cr->page && !w_copy_mark(&d->r[r]->w[0]) &&
            !drawn_rule(d->r[r]))
            top = d->r[r];
    for (size_t r = 0; r < c1 && top; r++) {
        const xw_row *row = d->r[r];
        if (d->zone[r] != Z_HEAD || row->page != cr->page || drawn_rule(row))
            continue;
        bool big = inv_row_h(row) >= 1.25f * h;
        for (int k = 0; k < row->nw; k = cell_end(row, k)) {
            int e = cell_end(row, k);
            float l = row->w[k].x0, rt = row->w[e - 1].x1;
            bool left = l - x0 < h && x0 - l < h, right = rt - x1 < h && x1 - rt < h;
            bool vat = !left && !right && !big && beside_title(row, k) && vat_column(d, end, cr->page, l, rt, false, h);
            /* the block beside the title set flush right: its lines share
             * the name's right edge, not its left one */
            bool vat_right = !left && !right && !big && !vat && beside_title(row, k) &&
                             vat_column(d, end, cr->page, l, rt, true, h);
            vat = vat || vat_right;
            if (!(left || right || big || vat) || title_cell(row, k, e))
                continue;
            if (!name_cell(row, k, e) || vat_condition(row, k, e) || buyer_label(row, k) ||
                row->y0 - top->y0 >= 0.75f * inv_row_h(top))
                return 0;
            e = drop_letter_box(row, k, e, letter);
            char *t = row_join(&rc->rows, row, k, e);
            size_t at = 0;
            float cuit_size = type_size(cr, a, cell_end(cr, a));
            /* a heading's rest or the legal name under it may be set flush
             * with either of its edges; the legal name under a trade
             * replaces it, the rest of a name completes it */
            bool edge_l = left || (big && !right), edge_r = !left, below = left || right || vat_right || big;
            int k0 = 0, n = 0, legal = 0;
            for (int pass = 0; t && below && !legal && pass < 2; pass++)
                if ((pass ? edge_r : edge_l) && (legal = legal_under_trade(rc, d, r, k, e, pass, letter, &t)) < 0)
                    return -1;
            if (t && !legal) {
                if (big && !left && !right)
                    n = heading_wrap(d, r, k, e, cuit_size, &at, &k0);
                if (vat)
                    n = column_wrap(d, r, end, k, e, letter, &at, &k0);
                for (int pass = 0; below && !n && pass < 2; pass++)
                    if (pass ? edge_r : edge_l)
                        n = legal_below(d, r, k, e, pass, letter, &at, &k0);
                if (n && !(t = join_lines(rc, t, row_join(&rc->rows, d->r[at], k0, k0 + n))))
                    return -1;
            }
            if (!t || !(rc->merchant_name = rc_strdup(rc, t, strlen(t))))
                return -1;
            return 0;
        }
    }
    return 0;
}

/* A centred name set as a heading wrapped onto a second centred line
 * (words [k0, k) of row s below words [a, j) of row r):
 * that line is set in the name's type and no wider than the name's line
 * (the rest of what did not fit), and the block's next line below it,
 * close under it, is set in the fields' smaller type.  A subtitle (a
 * trade, a town) is set like the block's fields, or wider than the name.
 * Type sizes are read from the cells' widths, not the rows' heights: a
 * letter box printed on the same row makes a row taller than its type. */
static bool heading_rest(const inv_doc *d, size_t r, size_t s, size_t end, int a, int j, int k0, int k)
{
    const xw_row *row = d->r[r], *nx = d->r[s];
    float ts = type_size(row, a, j), tn = type_size(nx, k0, k), hn = inv_row_h(nx);
    /* [k0, k) is a whole cell (name_wrap's) */
    if (tn < 0.85f * ts || tn > 1.15f * ts || nx->w[k - 1].x1 - nx->w[k0].x0 > row->w[j - 1].x1 - row->w[a].x0)
        return false;
    for (size_t t = s + 1; t < end && t <= s + 3; t++) {
        const xw_row *o = d->r[t];
        if (d->zone[t] != Z_HEAD || o->page != nx->page || o->y0 - nx->y1 > hn)
            return false;
        int m = 0;
        while (m < o->nw && o->w[cell_end(o, m) - 1].x1 <= nx->w[k0].x0)
            m = cell_end(o, m);
        if (m >= o->nw || o->w[m].x0 >= nx->w[k - 1].x1)
            continue; /* another column's row */
        return type_size(o, m, cell_end(o, m)) < 0.8f * tn;
    }
    return false;
}

/* The issuer's name wrapped in its cell ("SERVICIOS INFORMATICOS" over
 * "DELTA S.A."): the next row of the name's column, starting at its left
 * edge, close below it (rows of other columns only in between), without
 * digits or labels.  Taken when it completes a legal name (it ends with a
 * company type that the first line lacks, in letters of the same case), or
 * when the name's line was full (its first word would not have fitted) and
 * it is set in the name's type: the layout engine wrapped it.  An address
 * or the block's other lines follow a line that had room, or are set in
 * the fields' smaller type.  Returns the end of the continuation's first
 * cell (the row in *at, its first word in *k0), 0 when none.  A line
 * ending with a connective word is continued whatever its width: the name
 * cannot end there.  A line is full too when the next word would have run
 * into the column printed beside it, or with none beside it, past the
 * page's right margin; or, centred, when it is a heading whose rest is set
 * in its type above the fields' smaller one (heading_rest).  A cell wholly left
 * of the name (a letter box) is not the name's column, nor is a row whose
 * cell starts where the cell printed beside the name starts (the title's
 * column, even when the title overlaps the name's extent). */
static int name_wrap(const inv_doc *d, size_t r, size_t end, int a, int j, char letter, size_t *at, int *k0)
{
    const xw_row *row = d->r[r];
    float x0 = row->w[a].x0, x1 = row->w[j - 1].x1, rh = inv_row_h(row);
    float beside = j < row->nw ? row->w[j].x0 : -1;
    int cls = cell_case(row, a, j);
    if (company_form(&row->w[j - 1]))
        return 0;
    for (size_t s = r + 1; s < end && s <= r + 6; s++) {
        const xw_row *nx = d->r[s];
        float h = inv_row_h(nx);
        if (d->zone[s] != Z_HEAD || nx->page != row->page)
            return 0;
        int i0 = 0;
        while (i0 < nx->nw && nx->w[cell_end(nx, i0) - 1].x1 <= x0)
            i0 = cell_end(nx, i0);
        if (i0 >= nx->nw || nx->w[i0].x0 >= x1 ||
            (beside > 0 && nx->w[i0].x0 - beside < 0.5f * h && beside - nx->w[i0].x0 < 0.5f * h))
            continue; /* another column's row */
        /* distance measured in the larger of the two lines: a row of small
         * type read between them belongs to another column */
        if ((nx->y0 + nx->y1) / 2 - (row->y0 + row->y1) / 2 > 2.0f * (h > rh ? h : rh))
            return 0;
        int k = cell_end(nx, i0);
        /* a centred block wraps its name onto a line centred on the same
         * axis, not at the same left edge */
        bool centred = centred_pair(row, a, j, nx, i0, k), right = !centred && flush_right_pair(row, a, j, nx, i0, k);
        if (centred || right ? !name_cell(nx, i0, k)
                    : nx->w[i0].x0 - x0 > 0.5f * h || x0 - nx->w[i0].x0 > 0.5f * h ||
                          nx->w[i0].x0 > d->page_w * 0.4f || !name_cell(nx, i0, k))
            return 0;
        bool same_case = true;
        for (int i = i0; i < k; i++) {
            if (xn_has_digit(nx->w[i].raw, nx->w[i].len) || memchr(nx->w[i].raw, ':', nx->w[i].len))
                return 0;
            if (cls == 1 && xn_case_class(nx->w[i].raw, nx->w[i].len) == 2)
                same_case = false;
        }
        if (block_label(nx, i0) || vat_condition(nx, i0, k) || buyer_label(nx, i0) || case_breaks(row, a, j, nx, i0))
            return 0;
        float gap = j - a > 1 ? row->w[j - 1].x0 - row->w[j - 2].x1 : 0.25f * rh;
        /* the line completes a legal name, or begins its type spelled out */
        bool legal = same_case && (company_form(&nx->w[k - 1]) || word_is(&nx->w[i0], "SOCIEDAD"));
        bool same_type = type_size(nx, i0, k) >= 0.85f * type_size(row, a, j);
        float next_w = nx->w[i0].x1 - nx->w[i0].x0, col = next_column(d, r, s, x1);
        /* set flush right, the block is as wide as its wider line: the
         * line was full when its next word would not have fitted in it (a
         * column beside tells nothing: such a line grows to the left) */
        float wider = nx->w[k - 1].x1 - nx->w[i0].x0 > x1 - x0 ? nx->w[k - 1].x1 - nx->w[i0].x0 : x1 - x0;
        if (j < row->nw && (col < 0 || row->w[j].x0 < col))
            col = row->w[j].x0; /* the letter box read into the name's cell */
        float margin = text_right(d, row->page, r, s);
        if (col < 0 && x1 < margin - 0.5f)
            col = margin + 0.5f; /* nothing beside: the margin, when other text sets it */
        bool full = same_type && (connective(&row->w[j - 1]) || type_goes_on(&row->w[j - 1]) ||
                                  (right ? x1 - x0 + gap + next_w > wider + 0.5f
                                         : (col > 0 && x1 + gap + next_w > col) ||
                                               (centred ? heading_rest(d, r, s, end, a, j, i0, k)
                                                        : line_was_full(d, r, end, x0, x1, gap, next_w, letter))));
        if (!legal && !full)
            return 0;
        *at = s;
        *k0 = i0;
        return k;
    }
    return 0;
}

/* A professional's title before a person's name ("LIC.", "DRA.", "ING."). */
static bool professional_title(const xw_word *w)
{
    static const char *const t[] = {"LIC", "LICENCIADO", "LICENCIADA", "DR", "DRA", "PROF", "ING", "ARQ",
                                    "CDOR", "CDORA", "CRA", "ESC", "OD", "KLGO", "KLGA", NULL};
    for (const char *const *k = t; *k; k++)
        if (word_is(w, *k))
            return true;
    return false;
}

/* Row r, a candidate name in small letters, is a heading standing apart
 * from the issuer's block (a document heading a typesetter prints at the
 * top, "Table of Contents"): the next line of its column lies below a blank
 * wider than that line, and the block there opens (past its code or field
 * lines) with a line in capitals without digits that is a name by its own
 * evidence: a company type ending it or a professional's title opening it.
 * A name set in small letters keeps its place when its block's first line
 * is a trade ("MAYORISTA", "PANADERIA Y CONFITERIA") or an address, or when
 * no blank sets it apart. */
static bool heading_apart(const inv_doc *d, size_t r, size_t end)
{
    const xw_row *row = d->r[r];
    float x1 = row->w[cell_end(row, 0) - 1].x1;
    if (xn_case_class(row->text, row->tlen) != 2)
        return false;
    const xw_row *prev = row;
    for (size_t s = r + 1; s < end && s <= r + 6; s++) {
        const xw_row *nx = d->r[s];
        if (d->zone[s] != Z_HEAD || nx->page != row->page)
            return false;
        if (nx->w[0].x0 >= x1)
            continue; /* another column's row */
        if (prev == row) {
            if (nx->y0 - row->y1 <= inv_row_h(nx))
                return false; /* no blank: the block's own first line */
            prev = nx;
        }
        if (!name_line(nx, d->page_w))
            continue; /* the block's code or fields */
        int e = cell_end(nx, 0);
        if (vat_condition(nx, 0, e) || buyer_label(nx, 0))
            return false;
        int cls = 0;
        for (int k = 0; k < e; k++) {
            int c = xn_case_class(nx->w[k].raw, nx->w[k].len);
            if (xn_has_digit(nx->w[k].raw, nx->w[k].len) || c == 2)
                return false;
            cls |= c;
        }
        return cls == 1 && (company_form(&nx->w[e - 1]) || professional_title(&nx->w[0]));
    }
    return false;
}

/* The "Razón Social:" at word i of row r opens the buyer's block, not
 * the issuer's, when a buyer is printed without a label or a CUIT: one of
 * the next three lines of its column (starting at its left edge, close
 * below) is a DNI, or the VAT condition of a final consumer, and none is a
 * CUIT.  An issuer has a CUIT and is never a final consumer. */
static bool razon_of_buyer(const inv_doc *d, size_t r, int i)
{
    bool buyer = false;
    const xw_row *row = d->r[r], *prev = row;
    float x0 = row->w[i].x0;
    for (size_t s = r + 1, n = 0; s < d->n && n < 3; s++) {
        const xw_row *nx = d->r[s];
        float h = inv_row_h(prev);
        if (nx->page != row->page || nx->y0 - prev->y1 > 1.5f * h)
            break;
        for (int k = 0; k < nx->nw; k = cell_end(nx, k)) {
            if (nx->w[k].x0 - x0 > 0.5f * h || x0 - nx->w[k].x0 > 0.5f * h)
                continue; /* another column's cell */
            if (cuit_label(&nx->w[k]))
                return false;
            buyer = buyer || row_phrase(nx, k, "DNI*");
            for (int m = k; m < cell_end(nx, k); m++)
                buyer = buyer || row_phrase(nx, m, "CONSUMIDOR FINAL");
            n++;
            prev = nx;
            break;
        }
    }
    return buyer;
}

/* Row r begins with a "Razón Social:" and its value, a CUIT label after
 * it, and the header's first line above it is a legal name of the issuer
 * (ending with its company form) that is not that value: the row is another
 * party's, the buyer's ("LOGISTICA EJEMPLO S.R.L." heading the page,
 * "Razón Social: PEREZ ROBERTO   CUIT: ..." below).  A trade name heading
 * the page has no company form: its legal name's row stays the issuer's. */
static bool razon_of_other(const inv_doc *d, size_t r)
{
    const xw_row *row = d->r[r];
    int n = name_label(row, 0), a, b, c = row_cuit(row);
    if (!n || c < 0 || !razon_social(row, 0, n, &a, &b) || c < b)
        return false;
    for (size_t s = 0; s < r; s++) {
        const xw_row *h = d->r[s];
        if (d->zone[s] != Z_HEAD || h->page != row->page)
            continue;
        int e = cell_end(h, 0);
        if (!name_line(h, d->page_w) || !legal_end(h, 0, e))
            return false;
        bool same = e == b - a;
        for (int k = 0; same && k < e; k++)
            same = h->w[k].flen == row->w[a + k].flen && !memcmp(h->w[k].fold, row->w[a + k].fold, h->w[k].flen);
        return !same;
    }
    return false;
}

/* The issuer's own fiscal fields, which a buyer's box seldom prints:
 * "Ingresos Brutos", "IIBB", "Inicio de Actividades", "Inicio Act."; with
 * only, those no buyer's box prints: the start of activities and AFIP's
 * "Domicilio Comercial" (a client's box prints its IIBB at times). */
static bool issuer_field(const xw_row *row, int i, bool only)
{
    static const char *const o[] = {"INICIO DE ACTIVIDAD*", "INICIO DE ACT*", "INICIO ACTIVIDAD*", "INICIO ACT*",
                                    "FECHA DE INICIO*", "FECHA INICIO*", "INIC ACT*", "DOMICILIO COMERCIAL*", NULL};
    for (const char *const *k = o; only && *k; k++)
        if (row_phrase(row, i, *k))
            return true;
    if (only)
        return false;
    static const char *const p[] = {"INGRESOS BRUTOS*", "ING BRUTOS*", "INGBRUTOS*", "IIBB*", "II BB*", "IB",
                                    "N IB", "N IIBB*", "NRO IB", "NRO IIBB*", "NRO DE IIBB*", "N INGRESOS BRUTOS*",
                                    "NRO INGRESOS BRUTOS*", "INICIO DE ACTIVIDAD*", "INICIO DE ACT*",
                                    "INICIO ACTIVIDAD*", "INICIO ACT*", "FECHA DE INICIO*", "FECHA INICIO*",
                                    "INIC ACT*", NULL};
    for (const char *const *k = p; *k; k++)
        if (row_phrase(row, i, *k))
            return true;
    return false;
}

/* The CUIT label at word i of row r has an issuer's fiscal field beside it
 * (only: issuer_field's): on its row before the next CUIT label (another
 * party's block set beside it), or beginning a cell of the two rows above
 * or below near the label's left edge (its column). */
static bool label_fields(const inv_doc *d, size_t r, int i, bool only)
{
    const xw_row *row = d->r[r];
    const xw_word *cw = &row->w[i];
    int next = cell_end(row, i);
    while (next < row->nw && !cuit_label(&row->w[next]))
        next++;
    float h = inv_row_h(row);
    for (size_t s = r > 2 ? r - 2 : 0; s < d->n && s <= r + 2; s++) {
        const xw_row *o = d->r[s];
        if (d->zone[s] != Z_HEAD || o->page != row->page || ydist(o, row) > 3.0f * h)
            continue;
        for (int k = 0; k < o->nw && !(s == r && k >= next); k++)
            if ((k == 0 || o->w[k].cell != o->w[k - 1].cell) &&
                (s == r || (o->w[k].x0 - cw->x0 < 3.0f * h && cw->x0 - o->w[k].x0 < 3.0f * h)) &&
                issuer_field(o, k, only))
                return true;
    }
    return false;
}

static bool cuit_with_issuer_fields(const inv_doc *d, size_t r, bool only)
{
    return label_fields(d, r, row_cuit(d->r[r]), only);
}

/* Figures in a word. */
static size_t figures(const xw_word *w)
{
    size_t n = 0;
    for (size_t k = 0; k < w->len; k++)
        n += w->raw[k] >= '0' && w->raw[k] <= '9';
    return n;
}

/* A row of the document's box: its title, its number (five figures or
 * more: "Nº 345" is a street's), its point of sale or its date. */
static bool doc_box_row(const xw_row *row)
{
    for (int i = 0; i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        if (title_at(row, i) || (is_num_label(w) && i + 1 < row->nw && figures(&row->w[i + 1]) >= 5) ||
            (!strncmp(w->fold, "FECHA", 5) && !other_date_row(row)))
            return true;
        for (const char *const *p = pos_labels; *p; p++)
            if (row_phrase(row, i, *p))
                return true;
    }
    return false;
}

/* The block of row r at the left edge x0 (the rows above and below it,
 * without a blank, with a cell starting there; rows of other columns read
 * between are passed over): does it share a row with the document's box
 * (its title, number or date printed beside or within it)?  Its first and
 * last rows in *top and *bottom. */
static bool block_walk(const inv_doc *d, size_t r, float x0, size_t *top, size_t *bottom)
{
    const xw_row *cr = d->r[r];
    float h = inv_row_h(cr);
    bool box = doc_box_row(cr);
    *top = *bottom = r;
    for (int dir = -1; dir <= 1; dir += 2) {
        const xw_row *prev = cr; /* the block's last row met */
        for (size_t s = r; dir < 0 ? s > 0 : s + 1 < d->n;) {
            s = dir < 0 ? s - 1 : s + 1;
            const xw_row *row = d->r[s];
            float gap = dir < 0 ? prev->y0 - row->y1 : row->y0 - prev->y1;
            if (d->zone[s] != Z_HEAD || row->page != cr->page || gap > 0.9f * h)
                break;
            bool col = false;
            for (int k = 0; k < row->nw && !col; k = cell_end(row, k))
                col = row->w[k].x0 - x0 <= 0.5f * h && x0 - row->w[k].x0 <= 0.5f * h;
            if (!col)
                continue; /* another column's row */
            box |= doc_box_row(row);
            *(dir > 0 ? bottom : top) = s;
            prev = row;
        }
    }
    return box;
}

/* The block of row c1's CUIT (at its label's cell) shares a row with the
 * document's box. */
static bool block_in_doc_box(const inv_doc *d, size_t c1)
{
    const xw_row *cr = d->r[c1];
    int a = row_cuit(cr);
    while (a > 0 && cr->w[a - 1].cell == cr->w[a].cell)
        a--;
    size_t top, bottom;
    return block_walk(d, c1, cr->w[a].x0, &top, &bottom);
}

/* A buyer's labelled block ("DNI ...", "Señor(es): ...") at row r, label at
 * word b, printed before any CUIT and apart from the document's box (a
 * window envelope's address): when the first CUIT below it has the issuer's
 * fields beside it, the row after the buyer's block (the issuer's block
 * follows; the block's first row in *top); else 0 (the buyer's label ends
 * the issuer's block, as usual). */
static size_t buyer_block_first(const inv_doc *d, size_t r, int b, size_t *top)
{
    size_t bottom;
    if (block_walk(d, r, d->r[r]->w[b].x0, top, &bottom))
        return 0;
    for (size_t s = bottom + 1; s < d->n; s++) {
        int ci = d->zone[s] == Z_HEAD ? row_cuit(d->r[s]) : -1;
        if (d->zone[s] != Z_HEAD || d->r[s]->page != d->r[r]->page)
            return 0;
        if (ci >= 0)
            return label_fields(d, s, ci, false) ? bottom + 1 : 0;
    }
    return 0;
}

/* The block a name heads at row r (its column: cells starting at the
 * name's left edge, down to the first blank; the cell after the name) is
 * another party's: it prints a CUIT other than the issuer's (the label at
 * word ci of row c1), a DNI, or a final consumer's condition (an unlabelled
 * buyer's box).  Returns the row after the block, 0 when it is not another
 * party's. */
static size_t block_of_other(const inv_doc *d, size_t r, size_t c1, int ci)
{
    const xw_row *row = d->r[r], *prev = row;
    float x0 = row->w[0].x0;
    /* or on the name's row, in the cell after it ("NAME S.R.L.   CUIT ...") */
    int nc = cell_end(row, 0);
    bool other = nc < row->nw && cuit_label(&row->w[nc]) && !(r == c1 && nc == ci);
    size_t s = r + 1;
    for (; s < d->n; s++) {
        const xw_row *nx = d->r[s];
        if (d->zone[s] != Z_HEAD || nx->page != row->page || nx->y0 - prev->y1 > 0.9f * inv_row_h(prev))
            break;
        int k = 0;
        while (k < nx->nw && (nx->w[k].x0 - x0 > 0.5f * inv_row_h(nx) || x0 - nx->w[k].x0 > 0.5f * inv_row_h(nx)))
            k = cell_end(nx, k); /* another column's cell */
        if (k >= nx->nw)
            break;
        for (int m = k; m < cell_end(nx, k); m++)
            other |= (cuit_label(&nx->w[m]) && !(s == c1 && m == ci)) || row_phrase(nx, m, "DNI*") ||
                     row_phrase(nx, m, "CONSUMIDOR FINAL");
        prev = nx;
    }
    return other ? s : 0;
}

/* The first lines of the CUIT's column (the label at word ci of row c1),
 * from the page's top: a name wrapped over up to three lines, without
 * digits, set anywhere over the CUIT's cell ("COOPERATIVA ELÉCTRICA VILLA
 * NUEVA" over "LTDA.", flush right or centred), joined up to the first that
 * ends with a company type (legal_end).  *t NULL when none does; -1 out of
 * memory. */
static int column_head_name(receipt *rc, const inv_doc *d, size_t c1, int ci, char **t)
{
    const xw_row *cr = d->r[c1];
    float cx0 = cr->w[ci].x0, cx1 = cr->w[cell_end(cr, ci) - 1].x1;
    char *name = NULL;
    *t = NULL;
    for (size_t r = 0, lines = 0; r < c1 && lines < 3; r++) {
        const xw_row *row = d->r[r];
        if (d->zone[r] != Z_HEAD || row->page != cr->page)
            continue;
        int k = 0; /* the row's first cell over the CUIT's */
        while (k < row->nw && (row->w[cell_end(row, k) - 1].x1 <= cx0 || row->w[k].x0 >= cx1))
            k = cell_end(row, k);
        if (k >= row->nw)
            continue; /* another column's row */
        int e = cell_end(row, k);
        for (int m = k; m < e; m++)
            if (xn_has_digit(row->w[m].raw, row->w[m].len))
                return 0; /* an address or a field: no name heads the column */
        char *line = row_join(&rc->rows, row, k, e);
        if (!line || (name && !(line = join_lines(rc, name, line))))
            return -1;
        name = line;
        lines++;
        if (legal_end(row, k, e)) {
            *t = name;
            return 0;
        }
    }
    return 0;
}

/* The name at row r heads a window envelope's address (a utility bill's
 * customer, printed top left without a label): its block, the rows aligned
 * with it, prints a postal code ("(5900) Villa María", "CP 5900") and
 * neither a CUIT nor a VAT condition, the issuer's fields. */
static bool addressee_block(const inv_doc *d, size_t r)
{
    const xw_row *row = d->r[r], *prev = row;
    float x0 = row->w[0].x0;
    bool postal = false;
    for (size_t s = r; s < d->n; s++) {
        const xw_row *nx = d->r[s];
        if (d->zone[s] != Z_HEAD || nx->page != row->page || (s > r && nx->y0 - prev->y1 > 0.9f * inv_row_h(prev)))
            break;
        int k = 0;
        while (k < nx->nw && (nx->w[k].x0 - x0 > 0.5f * inv_row_h(nx) || x0 - nx->w[k].x0 > 0.5f * inv_row_h(nx)))
            k = cell_end(nx, k); /* another column's cell */
        if (k >= nx->nw)
            continue; /* a row of another column between the block's */
        int e = cell_end(nx, k);
        if (vat_condition(nx, k, e))
            return false;
        for (int m = k; m < e; m++) {
            const xw_word *w = &nx->w[m];
            if (cuit_label(w))
                return false;
            bool paren = w->len == 6 && w->raw[0] == '(' && w->raw[5] == ')' && xn_all_digits(w->raw + 1, 4);
            bool cp = (word_is(w, "CP") || word_is(w, "C P")) && m + 1 < e && xn_has_digit(nx->w[m + 1].raw, nx->w[m + 1].len);
            postal |= paren || cp;
        }
        prev = nx;
    }
    return postal;
}

/* The issuer printed only in the page's foot, under the totals ("NAME S.A.
 * - CUIT ... - Ing. Brutos ..." over "Inicio de Actividades ..."): the
 * first CUIT of the foot whose block (the rows around it without a blank)
 * prints a field only an issuer prints ("... - Inicio de actividades
 * 01/02/2000 - ...") and another of its fields (IIBB), and names no buyer
 * and no third party (a collector "por cuenta y orden de", a carrier, a
 * printer).  Its row, or -1. */
static long foot_issuer(const inv_doc *d)
{
    /* another party named in the foot: a collector, a carrier, a printer */
    static const char *const third[] = {"CUENTA Y ORDEN", "A CARGO DE", "COBRANZA*", "IMPRESO*", "IMPRENTA*",
                                        "DISTRIBUIDO POR", "ENTREGA*", NULL};
    for (size_t r = 0; r < d->n; r++) {
        if (d->zone[r] != Z_FOOT || row_cuit(d->r[r]) < 0)
            continue;
        const xw_row *cr = d->r[r];
        float h = inv_row_h(cr);
        size_t top = r, bottom = r;
        while (top > 0 && d->zone[top - 1] == Z_FOOT && d->r[top - 1]->page == cr->page &&
               d->r[top]->y0 - d->r[top - 1]->y1 <= 0.9f * h)
            top--;
        while (bottom + 1 < d->n && d->zone[bottom + 1] == Z_FOOT && d->r[bottom + 1]->page == cr->page &&
               d->r[bottom + 1]->y0 - d->r[bottom]->y1 <= 0.9f * h)
            bottom++;
        bool only = false, other = false;
        int fields = 0;
        for (size_t s = top; s <= bottom; s++) {
            const xw_row *row = d->r[s];
            for (int k = 0; k < row->nw; k++) {
                bool o = issuer_field(row, k, true);
                only |= o;
                fields += o || issuer_field(row, k, false);
                other |= ((k == 0 || row->w[k].cell != row->w[k - 1].cell) &&
                          (buyer_label(row, k) || other_party_cell(row, k)));
                for (const char *const *p = third; *p && !other; p++)
                    other = row_phrase(row, k, *p) > 0;
            }
        }
        /* the issuer's fiscal identity: a start of activities (or AFIP's
         * "Domicilio Comercial") and another field (its IIBB) */
        if (only && fields >= 2 && !other)
            return (long)r;
    }
    return -1;
}

/* A word that only separates fields printed on one line ("-", "|", "·"). */
static bool separator_word(const xw_word *w)
{
    static const char *const p[] = {"-", "\xe2\x80\x93", "\xe2\x80\x94", "|", "/", "\xc2\xb7", "\xe2\x80\xa2", NULL};
    for (const char *const *k = p; *k; k++)
        if (w->len == strlen(*k) && !memcmp(w->raw, *k, w->len))
            return true;
    return false;
}

/* The issuer's name above its CUIT in the CUIT's column (the label at word
 * ci of row c1), within its block (no blank between; rows of other columns
 * may be read between): the nearest cell starting at the label's left edge
 * that ends with a company type (returns 2), or else the block's first line
 * when it is a name without digits (a person's name heads the block;
 * returns 1).  NULL when there is neither: a name cannot be told there from
 * an address or a town. */
static int legal_name_above(receipt *rc, const inv_doc *d, size_t c1, int ci, char **t)
{
    const xw_row *cr = d->r[c1], *below = cr;
    int a = ci;
    while (a > 0 && cr->w[a - 1].cell == cr->w[ci].cell)
        a--;
    float x0 = cr->w[a].x0, h = inv_row_h(cr);
    long top = -1; /* the block's first line, while it may be a name */
    int tk = 0, te = 0;
    *t = NULL;
    /* the name printed on the CUIT's row before it, in its own cell
     * ("NAME S.A.   CUIT: ...") or in the CUIT's, a separator between
     * ("NAME S.A. - CUIT ..." set as one run of text) */
    int e = ci;
    while (e > a && separator_word(&cr->w[e - 1]))
        e--;
    if (e > a && name_cell(cr, a, e) && legal_end(cr, a, e)) {
        *t = row_join(&rc->rows, cr, a, e);
        return *t ? 2 : -1;
    }
    for (int k = 0, last = -1; k <= a; k = cell_end(cr, k)) {
        if (k == a) {
            if (last >= 0 && legal_end(cr, last, cell_end(cr, last))) {
                *t = row_join(&rc->rows, cr, last, cell_end(cr, last));
                return *t ? 2 : -1;
            }
            break;
        }
        if (name_cell(cr, k, cell_end(cr, k)))
            last = k;
    }
    for (size_t s = c1; s-- > 0;) {
        const xw_row *row = d->r[s];
        if (d->zone[s] != d->zone[c1] || row->page != cr->page || below->y0 - row->y1 > 0.9f * h)
            break;
        int k = 0;
        while (k < row->nw && (row->w[k].x0 - x0 > 0.5f * h || x0 - row->w[k].x0 > 0.5f * h))
            k = cell_end(row, k);
        if (k >= row->nw)
            continue; /* another column's row */
        int e = cell_end(row, k);
        bool name = name_cell(row, k, e) && !vat_condition(row, k, e) && !buyer_label(row, k);
        if (name && legal_end(row, k, e)) {
            *t = row_join(&rc->rows, row, k, e);
            return *t ? 2 : -1;
        }
        bool digits = false;
        for (int m = k; m < e; m++)
            digits |= xn_has_digit(row->w[m].raw, row->w[m].len);
        top = name && !digits ? (long)s : -1;
        tk = k;
        te = e;
        below = row;
    }
    if (top < 0)
        return 0;
    *t = row_join(&rc->rows, d->r[top], tk, te);
    return *t ? 1 : -1;
}

static int read_issuer(receipt *rc, const inv_doc *d, char letter)
{
    size_t end = d->n;
    long c1 = -1, c2 = -1;
    /* A buyer's box set beside the issuer's block, above the issuer's CUIT
     * ("Cliente: ..." right of the name): its column, from the middle of
     * the gap before its label on, is the buyer's; the rows' words at its
     * left still the issuer's block, until a blank there (a box below it
     * is another party's).  Only a label that heads a box of its own, and
     * not on a row that prints a CUIT before it ("CUIT: ...  Apellido y
     * Nombre / Razón Social: ...": that CUIT is the buyer's too). */
    float bx = 1e30f, lbot = -1;
    int lpage = -1;
    size_t skip = 0, btop = 0; /* the rows of a buyer's block printed first */
    for (size_t r = 0; r < d->n; r++) {
        if (d->zone[r] != Z_HEAD || r < skip)
            continue;
        const xw_row *row = d->r[r];
        int b = end == d->n ? row_buyer(row) : -1;
        size_t after, top;
        if (b >= 0 && c1 < 0 && bx > 1e29f && (after = buyer_block_first(d, r, b, &top)) > r) {
            skip = after;
            btop = top;
            continue;
        }
        int rc0 = row_cuit(row);
        if (bx < 1e29f && end == d->n && row->w[0].x0 < bx) {
            if (row->page != lpage || row->y0 - lbot > 2.0f * inv_row_h(row))
                end = r; /* a blank in the issuer's column */
        }
        if (b > 0 && c1 < 0 && bx > 1e29f && end == d->n && !(rc0 >= 0 && rc0 < b) && buyer_box_label(row, b))
            bx = (row->w[b - 1].x1 + row->w[b].x0) / 2;
        else if (b >= 0 && row->w[b].x0 < bx)
            end = r < end ? r : end;
        if (row->w[0].x0 < bx) {
            lbot = row->page == lpage && lbot > row->y1 ? lbot : row->y1;
            lpage = row->page;
        }
        if (row_cuit_left(d->r[r], bx) >= 0 && !razon_of_other(d, r)) {
            if (c1 < 0 && r < end)
                c1 = (long)r;
            else if (c1 >= 0 && c2 < 0 && r != (size_t)c1)
                c2 = (long)r;
        }
    }
    /* The head prints no CUIT, or only one without an issuer's field beside
     * it (a window envelope's address without a label), and the foot prints
     * another with fields only an issuer prints: the issuer's block is the
     * foot's, its name the legal name on its row or over it. */
    long cf = c2 < 0 && (c1 < 0 || !cuit_with_issuer_fields(d, (size_t)c1, false)) ? foot_issuer(d) : -1;
    if (cf >= 0) {
        char head[12] = "";
        if (c1 >= 0) {
            take_issuer_cuit(rc, d, (size_t)c1, row_cuit(d->r[c1]));
            memcpy(head, rc->merchant_cuit, sizeof head);
            rc->merchant_cuit[0] = 0;
        }
        int fi = row_cuit(d->r[cf]);
        take_issuer_cuit(rc, d, (size_t)cf, fi);
        if (c1 < 0 || (rc->merchant_cuit[0] && strcmp(head, rc->merchant_cuit) != 0)) {
            char *t = NULL;
            if (legal_name_above(rc, d, (size_t)cf, fi, &t) < 0 ||
                (t && !(rc->merchant_name = rc_strdup(rc, t, strlen(t)))))
                return -1;
            return 0;
        }
        rc->merchant_cuit[0] = 0; /* the same CUIT: the head's block is the issuer's */
    }
    if (c1 < 0)
        return 0; /* the issuer's CUIT is not in the text: nothing to vouch for */
    /* two CUITs stacked in a right-hand column with the document's title
     * between them, the first without an issuer's fiscal fields beside it,
     * the second with them: the first is a buyer's box set above the
     * issuer's block (top right, "Razón Social: ..." over its CUIT, no
     * buyer's label), the second the issuer's; the names are then sought
     * above the buyer's CUIT too, its box's "Razón Social" left as the
     * nearer CUIT's */
    bool stacked = false; /* the two CUITs one over the other in a right-hand column */
    if (c2 >= 0) {
        const xw_word *a = &d->r[c1]->w[row_cuit(d->r[c1])], *b = &d->r[c2]->w[row_cuit(d->r[c2])];
        float h = inv_row_h(d->r[c1]);
        stacked = d->r[c1]->page == d->r[c2]->page && a->x0 > d->page_w / 2 && a->x0 - b->x0 < 3.0f * h &&
                  b->x0 - a->x0 < 3.0f * h;
    }
    /* the document's title between them (the buyer's box above it, the
     * issuer's CUIT below); no "Cliente:" heading the second CUIT's box (its
     * IIBB is a client's) */
    bool title = false;
    for (long r = c1 + 1; stacked && r <= c2; r++) {
        const xw_row *row = d->r[r];
        stacked = !(d->zone[r] == Z_HEAD && row_buyer(row) >= 0);
        for (int i = 0; i < row->nw && r < c2; i++)
            title |= title_at(row, i);
    }
    stacked &= title;
    /* or, anywhere, the first CUIT's block a buyer's printed first (a
     * window envelope's address, a "Razón Social:" box over the issuer's):
     * no buyer's label from it to the second, which has fields only an
     * issuer prints beside it ("Domicilio Comercial", "Inicio de
     * Actividades") where the first has no issuer's field */
    bool unlabelled = c2 > c1 && d->r[c1]->page == d->r[c2]->page;
    for (long r = c1; unlabelled && r <= c2; r++)
        unlabelled = !(d->zone[r] == Z_HEAD && row_buyer(d->r[r]) >= 0);
    bool apart = unlabelled && cuit_with_issuer_fields(d, (size_t)c2, true);
    /* or the first CUIT's block stands apart from the document's box (a
     * window envelope's address, the issuer's block and the title below),
     * no buyer's label from it to the second, and only the second has an
     * issuer's fields (or only it has fields no buyer's box prints) */
    bool alone = unlabelled && !block_in_doc_box(d, (size_t)c1);
    bool f1 = c2 >= 0 && cuit_with_issuer_fields(d, (size_t)c1, false),
         f2 = c2 >= 0 && cuit_with_issuer_fields(d, (size_t)c2, false);
    if (((stacked || apart || alone) && f2 && !f1) ||
        (alone && apart && !cuit_with_issuer_fields(d, (size_t)c1, true))) {
        long t = c1;
        c1 = c2;
        c2 = t;
    }
    if (c2 > c1 && (size_t)c2 < end)
        end = (size_t)c2;
    const xw_row *cr = d->r[c1];
    /* two CUITs on the row, two blocks side by side without labels: the
     * issuer's is the one with the issuer's fields beside it */
    int ci = row_cuit(cr), cj = cell_end(cr, ci);
    while (cj < cr->nw && !(cuit_label(&cr->w[cj]) && !others_cuit_label(cr, cj)))
        cj++;
    if (bx > 1e29f && cj < cr->nw && row_buyer(cr) < 0 && label_fields(d, (size_t)c1, cj, false) &&
        !label_fields(d, (size_t)c1, ci, false))
        ci = cj;
    /* The issuer's block ends at the first blank below its CUIT: a gap
     * wider than its column's own line gap by a line (at most two lines
     * wide, for loosely set blocks); what follows is another block, the
     * buyer's box, whose "Razón Social:" names the buyer even when no buyer
     * label or CUIT precedes it.  The column: the rows with a word under
     * the CUIT label (another column may be set tighter). */
    float bottom = cr->y1, line_gap = -1, h = inv_row_h(cr);
    const xw_word *cw = &cr->w[ci];
    for (size_t r = 0, p = d->n; r < end; r++) {
        if (d->zone[r] != Z_HEAD || d->r[r]->page != cr->page)
            continue;
        bool col = false;
        for (int i = 0; i < d->r[r]->nw && !col; i++)
            col = inv_overlap(d->r[r]->w[i].x0, d->r[r]->w[i].x1, cw->x0, cw->x1) > 0;
        if (!col)
            continue;
        if (p < d->n) {
            float g = d->r[r]->y0 - d->r[p]->y1;
            g = g > 0 ? g : 0;
            line_gap = line_gap < 0 || g < line_gap ? g : line_gap;
        }
        p = r;
    }
    float blank = line_gap < 0 || line_gap + h > 2.0f * h ? 2.0f * h : line_gap + h;
    for (size_t r = (size_t)c1 + 1; r < end; r++) {
        const xw_row *row = d->r[r];
        if (d->zone[r] != Z_HEAD)
            continue;
        if (row->page != cr->page || row->y0 - bottom > blank) {
            end = r;
            break;
        }
        if (row->y1 > bottom)
            bottom = row->y1;
    }
    take_issuer_cuit(rc, d, (size_t)c1, ci);
    for (size_t r = 0; r < end && !rc->merchant_name; r++) {
        const xw_row *row = d->r[r];
        if (d->zone[r] != Z_HEAD || (r >= btop && r < skip))
            continue;
        for (int i = 0; i < row->nw && row->w[i].x0 < bx; i++) {
            int n = name_label(row, i);
            if (!n || (i > 0 && (word_is(&row->w[i - 1], "/") || word_is(&row->w[i - 1], "NOMBRE"))))
                continue;
            /* a "Razón social" nearer another party's CUIT is that party's,
             * and so is one whose lines name a final consumer */
            if ((c2 >= 0 && row->page == d->r[c2]->page && ydist(row, d->r[c2]) < ydist(row, cr)) ||
                razon_of_buyer(d, r, i) || (i == 0 && razon_of_other(d, r)))
                break;
            int a, b;
            if (!razon_social(row, i, n, &a, &b))
                break;
            b = drop_letter_box(row, a, cut_at_field(row, a, b), letter);
            char *t = NULL;
            int legal = razon_legal(rc, d, r, end, i, a, b, &t);
            if (legal < 0)
                return -1;
            if (!legal)
                t = row_join(&rc->rows, row, a, b);
            size_t at = 0;
            int k0 = 0, k = t && !legal ? razon_wrap(d, r, end, i, a, b, &at, &k0) : 0;
            if (k && !(t = join_lines(rc, t, row_join(&rc->rows, d->r[at], k0, k0 + k))))
                return -1;
            if (!t || !(rc->merchant_name = rc_strdup(rc, t, strlen(t))))
                return -1;
            break;
        }
    }
    for (size_t r = 0; r < end && !rc->merchant_name; r++) {
        const xw_row *row = d->r[r];
        if (d->zone[r] != Z_HEAD || (r >= btop && r < skip))
            continue;
        /* an issuer is never a final consumer: that condition is the
         * buyer's, and its block (without a label) starts there */
        if (row_phrase(row, 0, "CONSUMIDOR FINAL"))
            break;
        if (!name_line(row, d->page_w) || heading_apart(d, r, end))
            continue;
        /* a name over another party's block, the issuer's CUIT in another
         * column: the issuer's name is the legal name over its CUIT */
        size_t other = block_of_other(d, r, (size_t)c1, ci);
        bool apart = cr->w[ci].x0 - row->w[0].x0 > 3.0f * inv_row_h(row);
        if (other && apart) {
            char *t = NULL;
            if (legal_name_above(rc, d, (size_t)c1, ci, &t) < 0 ||
                (t && !(rc->merchant_name = rc_strdup(rc, t, strlen(t)))))
                return -1;
            return 0;
        }
        /* a window envelope's addressee top left, the issuer's legal name
         * over its CUIT in another column: that name */
        if (apart && addressee_block(d, r)) {
            char *t = NULL;
            /* a legal name over the CUIT, or heading its column (a person's
             * name there could be the addressee's own) */
            int legal = legal_name_above(rc, d, (size_t)c1, ci, &t);
            if (legal < 0 || (legal < 2 && column_head_name(rc, d, (size_t)c1, ci, &t) < 0))
                return -1;
            if (t) {
                if (!(rc->merchant_name = rc_strdup(rc, t, strlen(t))))
                    return -1;
                return 0;
            }
        }
        if (other && other <= (size_t)c1) {
            r = other - 1; /* the issuer's block is below it */
            continue;
        }
        int j = 0;
        while (j < row->nw && row->w[j].cell == 0)
            j++;
        j = drop_letter_box(row, 0, cut_title(row, 0, j), letter);
        char *t = row_join(&rc->rows, row, 0, j);
        size_t at = 0;
        int a = 0, legal = t ? legal_under_trade(rc, d, r, 0, j, false, letter, &t) : 0;
        if (legal < 0)
            return -1;
        /* a long name may wrap more than once */
        for (size_t n = r; t && !legal && n < end;) {
            int k0 = 0, k = name_wrap(d, n, end, a, j, letter, &at, &k0);
            if (!k)
                break;
            k = drop_letter_box(d->r[at], k0, cut_title(d->r[at], k0, k), letter);
            if (!(t = join_lines(rc, t, row_join(&rc->rows, d->r[at], k0, k))))
                return -1;
            n = at;
            a = k0;
            j = k;
        }
        if (!t || !(rc->merchant_name = rc_strdup(rc, t, strlen(t))))
            return -1;
    }
    if (!rc->merchant_name)
        return column_name(rc, d, (size_t)c1, ci, end, letter);
    return 0;
}

/* The letter box printed apart from "FACTURA": a row of the header that
 * is only the letter A, B or C, printed taller than most header rows (at
 * least 1.5 times their height).  The letter, or 0. */
static char letter_box(const inv_doc *d)
{
    size_t nhead = 0;
    for (size_t r = 0; r < d->n; r++)
        nhead += d->zone[r] == Z_HEAD;
    for (size_t r = 0; r < d->n; r++) {
        const xw_row *row = d->r[r];
        if (d->zone[r] != Z_HEAD || row->nw != 1 || row->w[0].flen != 1 ||
            (row->w[0].fold[0] != 'A' && row->w[0].fold[0] != 'B' && row->w[0].fold[0] != 'C'))
            continue;
        size_t lower = 0;
        for (size_t o = 0; o < d->n; o++)
            lower += d->zone[o] == Z_HEAD && 1.5f * inv_row_h(d->r[o]) <= inv_row_h(row);
        if (2 * lower > nhead)
            return row->w[0].fold[0];
    }
    return 0;
}

/* The header's fields; *words: the currency the total in words names (a
 * fallback after the codes printed with the totals: many templates print a
 * fixed "Son pesos"). */
static int read_head(receipt *rc, inv_doc *d, int *code, char *letter, const char **words)
{
    bool have_number = false, have_date = false;
    for (size_t r = 0; r < d->n; r++) {
        const xw_row *row = d->r[r];
        int z = d->zone[r];
        for (int i = 0; i < row->nw; i++) {
            const xw_word *w = &row->w[i];
            const char *cae = rc->cae[0] ? NULL : cae_label(w);
            if (cae)
                take_cae(rc, row, i, cae);
            /* the table's rows: only a CAE printed in a side column, level
             * with an item's row (its fourteen digits tell it from a word) */
            if (z != Z_HEAD && z != Z_FOOT)
                continue;
            const char *c = currency_label(d, r, i);
            if (c) {
                if (d->cur_label && strcmp(d->cur_label, c) != 0 && !d->cur_a) {
                    d->cur_a = d->cur_label;
                    d->cur_b = c;
                }
                d->cur_label = c;
                strcpy(rc->currency, c);
            }
            else if (!*words && (c = currency_in_words(row, i)) != NULL)
                *words = c;
            if (z != Z_HEAD)
                continue;
            if (*code < 0 && (*code = doc_code_at(row, i)) < 0)
                *code = doc_code_below(d, r, i);
            if (!*letter && title_at(row, i)) {
                /* "FACTURA A", or the letter box before it */
                const xw_word *l = i + 1 < row->nw && row->w[i + 1].flen == 1 ? &row->w[i + 1]
                                   : i > 0 && row->w[i - 1].flen == 1      ? &row->w[i - 1]
                                                                            : NULL;
                if (l && (l->fold[0] == 'A' || l->fold[0] == 'B' || l->fold[0] == 'C'))
                    *letter = l->fold[0];
            }
            take_number(rc, d, r, i, &have_number);
            if (!have_number)
                take_wrapped_number(rc, d, r, i, &have_number);
            if (!have_date)
                have_date = emission_date_at(rc, row, i) || emission_date_below(rc, d, r, i);
        }
    }
    /* no date label: the first date of the header that is not another date */
    for (size_t r = 0; r < d->n && !have_date; r++) {
        const xw_row *row = d->r[r];
        if (d->zone[r] != Z_HEAD || other_date_row(row))
            continue;
        for (int i = 0; i < row->nw && !have_date; i++) {
            char day[11];
            if (date_at(row, i, day) && !under_other_date(d, r, i)) {
                memcpy(rc->issued_at, day, sizeof day);
                have_date = true;
            }
        }
    }
    if (!*letter)
        *letter = letter_box(d);
    if (!have_number)
        take_bare_number(rc, d);
    return read_issuer(rc, d, *letter);
}

/* Factura A: do the line amounts include VAT?  By the amount column's label
 * (`Subtotal c/IVA`, `Subtotal Neto`), else by the lines' arithmetic
 * (amount = quantity x price, or that plus VAT), else by which reading
 * makes the totals add up; else net, as most private layouts print. */
static bool amounts_include_vat(const receipt *rc, unsigned flags, const int ev[2])
{
    if (flags & AMT_WITH_VAT)
        return true;
    if (flags & AMT_NET)
        return false;
    if (ev[0] && !ev[1])
        return true;
    if (ev[1] && !ev[0])
        return false;
    xdec lines = rc_sum_lines(rc);
    return xd_within_cent(lines, rc->total) &&
           !xd_within_cent(xd_add(lines, rc_sum_vat(rc)), rc->total);
}

/* The refusal of a document whose currency the reader cannot vouch for:
 * named in a form it cannot read (unread: quoting it, words of the label's
 * cell, at most three, cut at 40 bytes on a character's start), or two
 * currencies named (two labels, the total's and the table's codes, a
 * "Moneda" column's). */
static const char *currency_refusal(receipt *rc, const inv_doc *d, bool unread)
{
    if (!unread && d->cur_a) {
        char *m = xa_alloc(&rc->rows.arena, 128);
        if (!m)
            return "the document names two currencies: not read, rather than one taken for the other";
        snprintf(m, 128, "the document names two currencies, %s and %s: not read, rather than one taken for the other",
                 d->cur_a, d->cur_b);
        return m;
    }
    if (!unread)
        return "the item table's currency column names two currencies: not read, rather than taken for pesos";
    const xw_row *row = d->cur_unread;
    int j = d->cur_at, e = j + 1;
    while (e < row->nw && e < j + 3 && row->w[e].cell == row->w[j].cell)
        e++;
    const char *v = row_join(&rc->rows, row, j, e);
    size_t len = v ? strlen(v) : 0, n = len < 40 ? len : 40;
    while (n > 0 && n < len && ((unsigned char)v[n] & 0xC0) == 0x80)
        n--;
    size_t cap = n + 128;
    char *m = xa_alloc(&rc->rows.arena, cap);
    if (!m)
        return "the document names its currency in a form this reader does not know: not read, rather than taken "
               "for pesos";
    if (d->cur_unsure)
        snprintf(m, cap, "the document prints \"%.*s\" after \"Mon.\", its currency's or an amount's label: not "
                 "read, rather than taken for pesos", (int)n, v ? v : "");
    else
        snprintf(m, cap, "the document names its currency as \"%.*s\", which this reader does not know: not read, "
                 "rather than taken for pesos", (int)n, v ? v : "");
    return m;
}

/* Does any amount of the document print cents after a comma ("12,50",
 * "1.234,56")?  Then a comma is its decimal mark. */
static bool comma_cents(const inv_doc *d)
{
    for (size_t r = 0; r < d->n; r++)
        for (int i = 0; i < d->r[r]->nw; i++) {
            const xw_word *w = &d->r[r]->w[i];
            const char *c = memchr(w->raw, ',', w->len);
            size_t k = c ? (size_t)(c - w->raw) + 1 : 0;
            size_t digits = 0;
            while (k + digits < w->len && w->raw[k + digits] >= '0' && w->raw[k + digits] <= '9')
                digits++;
            xdec v;
            if (c && digits == 2 && w_value(w, &v) && v.scale == 2)
                return true;
        }
    return false;
}

static int invoice_parse(receipt *rc, xerr *err)
{
    xw_rows *R = &rc->rows;
    bool keep[XLIM_PAGES + 1];
    inv_doc d = {.page_w = R->page_w};
    int rcode = -1;
    if (pages_to_read(R, keep))
        goto nomem;
    d.r = malloc((R->n ? R->n : 1) * sizeof *d.r);
    d.zone = calloc(R->n ? R->n : 1, 1);
    if (!d.r || !d.zone)
        goto nomem;
    int first = -1, last = -1; /* the pages read */
    for (size_t r = 0; r < R->n; r++)
        if (R->rows[r].page < XLIM_PAGES && keep[R->rows[r].page]) {
            first = first < 0 ? R->rows[r].page : first;
            last = R->rows[r].page;
        }
    for (size_t r = 0; r < R->n; r++)
        if (R->rows[r].page < XLIM_PAGES && keep[R->rows[r].page] && !notice_row(&R->rows[r]) &&
            !carry_row(R, r, first, last))
            d.r[d.n++] = &R->rows[r];

    unsigned flags = 0;
    int evidence[2] = {0, 0}, code = -1;
    char letter = 0;
    const char *printed_cur = NULL, *table_cur = NULL, *words_cur = NULL;
    /* a "Moneda:" line decides the currency; without one, the code printed
     * with the total ("Importe Total: USD 2.972,50", or in a summary box
     * above the table that agrees), the item table's money columns (their
     * labels, "Importe (USD)", or the code beside every line amount), the
     * total in words; else pesos */
    rc->currency[0] = '\0';
    if (inv_read_table(rc, &d, &flags, evidence, &table_cur, err) ||
        read_head(rc, &d, &code, &letter, &words_cur) || inv_read_totals(rc, &d, &printed_cur, err))
        goto nomem;
    /* no total after the table: the totals may be a summary box above it */
    if (!rc->total.set && rc->nitems > 0 && inv_head_as_foot(&d) > 0 && inv_read_totals(rc, &d, &printed_cur, err))
        goto nomem;
    /* a summary box above the table that agrees with the total may print
     * the total's code; one that disagrees is checked below */
    xdec head[16];
    const char *head_code[16], *head_cur = NULL;
    int nhead = rc->total.set ? inv_head_totals(&d, head, head_code, 16) : 0;
    bool head_other = false;
    for (int i = 0; i < nhead; i++) {
        if (head[i].scale < 2 || head[i].v <= 0)
            continue; /* a count, a whole number: no box's total */
        if (!xd_within_cent(head[i], rc->total))
            head_other = true;
        else if (head_code[i])
            head_cur = head_code[i];
    }
    if (!printed_cur && !head_other)
        printed_cur = head_cur;
    /* refused rather than read as one currency or pesos: a label's value
     * the reader cannot read, unless the total's code or the table's says
     * the currency (the words' fallback does not: many print a fixed "Son
     * pesos"), or with a label that reads another; a "Moneda" column of
     * two codes, when nothing else says it; two labels that disagree; the
     * total's code and the table's that disagree, no label deciding */
    bool unread = d.cur_unread && (d.cur_label || (!printed_cur && !table_cur));
    bool mixed = d.cur_mixed && !d.cur_label && !printed_cur;
    if (!d.cur_a && !d.cur_label && printed_cur && table_cur && strcmp(printed_cur, table_cur) != 0) {
        d.cur_a = printed_cur;
        d.cur_b = table_cur;
    }
    if (!rc->currency[0]) {
        const char *c = printed_cur ? printed_cur : table_cur ? table_cur : words_cur;
        strcpy(rc->currency, c ? c : "ARS");
    }
    /* invoice codes: electronic, ticket-invoice (81-111), MiPyME credit
     * invoice (201-211) */
    switch (code) {
    case 1: case 81: case 201: rc->doc_type = "factura_a"; break;
    case 6: case 82: case 206: rc->doc_type = "factura_b"; break;
    case 11: case 111: case 211: rc->doc_type = "factura_c"; break;
    case -1:
        rc->doc_type = letter == 'A' ? "factura_a" : letter == 'B' ? "factura_b"
                     : letter == 'C' ? "factura_c" : NULL;
        break;
    default:
        rc->doc_type = NULL; /* another document (a credit note): not read */
        rc->refused = "an AFIP document of a code this reader does not take (credit and debit notes, "
                      "receipts, Factura M and E): not read";
    }
    rc->prices_include_vat = !rc->doc_type || strcmp(rc->doc_type, "factura_a") != 0 ||
                             amounts_include_vat(rc, flags, evidence);
    /* a Factura A whose summary box above the table prints another total,
     * with no VAT read (the box holds it) or the total read plus its VAT:
     * the total read was the table's net footer ("Total: 10.000,00" under
     * "TOTAL A PAGAR: $ 12.100,00"); a box's other amount (a contract's
     * total, a balance due) flags nothing */
    if (head_other && rc->doc_type && !strcmp(rc->doc_type, "factura_a") &&
        (rc->nvat == 0 || inv_net_beside_gross(rc, head, nhead)))
        rc->warnings |= RW_TOTALS_MISMATCH;
    if ((unread || mixed || d.cur_a) && rc->doc_type && !rc->refused)
        rc->refused = currency_refusal(rc, &d, unread);
    /* "Total: $ 225,000" with no cents anywhere: a total is never printed
     * to the thousandth, so the comma may be a thousands separator (a
     * program printing US style without cents): 225 or 225.000, not told
     * apart, never taken as one */
    if (rc->total.set && rc->total.scale == 3 && rc->doc_type && !rc->refused && !comma_cents(&d))
        rc->refused = "the document's total is printed with three figures after a comma and no amount prints cents: "
                      "a thousands separator or decimals cannot be told apart: not read";
    rcode = rc->refused || !rc->doc_type || rc->nitems == 0 || !rc->total.set ? 1 : 0;
    free(d.r);
    free(d.zone);
    return rcode;
nomem:
    free(d.r);
    free(d.zone);
    if (!err->code)
        xerr_set(err, XE_NOMEM, "out of memory parsing invoice");
    return -1;
}

const rc_layout LAYOUT_AFIP_INVOICE = {"afip_invoice", invoice_detect, invoice_parse};
