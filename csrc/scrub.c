#include "scrub.h"

#include <stdlib.h>
#include <string.h>

#include <glib.h>

int xsecrets_add(xsecrets *s, const char *value)
{
    if (!value || strlen(value) < XSCRUB_MIN_LEN)
        return 0;
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->v[i], value))
            return 0;
    char *copy = strdup(value);
    if (!copy)
        return -1;
    if (s->n == XSCRUB_MAX) {
        /* the first entries are the long-lived ones (client secret, refresh
         * token); the oldest of the rest (an old access token) gives way */
        size_t drop = XSCRUB_MAX / 2;
        explicit_bzero(s->v[drop], strlen(s->v[drop]));
        free(s->v[drop]);
        memmove(&s->v[drop], &s->v[drop + 1], (XSCRUB_MAX - drop - 1) * sizeof *s->v);
        s->n--;
    }
    s->v[s->n++] = copy;
    return 0;
}

void xsecrets_free(xsecrets *s)
{
    for (size_t i = 0; i < s->n; i++) {
        explicit_bzero(s->v[i], strlen(s->v[i]));
        free(s->v[i]);
    }
    s->n = 0;
}

/* How many bytes of t (of length n) spell secret in one of its echoed
 * forms; 0 when they do not.  *partial gets the secret bytes matched when
 * the text ends before the secret does. */
static size_t match(const char *t, size_t n, const char *secret, size_t *partial)
{
    size_t i = 0;
    *partial = 0;
    for (const char *c = secret; *c; c++) {
        if (i >= n) {
            *partial = (size_t)(c - secret);
            return 0;
        }
        if (t[i] == *c) {
            i++;
        } else if (t[i] == '%' && i + 2 < n && g_ascii_isxdigit(t[i + 1]) && g_ascii_isxdigit(t[i + 2]) &&
                   (char)(g_ascii_xdigit_value(t[i + 1]) * 16 + g_ascii_xdigit_value(t[i + 2])) == *c) {
            i += 3;
        } else if (*c == ' ' && t[i] == '+') {
            i++;
        } else if (*c == '/' && t[i] == '\\' && i + 1 < n && t[i + 1] == '/') {
            i += 2;
        } else {
            return 0;
        }
    }
    return i;
}

size_t xscrub(const xsecrets *s, char *text, size_t cap)
{
    size_t n = strlen(text);
    if (!s || !s->n || !n || !cap)
        return n;
    GString *out = NULL;
    size_t from = 0; /* text[from, i) not yet copied to out */
    for (size_t i = 0; i < n;) {
        size_t len = 0, cut = 0;
        for (size_t k = 0; k < s->n && !len && !cut; k++) {
            size_t partial;
            len = match(text + i, n - i, s->v[k], &partial);
            if (!len && partial >= 4)
                cut = n - i; /* the text ends inside this secret */
        }
        if (!len && !cut) {
            i++;
            continue;
        }
        if (!out)
            out = g_string_sized_new(n + 16);
        g_string_append_len(out, text + from, (gssize)(i - from));
        g_string_append(out, XSCRUB_MARK);
        i += len ? len : cut;
        from = i;
    }
    if (!out)
        return n;
    g_string_append_len(out, text + from, (gssize)(n - from));
    size_t m = out->len < cap - 1 ? out->len : cap - 1;
    memcpy(text, out->str, m);
    text[m] = '\0';
    g_string_free(out, TRUE);
    return m;
}
