/* The row geometry, the title word and the amounts the invoice reader's
 * three parts share (invoice.c, invoice_table.c, invoice_totals.c): in a
 * file of their own, so each part calls down into it and none calls back
 * into another. */
#include "invoice.h"

float inv_overlap(float a0, float a1, float b0, float b1)
{
    float o = (a1 < b1 ? a1 : b1) - (a0 > b0 ? a0 : b0);
    return o > 0 ? o : 0;
}

float inv_row_h(const xw_row *row)
{
    float h = row->y1 - row->y0;
    return h > 1 ? h : 1;
}

bool inv_title_word(const xw_word *w)
{
    return word_is(w, "FACTURA") || (word_is(w, "FACT") && w->raw[w->len - 1] == '.');
}

bool inv_same_line(const xw_row *a, const xw_row *b)
{
    if (a->page != b->page)
        return false;
    float ha = inv_row_h(a), hb = inv_row_h(b);
    float dy = (a->y0 + a->y1) / 2 - (b->y0 + b->y1) / 2;
    return (dy < 0 ? -dy : dy) < 0.5f * (ha > hb ? ha : hb);
}

/* An amount of the table or the totals: as w_value reads it, or negative
 * as an accountant prints it, "(2.938,00)", "2.938,00-" (with its cents:
 * a count, a code or a point of sale "0003-" is never printed so). */
bool inv_value(const xw_word *w, xdec *out)
{
    if (w_value(w, out))
        return true;
    const char *s = w->raw;
    size_t n = w->len;
    bool paren = n > 2 && s[0] == '(' && s[n - 1] == ')';
    if (!paren && !(n > 1 && s[n - 1] == '-'))
        return false;
    s += paren;
    n -= 1 + paren;
    xdec v;
    if (!n || s[0] == '-' || !xn_is_money(s, n) || xn_money(s, n, &v) || v.scale != 2)
        return false;
    v.v = -v.v;
    *out = v;
    return true;
}
