#include "pgconn.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

static int nomem(xerr *err)
{
    xerr_set(err, XE_NOMEM, "out of memory");
    return -1;
}

static void quiet_notice(void *arg, const char *msg)
{
    (void)arg;
    (void)msg;
}

static void db_error(const pgc *p, PGresult *res, const char *what, xerr *err)
{
    const char *state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : NULL;
    const char *primary = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *detail = res ? PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL) : NULL;
    char msg[400];
    if (!primary) {
        g_strlcpy(msg, p->c ? PQerrorMessage(p->c) : "no connection", sizeof msg);
        g_strchomp(msg);
    } else
        snprintf(msg, sizeof msg, "%s%s%s", primary, detail ? " — " : "", detail ? detail : "");
    if (!state && p->c && PQstatus(p->c) == CONNECTION_BAD)
        state = "08006"; /* connection_failure */
    xerr_set(err, XE_DB, "%s: %s%s%s", what, msg, state ? " [SQLSTATE " : "", state ? state : "");
    if (state) {
        size_t l = strlen(err->msg);
        if (l + 2 < sizeof err->msg)
            strcat(err->msg, "]");
    }
    g_strlcpy(err->rcode, state ? state : "", sizeof err->rcode);
}

static int setup(pgc *p, xerr *err)
{
    /* "already exists, skipping" notices are expected; keep stderr clean */
    PQsetNoticeProcessor(p->c, quiet_notice, NULL);
    if (PQsetClientEncoding(p->c, "UTF8") != 0) {
        db_error(p, NULL, "set client encoding", err);
        return -1;
    }
    return 0;
}

int pgc_connect(pgc *p, const char *dsn, int dry, xerr *err)
{
    memset(p, 0, sizeof *p);
    p->dry = dry;
    if (dry && !dsn)
        return 0;
    if (!dsn) {
        xerr_set(err, XE_ARG, "a warehouse DSN is needed");
        return -1;
    }
    /* application_name lets operators (and the tests) find the loader's
     * backend; the DSN's own settings win over these defaults */
    const char *keys[] = {"fallback_application_name", "connect_timeout", "dbname", NULL};
    const char *vals[] = {"expetl", "15", dsn, NULL};
    p->c = PQconnectdbParams(keys, vals, 1);
    if (!p->c)
        return nomem(err);
    if (PQstatus(p->c) != CONNECTION_OK) {
        /* PQerrorMessage names host and user, never the password */
        char msg[300];
        g_strlcpy(msg, PQerrorMessage(p->c), sizeof msg);
        g_strchomp(msg);
        xerr_set(err, XE_DB, "cannot connect to the warehouse: %s", msg);
        g_strlcpy(err->rcode, "08001", sizeof err->rcode);
        pgc_close(p);
        return -1;
    }
    if (setup(p, err) != 0) {
        pgc_close(p);
        return -1;
    }
    return 0;
}

int pgc_clone(const pgc *p, pgc *out, xerr *err)
{
    memset(out, 0, sizeof *out);
    if (p->dry || !p->c) {
        xerr_set(err, XE_ARG, "a dry-run warehouse cannot be cloned");
        return -1;
    }
    /* the same settings the live connection used (libpq keeps them) */
    PQconninfoOption *opts = PQconninfo(p->c);
    if (!opts)
        return nomem(err);
    size_t n = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++)
        n++;
    const char **k = calloc(n + 1, sizeof *k), **v = calloc(n + 1, sizeof *v);
    int rc = -1;
    if (!k || !v) {
        nomem(err);
        goto done;
    }
    size_t m = 0;
    for (PQconninfoOption *o = opts; o->keyword; o++)
        if (o->val) {
            k[m] = o->keyword;
            v[m++] = o->val;
        }
    out->c = PQconnectdbParams(k, v, 0);
    if (!out->c || PQstatus(out->c) != CONNECTION_OK) {
        xerr_set(err, XE_DB, "cannot open a second warehouse connection: %s",
                 out->c ? PQerrorMessage(out->c) : "out of memory");
        g_strlcpy(err->rcode, "08001", sizeof err->rcode);
        pgc_close(out);
        goto done;
    }
    rc = setup(out, err);
    if (rc != 0)
        pgc_close(out);
done:
    free(k);
    free(v);
    PQconninfoFree(opts);
    return rc;
}

void pgc_close(pgc *p)
{
    if (p->c)
        PQfinish(p->c);
    xbuf_free(&p->trace);
    memset(p, 0, sizeof *p);
}

int pgc_ensure(pgc *p, xerr *err)
{
    if (p->dry || PQstatus(p->c) == CONNECTION_OK)
        return 0;
    PQreset(p->c);
    if (PQstatus(p->c) != CONNECTION_OK) {
        db_error(p, NULL, "reconnect", err);
        return -1;
    }
    return 0;
}

bool pgc_live(const pgc *p) { return !p->dry && p->c && PQstatus(p->c) == CONNECTION_OK; }

void pgc_rollback(pgc *p)
{
    if (pgc_live(p))
        PQclear(PQexec(p->c, "ROLLBACK"));
}

int pgc_exec(pgc *p, const char *sql, int n, const char *const *params, PGresult **out, xerr *err)
{
    if (out)
        *out = NULL;
    if (p->dry) {
        if (xbuf_put(&p->trace, sql, strlen(sql)) || xbuf_put(&p->trace, ";\n", 2))
            return nomem(err);
        return 0;
    }
    PGresult *res = PQexecParams(p->c, sql, n, NULL, params, NULL, NULL, 0);
    ExecStatusType st = res ? PQresultStatus(res) : PGRES_FATAL_ERROR;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        char what[80];
        snprintf(what, sizeof what, "%.60s", sql);
        for (char *c = what; *c; c++)
            if (*c == '\n')
                *c = ' ';
        db_error(p, res, what, err);
        PQclear(res);
        return -1;
    }
    if (out)
        *out = res;
    else
        PQclear(res);
    return 0;
}

int pgc_stmt(pgc *p, long *count, xerr *err, int n, const char *const *params, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *sql = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    PGresult *res = NULL;
    int r = pgc_exec(p, sql, n, params, count ? &res : NULL, err);
    if (count && r == 0) {
        const char *t = res ? PQcmdTuples(res) : "";
        *count = *t ? strtol(t, NULL, 10) : 0;
    }
    PQclear(res);
    g_free(sql);
    return r;
}

int pgc_col_list(xbuf *b, const wh_col *cols, int n)
{
    for (int i = 0; i < n; i++)
        if (xbuf_printf(b, "%s%s", i ? ", " : "", cols[i].name))
            return -1;
    return 0;
}

static void drain(pgc *p)
{
    PGresult *res;
    while ((res = PQgetResult(p->c)))
        PQclear(res);
}

int pgc_server_version(const pgc *p)
{
    return p->c ? PQserverVersion(p->c) : INT_MAX;
}

int pgc_copy_in(pgc *p, const char *table, const wh_col *cols, int ncols, const wh_chunks *ch, csvproj *proj,
                const char *where, long *count, xerr *err)
{
    xbuf sql = {0};
    if (count)
        *count = 0;
    if (xbuf_printf(&sql, "COPY %s (", table) || pgc_col_list(&sql, cols, ncols) ||
        xbuf_printf(&sql, ") FROM STDIN WITH (FORMAT csv)") || (where && xbuf_printf(&sql, " WHERE %s", where)) ||
        xbuf_cstr(&sql)) {
        xbuf_free(&sql);
        return nomem(err);
    }
    if (p->dry) {
        int r = pgc_exec(p, sql.p, 0, NULL, NULL, err);
        xbuf_free(&sql);
        return r;
    }
    PGresult *res = PQexec(p->c, sql.p);
    xbuf_free(&sql);
    if (!res || PQresultStatus(res) != PGRES_COPY_IN) {
        db_error(p, res, "COPY", err);
        PQclear(res);
        return -1;
    }
    PQclear(res);
    int failed = 0;
    xerr gerr = {0};
    xbuf out = {0}; /* projected rows, sent in pieces of about COPY_PIECE */
    enum { COPY_PIECE = 1 << 18 };
    for (size_t i = 0; i < ch->n && !failed; i++) {
        xslice s = {0};
        if (ch->get(ch->ctx, i, &s, &gerr) != 0) {
            failed = 1;
            break;
        }
        if (csvproj_file(proj, s.p, s.len, &out, &gerr) != 0) {
            snprintf(gerr.msg + strlen(gerr.msg), sizeof gerr.msg - strlen(gerr.msg),
                     ", in processed file %zu of the batch", i + 1);
            failed = 1;
        } else if (out.len >= COPY_PIECE || i + 1 == ch->n) {
            if (out.len && PQputCopyData(p->c, out.p, (int)out.len) != 1)
                failed = 2;
            out.len = 0;
        }
        if (ch->release)
            ch->release(ch->ctx, i);
    }
    xbuf_free(&out);
    if (failed == 2) {
        db_error(p, NULL, "COPY data", err);
        drain(p);
        return -1;
    }
    if (PQputCopyEnd(p->c, failed ? "expetl: input failed" : NULL) != 1) {
        db_error(p, NULL, "COPY end", err);
        drain(p);
        return -1;
    }
    int rc = 0;
    while ((res = PQgetResult(p->c))) {
        if (PQresultStatus(res) != PGRES_COMMAND_OK && rc == 0 && !failed) {
            db_error(p, res, "COPY", err);
            rc = -1;
        } else if (count && rc == 0 && !failed && *PQcmdTuples(res))
            *count = strtol(PQcmdTuples(res), NULL, 10);
        PQclear(res);
    }
    if (failed) {
        *err = gerr;
        return -1;
    }
    return rc;
}

int pgc_literal(pgc *p, xbuf *b, const char *s, const char *what, xerr *err)
{
    for (const char *c = s; *c; c++)
        if (*c == '\'' || *c == '\\' || (unsigned char)*c < 0x20) {
            xerr_set(err, XE_ARG, "%s has a quote, backslash or control character", what);
            return -1;
        }
    if (p->c) {
        char *e = PQescapeLiteral(p->c, s, strlen(s));
        if (!e)
            return nomem(err);
        int r = xbuf_put(b, e, strlen(e));
        PQfreemem(e);
        return r ? nomem(err) : 0;
    }
    return xbuf_printf(b, "'%s'", s) ? nomem(err) : 0;
}
