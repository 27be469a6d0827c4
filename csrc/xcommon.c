#include "xcommon.h"

#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <glib.h>
#include <openssl/evp.h>

void xerr_set(xerr *e, xerr_code code, const char *fmt, ...)
{
    va_list ap;
    if (!e)
        return;
    e->code = code;
    e->rcode[0] = '\0';
    e->status = 0;
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
}

void xerr_limit(xerr *e, const char *limit, const char *fmt, ...)
{
    va_list ap;
    if (!e)
        return;
    e->code = XE_LIMIT;
    e->status = 0;
    snprintf(e->rcode, sizeof e->rcode, "%s", limit);
    va_start(ap, fmt);
    vsnprintf(e->msg, sizeof e->msg, fmt, ap);
    va_end(ap);
}

struct xblk {
    struct xblk *next;
    size_t used, cap;
    max_align_t align[];
};

void *xa_alloc(xarena *a, size_t n)
{
    const size_t al = sizeof(max_align_t);
    n = (n + al - 1) / al * al;
    if (!a->head || a->head->cap - a->head->used < n) {
        size_t cap = n > 16384 ? n : 16384;
        xblk *b = malloc(sizeof(xblk) + cap);
        if (!b)
            return NULL;
        b->next = a->head;
        b->used = 0;
        b->cap = cap;
        a->head = b;
    }
    void *p = (char *)a->head->align + a->head->used;
    a->head->used += n;
    return p;
}

char *xa_strndup(xarena *a, const char *s, size_t n)
{
    char *p = xa_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void xa_free(xarena *a)
{
    xblk *b = a->head;
    while (b) {
        xblk *next = b->next;
        free(b);
        b = next;
    }
    a->head = NULL;
}

int xvec_reserve(void **arr, size_t *cap, size_t need, size_t sz)
{
    if (need <= *cap)
        return 0;
    size_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    if (ncap > SIZE_MAX / sz)
        return -1;
    void *p = realloc(*arr, ncap * sz);
    if (!p)
        return -1;
    *arr = p;
    *cap = ncap;
    return 0;
}

int xbuf_put(xbuf *b, const char *s, size_t n)
{
    if (xvec_reserve((void **)&b->p, &b->cap, b->len + n + 1, 1) != 0)
        return -1;
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
    return 0;
}

int xbuf_putc(xbuf *b, char c) { return xbuf_put(b, &c, 1); }

int xbuf_printf(xbuf *b, const char *fmt, ...)
{
    va_list ap;
    char small[256];
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return -1;
    if ((size_t)n < sizeof small)
        return xbuf_put(b, small, (size_t)n);
    if (xvec_reserve((void **)&b->p, &b->cap, b->len + (size_t)n + 1, 1) != 0)
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

int xbuf_cstr(xbuf *b) { return b->p ? 0 : xbuf_put(b, "", 0); }

void xbuf_free(xbuf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

int json_put_string(xbuf *out, const char *s)
{
    if (!s)
        return xbuf_put(out, "null", 4);
    if (xbuf_putc(out, '"'))
        return -1;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        char esc[8];
        if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            if (xbuf_put(out, esc, 2))
                return -1;
        } else if (c < 0x20) {
            snprintf(esc, sizeof esc, "\\u%04x", c);
            if (xbuf_put(out, esc, 6))
                return -1;
        } else if (xbuf_putc(out, (char)c)) {
            return -1;
        }
    }
    return xbuf_putc(out, '"');
}

void xsha256_hex(const void *p, size_t n, char out[65])
{
    static const char hex[] = "0123456789abcdef";
    unsigned char md[32];
    unsigned int mdlen = 0;
    if (EVP_Digest(p, n, md, &mdlen, EVP_sha256(), NULL) != 1 || mdlen != 32) {
        /* only on an OpenSSL failure (FIPS misconfiguration): never a silent hash */
        memset(out, '0', 64);
        out[64] = '\0';
        abort();
    }
    for (int i = 0; i < 32; i++) {
        out[2 * i] = hex[md[i] >> 4];
        out[2 * i + 1] = hex[md[i] & 15];
    }
    out[64] = '\0';
}

static bool b64_char(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

int b64url_decode(const char *s, size_t n, xbuf *out)
{
    char *t = malloc(n + 4);
    if (!t)
        return -1;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '-')
            c = '+';
        else if (c == '_')
            c = '/';
        else if (c == '=' || c == '\r' || c == '\n')
            continue;
        else if (!b64_char((unsigned char)c)) {
            free(t);
            return -1;
        }
        t[k++] = c;
    }
    if (k % 4 == 1) {
        free(t);
        return -1;
    }
    while (k % 4)
        t[k++] = '=';
    t[k] = '\0';
    gsize dl = 0;
    guchar *d = g_base64_decode(t, &dl);
    free(t);
    out->len = 0;
    int r = xbuf_put(out, (const char *)(d ? (const char *)d : ""), d ? dl : 0);
    g_free(d);
    return r || xbuf_cstr(out) ? -1 : 0;
}

long xb64_mime(const char *s, size_t n, char *scratch, unsigned char *out)
{
    /* the lines, their ends dropped (a CR anywhere else stays, and fails) */
    size_t k = 0, pad = 0;
    for (const char *p = s, *end = s + n; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = (size_t)((nl ? nl : end) - p);
        memcpy(scratch + k, p, len);
        k += len - (nl && len && p[len - 1] == '\r');
        p = nl ? nl + 1 : end;
    }
    while (pad < 2 && pad < k && scratch[k - 1 - pad] == '=')
        pad++;
    if (k % 4 || k > INT_MAX)
        return -1;
    if (k == 0)
        return 0;
    /* OpenSSL's decoder refuses any byte outside the alphabet, but reads
     * '=' as a zero sextet wherever it is and trims blanks at either end:
     * padding only at the end, and no blank to trim */
    if (memchr(scratch, '=', k - pad) || !b64_char((unsigned char)scratch[0]) ||
        !b64_char((unsigned char)scratch[k - pad - 1]))
        return -1;
    int r = EVP_DecodeBlock(out, (const unsigned char *)scratch, (int)k);
    if (r < 0 || (size_t)r != k / 4 * 3)
        return -1;
    return (long)((size_t)r - pad); /* three bytes a quad: the padding's dropped */
}
