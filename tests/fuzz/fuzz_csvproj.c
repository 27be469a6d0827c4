/* The loader's projection of processed files read back from the stage:
 * any bytes, any column count, repeats skipped or kept.  What it writes
 * must read again as the same rows (projecting its output with every
 * column gives it back). */
#include "../../csrc/csvproj.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    int nfields = 1 + data[0] % 40, pick[40], npick = 0;
    for (int i = 0; i < nfields; i++)
        if ((data[1] >> (i % 8)) & 1 || i == 0)
            pick[npick++] = i;
    bool keep = (data[0] / 40) & 1;
    csvproj p = {.pick = pick, .npick = npick, .nfields = nfields, .keep_repeats = keep};
    xbuf out = {0};
    xerr err = {0};
    if (csvproj_file(&p, (const char *)data + 2, size - 2, &out, &err) == 0 && out.len) {
        if (out.p[out.len - 1] != '\n')
            abort();
        int all[40];
        for (int i = 0; i < npick; i++)
            all[i] = i;
        xbuf again = {0}, in = {0};
        csvproj q = {.pick = all, .npick = npick, .nfields = npick, .keep_repeats = keep};
        if (xbuf_put(&in, "h\n", 2) || xbuf_put(&in, out.p, out.len))
            abort();
        if (csvproj_file(&q, in.p, in.len, &again, &err) != 0 || again.len != out.len ||
            memcmp(again.p, out.p, again.len) != 0)
            abort(); /* out's rows again (none equals the one before unless kept) */
        csvproj_free(&q);
        xbuf_free(&again);
        xbuf_free(&in);
    }
    csvproj_free(&p);
    xbuf_free(&out);
    return 0;
}
