/* The stage: where raw and processed files live between the steps.
 *
 * One interface, two backends chosen by URL:
 *   file:///path            a local folder (the embedded default); writes are
 *                           atomic (temp file + rename)
 *   s3://bucket[/prefix]    AWS S3 or any S3-compatible endpoint, signed with
 *                           libcurl's SigV4 (stage_s3.c)
 * File writes are atomic at once and durable after stage_sync().
 * Keys are relative to the URL's prefix, '/'-separated, without "." or ".."
 * segments, at most XLIM_KEY bytes. */
#ifndef EXPETL_STAGE_H
#define EXPETL_STAGE_H

#include <stdint.h>

#include "http.h"
#include "xcommon.h"

typedef struct {
    const char *region;        /* default "us-east-1" */
    const char *endpoint_url;  /* e.g. http://127.0.0.1:5000; NULL = AWS */
    const char *access_key;    /* NULL = unsigned requests */
    const char *secret_key;
    const char *session_token; /* temporary credentials */
    int addressing;            /* STAGE_ADDR_* */
    http_opts http;
} stage_opts;

enum { STAGE_ADDR_AUTO = 0, STAGE_ADDR_PATH, STAGE_ADDR_VIRTUAL };

typedef struct {
    char *key;                 /* relative to the stage prefix */
    long long size;
    char etag[130];
    char last_modified[64];
} stage_obj;

typedef struct {
    stage_obj *v;
    size_t n, cap;
} stage_list_t;

typedef struct stage stage;

int stage_open(stage **out, const char *url, const stage_opts *o, xerr *err);
void stage_close(stage *s);
/* "file" or "s3". */
const char *stage_scheme(const stage *s);
/* The full URL of key (s3://bucket/prefix/key or file:///path/key). */
int stage_url_of(const stage *s, const char *key, xbuf *out);

/* The file backend keeps no state between calls (every call is its own
 * system calls): its callers may call it from several threads at once. */
bool stage_threadsafe(const stage *s);

int stage_put(stage *s, const char *key, const void *data, size_t len, const char *content_type,
              xerr *err);
/* XE_NOTFOUND when the key does not exist. */
int stage_get(stage *s, const char *key, xbuf *out, xerr *err);
/* 1 and *obj filled when the key exists, 0 when not, -1 on error. */
int stage_head(stage *s, const char *key, stage_obj *obj, xerr *err);
/* Every object under prefix, in key order (ListObjectsV2 pages followed). */
int stage_list(stage *s, const char *prefix, stage_list_t *out, xerr *err);
void stage_list_free(stage_list_t *l);
/* Deleting a missing key succeeds, as on S3. */
int stage_delete(stage *s, const char *key, xerr *err);
/* Batch delete (S3 DeleteObjects, 1000 keys per request). */
int stage_delete_many(stage *s, const char *const *keys, size_t n, xerr *err);

/* file://: remove the temp files of writes that never finished (a run
 * killed between create and rename) older than max_age_s; stage_open does
 * it with STAGE_TMP_MAX_AGE.  No write lasts that long, so a temp file
 * that old belongs to no live writer.  S3: nothing to do. */
#define STAGE_TMP_MAX_AGE 3600
int stage_reap_tmp(stage *s, long max_age_s, size_t *removed, xerr *err);

/* Make every write so far durable (file: syncfs; S3: already). */
int stage_sync(stage *s, xerr *err);

/* Validates a key (no empty, "." or ".." segments, no leading '/', no NUL or
 * control characters, length limit). */
int stage_key_ok(const char *key, xerr *err);

/* Backend entry points (stage.c dispatches). */
typedef struct s3_stage s3_stage;
s3_stage *s3_open(const char *bucket, const char *prefix, const stage_opts *o, xerr *err);
void s3_close(s3_stage *s);
int s3_put(s3_stage *s, const char *key, const void *data, size_t len, const char *ctype, xerr *err);
int s3_get(s3_stage *s, const char *key, xbuf *out, xerr *err);
int s3_head(s3_stage *s, const char *key, stage_obj *obj, xerr *err);
int s3_list(s3_stage *s, const char *prefix, stage_list_t *out, xerr *err);
int s3_delete(s3_stage *s, const char *key, xerr *err);
int s3_delete_many(s3_stage *s, const char *const *keys, size_t n, xerr *err);

/* Pure helpers, exposed for the C tests. */
/* The request URL for key (path-style or virtual-hosted), the key encoded
 * segment by segment; query (already canonical) appended when not NULL. */
int s3_request_url(const char *endpoint, const char *bucket, int addressing, const char *full_key,
                   const char *query, xbuf *out);
/* Parse an S3 XML error body: Code and Message. */
void s3_parse_error(const char *xml, size_t len, char *code, size_t ncode, char *msg, size_t nmsg);

#endif
