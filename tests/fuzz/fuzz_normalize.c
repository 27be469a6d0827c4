/* The number, rate, date, time, CUIT and EAN normalisers. */
#include "../../csrc/normalize.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *s = (const char *)data;
    xdec d;
    char out[64];
    if (xn_money(s, size, &d) == 0) {
        xd_format(d, out, sizeof out);
        xd_format(xd_rescale(d, 4), out, sizeof out);
        xd_add(d, d);
        xd_neg(d);
    }
    if (xn_plain_decimal(s, size, &d) == 0)
        xd_format(d, out, sizeof out);
    xn_rate(s, size, &d);
    xn_is_money(s, size);
    int64_t pesos;
    xn_whole_pesos(s, size, &pesos);
    int y, m, dd, hh, mm, ss;
    xn_date(s, size, &y, &m, &dd);
    xn_time(s, size, &hh, &mm, &ss);
    char cuit[12];
    bool valid;
    xn_cuit(s, size, cuit, &valid);
    xn_ean_valid(s, size);
    xn_case_class(s, size);
    return 0;
}
