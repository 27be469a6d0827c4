#include "links.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include <curl/curl.h>
#include <glib.h>

#include "xcommon.h"

#define URI_FLAGS (G_URI_FLAGS_ENCODED | G_URI_FLAGS_SCHEME_NORMALIZE)

static bool http_scheme(const char *s) { return s && (!strcmp(s, "https") || !strcmp(s, "http")); }

/* Does libcurl read url as exactly this URL?  It is what gets requested. */
static bool curl_agrees(const char *url)
{
    CURLU *u = curl_url();
    char *back = NULL;
    bool same = u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK &&
                curl_url_get(u, CURLUPART_URL, &back, 0) == CURLUE_OK && back && !strcmp(back, url);
    curl_free(back);
    curl_url_cleanup(u);
    return same;
}

static bool has_encoded(const char *path)
{
    for (const char *p = strchr(path, '%'); p; p = strchr(p + 1, '%'))
        if (!g_ascii_strncasecmp(p, "%2f", 3) || !g_ascii_strncasecmp(p, "%5c", 3) || !strncmp(p, "%00", 3))
            return true;
    return false;
}

/* The parsed, normalised form of url, or NULL (see link_normalise). */
static GUri *parse_norm(const char *url)
{
    size_t n = strlen(url);
    if (n == 0 || n > XLIM_URL)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)url[i];
        if (c <= 0x20 || c == 0x7f || c == '\\')
            return NULL;
    }
    GUri *u = g_uri_parse(url, URI_FLAGS, NULL);
    if (!u)
        return NULL;
    const char *host = g_uri_get_host(u);
    if (!http_scheme(g_uri_get_scheme(u)) || g_uri_get_userinfo(u) || !host || !*host ||
        has_encoded(g_uri_get_path(u))) {
        g_uri_unref(u);
        return NULL;
    }
    if (!*g_uri_get_path(u)) { /* "https://h" is "https://h/", as libcurl sends it */
        GUri *v = g_uri_build(URI_FLAGS, g_uri_get_scheme(u), NULL, host, g_uri_get_port(u), "/",
                              g_uri_get_query(u), g_uri_get_fragment(u));
        g_uri_unref(u);
        u = v;
    }
    return u;
}

static char *text_of(GUri *u)
{
    /* what is fetched has no fragment (a browser never sends it) */
    char *s = g_uri_to_string_partial(u, G_URI_HIDE_FRAGMENT);
    g_uri_unref(u);
    return s;
}

/* The URL text of u (consumed) as it is requested, or NULL.  The text must
 * read back as itself (normalising is then a fixed point: what was checked
 * is what is sent, whoever parses it again) and libcurl must agree. */
static char *finish(GUri *u)
{
    char *s = text_of(u);
    GUri *again = s && strlen(s) <= XLIM_URL ? parse_norm(s) : NULL;
    char *back = again ? text_of(again) : NULL;
    bool ok = back && !strcmp(s, back) && curl_agrees(s);
    g_free(back);
    if (!ok) {
        g_free(s);
        s = NULL;
    }
    return s;
}

char *link_normalise(const char *url)
{
    GUri *u = parse_norm(url);
    return u ? finish(u) : NULL;
}

struct link_rules {
    GUri **e;
    size_t n;
};

link_rules *link_rules_new(const char *const *allow, size_t n)
{
    link_rules *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    if (n && !(r->e = calloc(n, sizeof *r->e))) {
        free(r);
        return NULL;
    }
    for (size_t i = 0; i < n; i++)
        if (allow[i] && (r->e[r->n] = parse_norm(allow[i])))
            r->n++;
    return r;
}

void link_rules_free(link_rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++)
        g_uri_unref(r->e[i]);
    free(r->e);
    free(r);
}

static bool under(const char *path, const char *prefix)
{
    size_t pl = strlen(prefix);
    if (pl == 0 || !strcmp(prefix, "/"))
        return true;
    if (strncmp(path, prefix, pl) != 0)
        return false;
    /* "/x/c" allows "/x/c" and "/x/c/...", not "/x/cevil" */
    return prefix[pl - 1] == '/' || path[pl] == '\0' || path[pl] == '/' || path[pl] == '?';
}

static bool match(const link_rules *r, GUri *u)
{
    for (size_t i = 0; i < r->n; i++) {
        GUri *e = r->e[i];
        if (!strcmp(g_uri_get_scheme(e), g_uri_get_scheme(u)) &&
            !g_ascii_strcasecmp(g_uri_get_host(e), g_uri_get_host(u)) && g_uri_get_port(e) == g_uri_get_port(u) &&
            under(g_uri_get_path(u), g_uri_get_path(e)))
            return true;
    }
    return false;
}

bool link_rules_allow(const link_rules *r, const char *normalised)
{
    GUri *u = r ? parse_norm(normalised) : NULL;
    bool ok = u && match(r, u);
    if (u)
        g_uri_unref(u);
    return ok;
}

/* One href value (html[s, k)): &amp; undone, normalised, checked. */
static char *candidate(const char *html, size_t s, size_t k, const link_rules *r)
{
    char raw[XLIM_URL + 1];
    size_t n = 0;
    for (size_t t = s; t < k; t++) {
        if (n >= XLIM_URL)
            return NULL;
        if (t + 5 <= k && !memcmp(html + t, "&amp;", 5)) { /* html is not NUL-terminated */
            raw[n++] = '&';
            t += 4;
        } else {
            raw[n++] = html[t];
        }
    }
    raw[n] = '\0';
    GUri *u = parse_norm(raw);
    if (u && !match(r, u)) {
        g_uri_unref(u);
        u = NULL;
    }
    return u ? finish(u) : NULL;
}

size_t link_scan(const char *html, size_t len, const link_rules *r, size_t max, char ***urls, bool *more)
{
    size_t n = 0, cap = 0;
    *urls = NULL;
    *more = false;
    GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal); /* the strings are in *urls */
    /* each byte is looked at a bounded number of times: i only moves forward */
    for (size_t i = 0; i + 4 < len && !*more; i++) {
        if (g_ascii_strncasecmp(html + i, "href", 4) != 0)
            continue;
        size_t k = i + 4;
        while (k < len && isspace((unsigned char)html[k]))
            k++;
        if (k >= len || html[k] != '=') {
            i = k - 1;
            continue;
        }
        k++;
        while (k < len && isspace((unsigned char)html[k]))
            k++;
        char q = k < len && (html[k] == '"' || html[k] == '\'') ? html[k++] : 0;
        size_t s = k;
        while (k < len && (q ? html[k] != q : !isspace((unsigned char)html[k]) && html[k] != '>'))
            k++;
        i = k;
        if (k - s == 0 || k - s > XLIM_URL)
            continue;
        char *url = candidate(html, s, k, r);
        if (!url || g_hash_table_contains(seen, url)) {
            g_free(url);
        } else if (n >= max) {
            *more = true;
            g_free(url);
        } else if (XVEC_PUSH(*urls, n, cap, url) != 0) {
            g_free(url);
            break;
        } else {
            g_hash_table_add(seen, url);
        }
    }
    g_hash_table_destroy(seen);
    return n;
}

char *link_resolve(const char *base, const char *location)
{
    if (!location || !*location || strlen(location) > XLIM_URL)
        return NULL;
    char *abs = g_uri_resolve_relative(base, location, URI_FLAGS, NULL);
    if (!abs)
        return NULL;
    char *norm = link_normalise(abs);
    g_free(abs);
    return norm;
}
