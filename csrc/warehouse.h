/* The warehouse loader (libpq): PostgreSQL locally, Redshift in production.
 *
 * A load is one transaction: lock the targets, then for each document kind
 * in the batch create temp staging tables and bulk-load them (the dialect's
 * way: PostgreSQL COPY FROM STDIN, one staging table per target holding the
 * target's own columns picked out of the processed CSV files as they
 * stream; Redshift COPY FROM a manifest of the files in S3 into one staging
 * table of all their columns), merge them into the kind's target tables
 * (delete by key, insert),
 * register every file in ingested_files and quarantine, commit.  A failure
 * anywhere rolls everything back; the dialect says which failures retry the
 * whole transaction (serialisation: SQLSTATE 40001, Redshift's error 1023).
 *
 * What a kind loads is data handed in by the caller (expetl/core/kinds.py):
 * its staging columns and its targets, so a new kind needs no C.  The DDL is
 * rendered by the caller from the same column tables and run here with
 * wh_exec_script.
 *
 * Values are always bound parameters; identifiers are validated and quoted;
 * the few literals COPY needs (S3 URL, IAM role, region) are validated and
 * escaped by libpq.  Messages never carry the DSN (it may hold a password). */
#ifndef EXPETL_WAREHOUSE_H
#define EXPETL_WAREHOUSE_H

#include <stddef.h>

#include "xcommon.h"

typedef struct wh wh;
typedef struct wh_dialect wh_dialect;

/* The dialects (warehouse_dialects.c): NULL when the name is unknown. */
const wh_dialect *wh_dialect_named(const char *name);
const char *wh_dialect_name(const wh_dialect *d);

/* dry: record statements instead of running them (golden tests of the
 * Redshift SQL); dsn may then be NULL. */
int wh_connect(wh **out, const char *dsn, const wh_dialect *dialect, const char *schema, int dry, xerr *err);
void wh_close(wh *w);
/* A second connection with the same settings (for a loader pipeline). */
int wh_clone(const wh *w, wh **out, xerr *err);
const wh_dialect *wh_get_dialect(const wh *w);
/* Write SQL for at most this server version (PQserverVersion's form,
 * 110000 for 11.0; 0: the server's own, the newest in a dry run without
 * one): for a server that speaks PostgreSQL's protocol with less than its
 * version says, and to render an older server's statements.  Clones keep it. */
void wh_set_server_version(wh *w, int version);

/* Statements run in one transaction (the DDL); a race with another first
 * run (a unique violation on the catalog, 23505) runs them again. */
int wh_exec_script(wh *w, const char *const *stmts, size_t n, xerr *err);

/* flags[i] = 1 when shas[i] is already ingested (loaded or quarantined). */
int wh_known(wh *w, const char *const *shas, size_t n, unsigned char *flags, xerr *err);

typedef struct {
    const char *name, *type; /* SQL type, valid in every dialect */
} wh_col;

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

/* One target table of a kind: the named staging columns, merged by key
 * (target rows whose key is in the staging table are replaced), from the
 * staging rows that pass `where` (SQL written in code, never from input; it
 * names only the target's own columns, key, unique and latest ones: those
 * are what a per-target staging table holds). */
typedef struct {
    const char *table;
    const char *const *cols;
    int ncols;
    const char *const *key;
    int nkey;
    const char *const *unique; /* the columns naming a row (the primary key); none: the whole row */
    int nunique;
    const char *latest; /* of rows naming the same key, the one with the greatest value here; NULL: any */
    const char *where; /* NULL: every row */
    int meta;          /* also set run_id and loaded_at */
    /* Every row of a file names itself (the kind numbers its lines within
     * the key: the primary key) and a batch holds a file once: where the
     * server enforces primary keys, rows go in as they are, without
     * DISTINCT, and a repeat is an error, never a row dropped; PostgreSQL
     * COPYs them straight into the table (wh_dialect.copy_direct). */
    int numbered;
    long inserted;     /* out: rows inserted */
} wh_target;

/* One document kind of a batch: its processed files and where they go. */
typedef struct {
    const char *stage;   /* staging table: expetl_stage_<stage> */
    const wh_col *cols;  /* the processed files' columns, in file order */
    int ncols;
    wh_target *targets;  /* deleted in reverse order, inserted in order */
    int ntargets;
    wh_chunks chunks;     /* PostgreSQL */
    const char *manifest; /* Redshift: s3:// manifest URL */
} wh_kind;

typedef struct {
    const char *run_id;
    const wh_file *files;
    size_t nfiles;
    const wh_quarantine *quarantine;
    size_t nquarantine;
    wh_kind *kinds;
    size_t nkinds;
    const char *const *lock; /* every table a loader writes (all kinds'), locked first */
    size_t nlock;
    const char *iam_role, *region; /* Redshift COPY */
} wh_batch;

typedef struct {
    long files, quarantined;
    int attempts;
} wh_result;

int wh_load(wh *w, wh_batch *b, wh_result *res, xerr *err);

/* Mark a run's ingested_files rows failed (compensation); returns the count. */
long wh_mark_failed(wh *w, const char *run_id, xerr *err);

/* A query with text parameters; every value comes back as text (NULL for
 * null) with its column's type name.  For tools, reports and tests. */
typedef struct {
    int ncols;
    size_t nrows;
    char **names;  /* ncols */
    char **types;  /* ncols: int, numeric, date, timestamp, timestamptz, bool, text */
    char **cells;  /* nrows * ncols */
} wh_rows;
int wh_query(wh *w, const char *sql, const char *const *params, int nparams, wh_rows *out, xerr *err);
void wh_rows_free(wh_rows *r);

/* Statements recorded in dry mode, ";\n"-separated. */
const char *wh_trace(const wh *w);

/* Validated identifier (letters, digits, '_', 1-63, not starting with a
 * digit): the check keeps names portable between the dialects. */
bool wh_ident_ok(const char *s);

#endif
