/* The AFIP QR payload parser (qr.c): the text as zbar hands it over, and,
 * so that the fuzzer need not learn base64, a JSON payload wrapped in the
 * URL here (first byte odd), with the URL cut where the second byte says. */
#include "../../csrc/qr.h"

#include <assert.h>
#include <glib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    rc_qr q;
    if (size >= 2 && (data[0] & 1)) {
        gchar *b = g_base64_encode(data + 2, size - 2);
        gchar *u = g_strconcat(data[0] & 2 ? "afip.gob.ar/fe/qr?p=" : "https://www.afip.gob.ar/fe/qr/?p=", b, NULL);
        size_t n = strlen(u), cut = 20 + (size_t)data[1] * 4;
        qr_payload_parse(u, cut < n ? cut : n, &q);
        g_free(u);
        g_free(b);
    } else {
        qr_payload_parse((const char *)data, size, &q);
    }
    /* what comes out is always in the contract's shape */
    assert(strlen(q.cuit) == 0 || strlen(q.cuit) == 11);
    assert(strlen(q.date) == 0 || strlen(q.date) == 10);
    assert(strlen(q.cae) <= 14 && strlen(q.currency) < sizeof q.currency);
    assert(q.pos >= -1 && q.pos <= 99999 && q.number >= -1 && q.number <= 99999999);
    assert(q.doc_code >= -1 && q.doc_code <= 999);
    return 0;
}
