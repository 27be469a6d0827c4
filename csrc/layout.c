/* Helpers the layouts share: amounts, numbers, separators, the issuer CUIT
 * and the date after their labels. */
#include "layout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool w_money(const xw_word *w, xdec *out)
{
    if (!xn_is_money(w->raw, w->len))
        return false;
    return xn_money(w->raw, w->len, out) == 0;
}

bool w_int(const xw_word *w, int64_t *out)
{
    if (!xn_all_digits(w->raw, w->len) || w->len > 18)
        return false;
    *out = strtoll(w->raw, NULL, 10);
    return true;
}

int row_last_money(const xw_row *row, xdec *out)
{
    for (int i = row->nw - 1; i >= 0; i--) {
        if (w_money(&row->w[i], out))
            return i;
        if (row->w[i].raw[0] == '$' && row->w[i].len > 1 &&
            xn_money(row->w[i].raw, row->w[i].len, out) == 0 && out->scale >= 2)
            return i;
        /* only a currency sign or a rate may follow the amount */
        if (!(word_is(&row->w[i], "$") || xn_rate(row->w[i].raw, row->w[i].len, out) == 0))
            return -1;
    }
    return -1;
}

bool row_is_separator(const xw_row *row)
{
    for (size_t i = 0; i < row->tlen; i++) {
        char c = row->text[i];
        if (c != '-' && c != '=' && c != '_' && c != '*' && c != '.' && c != ' ')
            return false;
    }
    return row->tlen >= 3;
}

bool rc_take_cuit(receipt *rc, const xw_row *row, int i)
{
    /* the number may be split by spaces: join up to three words */
    for (int j = i; j < row->nw && j < i + 4; j++) {
        char buf[40];
        size_t k = 0;
        for (int m = j; m < row->nw && m < j + 3; m++) {
            if (k + row->w[m].len + 1 >= sizeof buf)
                break;
            memcpy(buf + k, row->w[m].raw, row->w[m].len);
            k += row->w[m].len;
            bool valid;
            char digits[12];
            if (xn_cuit(buf, k, digits, &valid) == 0) {
                if (valid) {
                    memcpy(rc->merchant_cuit, digits, 12);
                    return true;
                }
                return false;
            }
        }
        if (xn_has_digit(row->w[j].raw, row->w[j].len) ||
            strchr(row->w[j].raw, 'x') || strchr(row->w[j].raw, 'X'))
            return false; /* a number that is not a CUIT, or a placeholder */
    }
    return false;
}

bool row_doc_number(const xw_row *row, int j, int64_t *pos, int64_t *num, const char *skip)
{
    char buf[48];
    size_t k = 0;
    for (int m = j; m < row->nw && m < j + 3; m++) {
        const char *s = m == j && skip ? skip : row->w[m].raw;
        size_t l = m == j && skip ? strlen(skip) : row->w[m].len;
        if (k + l >= sizeof buf)
            return false;
        memcpy(buf + k, s, l);
        k += l;
        if (xn_doc_number(buf, k, pos, num) == 0)
            return true;
        if (buf[k - 1] != '-' && !(m + 1 < row->nw && row->w[m + 1].raw[0] == '-'))
            return false;
    }
    return false;
}

bool w_copy_mark(const xw_word *w)
{
    static const char *const marks[] = {"ORIGINAL", "DUPLICADO", "TRIPLICADO", "CUADRUPLICADO", NULL};
    const char *f = w->fold;
    size_t n = w->flen;
    while (n && (*f == '(' || *f == '[' || *f == '-' || *f == '*'))
        f++, n--;
    while (n && (f[n - 1] == ')' || f[n - 1] == ']' || f[n - 1] == '-' || f[n - 1] == '*'))
        n--;
    for (const char *const *m = marks; *m; m++)
        if (strlen(*m) == n && !strncmp(f, *m, n))
            return true;
    return false;
}

const int64_t LX_VAT_RATES[LX_NVAT_RATES] = {0, 250, 500, 1050, 2100, 2700};

bool lx_vat_rate(xdec r)
{
    xdec v = xd_rescale(r, 2);
    for (size_t k = 0; k < LX_NVAT_RATES; k++)
        if (v.set && v.v == LX_VAT_RATES[k])
            return true;
    return false;
}

bool w_dot_group(const xw_word *w)
{
    const char *p = memchr(w->raw, '.', w->len);
    if (!p || p == w->raw || w->raw + w->len - p != 4 || p - w->raw > 3 || memchr(p + 1, '.', 3))
        return false;
    return xn_all_digits(w->raw, (size_t)(p - w->raw)) && xn_all_digits(p + 1, 3);
}

xdec qty_dot_decimal(xdec q, xdec price, xdec amount)
{
    if (!q.set || q.scale != 0 || !price.set || !amount.set)
        return q;
    double p = xd_double(price), a = xd_double(amount), e = xd_double(q) * p - a;
    if (e <= 0.011 && e >= -0.011)
        return q; /* the thousands reading adds up */
    xdec d = {q.v, 3, true};
    e = xd_double(d) * p - a;
    double tol = 0.006 * xd_double(d) + 0.011;
    return e <= tol && e >= -tol ? d : q;
}

bool row_clock(const xw_row *row, int i, int *hh)
{
    const xw_word *w = i < row->nw ? &row->w[i] : NULL;
    /* folded without dots: "p.m.", "PM"; "p. m." as two words */
    bool m2 = i + 1 < row->nw && word_is(&row->w[i + 1], "M");
    bool pm = w && (word_is(w, "PM") || (word_is(w, "P") && m2));
    bool am = w && (word_is(w, "AM") || (word_is(w, "A") && m2));
    if (!pm && !am)
        return true;
    if ((pm && *hh > 12) || (am && *hh == 0))
        return true; /* "18:35 PM": on the 24-hour clock already */
    if (*hh < 1 || *hh > 12)
        return false; /* "18:35 a.m.": no time to vouch for */
    *hh = pm ? *hh % 12 + 12 : *hh % 12;
    return true;
}

bool rc_take_date(receipt *rc, const xw_row *row, int from, bool with_time)
{
    int y, m, d, hh = 0, mm = 0, ss = 0;
    for (int i = from; i < row->nw; i++) {
        if (xn_date(row->w[i].raw, row->w[i].len, &y, &m, &d) != 0)
            continue;
        if (!with_time) {
            snprintf(rc->issued_at, sizeof rc->issued_at, "%04d-%02d-%02d", y, m, d);
            return true;
        }
        bool t = false;
        int j = i + 1;
        for (; j < row->nw && !t; j++)
            t = xn_time(row->w[j].raw, row->w[j].len, &hh, &mm, &ss) == 0;
        if (!t || !row_clock(row, j, &hh))
            return false;
        snprintf(rc->issued_at, sizeof rc->issued_at, "%04d-%02d-%02dT%02d:%02d:%02d", y,
                 m, d, hh, mm, ss);
        return true;
    }
    return false;
}

const char *w_glued_currency(const xw_word *w, bool names, bool sign)
{
    const char *c = memchr(w->raw, ':', w->len);
    char f[24];
    size_t vl = c ? (size_t)(w->raw + w->len - c - 1) : 0;
    if (!vl || vl >= sizeof f)
        return NULL;
    /* folded on its own: the word's fold drops dots ("U.S.D."), so its end
     * is not the value's raw length */
    size_t n = xn_fold(c + 1, vl, f, sizeof f);
    return n > (sign ? 0u : 1u) ? xn_currency(f, n, names) : NULL;
}

const char *w_currency_code(const xw_word *w, bool names)
{
    const char *f = w->fold;
    size_t n = w->flen;
    /* "-USD 120,00" (a discount), "Total (USD):", "Total (USD, IVA
     * incluido):" (a comma ends the code, the note goes on) */
    if (n && (f[0] == '-' || f[0] == '(')) {
        f++;
        n--;
    }
    if (n && (f[n - 1] == ',' || f[n - 1] == ';'))
        n--;
    if (n && f[n - 1] == ')')
        n--;
    return n > 1 ? xn_currency(f, n, names) : NULL;
}

/* "Total:USD": the label word pl, a colon, then a currency code. */
static bool glued_currency(const xw_word *w, const char *p, size_t pl)
{
    return w->flen > pl && strncmp(w->fold, p, pl) == 0 && w_glued_currency(w, false, true);
}

int row_phrase(const xw_row *row, int i, const char *phrase)
{
    if (i >= row->nw || row->w[i].fold[0] != phrase[0])
        return 0; /* most phrases fail here: cheap */
    int k = 0;
    const char *p = phrase;
    while (*p) {
        const char *e = strchr(p, ' ');
        size_t pl = e ? (size_t)(e - p) : strlen(p);
        if (i + k >= row->nw)
            return 0;
        const xw_word *w = &row->w[i + k];
        if (pl && p[pl - 1] == '*') {
            if (w->flen < pl - 1 || strncmp(w->fold, p, pl - 1) != 0)
                return 0;
        } else if (w->flen != pl || strncmp(w->fold, p, pl) != 0) {
            if (!glued_currency(w, p, pl))
                return 0;
        }
        k++;
        p += pl;
        while (*p == ' ')
            p++;
    }
    return k;
}

/* Is word j (after a title) what follows a document's title: the end of its
 * cell, its letter, a number sign or a number, a dash, "POR" ("NOTA DE
 * CREDITO B Nro. 0003-...", "NOTA DE CREDITO POR DEVOLUCION")?  A mention
 * goes on in words ("NOTA DE CREDITO dentro de 30 días"). */
static bool after_title(const xw_row *row, int t, int j)
{
    if (j >= row->nw || row->w[j].cell != row->w[t].cell)
        return true;
    const xw_word *w = &row->w[j];
    if (w->flen == 1 && strchr("ABCM-", w->fold[0]))
        return true;
    return word_is(w, "N") || word_is(w, "NRO") || word_is(w, "NO") || word_is(w, "POR") ||
           (w->fold[0] >= '0' && w->fold[0] <= '9');
}

bool row_credit_note(const xw_rows *rows, int upto)
{
    static const char *const titles[] = {"NOTA DE CREDITO", "NOTA CREDITO", "NOTA DE DEBITO", "NOTA DEBITO",
                                         NULL};
    static const char *const refs[] = {"ASOCIADO", "ASOCIADA", "ASOC", "REF", "REFERENCIA", "SEGUN", "CANCELA",
                                       "APLICA", "ANULA", "DEVOLUCIONES", "CAMBIOS", NULL};
    for (int r = 0; r < upto && r < (int)rows->n; r++) {
        const xw_row *row = &rows->rows[r];
        for (int i = 0; i < row->nw; i++) {
            /* a reference before it: another document's title ("Cbte.
             * asociado: NOTA DE CREDITO B ...", "Cambios y devoluciones:") */
            bool ref = false;
            for (const char *const *k = refs; *k && !ref; k++)
                ref = row_phrase(row, i, *k) > 0;
            if (ref)
                break;
            if (i > 0 && row->w[i - 1].cell == row->w[i].cell)
                continue; /* a title begins its cell */
            /* "TIQUE NOTA DE CREDITO": the controller's word before it */
            int k = i + 1 < row->nw && row->w[i + 1].cell == row->w[i].cell &&
                            (word_is(&row->w[i], "TIQUE") || word_is(&row->w[i], "TICKET"))
                        ? i + 1
                        : i;
            for (const char *const *t = titles; *t; t++) {
                int n = row_phrase(row, k, *t);
                if (n && after_title(row, k, k + n))
                    return true;
            }
        }
    }
    return false;
}

int row_match_phrase(const xw_row *row, int i, int end, const lx_phrase *tab, size_t ntab,
                     int *len)
{
    int best = -1, bl = 0;
    for (size_t t = 0; t < ntab; t++) {
        int l = row_phrase(row, i, tab[t].text);
        if (l > bl && i + l <= end) {
            bl = l;
            best = (int)t;
        }
    }
    *len = bl;
    return best;
}

bool w_value(const xw_word *w, xdec *out)
{
    /* a leading zero run is a code ("0001234"), a long digit run a barcode
     * (xn_money refuses those) */
    if (w->len > 1 && w->raw[0] == '0' && w->raw[1] >= '0' && w->raw[1] <= '9')
        return false;
    return xn_money(w->raw, w->len, out) == 0;
}
