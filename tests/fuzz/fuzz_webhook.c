/* The notification verifiers: report-ready bodies (JSON, bcrypt) and
 * x-signature headers.  The first byte picks which. */
#include "../../csrc/mpwebhook.h"

#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xerr err = {0};
    if (size < 1)
        return 0;
    if (data[0] & 1) {
        mp_report_note note;
        mp_verify_report_note((const char *)data + 1, size - 1, "expetl-fixture-secret", 0, 1742300000, &note,
                              &err);
    } else {
        char h[600];
        size_t n = size - 1 < sizeof h - 1 ? size - 1 : sizeof h - 1;
        memcpy(h, data + 1, n);
        h[n] = '\0';
        mp_verify_x_signature(h, "req-1", "123", "secret", 300, 1742300000, &err);
    }
    return 0;
}
