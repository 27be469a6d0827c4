#include "rows.h"
#include "normalize.h"

#include <stdlib.h>
#include <string.h>

void rows_init(xw_rows *r) { memset(r, 0, sizeof *r); }

void rows_free(xw_rows *r)
{
    free(r->rows);
    free(r->tmp);
    xa_free(&r->arena);
    memset(r, 0, sizeof *r);
}

/* What the page shows, where the text layer names it otherwise: U+00AD is
 * a hyphen (some programs, Scribus, print '-' with the font's code 0xAD,
 * which text extraction names the soft hyphen: "27\u00AD18586525\u00AD3" is
 * the CUIT 27-18586525-3; an invisible soft hyphen is never drawn, so never
 * in a PDF's text, and layout text comes from the same extraction), and the
 * Latin ligatures U+FB00-FB06 are their letters ("\uFB02ete" is "flete"),
 * and the minus sign U+2212 (Java's printing, R's) is a minus.  Never longer
 * than s; returns the length. */
static size_t shown_text(const char *s, size_t n, char *out)
{
    static const char *const lig[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xAD) {
            out[k++] = '-';
            i++;
        } else if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x88 && (unsigned char)s[i + 2] == 0x92) {
            out[k++] = '-';
            i += 2;
        } else if (c == 0xEF && i + 2 < n && (unsigned char)s[i + 1] == 0xAC &&
                   (unsigned char)s[i + 2] >= 0x80 && (unsigned char)s[i + 2] <= 0x86) {
            const char *l = lig[(unsigned char)s[i + 2] - 0x80];
            size_t ll = strlen(l);
            memcpy(out + k, l, ll);
            k += ll;
            i += 2;
        } else {
            out[k++] = s[i];
        }
    }
    return k;
}

int rows_add_word(xw_rows *r, const char *s, size_t n, float x0, float x1, bool new_cell)
{
    char fbuf[512], hbuf[512];
    xw_word w;
    bool high = false; /* most words are ASCII: one pass tells */
    for (size_t i = 0; i < n && !high; i++)
        high = (unsigned char)s[i] >= 0xC2;
    if (high && n <= sizeof hbuf && (memchr(s, 0xAD, n) || memchr(s, 0xEF, n) || memchr(s, 0xE2, n))) {
        n = shown_text(s, n, hbuf);
        s = hbuf;
    }
    size_t fl = xn_fold(s, n, fbuf, sizeof fbuf);
    w.raw = xa_strndup(&r->arena, s, n);
    w.fold = xa_strndup(&r->arena, fbuf, fl);
    if (!w.raw || !w.fold)
        return -1;
    w.len = n;
    w.flen = fl;
    w.x0 = x0;
    w.x1 = x1;
    w.cell = r->ntmp == 0 ? 0 : r->tmp[r->ntmp - 1].cell + (new_cell ? 1 : 0);
    return XVEC_PUSH(r->tmp, r->ntmp, r->captmp, w);
}

int rows_end_row(xw_rows *r, int page, float y0, float y1)
{
    xw_row row;
    if (r->ntmp == 0)
        return 0;
    memset(&row, 0, sizeof row);
    row.nw = (int)r->ntmp;
    row.w = xa_alloc(&r->arena, r->ntmp * sizeof(xw_word));
    if (!row.w)
        return -1;
    memcpy(row.w, r->tmp, r->ntmp * sizeof(xw_word));
    row.ncells = r->tmp[r->ntmp - 1].cell + 1;
    row.page = page;
    row.y0 = y0;
    row.y1 = y1;
    size_t tl = 0;
    for (size_t i = 0; i < r->ntmp; i++)
        tl += r->tmp[i].len + 1;
    char *t = xa_alloc(&r->arena, tl + 1);
    if (!t)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < r->ntmp; i++) {
        if (i)
            t[k++] = ' ';
        memcpy(t + k, r->tmp[i].raw, r->tmp[i].len);
        k += r->tmp[i].len;
    }
    t[k] = '\0';
    row.text = t;
    row.tlen = k;
    r->ntmp = 0;
    return XVEC_PUSH(r->rows, r->n, r->cap, row);
}

int rows_from_text(xw_rows *r, const char *text, size_t n, xerr *err)
{
    const float cw = 6.0f; /* one character cell, in points */
    int page = 0, line = 0;
    size_t i = 0;
    size_t maxcol = 0;
    while (i < n) {
        size_t e = i;
        while (e < n && text[e] != '\n' && text[e] != '\f')
            e++;
        size_t col = 0, j = i;
        int spaces = 0;
        bool first = true;
        while (j < e) {
            if (text[j] == ' ' || text[j] == '\r' || text[j] == '\t') {
                spaces++;
                j++;
                col++;
                continue;
            }
            size_t ws = j, wcol = col;
            while (j < e && text[j] != ' ' && text[j] != '\r' && text[j] != '\t') {
                /* count UTF-8 characters, not bytes, for the column */
                if (((unsigned char)text[j] & 0xC0) != 0x80)
                    col++;
                j++;
            }
            if (rows_add_word(r, text + ws, j - ws, (float)wcol * cw, (float)col * cw,
                              !first && spaces >= 2) != 0)
                goto nomem;
            first = false;
            spaces = 0;
        }
        if (col > maxcol)
            maxcol = col;
        if (rows_end_row(r, page, (float)line * 12.0f, (float)line * 12.0f + 10.0f) != 0)
            goto nomem;
        line++;
        if (e < n && text[e] == '\f')
            page++, line = 0;
        i = e + 1;
    }
    r->npages = page + 1;
    r->page_w = (float)(maxcol + 4) * cw;
    return 0;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory building rows");
    return -1;
}

int row_find(const xw_row *row, const char *fold, int from)
{
    for (int i = from < 0 ? 0 : from; i < row->nw; i++)
        if (word_is(&row->w[i], fold))
            return i;
    return -1;
}

char *row_join(xw_rows *r, const xw_row *row, int a, int b)
{
    size_t tl = 1;
    if (a < 0)
        a = 0;
    if (b > row->nw)
        b = row->nw;
    for (int i = a; i < b; i++)
        tl += row->w[i].len + 1;
    char *t = xa_alloc(&r->arena, tl);
    if (!t)
        return NULL;
    size_t k = 0;
    for (int i = a; i < b; i++) {
        if (k)
            t[k++] = ' ';
        memcpy(t + k, row->w[i].raw, row->w[i].len);
        k += row->w[i].len;
    }
    t[k] = '\0';
    return t;
}
