/* Warehouse dialects as objects: what differs between PostgreSQL and
 * Redshift when loading (the lock, the bulk load, which errors retry).
 * The DDL differences are rendered by the caller (expetl/core/dialects.py). */
#ifndef EXPETL_WHDIALECT_H
#define EXPETL_WHDIALECT_H

#include "pgconn.h"

struct wh_dialect {
    const char *name;
    /* Lock the tables (quoted, schema-qualified) against other writers. */
    int (*lock)(pgc *p, const char *const *tables, size_t n, xerr *err);
    /* Fill the staging table (columns cols) with the kind's processed
     * files, through proj when the dialect stages per target. */
    int (*bulk_load)(pgc *p, const char *stage, const wh_col *cols, int ncols, const wh_kind *k, csvproj *proj,
                     const wh_batch *b, xerr *err);
    /* One staging table per target, of its own columns, projected by the
     * client as the files stream (PostgreSQL: a receipt's columns go over
     * once, not once per item line), or one of every column of the files
     * (Redshift's COPY reads them from S3 as they are). */
    bool per_target;
    /* Replace rows by probing the target's key for the batch's keys
     * (`key = ANY(ARRAY(...))`, an index scan) instead of a join that reads
     * the whole target (PostgreSQL: the load would slow as the warehouse
     * grows); Redshift has no indexes and no such arrays. */
    bool probe_keys;
    /* One row per target key by DISTINCT ON (the key) rather than DISTINCT
     * (every column); with at least `work_mem` for the load's transaction
     * (or NULL) so the batch's sort stays in memory. */
    bool distinct_on;
    const char *work_mem;
    /* The server refuses a row that repeats a primary key (PostgreSQL;
     * Redshift's keys are unenforced): only then does a numbered target
     * load its rows as they are, without DISTINCT. */
    bool enforces_keys;
    /* A numbered target that adds no run columns is COPYed straight into
     * its table (COPY ... WHERE: PostgreSQL 12 or later), its old rows
     * deleted first by the keys in the first target's staging table: no
     * staging table of its own, no INSERT ... SELECT (a receipt's item
     * lines are most of a batch's rows, and staging them cost the server
     * about a third more). */
    bool copy_direct;
    /* Does this failure mean "run the whole transaction again"? */
    bool (*retryable)(const xerr *e);
};

#endif
