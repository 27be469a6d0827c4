/* The s3:// stage backend: S3 REST over the shared HTTP layer, signed by
 * libcurl's CURLOPT_AWS_SIGV4.
 *
 * libcurl 7.88 (Debian 12) signs the URL path and query verbatim and does
 * not add x-amz-content-sha256 (shared/reference/aws.md §1.2), so this file
 * encodes keys segment by segment, builds every query already sorted and
 * encoded, and adds the payload hash header itself. */
#include "stage.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>

#define EMPTY_SHA256 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

struct s3_stage {
    http_client *http;
    char *bucket, *prefix, *endpoint, *region;
    char *access_key, *secret_key, *session_token;
    char sigv4[96];
    int addressing;
};

static char *sdup(const char *s) { return s ? strdup(s) : NULL; }

s3_stage *s3_open(const char *bucket, const char *prefix, const stage_opts *o, xerr *err)
{
    stage_opts none;
    memset(&none, 0, sizeof none);
    if (!o)
        o = &none;
    s3_stage *s = calloc(1, sizeof *s);
    if (!s)
        goto nomem;
    const char *region = o->region && *o->region ? o->region : "us-east-1";
    for (const char *p = region; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '-') {
            xerr_set(err, XE_ARG, "bad AWS region '%.40s'", region);
            free(s);
            return NULL;
        }
    if (!(s->bucket = sdup(bucket)) || !(s->prefix = sdup(prefix)) || !(s->region = sdup(region)))
        goto nomem_s;
    if (o->endpoint_url && *o->endpoint_url) {
        size_t n = strlen(o->endpoint_url);
        while (n && o->endpoint_url[n - 1] == '/')
            n--;
        if (strncmp(o->endpoint_url, "http://", 7) && strncmp(o->endpoint_url, "https://", 8)) {
            xerr_set(err, XE_ARG, "endpoint URL must start with http:// or https://");
            s3_close(s);
            return NULL;
        }
        if (!(s->endpoint = strndup(o->endpoint_url, n)))
            goto nomem_s;
    } else {
        size_t n = strlen(region) + 40;
        if (!(s->endpoint = malloc(n)))
            goto nomem_s;
        snprintf(s->endpoint, n, "https://s3.%s.amazonaws.com", region);
    }
    s->addressing = o->addressing;
    if (s->addressing == STAGE_ADDR_AUTO)
        /* AWS retires path style for new buckets; emulators use it, and
         * wildcard certificates do not cover bucket names with dots */
        s->addressing = (o->endpoint_url && *o->endpoint_url) || strchr(bucket, '.') ? STAGE_ADDR_PATH
                                                                                     : STAGE_ADDR_VIRTUAL;
    if (o->access_key && *o->access_key) {
        if (!o->secret_key || !*o->secret_key) {
            xerr_set(err, XE_ARG, "an AWS access key needs its secret key");
            s3_close(s);
            return NULL;
        }
        if (!(s->access_key = sdup(o->access_key)) || !(s->secret_key = sdup(o->secret_key)))
            goto nomem_s;
        if (o->session_token && *o->session_token && !(s->session_token = sdup(o->session_token)))
            goto nomem_s;
        snprintf(s->sigv4, sizeof s->sigv4, "aws:amz:%s:s3", region);
    }
    if (!(s->http = http_new(&o->http, err))) {
        s3_close(s);
        return NULL;
    }
    if (http_add_secret(s->http, s->secret_key) || http_add_secret(s->http, s->session_token))
        goto nomem_s;
    return s;
nomem_s:
    s3_close(s);
nomem:
    xerr_set(err, XE_NOMEM, "out of memory");
    return NULL;
}

void s3_close(s3_stage *s)
{
    if (!s)
        return;
    http_free(s->http);
    if (s->secret_key)
        explicit_bzero(s->secret_key, strlen(s->secret_key));
    if (s->session_token)
        explicit_bzero(s->session_token, strlen(s->session_token));
    free(s->bucket);
    free(s->prefix);
    free(s->endpoint);
    free(s->region);
    free(s->access_key);
    free(s->secret_key);
    free(s->session_token);
    free(s);
}

int s3_request_url(const char *endpoint, const char *bucket, int addressing, const char *full_key,
                   const char *query, xbuf *out)
{
    out->len = 0;
    if (addressing == STAGE_ADDR_VIRTUAL) {
        const char *host = strstr(endpoint, "://") + 3;
        if (xbuf_put(out, endpoint, (size_t)(host - endpoint)) || xbuf_printf(out, "%s.%s/", bucket, host))
            return -1;
    } else if (xbuf_printf(out, "%s/%s", endpoint, bucket) || (full_key && xbuf_putc(out, '/')))
        return -1;
    if (full_key && http_pct_encode(out, full_key, strlen(full_key), 1))
        return -1;
    if (query && *query && (xbuf_putc(out, '?') || xbuf_put(out, query, strlen(query))))
        return -1;
    return xbuf_cstr(out);
}

/* Minimal S3 XML reading with GLib's GMarkup: the text of named elements. */
typedef struct {
    const char *want[6];
    char *got[6];
    int cur;
    /* ListBucketResult */
    stage_list_t *list;
    const char *strip; /* stage prefix to take off keys */
    int in_contents;
    stage_obj obj;
    int truncated;
    char *next_token;
    int failed;
} xml_ctx;

static void x_start(GMarkupParseContext *c, const char *el, const char **an, const char **av, gpointer ud,
                    GError **e)
{
    (void)c, (void)an, (void)av, (void)e;
    xml_ctx *x = ud;
    x->cur = -1;
    if (!strcmp(el, "Contents")) {
        x->in_contents = 1;
        free(x->obj.key); /* a <Contents> nested in another (hostile XML) */
        memset(&x->obj, 0, sizeof x->obj);
        x->obj.size = -1;
    }
    for (int i = 0; i < 6 && x->want[i]; i++)
        if (!strcmp(el, x->want[i]))
            x->cur = i;
}

static void x_text(GMarkupParseContext *c, const char *t, gsize n, gpointer ud, GError **e)
{
    (void)e;
    xml_ctx *x = ud;
    const char *el = g_markup_parse_context_get_element(c);
    if (!el)
        return;
    if (x->in_contents) {
        if (!strcmp(el, "Key")) {
            size_t sl = x->strip ? strlen(x->strip) : 0;
            free(x->obj.key);
            x->obj.key = (n >= sl) ? strndup(t + sl, n - sl) : strndup(t, n);
            if (!x->obj.key)
                x->failed = 1;
        } else if (!strcmp(el, "Size")) {
            char b[32];
            snprintf(b, sizeof b, "%.*s", (int)(n < 31 ? n : 31), t);
            x->obj.size = strtoll(b, NULL, 10);
        } else if (!strcmp(el, "ETag")) {
            snprintf(x->obj.etag, sizeof x->obj.etag, "%.*s", (int)n, t);
        } else if (!strcmp(el, "LastModified")) {
            snprintf(x->obj.last_modified, sizeof x->obj.last_modified, "%.*s", (int)n, t);
        }
        return;
    }
    if (!strcmp(el, "IsTruncated"))
        x->truncated = n == 4 && !strncmp(t, "true", 4);
    else if (!strcmp(el, "NextContinuationToken")) {
        free(x->next_token);
        if (!(x->next_token = strndup(t, n)))
            x->failed = 1;
    }
    if (x->cur >= 0 && !x->got[x->cur] && !(x->got[x->cur] = strndup(t, n)))
        x->failed = 1;
}

static void x_end(GMarkupParseContext *c, const char *el, gpointer ud, GError **e)
{
    (void)c, (void)e;
    xml_ctx *x = ud;
    x->cur = -1;
    if (!strcmp(el, "Contents") && x->in_contents) {
        x->in_contents = 0;
        if (x->list && x->obj.key) {
            if (XVEC_PUSH(x->list->v, x->list->n, x->list->cap, x->obj) != 0) {
                free(x->obj.key);
                x->failed = 1;
            }
        } else
            free(x->obj.key);
        x->obj.key = NULL;
    }
}

static const GMarkupParser XML_PARSER = {x_start, x_end, x_text, NULL, NULL};

static int xml_parse(xml_ctx *x, const char *xml, size_t len)
{
    GMarkupParseContext *c = g_markup_parse_context_new(&XML_PARSER, 0, x, NULL);
    GError *ge = NULL;
    int ok = g_markup_parse_context_parse(c, xml, (gssize)len, &ge) &&
             g_markup_parse_context_end_parse(c, ge ? NULL : &ge);
    if (ge)
        g_error_free(ge);
    g_markup_parse_context_free(c);
    free(x->obj.key);
    x->obj.key = NULL;
    return ok && !x->failed ? 0 : -1;
}

static void xml_free(xml_ctx *x)
{
    for (int i = 0; i < 6; i++)
        free(x->got[i]);
    free(x->next_token);
}

void s3_parse_error(const char *xml, size_t len, char *code, size_t ncode, char *msg, size_t nmsg)
{
    xml_ctx x;
    memset(&x, 0, sizeof x);
    x.want[0] = "Code";
    x.want[1] = "Message";
    x.cur = -1;
    code[0] = msg[0] = '\0';
    if (len)
        xml_parse(&x, xml, len);
    if (x.got[0])
        g_strlcpy(code, x.got[0], ncode);
    if (x.got[1])
        g_strlcpy(msg, x.got[1], nmsg);
    xml_free(&x);
}

static int add_header(struct curl_slist **h, const char *name, const char *value)
{
    char *line = g_strdup_printf("%s: %s", name, value);
    struct curl_slist *n = curl_slist_append(*h, line);
    g_free(line);
    if (!n)
        return -1;
    *h = n;
    return 0;
}

/* One signed request; fills resp.  A non-2xx answer becomes XE_REMOTE (or
 * XE_NOTFOUND for 404, XE_CREDENTIALS for refused credentials) with the S3
 * error code, unless ok404. */
static int s3_call(s3_stage *s, const char *method, const char *key, const char *query, const char *body,
                   size_t blen, int has_body, const char *ctype, const char *md5, http_resp *resp,
                   int ok404, xerr *err)
{
    xbuf url = {0}, full = {0};
    struct curl_slist *h = NULL;
    int rc = -1;
    memset(resp, 0, sizeof *resp);
    if (key && (xbuf_printf(&full, "%s%s", s->prefix, key) || xbuf_cstr(&full)))
        goto nomem;
    if (s3_request_url(s->endpoint, s->bucket, s->addressing, key ? full.p : NULL, query, &url))
        goto nomem;
    const char *hash = EMPTY_SHA256;
    char *hbuf = NULL;
    if (has_body && blen)
        hash = hbuf = g_compute_checksum_for_data(G_CHECKSUM_SHA256, (const guchar *)body, blen);
    /* every header here is signed by curl; none is empty, none is a prefix
     * of another (7.88 sorts those wrongly) */
    int hr = add_header(&h, "x-amz-content-sha256", hash);
    g_free(hbuf);
    if (hr || (s->session_token && add_header(&h, "x-amz-security-token", s->session_token)) ||
        (ctype && add_header(&h, "content-type", ctype)) || (md5 && add_header(&h, "content-md5", md5)))
        goto nomem;
    http_req req = {
        .method = method, .url = url.p, .headers = h, .body = body, .body_len = blen,
        .has_body = has_body, .sigv4 = s->access_key ? s->sigv4 : NULL, .user = s->access_key,
        .password = s->secret_key,
    };
    if (http_do(s->http, &req, resp, err) != 0)
        goto done;
    if (resp->status >= 200 && resp->status < 300) {
        rc = 0;
        goto done;
    }
    if (resp->status == 404 && ok404) {
        rc = 1;
        goto done;
    }
    char code[64], msg[256], safe[512];
    s3_parse_error(resp->body.p, resp->body.len, code, sizeof code, msg, sizeof msg);
    http_scrub(s->http, msg, sizeof msg); /* the message may echo the request, cut short */
    http_redact_url(url.p, safe, sizeof safe);
    xerr_set(err, resp->status == 404 ? XE_NOTFOUND : aws_refused(resp->status, code) ? XE_CREDENTIALS : XE_REMOTE,
             "S3 %s %s: HTTP %ld %s%s%s", method, safe,
             resp->status, code[0] ? code : "", msg[0] ? ": " : "", msg);
    err->status = resp->status;
    g_strlcpy(err->rcode, code[0] ? code : (resp->status == 404 ? "NoSuchKey" : ""), sizeof err->rcode);
    http_scrub_err(s->http, err);
    goto done;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory");
done:
    curl_slist_free_all(h);
    xbuf_free(&url);
    xbuf_free(&full);
    return rc;
}

int s3_put(s3_stage *s, const char *key, const void *data, size_t len, const char *ctype, xerr *err)
{
    http_resp r;
    int rc = s3_call(s, "PUT", key, NULL, data, len, 1, ctype ? ctype : "application/octet-stream", NULL, &r,
                     0, err);
    http_resp_free(&r);
    return rc;
}

int s3_get(s3_stage *s, const char *key, xbuf *out, xerr *err)
{
    http_resp r;
    int rc = s3_call(s, "GET", key, NULL, NULL, 0, 0, NULL, NULL, &r, 0, err);
    if (rc == 0) {
        xbuf_free(out);
        *out = r.body;
        memset(&r.body, 0, sizeof r.body);
    }
    http_resp_free(&r);
    return rc;
}

int s3_head(s3_stage *s, const char *key, stage_obj *obj, xerr *err)
{
    http_resp r;
    int rc = s3_call(s, "HEAD", key, NULL, NULL, 0, 0, NULL, NULL, &r, 1, err);
    if (rc == 0) {
        memset(obj, 0, sizeof *obj);
        obj->size = r.content_length;
        g_strlcpy(obj->etag, r.etag, sizeof obj->etag);
        g_strlcpy(obj->last_modified, r.last_modified, sizeof obj->last_modified);
        rc = 1;
    } else if (rc == 1)
        rc = 0;
    http_resp_free(&r);
    return rc;
}

int s3_list(s3_stage *s, const char *prefix, stage_list_t *out, xerr *err)
{
    char *token = NULL;
    xbuf q = {0}, full = {0};
    int rc = -1;
    if (xbuf_printf(&full, "%s%s", s->prefix, prefix) || xbuf_cstr(&full))
        goto nomem;
    for (;;) {
        /* the canonical query: keys in byte order, values encoded */
        q.len = 0;
        if (token && (xbuf_put(&q, "continuation-token=", 19) || http_pct_encode(&q, token, strlen(token), 0) ||
                      xbuf_putc(&q, '&')))
            goto nomem;
        if (xbuf_printf(&q, "list-type=2&max-keys=1000&prefix=") ||
            http_pct_encode(&q, full.p, full.len, 0) || xbuf_cstr(&q))
            goto nomem;
        http_resp r;
        if (s3_call(s, "GET", NULL, q.p, NULL, 0, 0, NULL, NULL, &r, 0, err) != 0) {
            http_resp_free(&r);
            goto done;
        }
        xml_ctx x;
        memset(&x, 0, sizeof x);
        x.cur = -1;
        x.list = out;
        x.strip = s->prefix;
        int pr = xml_parse(&x, r.body.p, r.body.len);
        http_resp_free(&r);
        if (pr != 0) {
            xml_free(&x);
            xerr_set(err, XE_REMOTE, "S3 ListObjectsV2: the answer is not a ListBucketResult");
            goto done;
        }
        free(token);
        token = x.truncated && x.next_token ? x.next_token : NULL;
        if (token)
            x.next_token = NULL;
        xml_free(&x);
        if (!token)
            break;
    }
    rc = 0;
    goto done;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory");
done:
    free(token);
    xbuf_free(&q);
    xbuf_free(&full);
    return rc;
}

int s3_delete(s3_stage *s, const char *key, xerr *err)
{
    http_resp r;
    /* S3 answers 204 for a missing key too */
    int rc = s3_call(s, "DELETE", key, NULL, NULL, 0, 0, NULL, NULL, &r, 1, err);
    http_resp_free(&r);
    return rc < 0 ? -1 : 0;
}

int s3_delete_many(s3_stage *s, const char *const *keys, size_t n, xerr *err)
{
    for (size_t at = 0; at < n; at += 1000) {
        size_t m = n - at < 1000 ? n - at : 1000;
        xbuf body = {0};
        if (xbuf_printf(&body, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Delete><Quiet>true</Quiet>"))
            goto nomem;
        for (size_t i = 0; i < m; i++) {
            char *full = g_strdup_printf("%s%s", s->prefix, keys[at + i]);
            char *esc = g_markup_escape_text(full, -1);
            int r = xbuf_printf(&body, "<Object><Key>%s</Key></Object>", esc);
            g_free(esc);
            g_free(full);
            if (r)
                goto nomem_b;
        }
        if (xbuf_printf(&body, "</Delete>"))
            goto nomem_b;
        guchar digest[16];
        gsize dl = sizeof digest;
        GChecksum *c = g_checksum_new(G_CHECKSUM_MD5);
        g_checksum_update(c, (const guchar *)body.p, (gssize)body.len);
        g_checksum_get_digest(c, digest, &dl);
        g_checksum_free(c);
        gchar *md5 = g_base64_encode(digest, dl);
        http_resp r;
        int rc = s3_call(s, "POST", NULL, "delete=", body.p, body.len, 1, "application/xml", md5, &r, 0, err);
        g_free(md5);
        xbuf_free(&body);
        if (rc == 0 && r.body.len && strstr(r.body.p, "<Error>")) {
            char code[64], msg[256];
            s3_parse_error(r.body.p, r.body.len, code, sizeof code, msg, sizeof msg);
            http_scrub(s->http, msg, sizeof msg);
            xerr_set(err, aws_refused(0, code) ? XE_CREDENTIALS : XE_REMOTE, "S3 DeleteObjects: %s %s", code, msg);
            g_strlcpy(err->rcode, code, sizeof err->rcode);
            http_scrub_err(s->http, err);
            rc = -1;
        }
        http_resp_free(&r);
        if (rc != 0)
            return -1;
        continue;
    nomem_b:
        xbuf_free(&body);
        goto nomem;
    }
    return 0;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory");
    return -1;
}
