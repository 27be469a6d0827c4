/* The layout registry and the contract's checks. */
#include "parse.h"
#include "layout.h"
#include "pdfrows.h"

#include <string.h>

/* Tried in order; the first whose detect and parse succeed wins.  The
 * ticket layout detects everything: it is the fallback. */
static const rc_layout *const LAYOUTS[] = {&LAYOUT_AFIP_INVOICE, &LAYOUT_TICKET};

static void apply_checks(receipt *rc)
{
    xdec sum = {0, 2, true};
    for (size_t i = 0; i < rc->nitems; i++)
        sum = xd_add(sum, rc->items[i].amount);
    for (size_t i = 0; i < rc->ndiscounts; i++)
        sum = xd_add(sum, rc->discounts[i].amount);
    for (size_t i = 0; i < rc->ntaxes; i++)
        sum = xd_add(sum, rc->taxes[i].amount);
    /* net line amounts (most private Factura A layouts): VAT comes on top */
    for (size_t i = 0; !rc->prices_include_vat && i < rc->nvat; i++)
        sum = xd_add(sum, rc->vat[i].amount);
    if (!rc->total.set) {
        rc->warnings |= RW_TOTALS_MISMATCH;
    } else {
        xdec diff = xd_rescale(xd_sub(sum, rc->total), 2);
        if (!diff.set || diff.v > 1 || diff.v < -1)
            rc->warnings |= RW_TOTALS_MISMATCH;
    }
    if (!rc->merchant_cuit[0])
        rc->warnings |= RW_CUIT_INVALID;
    if (!rc->discount_total.set) {
        xdec dt = {0, 2, true};
        for (size_t i = 0; i < rc->ndiscounts; i++)
            dt = xd_sub(dt, rc->discounts[i].amount);
        rc->discount_total = dt;
    }
}

int receipt_parse_rows(receipt *rc, xerr *err)
{
    int r = 1;
    for (size_t i = 0; r == 1 && i < sizeof LAYOUTS / sizeof *LAYOUTS; i++) {
        if (!LAYOUTS[i]->detect(&rc->rows))
            continue;
        r = LAYOUTS[i]->parse(rc, err);
        if (r == 1)
            receipt_reset_fields(rc);
    }
    if (r < 0) {
        if (rc->limit_hit) /* the layout saw -1 from rc_add_*: say which limit */
            xerr_limit(err, rc->limit_hit, "the receipt has more %s than the limit of %d", rc->limit_hit,
                       rc->limit_max);
        return -1;
    }
    if (r == 1) {
        xerr_set(err, XE_UNSUPPORTED,
                 "not a receipt of a known layout (no ticket or AFIP invoice structure found)");
        return -1;
    }
    apply_checks(rc);
    return 0;
}

int receipt_parse_pdf(const uint8_t *buf, size_t len, receipt *rc, xerr *err)
{
    if (pdf_rows(buf, len, &rc->rows, err) != 0)
        return -1;
    return receipt_parse_rows(rc, err);
}

int receipt_parse_text(const char *text, size_t len, receipt *rc, xerr *err)
{
    if (rows_from_text(&rc->rows, text, len, err) != 0)
        return -1;
    return receipt_parse_rows(rc, err);
}
