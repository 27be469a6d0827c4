#include "xcommon.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void xerr_set(xerr *e, xerr_code code, const char *fmt, ...)
{
    va_list ap;
    if (!e)
        return;
    e->code = code;
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

void xbuf_free(xbuf *b)
{
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}
