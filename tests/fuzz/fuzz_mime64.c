/* The mailbox's base64 decoder (xb64_mime in xcommon.c).  Input: a part's
 * body.  Checked: a body it reads is clean (no byte but the alphabet, '=',
 * CR and LF) and decodes to what GLib's decoder makes of it, within the
 * promised room. */
#include "../../csrc/xcommon.h"

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
    /* exact-size heap blocks: any read or write past them is caught */
    char *s = malloc(size ? size : 1), *scratch = malloc(size ? size : 1);
    unsigned char *out = malloc(size / 4 * 3 + 1), *ref = malloc(size / 4 * 3 + 3);
    check(s && scratch && out && ref);
    memcpy(s, data, size);
    long r = xb64_mime(s, size, scratch, out);
    if (r >= 0) {
        check((size_t)r <= size / 4 * 3);
        for (size_t i = 0; i < size; i++)
            check(g_ascii_isalnum(s[i]) || strchr("+/=\r\n", s[i]) != NULL);
        gint state = 0;
        guint save = 0;
        gsize n = g_base64_decode_step(s, size, ref, &state, &save);
        check(n == (gsize)r && memcmp(out, ref, n) == 0);
    }
    free(s);
    free(scratch);
    free(out);
    free(ref);
    return 0;
}
