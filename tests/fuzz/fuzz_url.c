/* The link rules (links.c): normalising, the allow list, redirect
 * resolution and the HTML scanner.  Input: "url\nlocation\nhtml".  Checked
 * as it runs: normalising is a fixed point, a resolved redirect is
 * normalised, and every link the scanner returns is allowed, once, within
 * the cap. */
#include "../../csrc/links.h"
#include "../../csrc/xcommon.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

static void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

static void fixed_point(const char *n)
{
    char *again = link_normalise(n);
    check(again && !strcmp(again, n));
    g_free(again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = g_strndup((const char *)data, size);
    char *nl1 = strchr(s, '\n'), *nl2 = nl1 ? strchr(nl1 + 1, '\n') : NULL;
    const char *loc = "", *html = "";
    if (nl1) {
        *nl1 = '\0';
        loc = nl1 + 1;
    }
    if (nl2) {
        *nl2 = '\0';
        html = nl2 + 1;
    }
    const char *allow[] = {"https://m.tarjetacarrefour.com.ar/x/c/", "http://127.0.0.1:1/x", s};
    link_rules *r = link_rules_new(allow, 3);
    char *n = link_normalise(s);
    if (n) {
        fixed_point(n);
        link_rules_allow(r, n);
    }
    char *res = n ? link_resolve(n, loc) : NULL;
    if (res)
        fixed_point(res);
    char **urls;
    bool more;
    size_t k = link_scan(html, strlen(html), r, 3, &urls, &more);
    check(k <= 3 && (!more || k == 3));
    for (size_t i = 0; i < k; i++) {
        check(link_rules_allow(r, urls[i]));
        fixed_point(urls[i]);
        for (size_t j = 0; j < i; j++)
            check(strcmp(urls[i], urls[j]) != 0);
    }
    for (size_t i = 0; i < k; i++)
        g_free(urls[i]);
    free(urls);
    g_free(res);
    g_free(n);
    link_rules_free(r);
    g_free(s);
    return 0;
}
