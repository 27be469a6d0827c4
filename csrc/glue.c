#include "glue.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <glib.h>

struct glue {
    http_client *http;
    char *endpoint, *access_key, *secret_key, *session_token;
    char sigv4[96];
};

glue *glue_open(const stage_opts *o, xerr *err)
{
    stage_opts none;
    memset(&none, 0, sizeof none);
    if (!o)
        o = &none;
    const char *region = o->region && *o->region ? o->region : "us-east-1";
    for (const char *p = region; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-') {
            xerr_set(err, XE_ARG, "bad AWS region '%.40s'", region);
            return NULL;
        }
    glue *g = calloc(1, sizeof *g);
    if (!g)
        goto nomem;
    if (o->endpoint_url && *o->endpoint_url) {
        if (strncmp(o->endpoint_url, "http://", 7) && strncmp(o->endpoint_url, "https://", 8)) {
            xerr_set(err, XE_ARG, "endpoint URL must start with http:// or https://");
            glue_close(g);
            return NULL;
        }
        g->endpoint = g_strdup(o->endpoint_url);
    } else
        g->endpoint = g_strdup_printf("https://glue.%s.amazonaws.com", region);
    /* the service must be named: curl cannot infer it from localhost or moto */
    snprintf(g->sigv4, sizeof g->sigv4, "aws:amz:%s:glue", region);
    if (o->access_key && *o->access_key) {
        if (!o->secret_key || !*o->secret_key) {
            xerr_set(err, XE_ARG, "an AWS access key needs its secret key");
            glue_close(g);
            return NULL;
        }
        g->access_key = g_strdup(o->access_key);
        g->secret_key = g_strdup(o->secret_key);
        if (o->session_token && *o->session_token)
            g->session_token = g_strdup(o->session_token);
    }
    if (!(g->http = http_new(&o->http, err))) {
        glue_close(g);
        return NULL;
    }
    if (http_add_secret(g->http, g->secret_key) || http_add_secret(g->http, g->session_token)) {
        glue_close(g);
        goto nomem;
    }
    return g;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory");
    return NULL;
}

void glue_close(glue *g)
{
    if (!g)
        return;
    http_free(g->http);
    if (g->secret_key)
        explicit_bzero(g->secret_key, strlen(g->secret_key));
    if (g->session_token)
        explicit_bzero(g->session_token, strlen(g->session_token));
    g_free(g->endpoint);
    g_free(g->access_key);
    g_free(g->secret_key);
    g_free(g->session_token);
    free(g);
}

void aws_json_error_type(const char *body, size_t len, const char *header_type, char *out, size_t n, char *msg,
                         size_t nmsg)
{
    char raw[256] = "";
    out[0] = msg[0] = '\0';
    cJSON *j = len ? cJSON_ParseWithLength(body, len) : NULL;
    const cJSON *t = j ? cJSON_GetObjectItemCaseSensitive(j, "__type") : NULL;
    const cJSON *m = j ? cJSON_GetObjectItemCaseSensitive(j, "message") : NULL;
    if (!cJSON_IsString(m) && j)
        m = cJSON_GetObjectItemCaseSensitive(j, "Message");
    if (cJSON_IsString(t))
        g_strlcpy(raw, t->valuestring, sizeof raw);
    else if (header_type)
        g_strlcpy(raw, header_type, sizeof raw);
    if (cJSON_IsString(m))
        g_strlcpy(msg, m->valuestring, nmsg);
    cJSON_Delete(j);
    raw[strcspn(raw, ":")] = '\0';
    const char *hash = strrchr(raw, '#');
    g_strlcpy(out, hash ? hash + 1 : raw, n);
}

/* One JSON 1.1 call; *out gets the parsed answer on 200. */
static int call(glue *g, const char *op, const char *body, cJSON **out, char *etype, size_t netype, xerr *err)
{
    struct curl_slist *h = NULL, *n;
    char target[96], sha[65];
    int rc = -1;
    *out = NULL;
    etype[0] = '\0';
    snprintf(target, sizeof target, "X-Amz-Target: AWSGlue.%s", op);
    xsha256_hex(body, strlen(body), sha);
    char *hsha = g_strdup_printf("x-amz-content-sha256: %s", sha);
    char *htok = g->session_token ? g_strdup_printf("x-amz-security-token: %s", g->session_token) : NULL;
    const char *lines[] = {"Content-Type: application/x-amz-json-1.1", target, hsha, htok};
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++) {
        if (!lines[i])
            continue;
        if (!(n = curl_slist_append(h, lines[i]))) {
            xerr_set(err, XE_NOMEM, "out of memory");
            goto done;
        }
        h = n;
    }
    char *url = g_strdup_printf("%s/", g->endpoint);
    http_req req = {.method = "POST", .url = url, .headers = h, .body = body, .body_len = strlen(body),
                    .has_body = 1, .sigv4 = g->access_key ? g->sigv4 : NULL, .user = g->access_key,
                    .password = g->secret_key};
    http_resp r;
    int hr = http_do(g->http, &req, &r, err);
    g_free(url);
    if (hr != 0) {
        http_resp_free(&r);
        goto done;
    }
    if (r.status == 200) {
        *out = cJSON_ParseWithLength(r.body.p ? r.body.p : "{}", r.body.len ? r.body.len : 2);
        if (!*out) {
            xerr_set(err, XE_REMOTE, "Glue %s: the answer is not JSON", op);
            http_resp_free(&r);
            goto done;
        }
        rc = 0;
    } else {
        char msg[256];
        aws_json_error_type(r.body.p, r.body.len, NULL, etype, netype, msg, sizeof msg);
        http_scrub(g->http, msg, sizeof msg); /* the message may echo the request, cut short */
        xerr_set(err, !strcmp(etype, "EntityNotFoundException") ? XE_NOTFOUND
                      : aws_refused(r.status, etype)              ? XE_CREDENTIALS
                                                                  : XE_REMOTE,
                 "Glue %s: HTTP %ld %s%s%s", op, r.status, etype, msg[0] ? ": " : "", msg);
        err->status = r.status;
        g_strlcpy(err->rcode, etype, sizeof err->rcode);
        http_scrub_err(g->http, err);
    }
    http_resp_free(&r);
done:
    curl_slist_free_all(h);
    g_free(hsha);
    if (htok) {
        explicit_bzero(htok, strlen(htok));
        g_free(htok);
    }
    return rc;
}

static char *name_body(const char *name, xerr *err)
{
    size_t l = name ? strlen(name) : 0;
    if (l < 1 || l > 255) {
        xerr_set(err, XE_ARG, "a crawler name is 1 to 255 characters");
        return NULL;
    }
    cJSON *o = cJSON_CreateObject();
    if (!o || !cJSON_AddStringToObject(o, "Name", name)) {
        cJSON_Delete(o);
        xerr_set(err, XE_NOMEM, "out of memory");
        return NULL;
    }
    char *s = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    if (!s)
        xerr_set(err, XE_NOMEM, "out of memory");
    return s;
}

int glue_start_crawler(glue *g, const char *name, xerr *err)
{
    char etype[128];
    cJSON *res;
    char *body = name_body(name, err);
    if (!body)
        return -1;
    int rc = call(g, "StartCrawler", body, &res, etype, sizeof etype, err);
    cJSON_free(body);
    cJSON_Delete(res);
    if (rc != 0 && !strcmp(etype, "CrawlerRunningException"))
        return 1; /* already crawling: what we wanted */
    return rc;
}

int glue_get_crawler(glue *g, const char *name, glue_crawler *out, xerr *err)
{
    char etype[128];
    cJSON *res;
    memset(out, 0, sizeof *out);
    char *body = name_body(name, err);
    if (!body)
        return -1;
    int rc = call(g, "GetCrawler", body, &res, etype, sizeof etype, err);
    cJSON_free(body);
    if (rc != 0)
        return -1;
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(res, "Crawler");
    const cJSON *st = cJSON_GetObjectItemCaseSensitive(c, "State");
    if (!cJSON_IsString(st)) {
        xerr_set(err, XE_REMOTE, "Glue GetCrawler: no Crawler.State in the answer");
        cJSON_Delete(res);
        return -1;
    }
    g_strlcpy(out->state, st->valuestring, sizeof out->state);
    const cJSON *last = cJSON_GetObjectItemCaseSensitive(c, "LastCrawl");
    const cJSON *ls = cJSON_GetObjectItemCaseSensitive(last, "Status");
    const cJSON *le = cJSON_GetObjectItemCaseSensitive(last, "ErrorMessage");
    const cJSON *lt = cJSON_GetObjectItemCaseSensitive(last, "StartTime");
    if (cJSON_IsString(ls))
        g_strlcpy(out->last_status, ls->valuestring, sizeof out->last_status);
    if (cJSON_IsString(le))
        g_strlcpy(out->last_error, le->valuestring, sizeof out->last_error);
    if (cJSON_IsNumber(lt)) /* epoch seconds, possibly fractional */
        out->last_start = lt->valuedouble;
    cJSON_Delete(res);
    return 0;
}
