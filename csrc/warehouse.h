/* The warehouse loader (libpq): PostgreSQL locally, Redshift in production.
 *
 * A load is one transaction: lock the targets, create temp staging tables,
 * bulk-load them (PostgreSQL: COPY FROM STDIN of the processed CSV files;
 * Redshift: COPY FROM a manifest of those files in S3), merge by key
 * (delete + insert: receipts by sha256, Mercado Pago rows by row_key),
 * register every file in ingested_files and quarantine, commit.  A failure
 * anywhere rolls everything back.  Serialisation failures (SQLSTATE 40001,
 * Redshift's error 1023) retry the whole transaction.
 *
 * Values are always bound parameters; identifiers are quoted; the few
 * literals COPY needs (S3 URL, IAM role, region) are validated and escaped
 * by libpq.  Messages never carry the DSN (it may hold a password). */
#ifndef EXPETL_WAREHOUSE_H
#define EXPETL_WAREHOUSE_H

#include <stddef.h>

#include "xcommon.h"

enum { WH_POSTGRES = 0, WH_REDSHIFT = 1 };

typedef struct wh wh;

/* dry: record statements instead of running them (golden tests of the
 * Redshift SQL); dsn may then be NULL. */
int wh_connect(wh **out, const char *dsn, int dialect, const char *schema, int dry, xerr *err);
void wh_close(wh *w);
/* A second connection with the same settings (for a loader pipeline). */
int wh_clone(const wh *w, wh **out, xerr *err);

/* The DDL, statements separated by ";\n". */
int wh_schema_sql(int dialect, const char *schema, xbuf *out);
int wh_ensure_schema(wh *w, xerr *err);

/* flags[i] = 1 when shas[i] is already ingested (loaded or quarantined). */
int wh_known(wh *w, const char *const *shas, size_t n, unsigned char *flags, xerr *err);

typedef struct {
    const char *sha256, *source, *object_key, *status; /* loaded, quarantined, or staged (a run in flight) */
    long rows;
} wh_file;

typedef struct {
    const char *sha256, *source, *object_key;
    long line; /* report line, 0 = none */
    const char *reason, *detail;
} wh_quarantine;

/* Processed CSV files handed over one at a time (the first line of each,
 * its header, is skipped).  get fills *out for file i; release is called
 * when the loader is done with it. */
typedef struct {
    size_t n;
    int (*get)(void *ctx, size_t i, xslice *out, xerr *err);
    void (*release)(void *ctx, size_t i);
    void *ctx;
} wh_chunks;

typedef struct {
    const char *run_id;
    const wh_file *files;
    size_t nfiles;
    const wh_quarantine *quarantine;
    size_t nquarantine;
    wh_chunks receipts, movements;          /* PostgreSQL */
    const char *receipts_manifest, *movements_manifest; /* Redshift: s3:// manifest URLs */
    const char *iam_role, *region;          /* Redshift COPY */
} wh_batch;

typedef struct {
    long receipts, items, movements, files, quarantined;
    int attempts;
} wh_result;

int wh_load(wh *w, const wh_batch *b, wh_result *res, xerr *err);

/* Mark a run's ingested_files rows failed (compensation); returns the count. */
long wh_mark_failed(wh *w, const char *run_id, xerr *err);

/* A query with text parameters; every value comes back as text (NULL for
 * null).  For tools and tests: the loader itself does not use it. */
typedef struct {
    int ncols;
    size_t nrows;
    char **names;  /* ncols */
    char **cells;  /* nrows * ncols */
} wh_rows;
int wh_query(wh *w, const char *sql, const char *const *params, int nparams, wh_rows *out, xerr *err);
void wh_rows_free(wh_rows *r);

/* Statements recorded in dry mode, ";\n"-separated. */
const char *wh_trace(const wh *w);

#endif
