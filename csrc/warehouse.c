#include "warehouse.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <glib.h>

#include "pgconn.h"
#include "whdialect.h"

struct wh {
    pgc p;
    const wh_dialect *d;
    char schema[72];  /* quoted identifier */
    int max_version;  /* wh_set_server_version; 0: the server's own */
};

static int nomem(xerr *err)
{
    xerr_set(err, XE_NOMEM, "out of memory");
    return -1;
}

bool wh_ident_ok(const char *s)
{
    size_t l = s ? strlen(s) : 0;
    if (!l || l > 63 || !(isalpha((unsigned char)s[0]) || s[0] == '_'))
        return false;
    for (size_t i = 0; i < l; i++)
        if (!isalnum((unsigned char)s[i]) && s[i] != '_')
            return false;
    return true;
}

/* ---- connection ---------------------------------------------------------- */

int wh_connect(wh **out, const char *dsn, const wh_dialect *dialect, const char *schema, int dry, xerr *err)
{
    *out = NULL;
    if (!dialect) {
        xerr_set(err, XE_ARG, "unknown warehouse dialect");
        return -1;
    }
    /* validated and then quoted: the quoting is what protects, the check
     * keeps names portable between PostgreSQL and Redshift */
    if (!wh_ident_ok(schema ? schema : "expenses")) {
        xerr_set(err, XE_ARG, "schema name must be 1-63 letters, digits or '_'");
        return -1;
    }
    wh *w = calloc(1, sizeof *w);
    if (!w)
        return nomem(err);
    w->d = dialect;
    snprintf(w->schema, sizeof w->schema, "\"%s\"", schema ? schema : "expenses");
    if (pgc_connect(&w->p, dsn, dry, err) != 0) {
        free(w);
        return -1;
    }
    *out = w;
    return 0;
}

int wh_clone(const wh *w, wh **out, xerr *err)
{
    *out = NULL;
    wh *c = calloc(1, sizeof *c);
    if (!c)
        return nomem(err);
    c->d = w->d;
    c->max_version = w->max_version;
    memcpy(c->schema, w->schema, sizeof c->schema);
    if (pgc_clone(&w->p, &c->p, err) != 0) {
        free(c);
        return -1;
    }
    *out = c;
    return 0;
}

void wh_close(wh *w)
{
    if (!w)
        return;
    pgc_close(&w->p);
    free(w);
}

const wh_dialect *wh_get_dialect(const wh *w) { return w->d; }

void wh_set_server_version(wh *w, int version) { w->max_version = version > 0 ? version : 0; }

/* The server's version, or the one set below it (a dry run has none: the newest). */
static int server_version(const wh *w)
{
    int v = pgc_server_version(&w->p);
    return w->max_version && w->max_version < v ? w->max_version : v;
}

const char *wh_trace(const wh *w) { return w->p.trace.p ? w->p.trace.p : ""; }

int wh_exec_script(wh *w, const char *const *stmts, size_t n, xerr *err)
{
    if (pgc_ensure(&w->p, err) != 0)
        return -1;
    for (int attempt = 1;; attempt++) {
        int r = pgc_exec(&w->p, "BEGIN", 0, NULL, NULL, err);
        for (size_t i = 0; i < n && r == 0; i++)
            r = pgc_exec(&w->p, stmts[i], 0, NULL, NULL, err);
        if (r == 0 && (r = pgc_exec(&w->p, "COMMIT", 0, NULL, NULL, err)) == 0)
            return 0;
        pgc_rollback(&w->p);
        /* two first runs creating the same schema: one loses on the
         * catalog's unique index; by the next try the objects exist */
        bool race = !strcmp(err->rcode, "23505") || !strcmp(err->rcode, "42P07") ||
                    !strcmp(err->rcode, "42P06") || w->d->retryable(err);
        if (!race || attempt >= 4)
            return -1;
        g_usleep((gulong)(50000L << attempt) + (gulong)g_random_int_range(0, 50000));
    }
}

int wh_known(wh *w, const char *const *shas, size_t n, unsigned char *flags, xerr *err)
{
    memset(flags, 0, n);
    if (w->p.dry || !n)
        return 0;
    if (pgc_ensure(&w->p, err) != 0)
        return -1;
    GHashTable *found = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    xbuf sql = {0};
    int rc = -1;
    for (size_t at = 0; at < n; at += 500) {
        size_t m = n - at < 500 ? n - at : 500;
        sql.len = 0;
        if (xbuf_printf(&sql, "SELECT sha256 FROM %s.ingested_files WHERE status IN ('loaded', 'quarantined', 'duplicate') "
                              "AND sha256 IN (", w->schema))
            goto nomem;
        for (size_t i = 0; i < m; i++)
            if (xbuf_printf(&sql, "%s$%zu", i ? ", " : "", i + 1))
                goto nomem;
        if (xbuf_putc(&sql, ')'))
            goto nomem;
        PGresult *res;
        if (pgc_exec(&w->p, sql.p, (int)m, shas + at, &res, err) != 0)
            goto done;
        for (int r = 0; r < PQntuples(res); r++)
            g_hash_table_add(found, g_strdup(PQgetvalue(res, r, 0)));
        PQclear(res);
    }
    for (size_t i = 0; i < n; i++)
        flags[i] = g_hash_table_contains(found, shas[i]) ? 1 : 0;
    rc = 0;
    goto done;
nomem:
    nomem(err);
done:
    xbuf_free(&sql);
    g_hash_table_destroy(found);
    return rc;
}


/* ---- the load ------------------------------------------------------------ */

static int create_stage(wh *w, const char *name, const wh_col *cols, int n, xerr *err)
{
    xbuf sql = {0};
    int r = xbuf_printf(&sql, "CREATE TEMP TABLE %s (", name);
    for (int i = 0; i < n && !r; i++)
        r = xbuf_printf(&sql, "%s%s %s", i ? ", " : "", cols[i].name, cols[i].type);
    if (r || xbuf_putc(&sql, ')')) {
        xbuf_free(&sql);
        return nomem(err);
    }
    r = pgc_exec(&w->p, sql.p, 0, NULL, NULL, err);
    xbuf_free(&sql);
    return r;
}

static int names(xbuf *b, const char *const *cols, int n, const char *prefix)
{
    for (int i = 0; i < n; i++)
        if (xbuf_printf(b, "%s%s%s", i ? ", " : "", prefix, cols[i]))
            return -1;
    return 0;
}

static bool staged_col(const wh_kind *k, const char *name)
{
    for (int i = 0; i < k->ncols; i++)
        if (!strcmp(k->cols[i].name, name))
            return true;
    return false;
}

/* Every name a kind hands in becomes part of SQL: check them all first.  A
 * target's key, unique and latest columns must be staging columns (an
 * unknown one would bind to the target table's own column in a subquery). */
static int check_kind(const wh_kind *k, xerr *err)
{
    bool ok = wh_ident_ok(k->stage) && k->ncols > 0;
    for (int i = 0; ok && i < k->ncols; i++)
        ok = wh_ident_ok(k->cols[i].name);
    for (int t = 0; ok && t < k->ntargets; t++) {
        const wh_target *tg = &k->targets[t];
        ok = wh_ident_ok(tg->table) && tg->ncols > 0 && tg->nkey > 0;
        for (int i = 0; ok && i < tg->ncols; i++)
            ok = wh_ident_ok(tg->cols[i]);
        for (int i = 0; ok && i < tg->nkey; i++)
            ok = wh_ident_ok(tg->key[i]) && staged_col(k, tg->key[i]);
        for (int i = 0; ok && i < tg->nunique; i++)
            ok = wh_ident_ok(tg->unique[i]) && staged_col(k, tg->unique[i]);
        if (ok && tg->latest)
            ok = wh_ident_ok(tg->latest) && staged_col(k, tg->latest);
    }
    if (!ok)
        xerr_set(err, XE_ARG, "a load target names a table or column that is not a plain identifier, "
                              "or keys its rows by a column the staging table does not have");
    return ok ? 0 : -1;
}

/* What a target takes from the staging table: *sel before its columns
 * ("DISTINCT ", "DISTINCT ON (key) " or nothing) and *from after FROM.  A
 * receipt's columns repeat on each of its lines: one row per key.  DISTINCT
 * ON the key sorts by the key alone, where DISTINCT hashes every column (a
 * receipt's JSON ones too).  Two files of a batch that carry one row
 * (overlapping reports) give the latest's: ORDER BY with DISTINCT ON, or
 * ROW_NUMBER() where there is no DISTINCT ON (Redshift, whose unenforced
 * primary keys would otherwise keep both). */
static int target_rows(const wh *w, const wh_target *tg, const char *stage, xbuf *sel, xbuf *from)
{
    bool on = w->d->distinct_on && tg->nunique;
    const char *where = tg->where ? " WHERE " : "", *cond = tg->where ? tg->where : "";
    if (tg->numbered && w->d->enforces_keys) /* every row names itself: as they are, a repeat refused */
        return xbuf_printf(sel, "%s", "") || xbuf_printf(from, "%s%s%s", stage, where, cond) ? -1 : 0;
    if (!on && tg->nunique && tg->latest)
        return xbuf_printf(sel, "%s", "") || xbuf_printf(from, "(SELECT ") || names(from, tg->cols, tg->ncols, "") ||
                       xbuf_printf(from, ", ROW_NUMBER() OVER (PARTITION BY ") ||
                       names(from, tg->unique, tg->nunique, "") ||
                       xbuf_printf(from, " ORDER BY %s DESC) AS expetl_rn FROM %s%s%s) s WHERE expetl_rn = 1",
                                   tg->latest, stage, where, cond)
                   ? -1
                   : 0;
    if (xbuf_printf(sel, "DISTINCT ") ||
        (on && (xbuf_printf(sel, "ON (") || names(sel, tg->unique, tg->nunique, "") || xbuf_printf(sel, ") "))) ||
        xbuf_printf(from, "%s%s%s", stage, where, cond))
        return -1;
    if (on && tg->latest &&
        (xbuf_printf(from, " ORDER BY ") || names(from, tg->unique, tg->nunique, "") ||
         xbuf_printf(from, ", %s DESC", tg->latest)))
        return -1;
    return 0;
}

static bool named(const char *const *names, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(names[i], name))
            return true;
    return false;
}

/* Does the target read this staging column (one of its columns, key,
 * unique or latest ones)? */
static bool reads(const wh_target *tg, const char *c)
{
    return named(tg->cols, tg->ncols, c) || named(tg->key, tg->nkey, c) || named(tg->unique, tg->nunique, c) ||
           (tg->latest && !strcmp(tg->latest, c));
}

/* The staging columns a target reads, in the files' order: their indexes
 * into k->cols in pick. */
static int target_pick(const wh_kind *k, const wh_target *tg, int *pick)
{
    int n = 0;
    for (int i = 0; i < k->ncols; i++)
        if (reads(tg, k->cols[i].name))
            pick[n++] = i;
    return n;
}

/* Is target t COPYed straight into its table (wh_dialect.copy_direct)?
 * The dialect can, and this server (PostgreSQL 12: COPY ... WHERE); the
 * target is numbered and adds no run columns; every column it reads is one
 * of its own (its where may name only those: COPY's WHERE would read any
 * other column of the table as its default, see Target); and the first
 * target, staged, reads its key (that staging table names the rows to
 * replace: a receipt's items by its sha256).  Decided once per load of a
 * kind (load_kind), not per statement. */
static bool direct(const wh *w, const wh_kind *k, int t)
{
    const wh_target *tg = &k->targets[t];
    if (!w->d->copy_direct || !w->d->enforces_keys || !w->d->per_target || t == 0 || !tg->numbered || tg->meta ||
        server_version(w) < 120000)
        return false;
    for (int i = 0; i < tg->nkey; i++)
        if (!named(tg->cols, tg->ncols, tg->key[i]) || !reads(&k->targets[0], tg->key[i]))
            return false;
    for (int i = 0; i < tg->nunique; i++)
        if (!named(tg->cols, tg->ncols, tg->unique[i]))
            return false;
    return !tg->latest || named(tg->cols, tg->ncols, tg->latest);
}

/* COPY target tg's own columns, projected as the files stream, into
 * `table`: a staging table it creates, or (into_target) the target table
 * itself, the rows that pass its where, counted as inserted. */
static int project_into(wh *w, wh_kind *k, wh_target *tg, const wh_batch *b, const char *table, bool into_target,
                        xerr *err)
{
    int *pick = malloc((size_t)k->ncols * sizeof *pick);
    wh_col *cols = malloc((size_t)k->ncols * sizeof *cols);
    int rc = -1;
    if (!pick || !cols) {
        nomem(err);
        goto done;
    }
    int n = target_pick(k, tg, pick);
    for (int i = 0; i < n; i++)
        cols[i] = k->cols[pick[i]];
    /* rows loaded without DISTINCT keep their repeats, for the key to refuse */
    csvproj proj = {.pick = pick, .npick = n, .nfields = k->ncols,
                    .keep_repeats = tg->numbered && w->d->enforces_keys};
    if (into_target)
        rc = pgc_copy_in(&w->p, table, cols, n, &k->chunks, &proj, tg->where, &tg->inserted, err);
    else
        rc = create_stage(w, table, cols, n, err) || w->d->bulk_load(&w->p, table, cols, n, k, &proj, b, err) ? -1
                                                                                                            : 0;
    csvproj_free(&proj);
done:
    free(pick);
    free(cols);
    return rc;
}

/* Create and fill the staging table `name`: target tg's own columns, or
 * every column of the files (tg NULL). */
static int fill_stage(wh *w, wh_kind *k, wh_target *tg, const wh_batch *b, char name[64], xerr *err)
{
    if ((size_t)(tg ? snprintf(name, 64, "expetl_stage_%s_%s", k->stage, tg->table)
                    : snprintf(name, 64, "expetl_stage_%s", k->stage)) >= 64) { /* NAMEDATALEN */
        xerr_set(err, XE_ARG, "the staging table for %s would have a name over 63 bytes", k->stage);
        return -1;
    }
    if (!tg)
        return create_stage(w, name, k->cols, k->ncols, err) ||
                       w->d->bulk_load(&w->p, name, k->cols, k->ncols, k, NULL, b, err)
                   ? -1
                   : 0;
    return project_into(w, k, tg, b, name, false, err);
}

static int load_kind(wh *w, wh_kind *k, const wh_batch *b, const char *const *meta, xerr *err)
{
    const char *S = w->schema;
    /* a staging table per target (none for one COPYed straight in), or one
     * for them all; a direct target's old rows are found through the first's */
    int nstages = w->d->per_target ? k->ntargets : 1;
    char (*stages)[64] = calloc((size_t)nstages + 1, sizeof *stages); /* + 1: never calloc(0) */
    bool *copied = calloc((size_t)k->ntargets + 1, sizeof *copied);    /* COPYed straight in */
    xbuf a = {0}, c = {0}, f = {0};
    int rc = -1;
    if (!stages || !copied) {
        free(stages);
        free(copied);
        return nomem(err);
    }
    for (int t = 0; t < k->ntargets; t++)
        copied[t] = direct(w, k, t);
    for (int i = 0; i < nstages; i++)
        if (!copied[i] && fill_stage(w, k, w->d->per_target ? &k->targets[i] : NULL, b, stages[i], err))
            goto done;
    /* dependants first: the last target is deleted first */
    for (int t = k->ntargets - 1; t >= 0; t--) {
        const wh_target *tg = &k->targets[t];
        const char *src = stages[w->d->per_target && !copied[t] ? t : 0];
        a.len = c.len = 0;
        for (int i = 0; i < tg->nkey; i++)
            if (xbuf_printf(&a, "%s%s.%s = s.%s", i ? " AND " : "", tg->table, tg->key[i], tg->key[i]))
                goto nomem;
        if (names(&c, tg->key, tg->nkey, "") || xbuf_cstr(&c))
            goto nomem;
        /* by the batch's distinct keys: a receipt's key is on each of its
         * item lines, and joining every line took the delete four times as
         * long */
        if (w->d->probe_keys && tg->nkey == 1
                ? pgc_stmt(&w->p, NULL, err, 0, NULL, "DELETE FROM %s.%s WHERE %s = ANY(ARRAY(SELECT DISTINCT s.%s FROM %s s))",
                           S, tg->table, c.p, c.p, src)
                : pgc_stmt(&w->p, NULL, err, 0, NULL, "DELETE FROM %s.%s USING (SELECT DISTINCT %s FROM %s) s WHERE %s",
                           S, tg->table, c.p, src, a.p))
            goto done;
    }
    for (int t = 0; t < k->ntargets; t++) {
        wh_target *tg = &k->targets[t];
        a.len = c.len = f.len = 0;
        if (copied[t]) {
            if (xbuf_printf(&a, "%s.%s", S, tg->table) || xbuf_cstr(&a))
                goto nomem;
            if (project_into(w, k, tg, b, a.p, true, err))
                goto done;
            continue;
        }
        if (names(&a, tg->cols, tg->ncols, "") || xbuf_cstr(&a))
            goto nomem;
        if (target_rows(w, tg, stages[w->d->per_target ? t : 0], &c, &f))
            goto nomem;
        if (tg->meta ? pgc_stmt(&w->p, &tg->inserted, err, 2, meta,
                                "INSERT INTO %s.%s (%s, run_id, loaded_at) SELECT %s%s, "
                                "CAST($1 AS varchar(256)), CAST($2 AS timestamp) FROM %s",
                                S, tg->table, a.p, c.p, a.p, f.p)
                     : pgc_stmt(&w->p, &tg->inserted, err, 0, NULL, "INSERT INTO %s.%s (%s) SELECT %s%s FROM %s",
                                S, tg->table, a.p, c.p, a.p, f.p))
            goto done;
    }
    rc = 0;
    for (int i = 0; i < nstages && !rc; i++)
        if (stages[i][0])
            rc = pgc_stmt(&w->p, NULL, err, 0, NULL, "DROP TABLE %s", stages[i]);
    goto done;
nomem:
    nomem(err);
done:
    free(stages);
    free(copied);
    xbuf_free(&a);
    xbuf_free(&c);
    xbuf_free(&f);
    return rc;
}

static int register_files(wh *w, const wh_batch *b, const char *const *meta, wh_result *res, xerr *err)
{
    static const wh_col FILE_STAGE[] = {{"sha256", "char(64)"}, {"source", "varchar(64)"},
                                        {"object_key", "varchar(1024)"}, {"row_count", "int"},
                                        {"status", "varchar(16)"}};
    enum { NF = sizeof FILE_STAGE / sizeof *FILE_STAGE };
    const char *S = w->schema;
    xbuf sql = {0};
    if (create_stage(w, "expetl_stage_files", FILE_STAGE, NF, err))
        return -1;
    for (size_t at = 0; at < b->nfiles; at += 200) {
        size_t m = b->nfiles - at < 200 ? b->nfiles - at : 200;
        const char **p = calloc(m * NF, sizeof *p);
        char(*rows)[24] = calloc(m, sizeof *rows);
        int r = !p || !rows;
        sql.len = 0;
        r = r || xbuf_printf(&sql, "INSERT INTO expetl_stage_files VALUES ");
        for (size_t i = 0; i < m && !r; i++) {
            const wh_file *f = &b->files[at + i];
            snprintf(rows[i], sizeof rows[i], "%ld", f->rows);
            const char *v[NF] = {f->sha256, f->source, f->object_key, rows[i], f->status};
            memcpy(p + i * NF, v, sizeof v);
            r = xbuf_printf(&sql, "%s($%zu, $%zu, $%zu, CAST($%zu AS int), $%zu)", i ? ", " : "", i * NF + 1,
                            i * NF + 2, i * NF + 3, i * NF + 4, i * NF + 5);
        }
        if (r) {
            free(p);
            free(rows);
            xbuf_free(&sql);
            return nomem(err);
        }
        r = pgc_exec(&w->p, sql.p, (int)(m * NF), p, NULL, err);
        free(p);
        free(rows);
        if (r) {
            xbuf_free(&sql);
            return -1;
        }
    }
    xbuf_free(&sql);
    return pgc_stmt(&w->p, NULL, err, 0, NULL, "DELETE FROM %s.ingested_files USING expetl_stage_files s "
                    "WHERE ingested_files.sha256 = s.sha256", S) ||
                   pgc_stmt(&w->p, &res->files, err, 2, meta, "INSERT INTO %s.ingested_files (sha256, source, "
                            "object_key, row_count, status, run_id, ingested_at) SELECT sha256, source, object_key, "
                            "row_count, status, CAST($1 AS varchar(256)), CAST($2 AS timestamp) "
                            "FROM expetl_stage_files", S) ||
                   pgc_stmt(&w->p, NULL, err, 0, NULL, "DELETE FROM %s.quarantine USING expetl_stage_files s "
                            "WHERE quarantine.sha256 = s.sha256", S) ||
                   pgc_stmt(&w->p, NULL, err, 0, NULL, "DROP TABLE expetl_stage_files")
               ? -1
               : 0;
}

static int register_quarantine(wh *w, const wh_batch *b, const char *const *meta, wh_result *res, xerr *err)
{
    enum { NQ = 8 };
    xbuf sql = {0};
    for (size_t at = 0; at < b->nquarantine; at += 100) {
        size_t m = b->nquarantine - at < 100 ? b->nquarantine - at : 100;
        const char **p = calloc(m * NQ, sizeof *p);
        char(*lines)[24] = calloc(m, sizeof *lines);
        int r = !p || !lines;
        sql.len = 0;
        r = r || xbuf_printf(&sql, "INSERT INTO %s.quarantine (sha256, source, object_key, line, reason, detail, "
                                   "run_id, quarantined_at) VALUES ", w->schema);
        for (size_t i = 0; i < m && !r; i++) {
            const wh_quarantine *q = &b->quarantine[at + i];
            snprintf(lines[i], sizeof lines[i], "%ld", q->line);
            const char *v[NQ] = {q->sha256, q->source, q->object_key, q->line > 0 ? lines[i] : NULL,
                                 q->reason, q->detail, meta[0], meta[1]};
            memcpy(p + i * NQ, v, sizeof v);
            size_t k = i * NQ;
            r = xbuf_printf(&sql, "%s($%zu, $%zu, $%zu, CAST($%zu AS int), $%zu, $%zu, $%zu, CAST($%zu AS timestamp))",
                            i ? ", " : "", k + 1, k + 2, k + 3, k + 4, k + 5, k + 6, k + 7, k + 8);
        }
        if (r) {
            free(p);
            free(lines);
            xbuf_free(&sql);
            return nomem(err);
        }
        r = pgc_exec(&w->p, sql.p, (int)(m * NQ), p, NULL, err);
        free(p);
        free(lines);
        if (r) {
            xbuf_free(&sql);
            return -1;
        }
        res->quarantined += (long)m;
    }
    xbuf_free(&sql);
    return 0;
}

static int load_once(wh *w, wh_batch *b, const char *now, wh_result *res, xerr *err)
{
    const char *meta[2] = {b->run_id ? b->run_id : "", now};
    char **locked = NULL;
    memset(res, 0, sizeof *res);
    for (size_t i = 0; i < b->nkinds; i++)
        for (int t = 0; t < b->kinds[i].ntargets; t++)
            b->kinds[i].targets[t].inserted = 0;
    if (pgc_exec(&w->p, "BEGIN", 0, NULL, NULL, err))
        return -1;
    /* raised for this transaction, never lowered */
    if (w->d->work_mem && pgc_stmt(&w->p, NULL, err, 1, &w->d->work_mem,
                                   "SELECT set_config('work_mem', $1, true) "
                                   "WHERE pg_size_bytes(current_setting('work_mem')) < pg_size_bytes($1)"))
        goto fail;
    if (b->nlock) {
        if (!(locked = calloc(b->nlock, sizeof *locked))) {
            nomem(err);
            goto fail;
        }
        for (size_t i = 0; i < b->nlock; i++)
            if (!(locked[i] = g_strdup_printf("%s.%s", w->schema, b->lock[i]))) {
                nomem(err);
                goto fail;
            }
        if (w->d->lock(&w->p, (const char *const *)locked, b->nlock, err))
            goto fail;
    }
    for (size_t i = 0; i < b->nkinds; i++)
        if (load_kind(w, &b->kinds[i], b, meta, err))
            goto fail;
    if (b->nfiles && register_files(w, b, meta, res, err))
        goto fail;
    if (register_quarantine(w, b, meta, res, err) || pgc_exec(&w->p, "COMMIT", 0, NULL, NULL, err))
        goto fail;
    for (size_t i = 0; locked && i < b->nlock; i++)
        g_free(locked[i]);
    free(locked);
    return 0;
fail:
    for (size_t i = 0; locked && i < b->nlock; i++)
        g_free(locked[i]);
    free(locked);
    pgc_rollback(&w->p);
    return -1;
}

int wh_load(wh *w, wh_batch *b, wh_result *res, xerr *err)
{
    char now[32];
    time_t t = time(NULL);
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(now, sizeof now, "%Y-%m-%d %H:%M:%S", &tm);
    for (size_t i = 0; i < b->nkinds; i++)
        if (check_kind(&b->kinds[i], err))
            return -1;
    for (size_t i = 0; i < b->nlock; i++)
        if (!wh_ident_ok(b->lock[i])) {
            xerr_set(err, XE_ARG, "a table to lock is not a plain identifier");
            return -1;
        }
    if (pgc_ensure(&w->p, err) != 0)
        return -1;
    for (int attempt = 1;; attempt++) {
        int r = load_once(w, b, now, res, err);
        res->attempts = attempt;
        if (r == 0)
            return 0;
        if (!w->d->retryable(err) || attempt >= 4)
            return -1;
        /* the whole transaction again, after a growing pause */
        g_usleep((gulong)(100000L << attempt) + (gulong)g_random_int_range(0, 100000));
    }
}

long wh_mark_failed(wh *w, const char *run_id, xerr *err)
{
    const char *p[1] = {run_id};
    long n = 0;
    if (pgc_ensure(&w->p, err) != 0)
        return -1;
    if (pgc_stmt(&w->p, &n, err, 1, p, "UPDATE %s.ingested_files SET status = 'failed' WHERE run_id = $1 "
                 "AND status = 'staged'", w->schema) != 0)
        return -1;
    return n;
}

/* The type name of a result column, for callers that want typed values. */
static const char *type_name(Oid t)
{
    switch (t) {
    case 20: case 21: case 23: case 26: return "int";
    case 700: case 701: return "float";
    case 1700: return "numeric";
    case 1082: return "date";
    case 1114: return "timestamp";
    case 1184: return "timestamptz";
    case 16: return "bool";
    default: return "text";
    }
}

int wh_query(wh *w, const char *sql, const char *const *params, int nparams, wh_rows *out, xerr *err)
{
    PGresult *res;
    memset(out, 0, sizeof *out);
    if (w->p.dry) {
        xerr_set(err, XE_ARG, "a dry-run warehouse cannot answer queries");
        return -1;
    }
    if (pgc_ensure(&w->p, err) != 0 || pgc_exec(&w->p, sql, nparams, params, &res, err) != 0)
        return -1;
    int nc = PQnfields(res);
    size_t nr = (size_t)PQntuples(res);
    out->ncols = nc;
    out->nrows = nr;
    out->names = calloc((size_t)nc + 1, sizeof *out->names);
    out->types = calloc((size_t)nc + 1, sizeof *out->types);
    out->cells = calloc(nr * (size_t)nc + 1, sizeof *out->cells);
    if (!out->names || !out->types || !out->cells)
        goto nomem;
    for (int c = 0; c < nc; c++)
        if (!(out->names[c] = strdup(PQfname(res, c))) || !(out->types[c] = strdup(type_name(PQftype(res, c)))))
            goto nomem;
    for (size_t r = 0; r < nr; r++)
        for (int c = 0; c < nc; c++)
            if (!PQgetisnull(res, (int)r, c) &&
                !(out->cells[r * (size_t)nc + (size_t)c] = strdup(PQgetvalue(res, (int)r, c))))
                goto nomem;
    PQclear(res);
    return 0;
nomem:
    PQclear(res);
    wh_rows_free(out);
    return nomem(err);
}

void wh_rows_free(wh_rows *r)
{
    for (int c = 0; c < r->ncols; c++) {
        if (r->names)
            free(r->names[c]);
        if (r->types)
            free(r->types[c]);
    }
    if (r->cells)
        for (size_t i = 0; i < r->nrows * (size_t)r->ncols; i++)
            free(r->cells[i]);
    free(r->names);
    free(r->types);
    free(r->cells);
    memset(r, 0, sizeof *r);
}
