/* Columns picked out of CSV records, the bytes of each field kept as they
 * are (quotes and all), so what comes out is CSV of the same dialect.
 *
 * The PostgreSQL loader stages each target table's own columns: a
 * receipt's columns repeat on every item line of its processed file, and
 * COPY parsing them for every line was most of the server's load work.  A
 * row equal to the one before it (a receipt's columns from its next line)
 * is written once; every target's INSERT is DISTINCT, so this changes no
 * result.  A numbered target's rows (loaded as they are) are all written:
 * a repeat there is a fault the primary key must see.  Records follow RFC
 * 4180: fields split by commas, a quoted field may hold commas, doubled
 * quotes and line breaks; records end at LF or CRLF.  The bytes come from the stage: a record with the wrong number of
 * fields or an unterminated quote is an error naming its line, never a
 * guess. */
#ifndef EXPETL_CSVPROJ_H
#define EXPETL_CSVPROJ_H

#include "xcommon.h"

typedef struct {
    const int *pick; /* the source field of each output column */
    int npick;
    int nfields;     /* fields every record must have */
    bool keep_repeats; /* write a row equal to the one before too */
    xbuf prev;       /* the last row written (empty: none yet): a repeat is skipped */
    xbuf row;        /* the row being built */
    size_t *off;     /* field bounds of the record being read, two per field */
} csvproj;

/* Project the records of one CSV file, after its first line (the header),
 * onto out.  -1 with err (XE_DB, SQLSTATE 22P04 as COPY would say, the
 * 1-based line of the file in err->line) on a malformed record or no
 * memory. */
int csvproj_file(csvproj *p, const char *s, size_t len, xbuf *out, xerr *err);
/* Frees what the projection allocated (its caller owns pick). */
void csvproj_free(csvproj *p);

#endif
