/* Gmail (shared/reference/gmail.md): OAuth2 refresh from an authorised-user
 * token, messages.list (paged), history.list, messages.get (format=full),
 * attachments.get (base64url), and PDFs linked from the HTML body, followed
 * only on allow-listed hosts, redirects checked hop by hop.  The client
 * secret, refresh token and every access token are scrubbed by value from
 * the errors (a server may echo the request). */
#ifndef EXPETL_GMAIL_H
#define EXPETL_GMAIL_H

#include "http.h"

typedef struct gmail gmail;

typedef struct {
    const char *client_id, *client_secret, *refresh_token;
    const char *access_token; /* may be NULL or expired */
    long long expiry;         /* epoch seconds of access_token, 0 = unknown (treated as expired) */
    const char *token_uri;    /* default https://oauth2.googleapis.com/token */
    const char *api_base;     /* default https://gmail.googleapis.com */
} gmail_creds;

gmail *gmail_open(const gmail_creds *c, const http_opts *o, xerr *err);
void gmail_close(gmail *g);

/* Refresh now (also done on demand: when expired, within 225 s of expiry,
 * or once after a 401).  invalid_grant → XE_CREDENTIALS with a clear message. */
int gmail_refresh(gmail *g, xerr *err);
/* The current access token and its expiry (to write the token back). */
const char *gmail_access_token(const gmail *g, long long *expiry);

/* Ids of messages matching q, every page. */
int gmail_list(gmail *g, const char *q, char ***ids, size_t *n, xerr *err);
/* Ids of messages added since start_history_id (optionally with a label);
 * XE_NOTFOUND when the history id is too old (then do a date query).
 * *latest gets the newest history id seen. */
int gmail_history(gmail *g, const char *start_history_id, const char *label_id, char ***ids, size_t *n,
                  char latest[32], xerr *err);
void gmail_ids_free(char **ids, size_t n);

typedef struct {
    char *filename;
    char *mime_type;
    char *attachment_id; /* NULL when the data is inline */
    xbuf data;           /* inline data, decoded */
} gmail_part;

typedef struct {
    char id[64];
    char history_id[32];
    long long internal_date_ms;
    char *from, *subject;
    gmail_part *parts; /* attachments (parts with a file name) */
    size_t nparts, capparts;
    xbuf html;          /* the text/html bodies, decoded, concatenated */
} gmail_message;

int gmail_get(gmail *g, const char *id, gmail_message *out, xerr *err);
void gmail_message_free(gmail_message *m);
int gmail_attachment(gmail *g, const char *msg_id, const char *att_id, xbuf *out, xerr *err);

/* PDF links in html allowed by the list allow[i] = "https://host/path-prefix"
 * (links.h: normalised first; scheme, host and port exact, path under the
 * prefix), each once, at most max (*more when the body holds further
 * ones).  Linear in len.  Returns the count; urls owned by the caller. */
size_t gmail_pdf_links(const char *html, size_t len, const char *const *allow, size_t nallow, size_t max,
                       char ***urls, bool *more);
/* Download a linked PDF: each hop (the link, then every redirect target)
 * normalised and checked against the allow list (XE_ARG when refused),
 * the normalised URL requested; the body must start with %PDF, be at least
 * min_size and at most max_size bytes (a Content-Length over it is refused
 * before any of the body is read). */
int gmail_fetch_link(gmail *g, const char *url, const char *const *allow, size_t nallow, size_t min_size,
                     size_t max_size, xbuf *out, xerr *err);

/* Parse a messages.get answer (exposed for tests and fuzzing). */
int gmail_parse_message(const char *json, size_t len, gmail_message *out, xerr *err);

#endif
