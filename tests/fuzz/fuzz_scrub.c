/* The secret scrubber (scrub.c).  Input: "secret1\nsecret2\ntext".  Checked:
 * no secret is left in the text as is, and the text does not end with the
 * first four bytes (or more) of one. */
#include "../../csrc/scrub.h"

#include <stdbool.h>
#include <stdint.h>

#include <glib.h>
#include <stdlib.h>
#include <string.h>

static void check(bool ok)
{
    if (!ok)
        __builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *s = g_strndup((const char *)data, size);
    char *nl1 = strchr(s, '\n'), *nl2 = nl1 ? strchr(nl1 + 1, '\n') : NULL;
    if (!nl2) {
        g_free(s);
        return 0;
    }
    *nl1 = *nl2 = '\0';
    const char *sec[2] = {s, nl1 + 1}, *text = nl2 + 1;
    xsecrets x = {0};
    for (int i = 0; i < 2; i++)
        /* tokens and keys have no brackets: a secret with one could be
         * spelled by a mark and the text beside it */
        if (!strpbrk(sec[i], "[]") && !strstr(XSCRUB_MARK, sec[i]))
            check(xsecrets_add(&x, sec[i]) == 0);
    size_t n = strlen(text), cap = n * sizeof XSCRUB_MARK + 1;
    char *buf = malloc(cap);
    memcpy(buf, text, n + 1);
    size_t m = xscrub(&x, buf, cap);
    check(m == strlen(buf));
    for (size_t i = 0; i < x.n; i++) {
        check(!strstr(buf, x.v[i]));
        size_t sl = strlen(x.v[i]);
        for (size_t k = 4; k < sl && k <= m; k++)
            check(memcmp(buf + m - k, x.v[i], k) != 0);
    }
    free(buf);
    xsecrets_free(&x);
    g_free(s);
    return 0;
}
