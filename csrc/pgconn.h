/* One libpq connection and the primitives every dialect's SQL runs on:
 * statements with bound parameters, COPY FROM STDIN streaming, literals
 * escaped by libpq, and errors that carry the SQLSTATE but never the DSN.
 * A dry connection records statements instead (golden SQL tests). */
#ifndef EXPETL_PGCONN_H
#define EXPETL_PGCONN_H

#include <libpq-fe.h>

#include "csvproj.h"
#include "warehouse.h"

typedef struct {
    PGconn *c;
    int dry;
    xbuf trace;
} pgc;

int pgc_connect(pgc *p, const char *dsn, int dry, xerr *err);
int pgc_clone(const pgc *p, pgc *out, xerr *err);
void pgc_close(pgc *p);
/* Reconnect a connection that was lost (a killed backend, a restart). */
int pgc_ensure(pgc *p, xerr *err);
bool pgc_live(const pgc *p);
void pgc_rollback(pgc *p);

/* One statement with text parameters; *out gets the result when wanted. */
int pgc_exec(pgc *p, const char *sql, int n, const char *const *params, PGresult **out, xerr *err);
/* printf-style statement; *count gets the rows it affected when wanted. */
int pgc_stmt(pgc *p, long *count, xerr *err, int n, const char *const *params, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* COPY <table> (<cols>) FROM STDIN (FORMAT csv) [WHERE <where>] of the
 * columns proj picks out of every chunk after its first line, the header
 * (csvproj.h); *count (when wanted) gets the rows the server kept.  where
 * is SQL written in code, never from input. */
int pgc_copy_in(pgc *p, const char *table, const wh_col *cols, int ncols, const wh_chunks *ch, csvproj *proj,
                const char *where, long *count, xerr *err);
/* The server's version (PQserverVersion); a dry run's without a server
 * reads as the newest. */
int pgc_server_version(const pgc *p);
/* A literal for a statement that takes no parameters (Redshift's COPY):
 * refused when it holds a quote, backslash or control character, then
 * escaped by libpq. */
int pgc_literal(pgc *p, xbuf *b, const char *s, const char *what, xerr *err);
/* "a, b, c" */
int pgc_col_list(xbuf *b, const wh_col *cols, int n);

#endif
