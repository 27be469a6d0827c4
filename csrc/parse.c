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
    xdec sum = rc_sum_lines(rc);
    /* net line amounts (most private Factura A layouts): VAT comes on top */
    if (!rc->prices_include_vat)
        sum = xd_add(sum, rc_sum_vat(rc));
    if (!xd_within_cent(sum, rc->total))
        rc->warnings |= RW_TOTALS_MISMATCH;
    if (!rc->merchant_cuit[0])
        rc->warnings |= RW_CUIT_INVALID;
    if (!rc->discount_total.set) {
        xdec dt = {0, 2, true};
        for (size_t i = 0; i < rc->ndiscounts; i++)
            dt = xd_sub(dt, rc->discounts[i].amount);
        rc->discount_total = dt;
    }
}

/* The AFIP codes of the invoices of each letter: Factura (1, 6, 11), Tique
 * Factura (81, 82, 111) and the MiPyME credit invoice (201, 206, 211).  A
 * QR naming a debit or credit note (2, 3, ...) on a document printed as a
 * Factura disagrees with it. */
static bool code_fits(const char *doc_type, int code)
{
    static const struct {
        const char *type;
        int codes[3];
    } letters[] = {{"factura_a", {1, 81, 201}}, {"factura_b", {6, 82, 206}}, {"factura_c", {11, 111, 211}}};
    for (size_t i = 0; i < sizeof letters / sizeof *letters; i++)
        if (doc_type && !strcmp(doc_type, letters[i].type))
            return code == letters[i].codes[0] || code == letters[i].codes[1] || code == letters[i].codes[2];
    return false;
}

/* The QR as a second witness: each field that both the printed text and
 * the QR carry must agree (the total within 0.01), else qr_mismatch.  A
 * field only one of them carries is not compared, and nothing is copied
 * from the QR into the printed fields. */
static void apply_qr_check(receipt *rc)
{
    const rc_qr *q = &rc->qr;
    bool bad = false;
    if (!q->present)
        return;
    if (q->cuit[0] && rc->merchant_cuit[0])
        bad |= strcmp(q->cuit, rc->merchant_cuit) != 0;
    if (q->doc_code >= 0 && rc->doc_type)
        bad |= !code_fits(rc->doc_type, q->doc_code);
    if (q->pos >= 0 && rc->pos >= 0)
        bad |= q->pos != rc->pos;
    if (q->number >= 0 && rc->number >= 0)
        bad |= q->number != rc->number;
    if (q->date[0] && rc->issued_at[0])
        bad |= strncmp(q->date, rc->issued_at, 10) != 0;
    /* a currency too: the contract's list leaves it out, but a QR stating
     * dollars on a document read as pesos is a wrong reading to flag */
    if (q->currency[0] && rc->currency[0])
        bad |= strcmp(q->currency, rc->currency) != 0;
    if (q->total.set && rc->total.set) {
        xdec diff = xd_rescale(xd_sub(q->total, rc->total), 2);
        bad |= !diff.set || diff.v > 1 || diff.v < -1;
    }
    if (bad)
        rc->warnings |= RW_QR_MISMATCH;
}

int receipt_parse_rows(receipt *rc, xerr *err)
{
    int r = 1;
    /* a layout that refused the document for a reason (a currency it does
     * not take, a credit note) ends the search: no fallback reads it */
    for (size_t i = 0; r == 1 && !rc->refused && i < sizeof LAYOUTS / sizeof *LAYOUTS; i++) {
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
    if (r == 1 && rc->rows.n == 0) {
        /* an image-only scan: say so, OCR is what the user can do about it */
        xerr_set(err, XE_UNSUPPORTED, "the document has no text to read (an image or a scan without OCR)");
        return -1;
    }
    /* a credit note no layout took (AFIP's, titled beside its letter box) */
    if (r == 1 && !rc->refused && row_credit_note(&rc->rows, 12))
        rc->refused = LX_CREDIT_NOTE;
    if (r == 1 && rc->refused) {
        xerr_set(err, XE_UNSUPPORTED, "%s", rc->refused);
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
    return receipt_parse_pdf_opts(buf, len, RP_QR, rc, err);
}

int receipt_parse_pdf_opts(const uint8_t *buf, size_t len, unsigned opts, receipt *rc, xerr *err)
{
    pdf_doc *d = pdf_doc_open(buf, len, err);
    if (!d)
        return -1;
    int r = pdf_doc_rows(d, &rc->rows, err) == 0 && receipt_parse_rows(rc, err) == 0 ? 0 : -1;
    /* only an AFIP invoice carries the QR: a ticket pays nothing for it */
    if (r == 0 && (opts & RP_QR) && rc->doc_type && !strncmp(rc->doc_type, "factura_", 8)) {
        r = pdf_doc_qr(d, &rc->qr, NULL, err) < 0 ? -1 : 0;
        apply_qr_check(rc);
    }
    pdf_doc_close(d);
    return r;
}

int receipt_parse_text(const char *text, size_t len, receipt *rc, xerr *err)
{
    if (rows_from_text(&rc->rows, text, len, err) != 0)
        return -1;
    return receipt_parse_rows(rc, err);
}
