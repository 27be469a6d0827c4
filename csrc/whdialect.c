#include "whdialect.h"

#include <string.h>

static int lock_tables(pgc *p, const char *prefix, const char *suffix, const char *const *tables, size_t n,
                       xerr *err)
{
    xbuf sql = {0};
    int r = xbuf_printf(&sql, "%s", prefix);
    for (size_t i = 0; i < n && !r; i++)
        r = xbuf_printf(&sql, "%s%s", i ? ", " : "", tables[i]);
    if (r || xbuf_printf(&sql, "%s", suffix) || xbuf_cstr(&sql)) {
        xbuf_free(&sql);
        xerr_set(err, XE_NOMEM, "out of memory");
        return -1;
    }
    r = pgc_exec(p, sql.p, 0, NULL, NULL, err);
    xbuf_free(&sql);
    return r;
}

/* ---- PostgreSQL -------------------------------------------------------- */

static int pg_lock(pgc *p, const char *const *tables, size_t n, xerr *err)
{
    return lock_tables(p, "LOCK TABLE ", " IN SHARE ROW EXCLUSIVE MODE", tables, n, err);
}

static int pg_bulk(pgc *p, const char *stage, const wh_col *cols, int ncols, const wh_kind *k, csvproj *proj,
                   const wh_batch *b, xerr *err)
{
    (void)b;
    return pgc_copy_in(p, stage, cols, ncols, &k->chunks, proj, NULL, NULL, err);
}

/* Serialisation failures and deadlocks; Redshift's error 1023 is matched in
 * both dialects (a proxy or a Redshift-compatible server may pass it on).
 * It comes as an internal error (XX000) or with no SQLSTATE, its number in
 * the text: an error of another class that mentions 1023 (a key's value, a
 * processed file's line) is not one. */
static bool serialization(const xerr *e)
{
    if (!strcmp(e->rcode, "40001") || !strcmp(e->rcode, "40P01"))
        return true;
    return (!e->rcode[0] || !strcmp(e->rcode, "XX000")) &&
           (strstr(e->msg, "1023") || strstr(e->msg, "Serializable isolation violation"));
}

/* ---- Redshift ---------------------------------------------------------- */

/* one writer at a time per target (Redshift's advice against error 1023) */
static int rs_lock(pgc *p, const char *const *tables, size_t n, xerr *err)
{
    return lock_tables(p, "LOCK ", "", tables, n, err);
}

static int rs_bulk(pgc *p, const char *stage, const wh_col *cols, int ncols, const wh_kind *k, csvproj *proj,
                   const wh_batch *b, xerr *err)
{
    (void)cols, (void)ncols, (void)proj; /* one staging table of the files' columns */
    xbuf sql = {0};
    int rc = -1;
    if (!k->manifest || strncmp(k->manifest, "s3://", 5) != 0) {
        xerr_set(err, XE_ARG, "Redshift loads from an s3:// manifest (the processed stage must be S3)");
        return -1;
    }
    if (xbuf_printf(&sql, "COPY %s (", stage) || pgc_col_list(&sql, k->cols, k->ncols) ||
        xbuf_printf(&sql, ") FROM "))
        goto nomem;
    if (pgc_literal(p, &sql, k->manifest, "manifest URL", err))
        goto done;
    if (b->iam_role && *b->iam_role) {
        if (xbuf_printf(&sql, " IAM_ROLE ") || pgc_literal(p, &sql, b->iam_role, "IAM role", err))
            goto done;
    } else if (xbuf_printf(&sql, " IAM_ROLE default"))
        goto nomem;
    if (xbuf_printf(&sql, " MANIFEST FORMAT AS CSV IGNOREHEADER 1 EMPTYASNULL TIMEFORMAT 'auto'"))
        goto nomem;
    if (b->region && *b->region &&
        (xbuf_printf(&sql, " REGION ") || pgc_literal(p, &sql, b->region, "region", err)))
        goto done;
    if (xbuf_printf(&sql, " COMPUPDATE OFF STATUPDATE OFF") || xbuf_cstr(&sql))
        goto nomem;
    rc = pgc_exec(p, sql.p, 0, NULL, NULL, err);
    goto done;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory");
done:
    xbuf_free(&sql);
    return rc;
}

static const wh_dialect POSTGRES = {.name = "postgres", .lock = pg_lock, .bulk_load = pg_bulk, .per_target = true,
                                    .probe_keys = true, .distinct_on = true, .work_mem = "64MB",
                                    .enforces_keys = true, .copy_direct = true,
                                    .retryable = serialization};
static const wh_dialect REDSHIFT = {.name = "redshift", .lock = rs_lock, .bulk_load = rs_bulk, .per_target = false,
                                    .probe_keys = false, .distinct_on = false, .work_mem = NULL,
                                    .enforces_keys = false, .copy_direct = false,
                                    .retryable = serialization};

const wh_dialect *wh_dialect_named(const char *name)
{
    static const wh_dialect *const all[] = {&POSTGRES, &REDSHIFT};
    for (size_t i = 0; name && i < sizeof all / sizeof *all; i++)
        if (!strcmp(all[i]->name, name))
            return all[i];
    return NULL;
}

const char *wh_dialect_name(const wh_dialect *d) { return d->name; }
