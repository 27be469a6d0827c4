/* Links from mail bodies (the "ticket digital" PDFs): which ones may be
 * fetched, decided on the normalised URL, the one that is then requested.
 *
 * Normalising (GLib's RFC 3986 parser): the scheme lower-cased, the default
 * port dropped, percent-encoded unreserved characters decoded and dot
 * segments removed, so "/x/c/../../admin" and "/x/c/%2E%2E/admin" are both
 * "/admin" before the allow list is asked; libcurl must read the result the
 * same way (it would collapse dot segments after a check on the raw text).
 * Pure C over GLib and libcurl's URL API. */
#ifndef EXPETL_LINKS_H
#define EXPETL_LINKS_H

#include <stdbool.h>
#include <stddef.h>

/* url normalised (a new string, g_free it), or NULL when it is not an
 * absolute http(s) URL we would fetch: longer than XLIM_URL, whitespace or
 * control characters, user info, no host, an encoded '/', '\' or NUL in the
 * path (a server may decode them), or a form libcurl reads differently. */
char *link_normalise(const char *url);

/* The allow list, each entry "scheme://host[:port]/path-prefix" normalised
 * the same way; entries that are not such URLs allow nothing. */
typedef struct link_rules link_rules;
link_rules *link_rules_new(const char *const *allow, size_t n);
void link_rules_free(link_rules *r);
/* A normalised URL is allowed when an entry has its scheme, host (any
 * case) and port, and its path is under the entry's path at a segment
 * boundary. */
bool link_rules_allow(const link_rules *r, const char *normalised);

/* The allowed links among the href values of an HTML body (&amp; undone),
 * normalised, each once, in order of appearance: at most max of them;
 * *more is set when the body holds further allowed links (the cap, so a
 * mail cannot make us fetch thousands).  Linear in len.  urls owned by the
 * caller (g_free each, free the array); returns the count. */
size_t link_scan(const char *html, size_t len, const link_rules *r, size_t max, char ***urls, bool *more);

/* A redirect's Location resolved against the URL that answered (absolute,
 * host-relative or path-relative), normalised; NULL when unusable. */
char *link_resolve(const char *base, const char *location);

#endif
