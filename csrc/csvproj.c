#include "csvproj.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The bytes that end an unquoted field or make it malformed: one table
 * lookup a byte instead of four comparisons. */
static const unsigned char stops[256] = {[','] = 1, ['\n'] = 1, ['"'] = 1, ['\r'] = 1};

static int bad(xerr *err, long line, const char *what)
{
    xerr_set(err, XE_DB, "%s", what);
    snprintf(err->rcode, sizeof err->rcode, "22P04"); /* bad_copy_file_format, as COPY would say */
    err->line = line;
    return -1;
}

/* One record from s[*at]: the bounds of its fields in off (two per field,
 * at most nf of them), *at past its line break.  Returns the number of
 * fields, or -1 (err) on a malformed record. */
static int record(const char *s, size_t len, size_t *at, long *line, size_t *off, int nf, xerr *err)
{
    long first = *line;
    size_t i = *at;
    int f = 0;
    for (;;) {
        size_t start = i;
        if (i < len && s[i] == '"') {
            for (i++;; i++) {
                const char *q = i < len ? memchr(s + i, '"', len - i) : NULL;
                if (!q)
                    return bad(err, first, "a quoted field is not closed");
                for (const char *c = s + i; c < q; c++)
                    *line += *c == '\n';
                i = (size_t)(q - s) + 1;
                if (i < len && s[i] == '"')
                    continue; /* a doubled quote */
                break;
            }
            if (i < len && s[i] != ',' && s[i] != '\n' && !(s[i] == '\r' && i + 1 < len && s[i + 1] == '\n'))
                return bad(err, first, "text after a quoted field");
        } else {
            while (i < len && !stops[(unsigned char)s[i]])
                i++;
            if (i < len && (s[i] == '"' || (s[i] == '\r' && !(i + 1 < len && s[i + 1] == '\n'))))
                return bad(err, first, "a quote or carriage return inside an unquoted field");
        }
        if (f < nf) {
            off[2 * f] = start;
            off[2 * f + 1] = i;
        }
        f++;
        if (i < len && s[i] == ',') {
            i++;
            continue;
        }
        i += i < len ? (s[i] == '\r' ? 2 : 1) : 0; /* the line break, or the end of the file */
        (*line)++;
        *at = i;
        return f;
    }
}

int csvproj_file(csvproj *p, const char *s, size_t len, xbuf *out, xerr *err)
{
    const char *nl = len ? memchr(s, '\n', len) : NULL;
    size_t at = nl ? (size_t)(nl - s) + 1 : len; /* the header */
    long line = 2;
    if (!p->off && !(p->off = malloc(2 * (size_t)(p->nfields > 0 ? p->nfields : 1) * sizeof *p->off)))
        goto nomem;
    while (at < len) {
        long start = line;
        int n = record(s, len, &at, &line, p->off, p->nfields, err);
        if (n < 0)
            return -1;
        if (n != p->nfields) {
            char what[96];
            snprintf(what, sizeof what, "%d fields where %d were expected", n, p->nfields);
            return bad(err, start, what);
        }
        xbuf *row = &p->row;
        row->len = 0;
        for (int j = 0, k; j < p->npick; j = k) {
            /* consecutive source fields are one span of the record, the
             * commas between them included: copied at once */
            for (k = j + 1; k < p->npick && p->pick[k] == p->pick[k - 1] + 1; k++)
                ;
            size_t from = p->off[2 * p->pick[j]], to = p->off[2 * p->pick[k - 1] + 1];
            if ((j && xbuf_putc(row, ',')) || xbuf_put(row, s + from, to - from))
                goto nomem;
        }
        if (xbuf_putc(row, '\n'))
            goto nomem;
        if (!p->keep_repeats && row->len == p->prev.len && !memcmp(row->p, p->prev.p, row->len))
            continue; /* the same row again: one receipt's columns on its next line */
        if (xbuf_put(out, row->p, row->len))
            goto nomem;
        xbuf t = p->prev; /* the row becomes the one before; its buffer is reused */
        p->prev = *row;
        *row = t;
    }
    return 0;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory");
    return -1;
}

void csvproj_free(csvproj *p)
{
    xbuf_free(&p->prev);
    xbuf_free(&p->row);
    free(p->off);
    p->off = NULL;
}
