#include "gmail.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <cjson/cJSON.h>
#include <glib.h>

#include "links.h"

#define REFRESH_EARLY_S 225 /* google-auth refreshes 3 min 45 s before expiry */

struct gmail {
    http_client *http;
    char *client_id, *client_secret, *refresh_token, *token_uri, *api_base;
    char *access_token;
    long long expiry;
};

static void wipe_free(char *s)
{
    if (s) {
        explicit_bzero(s, strlen(s));
        g_free(s);
    }
}

gmail *gmail_open(const gmail_creds *c, const http_opts *o, xerr *err)
{
    if (!c || !c->client_id || !*c->client_id || !c->client_secret || !*c->client_secret || !c->refresh_token ||
        !*c->refresh_token) {
        xerr_set(err, XE_ARG, "Gmail needs client_id, client_secret and refresh_token (an authorised-user JSON)");
        return NULL;
    }
    gmail *g = calloc(1, sizeof *g);
    if (!g) {
        xerr_set(err, XE_NOMEM, "out of memory");
        return NULL;
    }
    g->client_id = g_strdup(c->client_id);
    g->client_secret = g_strdup(c->client_secret);
    g->refresh_token = g_strdup(c->refresh_token);
    g->token_uri = g_strdup(c->token_uri && *c->token_uri ? c->token_uri : "https://oauth2.googleapis.com/token");
    g->api_base = g_strdup(c->api_base && *c->api_base ? c->api_base : "https://gmail.googleapis.com");
    size_t bl = strlen(g->api_base);
    while (bl && g->api_base[bl - 1] == '/')
        g->api_base[--bl] = '\0';
    if (c->access_token && *c->access_token) {
        g->access_token = g_strdup(c->access_token);
        g->expiry = c->expiry;
    }
    if (!(g->http = http_new(o, err))) {
        gmail_close(g);
        return NULL;
    }
    if (http_add_secret(g->http, g->client_secret) || http_add_secret(g->http, g->refresh_token) ||
        http_add_secret(g->http, g->access_token)) {
        gmail_close(g);
        xerr_set(err, XE_NOMEM, "out of memory");
        return NULL;
    }
    return g;
}

void gmail_close(gmail *g)
{
    if (!g)
        return;
    http_free(g->http);
    g_free(g->client_id);
    wipe_free(g->client_secret);
    wipe_free(g->refresh_token);
    wipe_free(g->access_token);
    g_free(g->token_uri);
    g_free(g->api_base);
    free(g);
}

const char *gmail_access_token(const gmail *g, long long *expiry)
{
    if (expiry)
        *expiry = g->expiry;
    return g->access_token;
}

static int form_field(xbuf *b, const char *k, const char *v)
{
    return (b->len && xbuf_putc(b, '&')) || xbuf_put(b, k, strlen(k)) || xbuf_putc(b, '=') ||
           http_pct_encode(b, v, strlen(v), 0);
}

int gmail_refresh(gmail *g, xerr *err)
{
    xbuf body = {0};
    struct curl_slist *h = curl_slist_append(NULL, "Content-Type: application/x-www-form-urlencoded");
    int rc = -1;
    if (!h || form_field(&body, "grant_type", "refresh_token") || form_field(&body, "client_id", g->client_id) ||
        form_field(&body, "client_secret", g->client_secret) ||
        form_field(&body, "refresh_token", g->refresh_token) || xbuf_cstr(&body)) {
        xerr_set(err, XE_NOMEM, "out of memory");
        goto done;
    }
    http_req req = {.method = "POST", .url = g->token_uri, .headers = h, .body = body.p, .body_len = body.len,
                    .has_body = 1};
    http_resp r;
    if (http_do(g->http, &req, &r, err) != 0) {
        http_resp_free(&r);
        goto done;
    }
    cJSON *j = r.body.len ? cJSON_ParseWithLength(r.body.p, r.body.len) : NULL;
    const cJSON *at = cJSON_GetObjectItemCaseSensitive(j, "access_token");
    const cJSON *ex = cJSON_GetObjectItemCaseSensitive(j, "expires_in");
    if (r.status == 200 && cJSON_IsString(at) && *at->valuestring) {
        wipe_free(g->access_token);
        g->access_token = g_strdup(at->valuestring);
        g->expiry = (long long)time(NULL) + (cJSON_IsNumber(ex) ? xclamp_ll(ex->valuedouble, 0, 86400) : 3600);
        rc = 0;
        if (http_add_secret(g->http, g->access_token)) {
            xerr_set(err, XE_NOMEM, "out of memory");
            rc = -1;
        }
    } else {
        const cJSON *e = cJSON_GetObjectItemCaseSensitive(j, "error");
        const cJSON *d = cJSON_GetObjectItemCaseSensitive(j, "error_description");
        const char *code = cJSON_IsString(e) ? e->valuestring : "";
        if (!strcmp(code, "invalid_grant"))
            xerr_set(err, XE_CREDENTIALS,
                     "Gmail refused the refresh token (invalid_grant: %s): it was revoked or expired; "
                     "apps in \"Testing\" get tokens that last 7 days. Run `expetl gmail-auth` again",
                     cJSON_IsString(d) ? d->valuestring : "no description");
        else
            xerr_set(err, r.status == 401 || r.status == 400 ? XE_CREDENTIALS : XE_REMOTE,
                     "Gmail token refresh: HTTP %ld %s%s%s", r.status, code,
                     cJSON_IsString(d) ? ": " : "", cJSON_IsString(d) ? d->valuestring : "");
        err->status = r.status;
        g_strlcpy(err->rcode, code, sizeof err->rcode);
    }
    cJSON_Delete(j);
    http_resp_free(&r);
done:
    curl_slist_free_all(h);
    if (body.p)
        explicit_bzero(body.p, body.len);
    xbuf_free(&body);
    if (rc != 0) /* error_description may echo the form we sent */
        http_scrub_err(g->http, err);
    return rc;
}

/* GET an API path; refreshes a stale token first and once more on 401;
 * Google's 403 rate-limit answers are retried with backoff like 429s. */
static int api_get(gmail *g, const char *path, http_resp *r, xerr *err)
{
    memset(r, 0, sizeof *r);
    char *url = g_strdup_printf("%s%s", g->api_base, path);
    int refreshed = 0, rate_tries = 0, rc = -1;
    for (;;) {
        if (!g->access_token || g->expiry - REFRESH_EARLY_S <= (long long)time(NULL)) {
            if (gmail_refresh(g, err) != 0)
                break;
            refreshed = 1;
        }
        char *auth = g_strdup_printf("Authorization: Bearer %s", g->access_token);
        struct curl_slist *h = curl_slist_append(NULL, auth);
        wipe_free(auth);
        if (!h) {
            xerr_set(err, XE_NOMEM, "out of memory");
            break;
        }
        http_req req = {.method = "GET", .url = url, .headers = h};
        int hr = http_do(g->http, &req, r, err);
        curl_slist_free_all(h);
        if (hr != 0)
            break;
        if (r->status >= 200 && r->status < 300) {
            rc = 0;
            break;
        }
        char reason[64] = "", msg[256] = "";
        cJSON *j = r->body.len ? cJSON_ParseWithLength(r->body.p, r->body.len) : NULL;
        const cJSON *e = cJSON_GetObjectItemCaseSensitive(j, "error");
        const cJSON *m = cJSON_GetObjectItemCaseSensitive(e, "message");
        const cJSON *errs = cJSON_GetObjectItemCaseSensitive(e, "errors");
        const cJSON *r0 = cJSON_GetObjectItemCaseSensitive(cJSON_GetArrayItem(errs, 0), "reason");
        if (cJSON_IsString(m))
            g_strlcpy(msg, m->valuestring, sizeof msg);
        http_scrub(g->http, msg, sizeof msg); /* the message may echo the request, cut short */
        if (cJSON_IsString(r0))
            g_strlcpy(reason, r0->valuestring, sizeof reason);
        cJSON_Delete(j);
        if (r->status == 401 && !refreshed) {
            wipe_free(g->access_token);
            g->access_token = NULL; /* refresh once, then try again */
            http_resp_free(r);
            continue;
        }
        if (r->status == 403 && (strstr(reason, "ateLimitExceeded") || !strcmp(reason, "dailyLimitExceeded")) &&
            rate_tries < 4) {
            g_usleep((gulong)(200000L << rate_tries) + (gulong)g_random_int_range(0, 100000));
            rate_tries++;
            http_resp_free(r);
            continue;
        }
        char safe[512];
        http_redact_url(url, safe, sizeof safe);
        xerr_set(err, r->status == 404 ? XE_NOTFOUND : r->status == 401 ? XE_CREDENTIALS : XE_REMOTE,
                 "Gmail GET %s: HTTP %ld %s%s%s", safe, r->status, reason, msg[0] ? ": " : "", msg);
        err->status = r->status;
        g_strlcpy(err->rcode, reason, sizeof err->rcode);
        break;
    }
    g_free(url);
    if (rc != 0) /* the message may echo the request */
        http_scrub_err(g->http, err);
    return rc;
}

void gmail_ids_free(char **ids, size_t n)
{
    for (size_t i = 0; i < n; i++)
        g_free(ids[i]);
    free(ids);
}

static int push_id(char ***ids, size_t *n, size_t *cap, const char *id)
{
    char *d = g_strdup(id);
    if (XVEC_PUSH(*ids, *n, *cap, d) != 0) {
        g_free(d);
        return -1;
    }
    return 0;
}

typedef struct {
    char ***ids;
    size_t *n, cap;
    char *latest; /* history: the newest history id seen, else NULL */
} id_pages;

/* Collect the message ids of one page: messages[].id (list) or
 * history[].messagesAdded[].message.id (history). */
static int collect_ids(const cJSON *j, id_pages *p)
{
    const cJSON *hid = cJSON_GetObjectItemCaseSensitive(j, "historyId");
    if (p->latest && cJSON_IsString(hid))
        g_strlcpy(p->latest, hid->valuestring, 32);
    const cJSON *msgs = cJSON_GetObjectItemCaseSensitive(j, "messages"), *m; /* absent when none */
    cJSON_ArrayForEach(m, msgs)
    {
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(m, "id");
        if (cJSON_IsString(id) && push_id(p->ids, p->n, &p->cap, id->valuestring) != 0)
            return -1;
    }
    const cJSON *hs = cJSON_GetObjectItemCaseSensitive(j, "history"), *h;
    cJSON_ArrayForEach(h, hs)
    {
        const cJSON *added = cJSON_GetObjectItemCaseSensitive(h, "messagesAdded"), *a;
        cJSON_ArrayForEach(a, added)
        {
            const cJSON *id =
                cJSON_GetObjectItemCaseSensitive(cJSON_GetObjectItemCaseSensitive(a, "message"), "id");
            if (cJSON_IsString(id) && push_id(p->ids, p->n, &p->cap, id->valuestring) != 0)
                return -1;
        }
    }
    return 0;
}

/* GET base (a path with its query) and every following page. */
static int id_pages_get(gmail *g, const char *base, const char *what, id_pages *p, xerr *err)
{
    char *token = NULL;
    *p->ids = NULL;
    *p->n = 0;
    for (int page = 0; page < 2000; page++) {
        xbuf path = {0};
        int bad = xbuf_put(&path, base, strlen(base));
        if (token)
            bad = bad || xbuf_printf(&path, "&pageToken=") || http_pct_encode(&path, token, strlen(token), 0);
        if (bad || xbuf_cstr(&path)) {
            xbuf_free(&path);
            xerr_set(err, XE_NOMEM, "out of memory");
            goto fail;
        }
        http_resp r;
        int rc = api_get(g, path.p, &r, err);
        xbuf_free(&path);
        if (rc != 0) {
            http_resp_free(&r);
            goto fail; /* history: XE_NOTFOUND when the id is too old */
        }
        cJSON *j = cJSON_ParseWithLength(r.body.p, r.body.len);
        http_resp_free(&r);
        if (!cJSON_IsObject(j)) {
            cJSON_Delete(j);
            xerr_set(err, XE_REMOTE, "Gmail %s: the answer is not JSON", what);
            goto fail;
        }
        if (collect_ids(j, p) != 0) {
            cJSON_Delete(j);
            xerr_set(err, XE_NOMEM, "out of memory");
            goto fail;
        }
        const cJSON *next = cJSON_GetObjectItemCaseSensitive(j, "nextPageToken");
        g_free(token);
        token = cJSON_IsString(next) && *next->valuestring ? g_strdup(next->valuestring) : NULL;
        cJSON_Delete(j);
        if (!token)
            return 0;
    }
    xerr_set(err, XE_LIMIT, "Gmail %s: too many pages", what);
fail:
    g_free(token);
    gmail_ids_free(*p->ids, *p->n);
    *p->ids = NULL;
    *p->n = 0;
    return -1;
}

/* id_pages_get over the path built in base (bad: building it ran out of
 * memory); frees base. */
static int id_pages_from(gmail *g, xbuf *base, int bad, const char *what, id_pages *p, xerr *err)
{
    int rc = -1;
    if (bad || xbuf_cstr(base))
        xerr_set(err, XE_NOMEM, "out of memory");
    else
        rc = id_pages_get(g, base->p, what, p, err);
    xbuf_free(base);
    return rc;
}

int gmail_list(gmail *g, const char *q, char ***ids, size_t *n, xerr *err)
{
    xbuf base = {0};
    id_pages p = {ids, n, 0, NULL};
    *ids = NULL;
    *n = 0;
    int bad = xbuf_printf(&base, "/gmail/v1/users/me/messages?maxResults=500") ||
              (q && *q && (xbuf_printf(&base, "&q=") || http_pct_encode(&base, q, strlen(q), 0)));
    return id_pages_from(g, &base, bad, "messages.list", &p, err);
}

int gmail_history(gmail *g, const char *start, const char *label, char ***ids, size_t *n, char latest[32],
                  xerr *err)
{
    xbuf base = {0};
    id_pages p = {ids, n, 0, latest};
    *ids = NULL;
    *n = 0;
    g_strlcpy(latest, start, 32);
    int bad = xbuf_printf(&base, "/gmail/v1/users/me/history?historyTypes=messageAdded&maxResults=500"
                                 "&startHistoryId=") ||
              http_pct_encode(&base, start, strlen(start), 0) ||
              (label && *label &&
               (xbuf_printf(&base, "&labelId=") || http_pct_encode(&base, label, strlen(label), 0)));
    return id_pages_from(g, &base, bad, "history.list", &p, err);
}

static int walk(const cJSON *part, gmail_message *m, int depth)
{
    if (depth > 32)
        return 0;
    const cJSON *mime = cJSON_GetObjectItemCaseSensitive(part, "mimeType");
    const cJSON *fn = cJSON_GetObjectItemCaseSensitive(part, "filename");
    const cJSON *body = cJSON_GetObjectItemCaseSensitive(part, "body");
    const cJSON *data = cJSON_GetObjectItemCaseSensitive(body, "data");
    const cJSON *att = cJSON_GetObjectItemCaseSensitive(body, "attachmentId");
    const char *mt = cJSON_IsString(mime) ? mime->valuestring : "";
    if (cJSON_IsString(fn) && *fn->valuestring) {
        gmail_part p;
        memset(&p, 0, sizeof p);
        p.filename = g_strdup(fn->valuestring);
        p.mime_type = g_strdup(mt);
        if (cJSON_IsString(att) && *att->valuestring)
            p.attachment_id = g_strdup(att->valuestring);
        else if (cJSON_IsString(data))
            b64url_decode(data->valuestring, strlen(data->valuestring), &p.data);
        if (XVEC_PUSH(m->parts, m->nparts, m->capparts, p) != 0) {
            g_free(p.filename);
            g_free(p.mime_type);
            g_free(p.attachment_id);
            xbuf_free(&p.data);
            return -1;
        }
    } else if (!g_ascii_strcasecmp(mt, "text/html") && cJSON_IsString(data)) {
        xbuf h = {0};
        if (b64url_decode(data->valuestring, strlen(data->valuestring), &h) == 0)
            xbuf_put(&m->html, h.p, h.len);
        xbuf_free(&h);
    }
    const cJSON *parts = cJSON_GetObjectItemCaseSensitive(part, "parts"), *p;
    cJSON_ArrayForEach(p, parts)
    {
        if (walk(p, m, depth + 1) != 0)
            return -1;
    }
    return 0;
}

int gmail_parse_message(const char *json, size_t len, gmail_message *m, xerr *err)
{
    memset(m, 0, sizeof *m);
    cJSON *j = cJSON_ParseWithLength(json, len);
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(j, "id");
    if (!cJSON_IsString(id)) {
        cJSON_Delete(j);
        xerr_set(err, XE_REMOTE, "Gmail messages.get: the answer is not a message");
        return -1;
    }
    g_strlcpy(m->id, id->valuestring, sizeof m->id);
    const cJSON *hid = cJSON_GetObjectItemCaseSensitive(j, "historyId");
    if (cJSON_IsString(hid))
        g_strlcpy(m->history_id, hid->valuestring, sizeof m->history_id);
    const cJSON *idate = cJSON_GetObjectItemCaseSensitive(j, "internalDate"); /* epoch ms, as a string */
    if (cJSON_IsString(idate))
        m->internal_date_ms = strtoll(idate->valuestring, NULL, 10);
    const cJSON *payload = cJSON_GetObjectItemCaseSensitive(j, "payload");
    const cJSON *hs = cJSON_GetObjectItemCaseSensitive(payload, "headers"), *h;
    cJSON_ArrayForEach(h, hs)
    {
        const cJSON *n = cJSON_GetObjectItemCaseSensitive(h, "name");
        const cJSON *v = cJSON_GetObjectItemCaseSensitive(h, "value");
        if (!cJSON_IsString(n) || !cJSON_IsString(v))
            continue;
        if (!g_ascii_strcasecmp(n->valuestring, "From") && !m->from)
            m->from = g_strdup(v->valuestring);
        else if (!g_ascii_strcasecmp(n->valuestring, "Subject") && !m->subject)
            m->subject = g_strdup(v->valuestring);
    }
    int rc = walk(payload, m, 0);
    cJSON_Delete(j);
    if (rc != 0 || xbuf_cstr(&m->html) != 0) {
        gmail_message_free(m);
        xerr_set(err, XE_NOMEM, "out of memory");
        return -1;
    }
    return 0;
}

void gmail_message_free(gmail_message *m)
{
    for (size_t i = 0; i < m->nparts; i++) {
        g_free(m->parts[i].filename);
        g_free(m->parts[i].mime_type);
        g_free(m->parts[i].attachment_id);
        xbuf_free(&m->parts[i].data);
    }
    free(m->parts);
    g_free(m->from);
    g_free(m->subject);
    xbuf_free(&m->html);
    memset(m, 0, sizeof *m);
}

int gmail_get(gmail *g, const char *id, gmail_message *out, xerr *err)
{
    xbuf path = {0};
    memset(out, 0, sizeof *out);
    if (xbuf_printf(&path, "/gmail/v1/users/me/messages/") || http_pct_encode(&path, id, strlen(id), 0) ||
        xbuf_printf(&path, "?format=full") || xbuf_cstr(&path)) {
        xbuf_free(&path);
        xerr_set(err, XE_NOMEM, "out of memory");
        return -1;
    }
    http_resp r;
    int rc = api_get(g, path.p, &r, err);
    xbuf_free(&path);
    if (rc == 0)
        rc = gmail_parse_message(r.body.p, r.body.len, out, err);
    http_resp_free(&r);
    return rc;
}

int gmail_attachment(gmail *g, const char *mid, const char *aid, xbuf *out, xerr *err)
{
    xbuf path = {0};
    if (xbuf_printf(&path, "/gmail/v1/users/me/messages/") || http_pct_encode(&path, mid, strlen(mid), 0) ||
        xbuf_printf(&path, "/attachments/") || http_pct_encode(&path, aid, strlen(aid), 0) || xbuf_cstr(&path)) {
        xbuf_free(&path);
        xerr_set(err, XE_NOMEM, "out of memory");
        return -1;
    }
    http_resp r;
    int rc = api_get(g, path.p, &r, err);
    xbuf_free(&path);
    if (rc == 0) {
        cJSON *j = cJSON_ParseWithLength(r.body.p, r.body.len);
        const cJSON *d = cJSON_GetObjectItemCaseSensitive(j, "data");
        if (!cJSON_IsString(d) || b64url_decode(d->valuestring, strlen(d->valuestring), out) != 0) {
            xerr_set(err, XE_REMOTE, "Gmail attachments.get: no base64url data in the answer");
            rc = -1;
        }
        cJSON_Delete(j);
    }
    http_resp_free(&r);
    return rc;
}

size_t gmail_pdf_links(const char *html, size_t len, const char *const *allow, size_t nallow, size_t max,
                       char ***urls, bool *more)
{
    link_rules *r = link_rules_new(allow, nallow);
    *urls = NULL;
    *more = false;
    if (!r)
        return 0;
    size_t n = link_scan(html, len, r, max, urls, more);
    link_rules_free(r);
    return n;
}

/* One hop of a link: refused unless its normalised form is allowed; the
 * normalised form is what is requested. */
static int link_hop(http_client *hc, const link_rules *rules, const char *url, struct curl_slist *h,
                    http_resp *r, char **next, xerr *err)
{
    char safe[512];
    char *norm = link_normalise(url);
    *next = NULL;
    memset(r, 0, sizeof *r); /* the caller frees it, also when no request was made */
    http_redact_url(norm ? norm : url, safe, sizeof safe);
    if (!norm || !link_rules_allow(rules, norm)) {
        xerr_set(err, XE_ARG, "link %s is not on an allowed host and path", safe);
        g_free(norm);
        return -1;
    }
    http_req req = {.method = "GET", .url = norm, .headers = h};
    int rc = http_do(hc, &req, r, err);
    if (rc == 0 && r->status >= 300 && r->status < 400 && r->location[0]) {
        if (!(*next = link_resolve(norm, r->location))) {
            xerr_set(err, XE_ARG, "linked PDF %s: a redirect to a URL that is not fetched", safe);
            rc = -1;
        }
    } else if (rc == 0 && (r->status != 200 || r->body.len < 4 || memcmp(r->body.p, "%PDF", 4) != 0)) {
        xerr_set(err, XE_REMOTE, "linked PDF %s: HTTP %ld, %zu bytes, %s", safe, r->status, r->body.len,
                 r->body.len >= 4 && !memcmp(r->body.p, "%PDF", 4) ? "too small" : "not a PDF");
        err->status = r->status;
        rc = -1;
    }
    g_free(norm);
    return rc;
}

int gmail_fetch_link(gmail *g, const char *url, const char *const *allow, size_t nallow, size_t min_size,
                     size_t max_size, xbuf *out, xerr *err)
{
    char *cur = g_strdup(url);
    int rc = -1;
    http_opts o;
    memset(&o, 0, sizeof o);
    o.max_body = max_size; /* a Content-Length over it is refused before the body, a longer body cut */
    o.timeout_ms = 60000;
    http_client *hc = http_new(&o, err);
    link_rules *rules = link_rules_new(allow, nallow);
    /* merchants serve these to browsers only */
    struct curl_slist *h = curl_slist_append(NULL, "User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 "
                                                   "(KHTML, like Gecko) Chrome/124.0 Safari/537.36");
    if (!hc || !rules || !h) {
        if (hc)
            xerr_set(err, XE_NOMEM, "out of memory");
        goto done;
    }
    for (int hop = 0; hop < 6; hop++) {
        http_resp r;
        char *next;
        int hr = link_hop(hc, rules, cur, h, &r, &next, err);
        if (hr == 0 && next) { /* a redirect: the next hop is checked again */
            http_resp_free(&r);
            g_free(cur);
            cur = next;
            continue;
        }
        if (hr == 0 && r.body.len < min_size) {
            char safe[512];
            http_redact_url(cur, safe, sizeof safe);
            xerr_set(err, XE_REMOTE, "linked PDF %s: HTTP %ld, %zu bytes, too small", safe, r.status, r.body.len);
            err->status = r.status;
            hr = -1;
        }
        if (hr == 0) {
            xbuf_free(out);
            *out = r.body;
            memset(&r.body, 0, sizeof r.body);
            rc = 0;
        }
        http_resp_free(&r);
        goto done;
    }
    xerr_set(err, XE_REMOTE, "linked PDF: too many redirects");
done:
    if (rc != 0)
        http_scrub_err(g->http, err);
    curl_slist_free_all(h);
    link_rules_free(rules);
    http_free(hc);
    g_free(cur);
    return rc;
}
