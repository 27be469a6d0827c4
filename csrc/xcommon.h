/* Shared engine types: error reporting, an arena for per-document strings,
 * growable vectors.  No Python here (the engine is testable from plain C). */
#ifndef EXPETL_XCOMMON_H
#define EXPETL_XCOMMON_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef enum {
    XE_OK = 0,
    XE_NOMEM,        /* allocation failed */
    XE_DAMAGED,      /* not a PDF, or a PDF that cannot be read */
    XE_ENCRYPTED,    /* needs a password */
    XE_UNSUPPORTED,  /* a readable document that is not a known receipt layout */
    XE_REPORT,       /* Mercado Pago report that cannot be read (line set) */
    XE_LIMIT,        /* an input over a size limit */
    XE_NETWORK,      /* transport failure (connect, reset, timeout) after retries */
    XE_REMOTE,       /* a server answered with an error (status, code set) */
    XE_NOTFOUND,     /* the object or row asked for does not exist */
    XE_IO,           /* local file system error */
    XE_DB,           /* the warehouse reported an error (code = SQLSTATE) */
    XE_ARG,          /* a bad argument (key, URL, option) */
    XE_SIGNATURE,    /* a signature that does not verify, or a stale one */
    XE_CREDENTIALS,  /* credentials refused (a revoked or expired token) */
    XE_INTERNAL
} xerr_code;

typedef struct {
    xerr_code code;
    long line;        /* 1-based physical line for XE_REPORT, else 0 */
    long status;      /* HTTP status for XE_REMOTE/XE_NOTFOUND/XE_CREDENTIALS, else 0 */
    char rcode[64];   /* remote error code (S3 "NoSuchKey", SQLSTATE), else "" */
    char msg[512];
} xerr;

void xerr_set(xerr *e, xerr_code code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* XE_LIMIT naming the limit in rcode (one of the XLIM_NAME_* below or a
 * column name): the binding puts it in the exception's .limit. */
void xerr_limit(xerr *e, const char *limit, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* Arena: many small allocations freed together (one document's strings). */
typedef struct xblk xblk;
typedef struct { xblk *head; } xarena;

void *xa_alloc(xarena *a, size_t n);
char *xa_strndup(xarena *a, const char *s, size_t n);
void xa_free(xarena *a);

/* Grow *arr (element size sz) so that it can hold need elements. */
int xvec_reserve(void **arr, size_t *cap, size_t need, size_t sz);
#define XVEC_PUSH(arr, n, cap, val)                                              \
    (xvec_reserve((void **)&(arr), &(cap), (n) + 1, sizeof(*(arr))) == 0          \
         ? ((arr)[(n)++] = (val), 0) : -1)

/* A growable byte string. */
typedef struct { char *p; size_t len, cap; } xbuf;
int xbuf_put(xbuf *b, const char *s, size_t n);
int xbuf_putc(xbuf *b, char c);
int xbuf_printf(xbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* NUL-terminated contents ("" when empty); -1 on allocation failure. */
int xbuf_cstr(xbuf *b);
void xbuf_free(xbuf *b);

/* Hex SHA-256 of a buffer (OpenSSL's, which uses the CPU's SHA extensions:
 * 5x GLib's portable one on a receipt, and every file is hashed). */
void xsha256_hex(const void *p, size_t n, char out[65]);

/* base64, standard or URL-safe alphabet, with or without padding (CR/LF
 * skipped) → bytes, NUL-terminated in out.  -1 on a character outside the
 * alphabet or a dangling sextet. */
int b64url_decode(const char *s, size_t n, xbuf *out);

/* A MIME part's base64 body (RFC 2045) decoded, when it is clean: its line
 * ends (LF or CRLF) dropped, as Python's email drops them, only the
 * alphabet, a whole number of quads, '=' padding only at the very end.  Any
 * decoder gives such a body the same bytes; for anything else this returns
 * -1 and the caller lets email's lenient decoder handle it (and note its
 * defects).  scratch: n bytes; out: n / 4 * 3 bytes.  Returns the decoded
 * length. */
long xb64_mime(const char *s, size_t n, char *scratch, unsigned char *out);

/* Append s as a JSON string literal (null for NULL). */
int json_put_string(xbuf *out, const char *s);

/* A JSON number from outside as an integer in [lo, hi]: out-of-range,
 * infinite and NaN values would make the plain cast undefined behaviour. */
static inline long long xclamp_ll(double v, long long lo, long long hi)
{
    if (!(v >= (double)lo)) /* also NaN */
        return lo;
    if (v >= (double)hi)
        return hi;
    return (long long)v;
}

/* A borrowed byte range. */
typedef struct { const char *p; size_t len; } xslice;

/* Limits on what comes from outside (documents, reports). */
#define XLIM_PDF_BYTES      (64u * 1024u * 1024u)
#define XLIM_PAGES          200
#define XLIM_ITEMS          5000
#define XLIM_CSV_BYTES      (256u * 1024u * 1024u)
#define XLIM_CSV_LINE       (1u * 1024u * 1024u)
#define XLIM_CSV_COLS       512
#define XLIM_KEY            1024  /* stage key length (S3's own limit) */
#define XLIM_HTTP_BODY      (64u * 1024u * 1024u)
#define XLIM_VAT_LINES      64
#define XLIM_TAXES          64
#define XLIM_LINKS_PER_MAIL 20    /* PDF links fetched from one mail */
#define XLIM_URL            2048  /* a link's length */

/* The names a limit goes by (LimitExceeded.limit, the quarantine reason). */
#define XLIM_NAME_PDF_BYTES "pdf_bytes"
#define XLIM_NAME_PAGES     "pages"
#define XLIM_NAME_ITEMS     "items"
#define XLIM_NAME_DISCOUNTS "discounts"
#define XLIM_NAME_PAYMENTS  "payments"
#define XLIM_NAME_VAT_LINES "vat_lines"
#define XLIM_NAME_TAXES     "taxes"
#define XLIM_NAME_CSV_BYTES "csv_bytes"
#define XLIM_NAME_CSV_LINE  "csv_line"
#define XLIM_NAME_CSV_COLS  "csv_columns"
#define XLIM_NAME_CELL      "cell"  /* a report value longer than its column */

#endif
