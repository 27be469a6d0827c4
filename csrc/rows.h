/* Physical rows of a document: words with their x extent, grouped by
 * baseline, ordered by x, with wide gaps kept as cell (column) breaks.
 * Built from a PDF's character boxes (pdfrows.c) or from layout text
 * (rows_from_text, for tests and for text receipts). */
#ifndef EXPETL_ROWS_H
#define EXPETL_ROWS_H

#include "xcommon.h"
#include <string.h>

typedef struct {
    const char *raw;  /* UTF-8 as printed */
    const char *fold; /* folded label form (normalize.h xn_fold) */
    size_t len, flen;
    float x0, x1;
    int cell;         /* index of the cell (column run) within the row */
} xw_word;

typedef struct {
    xw_word *w;
    int nw;
    int ncells;
    int page;
    float y0, y1;
    const char *text; /* words joined with single spaces */
    size_t tlen;
} xw_row;

typedef struct {
    xw_row *rows;
    size_t n, cap;
    int npages;
    float page_w;
    xarena arena;
    /* builder scratch */
    xw_word *tmp;
    size_t ntmp, captmp;
} xw_rows;

void rows_init(xw_rows *r);
void rows_free(xw_rows *r);
/* Builder: words are appended left to right; new_cell marks a column break. */
int rows_add_word(xw_rows *r, const char *s, size_t n, float x0, float x1, bool new_cell);
int rows_end_row(xw_rows *r, int page, float y0, float y1);

/* Layout text (one line per row, '\f' between pages; 2+ spaces = cell break). */
int rows_from_text(xw_rows *r, const char *text, size_t n, xerr *err);

/* Helpers for parsers. */
/* The word's fold is exactly fold: inline, so that a literal's length is
 * known when compiled and most words are told apart by length alone. */
static inline bool word_is(const xw_word *w, const char *fold)
{
    size_t n = strlen(fold);
    return w->flen == n && memcmp(w->fold, fold, n) == 0;
}
int row_find(const xw_row *row, const char *fold, int from);
/* Text of words [a, b) joined by single spaces, in the arena. */
char *row_join(xw_rows *r, const xw_row *row, int a, int b);

#endif
