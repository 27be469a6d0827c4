/* The Mercado Pago reports API (shared/reference/mercadopago.md §3-5) for
 * settlement_report and release_report: list, paged search, download,
 * create for a date range, read the configuration.  Bearer token in the
 * Authorization header (never in the URL), over the shared HTTP layer. */
#ifndef EXPETL_MPAPI_H
#define EXPETL_MPAPI_H

#include "http.h"

typedef struct mpapi mpapi;

typedef struct {
    char id[32];
    char file_name[256];
    char status[24];
    char created_from[16];
    char date_created[40];
    char begin_date[40];
    char end_date[40];
} mp_report_item;

typedef struct {
    mp_report_item *v;
    size_t n, cap;
} mp_report_list;

mpapi *mpapi_open(const char *base_url, const char *token, const http_opts *o, xerr *err);
void mpapi_close(mpapi *m);

/* kind: "settlement" or "release".  Items without a file name are kept
 * (pending tasks); their file_name is "". */
int mpapi_list(mpapi *m, const char *kind, mp_report_list *out, xerr *err);
/* Every page of /search (limit 500, offset up to 10000); query is extra
 * already-encoded parameters ("" or "begin_date=…&end_date=…"). */
int mpapi_search(mpapi *m, const char *kind, const char *query, mp_report_list *out, xerr *err);
void mp_report_list_free(mp_report_list *l);

/* The report file's bytes (file_name checked: no '/', no "..").  */
int mpapi_download(mpapi *m, const char *kind, const char *file_name, xbuf *out, xerr *err);

/* POST a report for [begin, end] (ISO-8601 UTC "…Z").  0: accepted (202),
 * task JSON in out; 1: 203, Mercado Pago asks to try later (out holds its
 * answer); -1 on error. */
int mpapi_create(mpapi *m, const char *kind, const char *begin, const char *end, xbuf *out, xerr *err);

/* The configuration JSON as returned. */
int mpapi_config(mpapi *m, const char *kind, xbuf *out, xerr *err);

/* Parse a /list (JSON array) or /search ({"paging","results"}) answer;
 * *total gets paging.total for search (-1 for list).  Exposed for tests. */
int mpapi_parse_items(const char *json, size_t len, mp_report_list *out, long *total, xerr *err);

#endif
