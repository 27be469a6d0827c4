/* The HTTP layer every native client shares (S3, Glue, Gmail, Mercado Pago).
 *
 * One libcurl easy handle per client, reused so connections stay open;
 * timeouts; retries with exponential backoff and full jitter on 429, 5xx and
 * transient network errors, honouring Retry-After within a per-request
 * budget; TLS verification always on; proxies from the environment (libcurl
 * reads http_proxy/https_proxy/no_proxy); a response size limit; and URLs
 * with their secret query values redacted in every message.
 *
 * A client is not thread-safe: callers serialise use of one client. */
#ifndef EXPETL_HTTP_H
#define EXPETL_HTTP_H

#include <curl/curl.h>

#include "scrub.h"
#include "xcommon.h"

typedef struct {
    long connect_timeout_ms; /* default 10 s */
    long timeout_ms;         /* whole transfer, per attempt; default 120 s */
    int max_retries;         /* retries after the first attempt; 0 = default 4, <0 = none */
    long retry_budget_ms;    /* most time spent sleeping between attempts; default 30 s */
    long backoff_ms;         /* first backoff step; default 200 ms */
    size_t max_body;         /* response body limit; default XLIM_HTTP_BODY */
    const char *user_agent;  /* default "expetl/<version> libcurl/<version>" */
    const char *ca_file;     /* extra CA bundle, or NULL for the system store */
} http_opts;

typedef struct {
    const char *method;     /* GET, HEAD, PUT, POST, DELETE */
    const char *url;
    struct curl_slist *headers;
    const char *body;       /* sent when has_body (also for an empty body) */
    size_t body_len;
    int has_body;
    const char *sigv4;      /* "aws:amz:<region>:<service>" or NULL */
    const char *user;       /* SigV4 access key id (or basic-auth user) */
    const char *password;   /* SigV4 secret key; never logged */
    int no_retry;           /* a non-idempotent request */
} http_req;

typedef struct {
    long status;
    xbuf body;
    char content_type[128];
    char etag[130];
    char last_modified[64];
    char location[1024];      /* Location of a redirect (not followed) */
    long long content_length; /* -1 when unknown */
    int attempts;
} http_resp;

typedef struct http_client http_client;

http_client *http_new(const http_opts *o, xerr *err);
void http_free(http_client *c);

/* 0 when a final response arrived (any status: retryable statuses are retried
 * first, the last answer is returned); -1 with XE_NETWORK, XE_REMOTE (code
 * ResponseTooLarge: over max_body) or XE_NOMEM otherwise.  out must be zeroed or freed before reuse. */
int http_do(http_client *c, const http_req *r, http_resp *out, xerr *err);
void http_resp_free(http_resp *r);

/* 1 when an AWS answer (S3's XML or a JSON service's) refuses the request's
 * credentials or their permission: HTTP 401 or 403 (but an archived object or
 * a skewed clock), or an error code that means so under another status (an
 * expired session token is a 400).  No retry with the same credentials helps. */
int aws_refused(long status, const char *code);

/* The client's secrets (a token, a key, a password): scrubbed by value
 * from every error http_do builds and every debug line it prints, and by
 * http_scrub_err from the errors the client builds itself out of a
 * server's answer.  -1 when out of memory. */
int http_add_secret(http_client *c, const char *value);
/* Scrub e's message and code with c's secrets (NULL c: nothing). */
void http_scrub_err(const http_client *c, xerr *e);
/* The same for a string of cap bytes. */
void http_scrub(const http_client *c, char *s, size_t cap);

/* Copy url into out with the values of secret-looking query parameters
 * (token, key, secret, signature, code, password, credential) replaced by
 * "REDACTED" and any user:password@ removed. */
void http_redact_url(const char *url, char *out, size_t n);

/* Append s percent-encoded: only A-Z a-z 0-9 - _ . ~ stay (and '/' when
 * keep_slash); upper-case hex, as SigV4's canonical form wants. */
int http_pct_encode(xbuf *b, const char *s, size_t n, int keep_slash);

/* Whether a status is worth retrying. */
int http_retryable_status(long status);

#endif
