#include "http.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <glib.h>

struct http_client {
    CURL *h;
    http_opts o;
    char ua[128];
    char *ca_file;
    int debug;
    xsecrets secrets;
};

/* curl_global_init is not thread-safe before 7.84; GLib's once makes the
 * first call safe whatever the version. */
static int global_init(void)
{
    static gsize done = 0;
    static CURLcode rc = CURLE_OK;
    if (g_once_init_enter(&done)) {
        rc = curl_global_init(CURL_GLOBAL_DEFAULT);
        g_once_init_leave(&done, 1);
    }
    return rc == CURLE_OK ? 0 : -1;
}

http_client *http_new(const http_opts *o, xerr *err)
{
    if (global_init() != 0) {
        xerr_set(err, XE_INTERNAL, "curl_global_init failed");
        return NULL;
    }
    http_client *c = calloc(1, sizeof *c);
    if (!c) {
        xerr_set(err, XE_NOMEM, "out of memory");
        return NULL;
    }
    if (o)
        c->o = *o;
    if (c->o.connect_timeout_ms <= 0)
        c->o.connect_timeout_ms = 10000;
    if (c->o.timeout_ms <= 0)
        c->o.timeout_ms = 120000;
    if (c->o.max_retries == 0)
        c->o.max_retries = 4;
    else if (c->o.max_retries < 0)
        c->o.max_retries = 0;
    if (c->o.retry_budget_ms <= 0)
        c->o.retry_budget_ms = 30000;
    if (c->o.backoff_ms <= 0)
        c->o.backoff_ms = 200;
    if (!c->o.max_body)
        c->o.max_body = XLIM_HTTP_BODY;
    if (c->o.user_agent && *c->o.user_agent)
        g_strlcpy(c->ua, c->o.user_agent, sizeof c->ua);
    else
        snprintf(c->ua, sizeof c->ua, "expetl/0.1 libcurl/%s", curl_version_info(CURLVERSION_NOW)->version);
    c->o.user_agent = NULL;
    if (c->o.ca_file && !(c->ca_file = strdup(c->o.ca_file))) {
        free(c);
        xerr_set(err, XE_NOMEM, "out of memory");
        return NULL;
    }
    c->o.ca_file = NULL;
    c->debug = getenv("EXPETL_HTTP_DEBUG") && *getenv("EXPETL_HTTP_DEBUG") == '1';
    if (!(c->h = curl_easy_init())) {
        free(c->ca_file);
        free(c);
        xerr_set(err, XE_NOMEM, "curl_easy_init failed");
        return NULL;
    }
    return c;
}

void http_free(http_client *c)
{
    if (!c)
        return;
    curl_easy_cleanup(c->h);
    free(c->ca_file);
    xsecrets_free(&c->secrets);
    free(c);
}

int http_add_secret(http_client *c, const char *value) { return xsecrets_add(&c->secrets, value); }

void http_scrub(const http_client *c, char *s, size_t cap)
{
    if (c && s)
        xscrub(&c->secrets, s, cap);
}

void http_scrub_err(const http_client *c, xerr *e)
{
    if (!c || !e)
        return;
    xscrub(&c->secrets, e->msg, sizeof e->msg);
    xscrub(&c->secrets, e->rcode, sizeof e->rcode);
}

int aws_refused(long status, const char *code)
{
    static const char *const codes[] = {
        "AccessDenied", "AccessDeniedException", "InvalidAccessKeyId", "SignatureDoesNotMatch",
        "InvalidSignatureException", "ExpiredToken", "ExpiredTokenException", "InvalidToken",
        "TokenRefreshRequired", "UnrecognizedClientException", "InvalidClientTokenId",
        "MissingAuthenticationTokenException", "IncompleteSignature",
        "AuthorizationHeaderMalformed", /* the credentials' region is not the bucket's */
    };
    /* S3's 403s that are not about credentials: an archived object, a clock
     * off (botocore retries that one too) */
    static const char *const not_refusals[] = {"InvalidObjectState", "RequestTimeTooSkewed"};
    for (size_t i = 0; code && i < sizeof not_refusals / sizeof *not_refusals; i++)
        if (!strcmp(code, not_refusals[i]))
            return 0;
    if (status == 401 || status == 403)
        return 1;
    for (size_t i = 0; code && i < sizeof codes / sizeof *codes; i++)
        if (!strcmp(code, codes[i]))
            return 1;
    return 0;
}

void http_resp_free(http_resp *r)
{
    xbuf_free(&r->body);
    memset(r, 0, sizeof *r);
}

int http_retryable_status(long s) { return s == 429 || s == 500 || s == 502 || s == 503 || s == 504; }

static int retryable_curl(CURLcode rc)
{
    switch (rc) {
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_CONNECT:
    case CURLE_OPERATION_TIMEDOUT:
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
    case CURLE_GOT_NOTHING:
    case CURLE_PARTIAL_FILE:
    case CURLE_HTTP2:
    case CURLE_HTTP2_STREAM:
    case CURLE_SSL_CONNECT_ERROR:
        return 1;
    default:
        return 0;
    }
}

int http_pct_encode(xbuf *b, const char *s, size_t n, int keep_slash)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (isalnum(ch) || ch == '-' || ch == '_' || ch == '.' || ch == '~' || (keep_slash && ch == '/')) {
            if (xbuf_putc(b, (char)ch))
                return -1;
        } else {
            char e[3] = {'%', hex[ch >> 4], hex[ch & 15]};
            if (xbuf_put(b, e, 3))
                return -1;
        }
    }
    return 0;
}

static int secret_name(const char *name, size_t n)
{
    /* substrings that mark a secret, and short names that are secrets */
    static const char *const words[] = {"token", "secret", "signature", "password", "credential",
                                        "apikey", "api_key", "access_key"};
    static const char *const exact[] = {"key", "code", "sig", "auth", "pass"};
    char low[64];
    if (n >= sizeof low)
        n = sizeof low - 1;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)name[i]);
    low[n] = '\0';
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strstr(low, words[i]))
            return 1;
    for (size_t i = 0; i < sizeof exact / sizeof *exact; i++)
        if (!strcmp(low, exact[i]))
            return 1;
    return 0;
}

void http_redact_url(const char *url, char *out, size_t n)
{
    size_t o = 0;
    if (!n)
        return;
#define PUT(ch) do { if (o + 1 < n) out[o++] = (ch); } while (0)
    const char *p = url;
    const char *scheme = strstr(url, "://");
    if (scheme) {
        const char *host = scheme + 3;
        const char *end = host + strcspn(host, "/?#");
        const char *at = memchr(host, '@', (size_t)(end - host));
        for (; p < host; p++)
            PUT(*p);
        if (at)
            p = at + 1; /* drop user:password@ */
    }
    for (; *p && *p != '?'; p++)
        PUT(*p);
    if (*p == '?') {
        PUT('?');
        p++;
        while (*p && *p != '#') {
            size_t klen = strcspn(p, "=&#");
            for (size_t i = 0; i < klen; i++)
                PUT(p[i]);
            int hide = secret_name(p, klen);
            p += klen;
            if (*p == '=') {
                PUT('=');
                p++;
                size_t vlen = strcspn(p, "&#");
                if (hide && vlen) {
                    for (const char *r = "REDACTED"; *r; r++)
                        PUT(*r);
                } else {
                    for (size_t i = 0; i < vlen; i++)
                        PUT(p[i]);
                }
                p += vlen;
            }
            if (*p == '&') {
                PUT('&');
                p++;
            }
        }
    }
#undef PUT
    out[o] = '\0';
}

typedef struct {
    http_resp *r;
    size_t max;
    int over;
    long retry_after_ms;
} xfer;

static size_t on_body(char *p, size_t sz, size_t nm, void *ud)
{
    xfer *x = ud;
    size_t n = sz * nm;
    if (x->r->body.len + n > x->max) {
        x->over = 1;
        return 0; /* aborts the transfer with CURLE_WRITE_ERROR */
    }
    return xbuf_put(&x->r->body, p, n) == 0 ? n : 0;
}

static void header_value(const char *p, size_t n, char *out, size_t cap)
{
    while (n && (*p == ' ' || *p == '\t')) {
        p++;
        n--;
    }
    while (n && (p[n - 1] == '\r' || p[n - 1] == '\n' || p[n - 1] == ' '))
        n--;
    if (n >= cap)
        n = cap - 1;
    memcpy(out, p, n);
    out[n] = '\0';
}

static size_t on_header(char *p, size_t sz, size_t nm, void *ud)
{
    xfer *x = ud;
    size_t n = sz * nm;
    const char *colon = memchr(p, ':', n);
    if (!colon)
        return n;
    size_t klen = (size_t)(colon - p), vlen = n - klen - 1;
    const char *v = colon + 1;
    if (klen == 11 && !strncasecmp(p, "retry-after", 11)) {
        char b[64];
        header_value(v, vlen, b, sizeof b);
        char *end;
        long s = strtol(b, &end, 10);
        if (end != b && *end == '\0' && s >= 0)
            x->retry_after_ms = s > 86400 ? 86400000L : s * 1000L;
        else {
            /* an HTTP date */
            time_t t = curl_getdate(b, NULL);
            time_t now = time(NULL);
            if (t > now)
                x->retry_after_ms = (long)(t - now) * 1000L;
        }
    } else if (klen == 12 && !strncasecmp(p, "content-type", 12)) {
        header_value(v, vlen, x->r->content_type, sizeof x->r->content_type);
    } else if (klen == 4 && !strncasecmp(p, "etag", 4)) {
        header_value(v, vlen, x->r->etag, sizeof x->r->etag);
    } else if (klen == 8 && !strncasecmp(p, "location", 8)) {
        header_value(v, vlen, x->r->location, sizeof x->r->location);
    } else if (klen == 13 && !strncasecmp(p, "last-modified", 13)) {
        header_value(v, vlen, x->r->last_modified, sizeof x->r->last_modified);
    }
    return n;
}

static void sleep_ms(long ms)
{
    struct timespec ts = {ms / 1000, (ms % 1000) * 1000000L};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
        ;
}

#define SETOPT(opt, val)                                                         \
    do {                                                                         \
        CURLcode _rc = curl_easy_setopt(h, opt, val);                            \
        if (_rc != CURLE_OK) {                                                   \
            xerr_set(err, XE_INTERNAL, "curl_easy_setopt(%s): %s", #opt,         \
                     curl_easy_strerror(_rc));                                   \
            return -1;                                                           \
        }                                                                        \
    } while (0)

static int setup(http_client *c, const http_req *r, xfer *x, char *ebuf, xerr *err)
{
    CURL *h = c->h;
    curl_easy_reset(h); /* keeps the connection cache */
    SETOPT(CURLOPT_URL, r->url);
    SETOPT(CURLOPT_PROTOCOLS_STR, "http,https");
    SETOPT(CURLOPT_NOSIGNAL, 1L);
    SETOPT(CURLOPT_SSL_VERIFYPEER, 1L);
    SETOPT(CURLOPT_SSL_VERIFYHOST, 2L);
    if (c->ca_file)
        SETOPT(CURLOPT_CAINFO, c->ca_file);
    SETOPT(CURLOPT_CONNECTTIMEOUT_MS, c->o.connect_timeout_ms);
    SETOPT(CURLOPT_TIMEOUT_MS, c->o.timeout_ms);
    SETOPT(CURLOPT_USERAGENT, c->ua);
    SETOPT(CURLOPT_ERRORBUFFER, ebuf);
    SETOPT(CURLOPT_WRITEFUNCTION, on_body);
    SETOPT(CURLOPT_WRITEDATA, x);
    SETOPT(CURLOPT_HEADERFUNCTION, on_header);
    SETOPT(CURLOPT_HEADERDATA, x);
    SETOPT(CURLOPT_ACCEPT_ENCODING, "");
    SETOPT(CURLOPT_EXPECT_100_TIMEOUT_MS, 300L);
    if ((curl_off_t)c->o.max_body > 0)
        SETOPT(CURLOPT_MAXFILESIZE_LARGE, (curl_off_t)c->o.max_body);
    if (r->headers)
        SETOPT(CURLOPT_HTTPHEADER, r->headers);
    if (r->sigv4) {
        SETOPT(CURLOPT_AWS_SIGV4, r->sigv4);
    }
    if (r->user)
        SETOPT(CURLOPT_USERNAME, r->user);
    if (r->password)
        SETOPT(CURLOPT_PASSWORD, r->password);
    const char *m = r->method ? r->method : "GET";
    if (!strcmp(m, "HEAD")) {
        SETOPT(CURLOPT_NOBODY, 1L);
    } else if (strcmp(m, "GET") != 0) {
        SETOPT(CURLOPT_CUSTOMREQUEST, m);
    }
    if (r->has_body) {
        /* POSTFIELDS (not a read callback) so that SigV4 on 7.88 hashes the
         * body it signs; CUSTOMREQUEST keeps the method. */
        SETOPT(CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)r->body_len);
        SETOPT(CURLOPT_POSTFIELDS, r->body_len ? r->body : "");
    }
    return 0;
}

static int http_do_(http_client *c, const http_req *r, http_resp *out, xerr *err);

int http_do(http_client *c, const http_req *r, http_resp *out, xerr *err)
{
    int rc = http_do_(c, r, out, err);
    if (rc != 0)
        http_scrub_err(c, err);
    return rc;
}

static int http_do_(http_client *c, const http_req *r, http_resp *out, xerr *err)
{
    char ebuf[CURL_ERROR_SIZE];
    char safe[512];
    long slept = 0;
    http_redact_url(r->url, safe, sizeof safe);
    xscrub(&c->secrets, safe, sizeof safe); /* a secret in a path segment, too */
    memset(out, 0, sizeof *out);
    out->content_length = -1;
    for (int attempt = 0;; attempt++) {
        xfer x = {out, c->o.max_body, 0, -1};
        xbuf_free(&out->body);
        out->content_type[0] = out->etag[0] = out->last_modified[0] = out->location[0] = '\0';
        ebuf[0] = '\0';
        if (setup(c, r, &x, ebuf, err) != 0)
            return -1;
        gint64 t0 = g_get_monotonic_time();
        CURLcode rc = curl_easy_perform(c->h);
        out->attempts = attempt + 1;
        long status = 0;
        curl_easy_getinfo(c->h, CURLINFO_RESPONSE_CODE, &status);
        xscrub(&c->secrets, ebuf, sizeof ebuf);
        if (c->debug)
            fprintf(stderr, "expetl http: %s %s -> %ld %s (attempt %d, %.1f ms)\n",
                    r->method ? r->method : "GET", safe, status,
                    rc == CURLE_OK ? "" : curl_easy_strerror(rc), attempt + 1,
                    (double)(g_get_monotonic_time() - t0) / 1000.0);
        if (x.over || rc == CURLE_FILESIZE_EXCEEDED) {
            xerr_set(err, XE_REMOTE, "%s %s: response over the %zu-byte limit",
                     r->method ? r->method : "GET", safe, c->o.max_body);
            g_strlcpy(err->rcode, "ResponseTooLarge", sizeof err->rcode);
            return -1;
        }
        int retry;
        if (rc != CURLE_OK) {
            if (rc == CURLE_OUT_OF_MEMORY) {
                xerr_set(err, XE_NOMEM, "out of memory");
                return -1;
            }
            retry = retryable_curl(rc);
            if (!retry || r->no_retry || attempt >= c->o.max_retries) {
                xerr_set(err, XE_NETWORK, "%s %s: %s%s%s (after %d attempt%s)",
                         r->method ? r->method : "GET", safe, curl_easy_strerror(rc),
                         ebuf[0] ? ": " : "", ebuf, attempt + 1, attempt ? "s" : "");
                return -1;
            }
        } else {
            out->status = status;
            curl_off_t cl = -1;
            if (curl_easy_getinfo(c->h, CURLINFO_CONTENT_LENGTH_DOWNLOAD_T, &cl) == CURLE_OK)
                out->content_length = (long long)cl;
            if (!http_retryable_status(status) || r->no_retry || attempt >= c->o.max_retries)
                return xbuf_cstr(&out->body) == 0 ? 0 : (xerr_set(err, XE_NOMEM, "out of memory"), -1);
        }
        /* full jitter: a random wait up to base * 2^attempt, at least what
         * Retry-After asks; give up when the budget cannot cover it */
        long cap = c->o.backoff_ms << (attempt < 16 ? attempt : 16);
        long wait = (long)g_random_int_range(0, (gint32)(cap > 0x3fffffff ? 0x3fffffff : cap) + 1);
        if (x.retry_after_ms > wait)
            wait = x.retry_after_ms;
        if (slept + wait > c->o.retry_budget_ms) {
            if (rc == CURLE_OK)
                return xbuf_cstr(&out->body) == 0 ? 0 : (xerr_set(err, XE_NOMEM, "out of memory"), -1);
            xerr_set(err, XE_NETWORK, "%s %s: %s (retry budget spent)", r->method ? r->method : "GET",
                     safe, curl_easy_strerror(rc));
            return -1;
        }
        sleep_ms(wait);
        slept += wait;
    }
}
