/* AFIP electronic invoices (Factura A/B/C, "Comprobantes en línea" and
 * similar layouts, supermarket e-commerce "Factura B").
 *
 * Pages that repeat the invoice as ORIGINAL / DUPLICADO / TRIPLICADO are read
 * once.  The item table is found by its header row (a quantity column and a
 * description column); item rows are the rows with amounts, and their fields
 * are read by the column whose header is nearest.  A description is the
 * first text cell under the description header, continued by text-only rows. */
#include "layout.h"

#include <stdlib.h>
#include <string.h>

static bool is_copy_word(const xw_word *w)
{
    return word_is(w, "ORIGINAL") || word_is(w, "DUPLICADO") || word_is(w, "TRIPLICADO") ||
           word_is(w, "CUADRUPLICADO");
}

static bool invoice_detect(const xw_rows *R)
{
    bool factura = false, code = false;
    for (size_t r = 0; r < R->n && R->rows[r].page == 0; r++) {
        const xw_row *row = &R->rows[r];
        for (int i = 0; i < row->nw; i++) {
            const xw_word *w = &row->w[i];
            if (word_is(w, "FACTURA"))
                factura = true;
            if (!strncmp(w->fold, "COD", 3) || word_is(w, "CAE") ||
                (word_is(w, "RAZON") && i + 1 < row->nw && word_is(&row->w[i + 1], "SOCIAL")) ||
                (word_is(w, "PUNTO") && row_find(row, "VENTA", i) == i + 2))
                code = true;
        }
    }
    return factura && code;
}

static uint64_t page_hash(const xw_rows *R, int page)
{
    uint64_t h = 1469598103934665603ULL;
    for (size_t r = 0; r < R->n; r++) {
        if (R->rows[r].page != page)
            continue;
        for (int i = 0; i < R->rows[r].nw; i++) {
            const xw_word *w = &R->rows[r].w[i];
            if (is_copy_word(w))
                continue;
            for (size_t k = 0; k <= w->flen; k++)
                h = (h ^ (unsigned char)w->fold[k]) * 1099511628211ULL;
        }
    }
    return h;
}

typedef struct {
    float x0, x1;
    bool set;
} span;

static float span_dist(span s, float a, float b)
{
    if (b < s.x0)
        return s.x0 - b;
    if (a > s.x1)
        return a - s.x1;
    return 0;
}

typedef struct {
    span cant, price, desc;
    float prev_x0;  /* x0 of the header word left of the description header */
    float next_x0;  /* x0 of the header word right of it */
    bool qty_before_desc;
} table_hdr;

static bool read_table_header(const xw_row *row, table_hdr *h)
{
    int di = -1, ci = -1;
    memset(h, 0, sizeof *h);
    for (int i = 0; i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        if (ci < 0 && !strncmp(w->fold, "CANT", 4))
            ci = i;
        if (di < 0 && (word_is(w, "DESCRIPCION") || word_is(w, "PRODUCTO") || word_is(w, "DETALLE")))
            di = i;
        if (!h->price.set && (word_is(w, "PRECIO") || (word_is(w, "P") && i + 1 < row->nw &&
                                                       !strncmp(row->w[i + 1].fold, "UNIT", 4)))) {
            h->price.x0 = w->x0;
            h->price.x1 = (i + 1 < row->nw && !strncmp(row->w[i + 1].fold, "UNIT", 4))
                              ? row->w[i + 1].x1 : w->x1;
            h->price.set = true;
        }
    }
    if (di < 0 || ci < 0)
        return false;
    h->cant.x0 = row->w[ci].x0;
    h->cant.x1 = row->w[ci].x1;
    h->desc.x0 = row->w[di].x0;
    h->desc.x1 = row->w[di].x1;
    h->prev_x0 = di > 0 ? row->w[di - 1].x0 : -1e9f;
    h->next_x0 = 1e9f;
    for (int i = di + 1; i < row->nw; i++) {
        if (word_is(&row->w[i], "/") || word_is(&row->w[i], "SERVICIO"))
            continue;
        h->next_x0 = row->w[i].x0;
        break;
    }
    h->qty_before_desc = h->cant.x0 < h->desc.x0;
    return true;
}

static bool unit_word(const xw_word *w, bool *kg)
{
    static const char *kgs[] = {"KG", "KGS", "KILOGRAMOS", "KILOGRAMO", "KILOS", NULL};
    static const char *uns[] = {"U", "UN", "UNID", "UNIDAD", "UNIDADES", "UNI", "LITROS",
                                "LT", "LTS", "METROS", "PACK", NULL};
    for (const char **k = kgs; *k; k++)
        if (word_is(w, *k))
            return *kg = true;
    for (const char **k = uns; *k; k++)
        if (word_is(w, *k)) {
            *kg = false;
            return true;
        }
    return false;
}

/* First text cell under the description header: [a, b) word indexes. */
static bool desc_cell(const xw_row *row, const table_hdr *h, int *a, int *b)
{
    for (int i = 0; i < row->nw;) {
        int j = i;
        while (j < row->nw && row->w[j].cell == row->w[i].cell)
            j++;
        int s = i;
        bool kg;
        /* a quantity and unit printed left of the description */
        while (s < j && (xn_money(row->w[s].raw, row->w[s].len, &(xdec){0}) == 0 ||
                         unit_word(&row->w[s], &kg)))
            s++;
        float x0 = row->w[i].x0;
        if (s < j && x0 > h->prev_x0 + 1.0f && row->w[s].x0 < h->desc.x1 && x0 < h->next_x0) {
            *a = s;
            *b = j;
            return true;
        }
        i = j;
    }
    return false;
}

static int money_count(const xw_row *row)
{
    int c = 0;
    xdec v;
    for (int i = 0; i < row->nw; i++)
        if (w_money(&row->w[i], &v))
            c++;
    return c;
}

static bool is_table_end(const xw_row *row)
{
    static const char *ends[] = {"SUBTOTAL", "OBSERVACIONES", "MONEDA", "CAE", "NETO",
                                 "TRANSPORTE", "REGIMEN", NULL};
    for (int i = 0; i < row->nw; i++) {
        for (const char **e = ends; *e; e++)
            if (word_is(&row->w[i], *e))
                return true;
        if (word_is(&row->w[i], "IMPORTE") || word_is(&row->w[i], "OTROS"))
            return true;
        if (word_is(&row->w[i], "TOTAL") && row->w[i].raw[row->w[i].len - 1] == ':')
            return true;
    }
    return false;
}

/* A label word, also when the currency is glued to it ("Total:USD"). */
static bool is_lbl(const xw_word *w, const char *fold)
{
    size_t n = strlen(fold);
    if (strncmp(w->fold, fold, n) != 0)
        return false;
    const char *rest = w->fold + n;
    return !*rest || !strcmp(rest, "USD") || !strcmp(rest, "$") || !strcmp(rest, "ARS") ||
           !strcmp(rest, "EUR");
}

/* Money after a label ending at word i: skips "$" and currency codes. */
static bool value_after(const xw_row *row, int i, xdec *v)
{
    for (int j = i + 1; j < row->nw && j <= i + 3; j++) {
        if (w_money(&row->w[j], v))
            return true;
        if (!(word_is(&row->w[j], "$") || word_is(&row->w[j], "USD") || word_is(&row->w[j], "ARS") ||
              word_is(&row->w[j], "EUR") || word_is(&row->w[j], "U$S")))
            return false;
    }
    return false;
}

/* The 14-digit CAE after a "CAE" / "C.A.E." label at word i ("CAE N°:",
 * "CAE Nro.:", or glued "CAE:7344..."). */
static void take_cae(receipt *rc, const xw_row *row, int i)
{
    const xw_word *w = &row->w[i];
    const char *d = w->fold + 3;
    for (int j = i + 1; !*d && j < row->nw && j <= i + 3; j++) {
        const xw_word *x = &row->w[j];
        if (word_is(x, "N") || word_is(x, "NRO") || word_is(x, "NO") || !x->flen)
            continue;
        d = x->fold;
    }
    if (strlen(d) == 14 && xn_all_digits(d, 14))
        memcpy(rc->cae, d, 15);
}

static int append_desc(receipt *rc, const char **desc, const xw_row *row, int a, int b)
{
    char *t = row_join(&rc->rows, row, a, b);
    if (!t)
        return -1;
    if (!*desc || !**desc) {
        *desc = rc_strdup(rc, t, strlen(t));
    } else {
        xbuf buf = {0};
        if (xbuf_put(&buf, *desc, strlen(*desc)) || xbuf_putc(&buf, ' ') ||
            xbuf_put(&buf, t, strlen(t))) {
            xbuf_free(&buf);
            return -1;
        }
        *desc = rc_strdup(rc, buf.p, buf.len);
        xbuf_free(&buf);
    }
    return *desc ? 0 : -1;
}

static int read_item(receipt *rc, const xw_row *row, const table_hdr *h, const char *pending)
{
    rc_item it;
    xdec v;
    memset(&it, 0, sizeof it);
    int last = -1, qi = -1, pi = -1;
    float qd = 1e9f, pd = 1e9f;
    for (int i = 0; i < row->nw; i++)
        if (w_money(&row->w[i], &v))
            last = i;
    for (int i = 0; i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        if (i == last || xn_money(w->raw, w->len, &v) != 0)
            continue;
        float d = span_dist(h->cant, w->x0, w->x1);
        if (d < qd) {
            qd = d;
            qi = i;
        }
    }
    for (int i = 0; i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        if (i == last || i == qi || !h->price.set || !w_money(w, &v))
            continue;
        float d = span_dist(h->price, w->x0, w->x1);
        if (d < pd) {
            pd = d;
            pi = i;
        }
    }
    if (last < 0 || qi < 0)
        return 1;
    if (pi < 0) {
        for (int i = qi + 1; i < last && pi < 0; i++)
            if (w_money(&row->w[i], &v))
                pi = i;
    }
    w_money(&row->w[last], &it.amount);
    xn_money(row->w[qi].raw, row->w[qi].len, &it.quantity);
    if (pi >= 0)
        w_money(&row->w[pi], &it.unit_price);
    bool kg = false;
    it.unit = (qi + 1 < row->nw && unit_word(&row->w[qi + 1], &kg) && kg) ? "kg" : "un";
    for (int i = 0; i < row->nw; i++)
        if (strchr(row->w[i].raw, '%') && xn_rate(row->w[i].raw, row->w[i].len, &v) == 0) {
            it.vat_rate = v;
            break;
        }
    int a, b;
    it.description = pending;
    if (desc_cell(row, h, &a, &b)) {
        it.description = NULL;
        if (append_desc(rc, &it.description, row, a, b))
            return -1;
    }
    if (!it.description)
        it.description = rc_strdup(rc, "", 0);
    return rc_add_item(rc, it) ? -1 : 0;
}

static int invoice_parse(receipt *rc, xerr *err)
{
    xw_rows *R = &rc->rows;
    uint64_t seen[XLIM_PAGES];
    int nseen = 0;
    bool keep[XLIM_PAGES + 1];
    for (int p = 0; p < R->npages && p < XLIM_PAGES; p++) {
        uint64_t h = page_hash(R, p);
        keep[p] = true;
        for (int i = 0; i < nseen; i++)
            if (seen[i] == h)
                keep[p] = false;
        if (keep[p])
            seen[nseen++] = h;
    }

    int code = -1;
    char letter = 0;
    bool buyer = false, have_name = false, have_date = false, subtotal_printed = false;
    enum { HEAD, TABLE, AFTER } st = HEAD;
    table_hdr hdr;
    const char *pending = NULL;
    bool last_anchor_has_desc = false;
    rc_item *last_item = NULL;
    size_t last_idx = 0;

    for (size_t r = 0; r < R->n; r++) {
        const xw_row *row = &R->rows[r];
        if (row->page >= XLIM_PAGES || !keep[row->page])
            continue;
        xdec v;
        table_hdr th;
        if (read_table_header(row, &th)) {
            hdr = th;
            st = TABLE;
            pending = NULL;
            last_item = NULL;
            continue;
        }
        if (st == TABLE) {
            int mc = money_count(row);
            if (mc < 2 && is_table_end(row)) {
                st = AFTER;
            } else if (mc >= 2) {
                int rcode = read_item(rc, row, &hdr, pending);
                if (rcode < 0)
                    goto nomem;
                if (rcode == 0) {
                    int a, b;
                    last_anchor_has_desc = desc_cell(row, &hdr, &a, &b);
                    last_idx = rc->nitems - 1;
                    last_item = &rc->items[last_idx];
                    pending = NULL;
                }
                continue;
            } else if (mc == 1) {
                int mi = row_last_money(row, &v);
                int a, b;
                if (mi >= 0 && v.v < 0 && desc_cell(row, &hdr, &a, &b)) {
                    char *d = row_join(R, row, a, b < mi ? b : mi);
                    if (!d || rc_add_discount(rc, rc_strdup(rc, d, strlen(d)), v))
                        goto nomem;
                    last_item = NULL;
                }
                continue;
            } else {
                int a, b;
                if (!desc_cell(row, &hdr, &a, &b))
                    continue;
                if (last_item && last_anchor_has_desc) {
                    last_item = &rc->items[last_idx];
                    if (append_desc(rc, &last_item->description, row, a, b))
                        goto nomem;
                } else if (append_desc(rc, &pending, row, a, b)) {
                    goto nomem;
                }
                continue;
            }
        }
        /* header and totals: label → value */
        for (int i = 0; i < row->nw; i++) {
            const xw_word *w = &row->w[i];
            const xw_word *nx = i + 1 < row->nw ? &row->w[i + 1] : NULL;
            int64_t iv;
            if (code < 0 && !strncmp(w->fold, "COD", 3) && w->flen <= 6) {
                const char *digits = w->flen > 3 ? w->fold + 3 : (nx ? nx->fold : "");
                if (xn_all_digits(digits, strlen(digits)))
                    code = (int)strtol(digits, NULL, 10);
            }
            if (!letter && word_is(w, "FACTURA") && nx && nx->flen == 1 &&
                (nx->fold[0] == 'A' || nx->fold[0] == 'B' || nx->fold[0] == 'C'))
                letter = nx->fold[0];
            if (word_is(w, "APELLIDO") || word_is(w, "SR(S)") || word_is(w, "CLIENTE") ||
                word_is(w, "PERIODO") || word_is(w, "DNI") || word_is(w, "SENOR(ES)"))
                buyer = true;
            if (!have_name && word_is(w, "RAZON") && nx && word_is(nx, "SOCIAL") && !buyer &&
                !(i > 0 && word_is(&row->w[i - 1], "/"))) {
                int a = i + 2, b = a;
                while (b < row->nw && (b == a || row->w[b].cell == row->w[a].cell))
                    b++;
                if (b > a) {
                    char *t = row_join(R, row, a, b);
                    if (!t)
                        goto nomem;
                    rc->merchant_name = rc_strdup(rc, t, strlen(t));
                    have_name = true;
                }
            }
            if (!buyer && !rc->merchant_cuit[0] && !strncmp(w->fold, "CUIT", 4) && w->flen == 4)
                rc_take_cuit(rc, row, i + 1);
            if (rc->pos < 0 && word_is(w, "PUNTO") && row_find(row, "VENTA", i) == i + 2 &&
                i + 3 < row->nw && w_int(&row->w[i + 3], &iv))
                rc->pos = iv;
            if (rc->number < 0 && word_is(w, "COMP") && nx && word_is(nx, "NRO") && i + 2 < row->nw &&
                w_int(&row->w[i + 2], &iv))
                rc->number = iv;
            if (rc->number < 0 && (word_is(w, "N") || word_is(w, "NRO") || word_is(w, "NO")) && nx) {
                const char *dash = strchr(nx->raw, '-');
                if (dash && xn_all_digits(nx->raw, (size_t)(dash - nx->raw)) &&
                    xn_all_digits(dash + 1, strlen(dash + 1)) && strlen(dash + 1) >= 4) {
                    rc->pos = strtoll(nx->raw, NULL, 10);
                    rc->number = strtoll(dash + 1, NULL, 10);
                }
            }
            if (!have_date && word_is(w, "FECHA")) {
                int j = i + 1;
                if (j < row->nw && word_is(&row->w[j], "DE"))
                    j++;
                if (j < row->nw && (word_is(&row->w[j], "EMISION") || word_is(&row->w[j], "COMPROBANTE")))
                    j++;
                if (j < row->nw && !(row->w[j].fold[0] >= 'A' && row->w[j].fold[0] <= 'Z')) {
                    xw_row one = *row;
                    one.nw = j + 1;
                    have_date = rc_take_date(rc, &one, j, false);
                }
            }
            if (!rc->cae[0] && !strncmp(w->fold, "CAE", 3))
                take_cae(rc, row, i);
            if (word_is(w, "MONEDA") && nx) {
                if (word_is(nx, "USD") || word_is(nx, "DOL") || word_is(nx, "U$S") || word_is(nx, "DOLAR"))
                    strcpy(rc->currency, "USD");
                else if (word_is(nx, "EUR") || word_is(nx, "EURO"))
                    strcpy(rc->currency, "EUR");
            }
            if (st == AFTER || st == HEAD) {
                if (is_lbl(w, "SUBTOTAL") && value_after(row, i, &v)) {
                    rc->subtotal = v;
                    subtotal_printed = true;
                } else if (!subtotal_printed && word_is(w, "GRAVADO") && i >= 2 &&
                           word_is(&row->w[i - 1], "NETO") && value_after(row, i, &v)) {
                    rc->subtotal = v;
                } else if (is_lbl(w, "TOTAL") && !(i > 0 && word_is(&row->w[i - 1], "SUB"))) {
                    if (nx && word_is(nx, "DESCUENTOS")) {
                        if (value_after(row, i + 1, &v))
                            rc->discount_total = v.v < 0 ? xd_neg(v) : v;
                    } else if (value_after(row, i, &v)) {
                        rc->total = v;
                    }
                } else if (word_is(w, "DESCUENTO") && w->raw[w->len - 1] == ':' &&
                           value_after(row, i, &v) && v.v != 0) {
                    if (rc_add_discount(rc, "Descuento", v.v < 0 ? v : xd_neg(v)))
                        goto nomem;
                } else if (word_is(w, "IVA") && nx && strchr(nx->raw, '%')) {
                    xdec rate;
                    if (xn_rate(nx->raw, nx->len, &rate) == 0 && value_after(row, i + 1, &v) && v.v != 0 &&
                        rc_add_vat(rc, rate, v))
                        goto nomem;
                }
            }
        }
    }
    if (!have_name) {
        /* no "Razón Social:": the first text line at the top left */
        for (size_t r = 0; r < R->n && R->rows[r].page == 0 && !have_name; r++) {
            const xw_row *row = &R->rows[r];
            int j = 0;
            while (j < row->nw && row->w[j].cell == 0)
                j++;
            if (row->w[0].x0 > R->page_w * 0.4f || row->w[0].flen < 3 ||
                xn_has_digit(row->w[0].raw, row->w[0].len) || word_is(&row->w[0], "FACTURA") ||
                !strncmp(row->w[0].fold, "COD", 3) || is_copy_word(&row->w[0]))
                continue;
            char *t = row_join(R, row, 0, j);
            if (!t)
                goto nomem;
            rc->merchant_name = rc_strdup(rc, t, strlen(t));
            have_name = true;
        }
    }
    switch (code) {
    case 1: case 81: rc->doc_type = "factura_a"; break;
    case 6: case 82: rc->doc_type = "factura_b"; break;
    case 11: case 111: rc->doc_type = "factura_c"; break;
    default:
        rc->doc_type = letter == 'A' ? "factura_a" : letter == 'B' ? "factura_b"
                     : letter == 'C' ? "factura_c" : NULL;
    }
    if (!rc->doc_type || rc->nitems == 0 || !rc->total.set || !have_name)
        return 1;
    return 0;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory parsing invoice");
    return -1;
}

const rc_layout LAYOUT_AFIP_INVOICE = {"afip_invoice", invoice_detect, invoice_parse};
