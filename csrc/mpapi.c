#include "mpapi.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <glib.h>

struct mpapi {
    http_client *http;
    char *base;
    char *auth; /* "Authorization: Bearer …" */
};

mpapi *mpapi_open(const char *base_url, const char *token, const http_opts *o, xerr *err)
{
    if (!token || !*token || strpbrk(token, "\r\n")) {
        xerr_set(err, XE_ARG, "a Mercado Pago access token is needed");
        return NULL;
    }
    const char *base = base_url && *base_url ? base_url : "https://api.mercadopago.com";
    if (strncmp(base, "https://", 8) && strncmp(base, "http://", 7)) {
        xerr_set(err, XE_ARG, "base URL must start with https://");
        return NULL;
    }
    mpapi *m = calloc(1, sizeof *m);
    if (!m) {
        xerr_set(err, XE_NOMEM, "out of memory");
        return NULL;
    }
    size_t bl = strlen(base);
    while (bl && base[bl - 1] == '/')
        bl--;
    m->base = g_strndup(base, bl);
    m->auth = g_strdup_printf("Authorization: Bearer %s", token);
    if (!(m->http = http_new(o, err))) {
        mpapi_close(m);
        return NULL;
    }
    if (http_add_secret(m->http, token)) {
        mpapi_close(m);
        xerr_set(err, XE_NOMEM, "out of memory");
        return NULL;
    }
    return m;
}

void mpapi_close(mpapi *m)
{
    if (!m)
        return;
    http_free(m->http);
    if (m->auth)
        explicit_bzero(m->auth, strlen(m->auth));
    g_free(m->auth);
    g_free(m->base);
    free(m);
}

void mp_report_list_free(mp_report_list *l)
{
    free(l->v);
    memset(l, 0, sizeof *l);
}

static const char *kind_path(const char *kind, xerr *err)
{
    if (kind && !strcmp(kind, "settlement"))
        return "settlement_report";
    if (kind && !strcmp(kind, "release"))
        return "release_report";
    xerr_set(err, XE_ARG, "report kind must be 'settlement' or 'release'");
    return NULL;
}

static void copy_field(const cJSON *o, const char *name, char *out, size_t n)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    if (cJSON_IsString(v))
        g_strlcpy(out, v->valuestring, n);
    else if (cJSON_IsNumber(v))
        snprintf(out, n, "%.0f", v->valuedouble);
}

int mpapi_parse_items(const char *json, size_t len, mp_report_list *out, long *total, xerr *err)
{
    cJSON *j = cJSON_ParseWithLength(json, len);
    const cJSON *arr = j;
    *total = -1;
    if (cJSON_IsObject(j)) {
        arr = cJSON_GetObjectItemCaseSensitive(j, "results");
        const cJSON *t = cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(j, "paging"), "total");
        if (cJSON_IsNumber(t))
            *total = (long)xclamp_ll(t->valuedouble, -1, 1L << 40);
    }
    if (!cJSON_IsArray(arr)) {
        cJSON_Delete(j);
        xerr_set(err, XE_REMOTE, "Mercado Pago: the answer is not a list of reports");
        return -1;
    }
    const cJSON *it;
    cJSON_ArrayForEach(it, arr)
    {
        if (!cJSON_IsObject(it))
            continue;
        mp_report_item r;
        memset(&r, 0, sizeof r);
        copy_field(it, "id", r.id, sizeof r.id);
        copy_field(it, "file_name", r.file_name, sizeof r.file_name);
        copy_field(it, "status", r.status, sizeof r.status);
        copy_field(it, "created_from", r.created_from, sizeof r.created_from);
        copy_field(it, "date_created", r.date_created, sizeof r.date_created);
        if (!r.date_created[0])
            copy_field(it, "generation_date", r.date_created, sizeof r.date_created);
        copy_field(it, "begin_date", r.begin_date, sizeof r.begin_date);
        copy_field(it, "end_date", r.end_date, sizeof r.end_date);
        if (out->n >= 100000 || XVEC_PUSH(out->v, out->n, out->cap, r) != 0) {
            cJSON_Delete(j);
            xerr_set(err, out->n >= 100000 ? XE_LIMIT : XE_NOMEM, "too many reports in the answer");
            return -1;
        }
    }
    cJSON_Delete(j);
    return 0;
}

/* One request; a non-2xx answer becomes an error with Mercado Pago's
 * message/error fields (the token is only ever in a header). */
static int request(mpapi *m, const char *method, const char *path, const char *body, http_resp *r,
                   int accept_203, xerr *err)
{
    struct curl_slist *h = NULL, *n;
    memset(r, 0, sizeof *r);
    const char *lines[] = {m->auth, "Accept: application/json",
                           body ? "Content-Type: application/json" : NULL};
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        if (!lines[i])
            continue;
        if (!(n = curl_slist_append(h, lines[i]))) {
            curl_slist_free_all(h);
            xerr_set(err, XE_NOMEM, "out of memory");
            return -1;
        }
        h = n;
    }
    char *url = g_strdup_printf("%s%s", m->base, path);
    http_req req = {.method = method, .url = url, .headers = h, .body = body, .body_len = body ? strlen(body) : 0,
                    .has_body = body != NULL, .no_retry = !strcmp(method, "POST")};
    int rc = http_do(m->http, &req, r, err);
    curl_slist_free_all(h);
    if (rc == 0 && !(r->status >= 200 && r->status < 300 && (r->status != 203 || accept_203))) {
        char safe[512], code[64] = "", msg[256] = "";
        http_redact_url(url, safe, sizeof safe);
        cJSON *j = r->body.len ? cJSON_ParseWithLength(r->body.p, r->body.len) : NULL;
        const cJSON *e = cJSON_GetObjectItemCaseSensitive(j, "error");
        const cJSON *mm = cJSON_GetObjectItemCaseSensitive(j, "message");
        if (cJSON_IsString(e))
            g_strlcpy(code, e->valuestring, sizeof code);
        if (cJSON_IsString(mm))
            g_strlcpy(msg, mm->valuestring, sizeof msg);
        cJSON_Delete(j);
        http_scrub(m->http, msg, sizeof msg); /* the message may echo the request, cut short */
        /* a token refused (401) or not allowed this (403) is the configuration's
         * failure, not the service's: AuthError, never retried */
        xerr_set(err, r->status == 404                       ? XE_NOTFOUND
                      : r->status == 401 || r->status == 403 ? XE_CREDENTIALS
                                                             : XE_REMOTE,
                 "Mercado Pago %s %s: HTTP %ld %s%s%s", method, safe, r->status, code, msg[0] ? ": " : "", msg);
        err->status = r->status;
        g_strlcpy(err->rcode, code, sizeof err->rcode);
        http_scrub_err(m->http, err);
        rc = -1;
    }
    g_free(url);
    return rc;
}

int mpapi_list(mpapi *m, const char *kind, mp_report_list *out, xerr *err)
{
    const char *k = kind_path(kind, err);
    http_resp r;
    long total;
    memset(out, 0, sizeof *out);
    if (!k)
        return -1;
    char *path = g_strdup_printf("/v1/account/%s/list", k);
    int rc = request(m, "GET", path, NULL, &r, 0, err);
    g_free(path);
    if (rc == 0)
        rc = mpapi_parse_items(r.body.p, r.body.len, out, &total, err);
    http_resp_free(&r);
    if (rc != 0)
        mp_report_list_free(out);
    return rc;
}

int mpapi_search(mpapi *m, const char *kind, const char *query, mp_report_list *out, xerr *err)
{
    const char *k = kind_path(kind, err);
    memset(out, 0, sizeof *out);
    if (!k)
        return -1;
    if (query && strpbrk(query, " \r\n#")) {
        xerr_set(err, XE_ARG, "search parameters must be URL-encoded");
        return -1;
    }
    const long limit = 500; /* the documented maximum */
    for (long offset = 0; offset <= 10000; offset += limit) {
        http_resp r;
        long total;
        size_t before = out->n;
        char *path = g_strdup_printf("/v1/account/%s/search?%s%slimit=%ld&offset=%ld", k, query ? query : "",
                                     query && *query ? "&" : "", limit, offset);
        int rc = request(m, "GET", path, NULL, &r, 0, err);
        g_free(path);
        if (rc == 0)
            rc = mpapi_parse_items(r.body.p, r.body.len, out, &total, err);
        http_resp_free(&r);
        if (rc != 0) {
            mp_report_list_free(out);
            return -1;
        }
        if (out->n - before < (size_t)limit || (total >= 0 && offset + limit >= total))
            break;
    }
    return 0;
}

/* GET path; the body moves into out. */
static int get_body(mpapi *m, const char *path, xbuf *out, xerr *err)
{
    http_resp r;
    int rc = request(m, "GET", path, NULL, &r, 0, err);
    if (rc == 0) {
        xbuf_free(out);
        *out = r.body;
        memset(&r.body, 0, sizeof r.body);
    }
    http_resp_free(&r);
    return rc;
}

int mpapi_download(mpapi *m, const char *kind, const char *file_name, xbuf *out, xerr *err)
{
    const char *k = kind_path(kind, err);
    if (!k)
        return -1;
    if (!file_name || !*file_name || strchr(file_name, '/') || strstr(file_name, "..") ||
        strlen(file_name) > 255) {
        xerr_set(err, XE_ARG, "a report file name has no '/' or '..'");
        return -1;
    }
    xbuf enc = {0};
    if (http_pct_encode(&enc, file_name, strlen(file_name), 0) || xbuf_cstr(&enc)) {
        xbuf_free(&enc);
        xerr_set(err, XE_NOMEM, "out of memory");
        return -1;
    }
    char *path = g_strdup_printf("/v1/account/%s/%s", k, enc.p);
    xbuf_free(&enc);
    int rc = get_body(m, path, out, err);
    g_free(path);
    return rc;
}

int mpapi_create(mpapi *m, const char *kind, const char *begin, const char *end, xbuf *out, xerr *err)
{
    const char *k = kind_path(kind, err);
    http_resp r = {0};
    if (!k)
        return -1;
    cJSON *b = cJSON_CreateObject();
    if (!b || !cJSON_AddStringToObject(b, "begin_date", begin) || !cJSON_AddStringToObject(b, "end_date", end)) {
        cJSON_Delete(b);
        xerr_set(err, XE_NOMEM, "out of memory");
        return -1;
    }
    char *body = cJSON_PrintUnformatted(b);
    cJSON_Delete(b);
    char *path = g_strdup_printf("/v1/account/%s", k);
    int rc = body ? request(m, "POST", path, body, &r, 1, err) : (xerr_set(err, XE_NOMEM, "out of memory"), -1);
    cJSON_free(body);
    g_free(path);
    if (rc == 0) {
        rc = r.status == 203 ? 1 : 0;
        xbuf_free(out);
        *out = r.body;
        memset(&r.body, 0, sizeof r.body);
    }
    http_resp_free(&r);
    return rc;
}

int mpapi_config(mpapi *m, const char *kind, xbuf *out, xerr *err)
{
    const char *k = kind_path(kind, err);
    if (!k)
        return -1;
    char *path = g_strdup_printf("/v1/account/%s/config", k);
    int rc = get_body(m, path, out, err);
    g_free(path);
    return rc;
}
