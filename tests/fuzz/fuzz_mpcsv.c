/* The Mercado Pago CSV reader and the processed CSV writer. */
#include "../../csrc/mpcsv.h"
#include "../../csrc/processed.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    mp_report rep;
    xerr err = {0};
    if (mp_parse((const char *)data, size, &rep, &err) == 0) {
        xbuf csv = {0};
        proc_mp_csv(&rep, "00", "key", NULL, &csv, &err);
        xbuf_free(&csv);
        mp_report_free(&rep);
    }
    return 0;
}
