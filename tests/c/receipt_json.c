/* The receipt contract (CONTRACT.md) as JSON text, for the C tests and the
 * debug tool: the pipeline itself never needs it (Python gets dicts). */
#include "receipt_json.h"

#include <stdio.h>
#include <string.h>

static int put_dec(xbuf *out, xdec d)
{
    char b[40];
    if (!d.set)
        return xbuf_put(out, "null", 4);
    b[0] = '"';
    int n = xd_format(d, b + 1, sizeof b - 2);
    b[n + 1] = '"';
    return xbuf_put(out, b, (size_t)n + 2);
}

/* an integer, or null when negative */
static int put_int(xbuf *out, int64_t v)
{
    char b[32];
    if (v >= 0)
        snprintf(b, sizeof b, "%lld", (long long)v);
    else
        strcpy(b, "null");
    return xbuf_put(out, b, strlen(b));
}

#define PUT(s) do { if (xbuf_put(out, s, strlen(s))) return -1; } while (0)
#define CHK(x) do { if (x) return -1; } while (0)

int receipt_to_json(const receipt *rc, xbuf *out)
{
    char b[64];
    PUT("{\"doc_type\": ");
    CHK(json_put_string(out, rc->doc_type));
    PUT(", \"merchant\": {\"name\": ");
    CHK(json_put_string(out, rc->merchant_name));
    PUT(", \"cuit\": ");
    CHK(json_put_string(out, rc->merchant_cuit[0] ? rc->merchant_cuit : NULL));
    PUT("}, \"pos\": ");
    CHK(put_int(out, rc->pos));
    PUT(", \"number\": ");
    CHK(put_int(out, rc->number));
    PUT(", \"issued_at\": ");
    CHK(json_put_string(out, rc->issued_at[0] ? rc->issued_at : NULL));
    PUT(", \"currency\": ");
    CHK(json_put_string(out, rc->currency));
    PUT(", \"items\": [");
    for (size_t i = 0; i < rc->nitems; i++) {
        const rc_item *it = &rc->items[i];
        snprintf(b, sizeof b, "%s{\"line\": %d, \"department\": ", i ? ", " : "", it->line);
        PUT(b);
        CHK(json_put_string(out, it->department));
        PUT(", \"description\": ");
        CHK(json_put_string(out, it->description));
        PUT(", \"ean\": ");
        CHK(json_put_string(out, it->ean));
        PUT(", \"quantity\": ");
        CHK(put_dec(out, it->quantity));
        PUT(", \"unit\": ");
        CHK(json_put_string(out, it->unit));
        PUT(", \"unit_price\": ");
        CHK(put_dec(out, it->unit_price));
        PUT(", \"vat_rate\": ");
        CHK(put_dec(out, it->vat_rate));
        PUT(", \"amount\": ");
        CHK(put_dec(out, it->amount));
        PUT("}");
    }
    PUT("], \"discounts\": [");
    for (size_t i = 0; i < rc->ndiscounts; i++) {
        PUT(i ? ", {\"description\": " : "{\"description\": ");
        CHK(json_put_string(out, rc->discounts[i].description));
        PUT(", \"amount\": ");
        CHK(put_dec(out, rc->discounts[i].amount));
        PUT("}");
    }
    PUT("], \"subtotal\": ");
    CHK(put_dec(out, rc->subtotal));
    PUT(", \"discount_total\": ");
    CHK(put_dec(out, rc->discount_total));
    PUT(", \"total\": ");
    CHK(put_dec(out, rc->total));
    PUT(", \"vat\": [");
    for (size_t i = 0; i < rc->nvat; i++) {
        PUT(i ? ", {\"rate\": " : "{\"rate\": ");
        CHK(put_dec(out, rc->vat[i].rate));
        PUT(", \"amount\": ");
        CHK(put_dec(out, rc->vat[i].amount));
        PUT("}");
    }
    PUT("], \"taxes\": [");
    for (size_t i = 0; i < rc->ntaxes; i++) {
        PUT(i ? ", {\"description\": " : "{\"description\": ");
        CHK(json_put_string(out, rc->taxes[i].description));
        PUT(", \"amount\": ");
        CHK(put_dec(out, rc->taxes[i].amount));
        PUT("}");
    }
    PUT("], \"payments\": [");
    for (size_t i = 0; i < rc->npayments; i++) {
        PUT(i ? ", {\"method\": " : "{\"method\": ");
        CHK(json_put_string(out, rc->payments[i].method));
        PUT(", \"amount\": ");
        CHK(put_dec(out, rc->payments[i].amount));
        PUT("}");
    }
    PUT("], \"prices_include_vat\": ");
    PUT(rc->prices_include_vat ? "true" : "false");
    PUT(", \"cae\": ");
    CHK(json_put_string(out, rc->cae[0] ? rc->cae : NULL));
    PUT(", \"qr\": ");
    if (!rc->qr.present) {
        PUT("null");
    } else {
        const rc_qr *q = &rc->qr;
        PUT("{\"doc_code\": ");
        CHK(put_int(out, q->doc_code));
        PUT(", \"cuit\": ");
        CHK(json_put_string(out, q->cuit[0] ? q->cuit : NULL));
        PUT(", \"pos\": ");
        CHK(put_int(out, q->pos));
        PUT(", \"number\": ");
        CHK(put_int(out, q->number));
        PUT(", \"date\": ");
        CHK(json_put_string(out, q->date[0] ? q->date : NULL));
        PUT(", \"total\": ");
        CHK(put_dec(out, q->total));
        PUT(", \"currency\": ");
        CHK(json_put_string(out, q->currency[0] ? q->currency : NULL));
        PUT(", \"cae\": ");
        CHK(json_put_string(out, q->cae[0] ? q->cae : NULL));
        PUT("}");
    }
    PUT(", \"warnings\": [");
    static const char *const names[] = {"totals_mismatch", "cuit_invalid", "qr_mismatch"};
    int nw = 0;
    for (int i = 0; i < 3; i++)
        if (rc->warnings & (1u << i)) {
            PUT(nw ? ", \"" : "\"");
            nw++;
            PUT(names[i]);
            PUT("\"");
        }
    PUT("]}");
    return 0;
}
