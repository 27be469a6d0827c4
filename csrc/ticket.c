/* Fiscal controller tickets ("ticket digital", RG 4104 family).
 *
 * Rows are classified by shape, not by position: a price row holds
 * `qty x price` (or `1 x weight x price`, `weight kg x price`) and an amount,
 * optionally with a description before it (one-line items) and a VAT rate;
 * text rows before a price row are the description (and a department header
 * above it); an all-digit row after an item is its barcode; a row ending in a
 * negative amount is a discount; SUBTOTAL / AHORRO / TOTAL rows are the
 * totals and the rows with amounts after TOTAL are tenders. */
#include "layout.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    int qty_at;      /* index of the first word of the quantity (0 = two-row item) */
    xdec qty, price, rate, amount;
    bool kg;
    bool unit;       /* a unit printed with the quantity ("kg", "un", "lts") */
    bool qty_dot3;   /* the quantity printed "2.000": a thousands dot, or a
                      * decimal point where prices print one ("650.00") */
} price_row;

static bool is_x(const xw_word *w) { return word_is(w, "X"); }

static bool w_number(const xw_word *w, xdec *out)
{
    return xn_money(w->raw, w->len, out) == 0;
}

static bool w_rate(const xw_word *w, xdec *out)
{
    /* "(21,00)" "(21.00%)" "21%" "10,5%"; a bare "21,00" is not a rate */
    bool marked = w->raw[0] == '(' || strchr(w->raw, '%');
    return marked && xn_rate(w->raw, w->len, out) == 0;
}

static bool w_code(const xw_word *w)
{
    return w->len >= 3 && w->raw[0] == '[' && w->raw[w->len - 1] == ']';
}

/* A unit printed after the price ("4.990,00 /kg", "/un"). */
static bool per_unit(const xw_word *w)
{
    static const char *const u[] = {"kg", "un", "u", "lt", "lts", "l", NULL};
    size_t o = w->raw[0] == '$' ? 1 : 0; /* "$/Lt" */
    for (const char *const *k = u; *k && w->len > o && w->raw[o] == '/'; k++)
        if (w->len == strlen(*k) + 1 + o && !strncasecmp(w->raw + 1 + o, *k, w->len - 1 - o))
            return true;
    return false;
}

/* A unit printed between a quantity and its "x" ("3 UN X 999,00",
 * "35,420 lts x 1.150,00"); *kg when it is a weight's. */
static bool unit_word(const xw_word *w, bool *kg)
{
    static const char *const u[] = {"UN", "U", "UNI", "UNID", "UNIDAD", "UNIDADES", "LT", "LTS", "LITROS", NULL};
    *kg = word_is(w, "KG") || word_is(w, "KGS");
    for (const char *const *k = u; *k && !*kg; k++)
        if (word_is(w, *k))
            return true;
    return *kg;
}

/* Parses the part of a row after `x price`; fills rate and amount; without
 * an amount only when need is false (a quantity line over its item). */
static bool parse_tail(const xw_row *row, int i, price_row *p, bool need)
{
    p->rate.set = false;
    p->amount.set = false;
    for (; i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        xdec v;
        if (!p->amount.set && !p->rate.set && per_unit(w)) {
            continue;
        } else if (!p->amount.set && w_rate(w, &v)) {
            p->rate = v;
        } else if (w_code(w) || word_is(w, "$")) {
            continue;
        } else if (!p->amount.set && w_money(w, &v)) {
            p->amount = v;
        } else if (p->amount.set && !p->rate.set && w_rate(w, &v)) {
            p->rate = v; /* rate printed after the amount */
        } else if (p->amount.set && (w_code(w) || (w->len <= 3 && w->raw[0] == '*'))) {
            continue;
        } else {
            return false;
        }
    }
    return p->amount.set || !need;
}

/* A price row: `qty x price` and the amount (need), or without it. */
static bool price_row_of(const xw_row *row, price_row *p, bool need)
{
    for (int k = 1; k + 1 < row->nw; k++) {
        if (!is_x(&row->w[k]))
            continue;
        /* "2 x $ 1.100,00": the price's sign apart */
        int pk = k + 1 + (k + 2 < row->nw && word_is(&row->w[k + 1], "$"));
        xdec a, b;
        bool kg;
        memset(p, 0, sizeof *p);
        if (!w_number(&row->w[pk], &b))
            continue;
        /* a unit with the quantity: between it and the "x" ("0,755 kg x
         * 2.111,99", "3 UN X 999,00", "35,420 lts x 1.150,00"), or before it
         * starting the line ("KG 0,850 x 7.990,00"; in "PAPAS 1 KG 2 x ...",
         * "VINO X LT 2 x ..." it is a measure of the description's) */
        if ((k >= 2 && unit_word(&row->w[k - 1], &kg) && w_number(&row->w[k - 2], &a)) ||
            (k == 2 && unit_word(&row->w[0], &kg) && w_number(&row->w[1], &a))) {
            if (!w_money(&row->w[pk], &b) || !parse_tail(row, pk + 1, p, need))
                continue;
            p->qty_at = k - 2;
            p->qty = a;
            p->kg = kg;
            p->unit = true;
            p->price = b;
            return true;
        }
        if (!w_number(&row->w[k - 1], &a))
            continue;
        if (pk == k + 1 && k + 3 < row->nw && is_x(&row->w[k + 2])) {
            /* "1 x 0,532 x 2999,00": weighed */
            xdec c;
            if (!w_money(&row->w[pk + 2], &c) || !parse_tail(row, pk + 3, p, need))
                continue;
            p->qty_at = k - 1;
            p->qty = b;
            p->kg = true;
            p->unit = true;
            p->price = c;
            return true;
        }
        if (!w_money(&row->w[pk], &b) || !parse_tail(row, pk + 1, p, need))
            continue;
        p->qty_at = k - 1;
        p->qty = a;
        p->kg = a.scale == 3; /* "0,755 x ...": a quantity in grams is a weight */
        p->price = b;
        p->qty_dot3 = w_dot_group(&row->w[k - 1]);
        return true;
    }
    return false;
}

static bool parse_price_row(const xw_row *row, price_row *p)
{
    return price_row_of(row, p, true);
}

/* quantity x price, rounded half up to cents, is amount */
static bool product_is(xdec q, xdec p, xdec amount)
{
    xdec m = {0, (int8_t)(q.scale + p.scale), true};
    if (!q.set || !p.set || !amount.set || m.scale > 18 || __builtin_mul_overflow(q.v, p.v, &m.v))
        return false;
    m = xd_rescale(m, 2);
    return m.set && xd_cmp(m, amount) == 0;
}

/* A table's head of two columns, the description and its amount
 * ("Descripcion   Importe"): each row under it an item of one unit. */
static bool desc_amount_heads(const xw_row *row)
{
    if (row->nw != 2)
        return false;
    const xw_word *a = &row->w[0], *b = &row->w[1];
    return (word_is(a, "DESCRIPCION") || word_is(a, "DETALLE") || word_is(a, "PRODUCTO") || word_is(a, "ARTICULO")) &&
           (word_is(b, "IMPORTE") || word_is(b, "TOTAL") || word_is(b, "PRECIO"));
}

/* The rate before an item's amount, word i: marked ("(21,00)", "21%"), or
 * a bare VAT rate with its two decimals in a column of its own ("ACEITE
 * 900ML    21,00      2.798,00", under a "%IVA" heading). */
static bool item_rate(const xw_row *row, int i, xdec *out)
{
    const xw_word *w = &row->w[i];
    if (w_rate(w, out))
        return true;
    xdec v;
    return i > 0 && i + 1 < row->nw && w->cell != row->w[i - 1].cell && w->cell != row->w[i + 1].cell &&
           w_money(w, &v) && v.scale == 2 && v.v >= 0 && lx_vat_rate(v) && (*out = v, true);
}

/* The x-span of a rate column's head above the items ("Descripcion  %IVA
 * Importe", "% IVA", "Alic."); *x1 < *x0 when there is none.  "IVA" alone
 * is not one: such a column may hold each line's VAT in pesos. */
static void rate_head(const xw_rows *R, int upto, float *x0, float *x1)
{
    *x0 = 1, *x1 = 0;
    for (int r = 0; r <= upto && r < (int)R->n; r++) {
        const xw_row *row = &R->rows[r];
        for (int i = 0; i < row->nw && row->nw > 1; i++) {
            const xw_word *w = &row->w[i];
            bool pct_iva = i + 1 < row->nw && word_is(w, "%") && word_is(&row->w[i + 1], "IVA");
            if (word_is(w, "%IVA") || word_is(w, "IVA%") || word_is(w, "ALIC") || word_is(w, "ALICUOTA") || pct_iva) {
                *x0 = w->x0, *x1 = row->w[i + pct_iva].x1;
                return;
            }
        }
    }
}

/* A bare VAT rate printed under the rate column's head [x0, x1] before an
 * item's amount, even one space after a number of the description ("AGUA
 * VILLAVICENCIO 500 21,00      1.560,00"); i > 0: a description first. */
static bool headed_rate(const xw_row *row, int i, float x0, float x1, xdec *out)
{
    const xw_word *w = &row->w[i];
    xdec v;
    return i > 0 && x0 <= x1 && w->x0 < x1 && w->x1 > x0 && w_money(w, &v) && v.scale == 2 && v.v >= 0 &&
           lx_vat_rate(v) && (*out = v, true);
}

/* The word of an item's price before its amount at word ai: past a rate
 * (*rate), a bracketed code or a "$". */
static int price_before(const xw_row *row, int ai, xdec *rate)
{
    int k = ai - 1;
    while (k > 1 && (item_rate(row, k, rate) || w_code(&row->w[k]) || word_is(&row->w[k], "$")))
        k--;
    return k;
}

/* Some word of row's words [a, b) has a letter. */
static bool has_letter(const xw_row *row, int a, int b)
{
    for (int i = a; i < b; i++)
        for (size_t c = 0; c < row->w[i].len; c++)
            if ((row->w[i].raw[c] >= 'A' && row->w[i].raw[c] <= 'Z') || (row->w[i].raw[c] >= 'a' && row->w[i].raw[c] <= 'z'))
                return true;
    return false;
}

/* A table's item of quantity q at price v, when they give its amount. */
static bool table_item(price_row *p, xdec q, xdec v)
{
    if (!product_is(q, v, p->amount))
        return false;
    p->qty = q;
    p->price = v;
    p->kg = xd_cmp(xd_rescale(q, 0), q) != 0;
    return true;
}

/* A row of a table of columns, the quantity first ("2  GASEOSA SPRITE
 * 2,25L  3.250,00  6.500,00", "0,450  QUESO CREMOSO  9.000,00  4.050,00"):
 * a number, words with a letter, a price, an optional rate and the amount,
 * which the quantity times the price must give (nothing else tells a
 * quantity from a count in the description).  *d: the description's end. */
static bool qty_first_row(const xw_row *row, price_row *p, int *d)
{
    xdec q, v;
    memset(p, 0, sizeof *p);
    if (row->nw < 4 || !w_number(&row->w[0], &q) || q.v <= 0)
        return false;
    int ai = row_last_money(row, &p->amount);
    int k = price_before(row, ai, &p->rate);
    if (ai < 3 || k < 2 || !w_money(&row->w[k], &v) || !has_letter(row, 1, k))
        return false;
    *d = k;
    return table_item(p, q, v);
}

/* A table's header row, every word a column's name ("CANT DESCRIPCION
 * P.UNIT IMPORTE"): no description. */
static bool column_heads(const xw_row *row)
{
    static const char *const c[] = {"CANT", "CANTIDAD", "DESCRIPCION", "DETALLE", "PRODUCTO", "ARTICULO", "PUNIT",
                                    "P", "UNIT", "UNITARIO", "PRECIO", "IMPORTE", "TOTAL", "CODIGO", "COD", "IVA",
                                    "%IVA", "%", "ALIC", "NETO", "EAN", "U", "X", NULL};
    if (row->nw < 2)
        return false;
    for (int i = 0; i < row->nw; i++) {
        bool known = false;
        for (const char *const *k = c; *k && !known; k++)
            known = word_is(&row->w[i], *k);
        if (!known)
            return false;
    }
    return true;
}

/* A row of a table of columns, the quantity after the description (an A4
 * "ticket digital": "7790070410139  Arroz Gallo Oro 1kg  2  1.599,00
 * 21,00  3.198,00"): words with a letter, the quantity, the price, an
 * optional rate and the amount, which the quantity times the price must
 * give.  *d: the description's end. */
static bool qty_last_row(const xw_row *row, price_row *p, int *d)
{
    xdec q, v;
    memset(p, 0, sizeof *p);
    int ai = row_last_money(row, &p->amount);
    int k = price_before(row, ai, &p->rate);
    if (ai < 3 || k < 2 || !w_money(&row->w[k], &v) || !w_number(&row->w[k - 1], &q) || q.v <= 0 ||
        !has_letter(row, 0, k - 1))
        return false;
    *d = k - 1;
    return table_item(p, q, v);
}

/* A table's row: 1 with the quantity first, 2 with it after the
 * description, else 0. */
static int table_form(const xw_row *row, price_row *p, int *d)
{
    return qty_first_row(row, p, d) ? 1 : qty_last_row(row, p, d) ? 2 : 0;
}

/* A fiscal printer's item of one unit: a description, its VAT rate in
 * brackets with its decimals ("(21,00)") and its amount, nothing after
 * them, no other amount before. */
static bool one_unit_row(const xw_row *row)
{
    xdec v;
    int mi = row_last_money(row, &v);
    const xw_word *rw = mi >= 2 ? &row->w[mi - 1] : NULL;
    if (!rw || mi != row->nw - 1 || v.v <= 0 || rw->raw[0] != '(' || !memchr(rw->raw, ',', rw->len) ||
        !w_rate(rw, &v) || xn_has_digit(row->w[0].raw, row->w[0].len))
        return false;
    /* a VAT rate, as the printers print it: "(21,00)", "(10,50)" */
    if (!lx_vat_rate(v))
        return false;
    for (int i = 0; i < mi - 1; i++)
        if (w_money(&row->w[i], &v))
            return false; /* a price or an amount before: a line of another form */
    return true;
}

/* A copy's banner over the ticket ("*** ORIGINAL ***", "COPIA CLIENTE",
 * "DUPLICADO"): never the merchant's name. */
static bool copy_banner(const xw_row *row)
{
    for (int i = 0; i < row->nw; i++) {
        bool deco = true;
        for (size_t c = 0; c < row->w[i].len && deco; c++)
            deco = strchr("-*=#~", row->w[i].raw[c]) != NULL;
        if (!deco && !w_copy_mark(&row->w[i]) && !word_is(&row->w[i], "COPIA") && !word_is(&row->w[i], "CLIENTE") &&
            !word_is(&row->w[i], "COMERCIO"))
            return false;
    }
    return row->nw > 0;
}

/* A word of a document's title or its disclaimer ("TICKET DIGITAL -
 * ORIGINAL", "TIQUE", "Comprobante no valido como factura"). */
static bool title_word(const xw_word *w)
{
    static const char *const t[] = {"TICKET", "TIQUE", "DIGITAL", "ELECTRONICO", "COMPROBANTE", "COPIA",
                                    "NO", "VALIDO", "COMO", "FACTURA", NULL};
    if (w_copy_mark(w) || (w->len == 1 && strchr("-|/", w->raw[0])) || !strcmp(w->raw, "\u2013"))
        return true;
    for (const char *const *k = t; *k; k++)
        if (word_is(w, *k))
            return true;
    return false;
}

/* A row of the document's title alone ("TIQUE" over the items): no line
 * of a description. */
static bool title_row(const xw_row *row)
{
    for (int i = 0; i < row->nw; i++)
        if (!title_word(&row->w[i]))
            return false;
    return row->nw > 0;
}

/* The end of the merchant's name on the top row: a cell of its own at the
 * row's end naming the document ("TICKET DIGITAL", "ORIGINAL") is no part
 * of it (an A4 ticket prints the name left, the title right). */
static int name_end(const xw_row *row)
{
    int e = row->nw;
    while (e > 1 && row->w[e - 1].cell > 0) {
        int c = row->w[e - 1].cell, a = e;
        bool title = true;
        for (; a > 0 && row->w[a - 1].cell == c && title; a--)
            title = title_word(&row->w[a - 1]);
        if (!title || a == 0)
            break;
        e = a;
    }
    return e;
}

/* A quantity line alone over its item ("2,000 x 1.250,00", "0,735 kg x
 * 4.990,00 /kg"): the fiscal printers' form, the description and the
 * amount on the row below. */
static bool parse_qty_row(const xw_row *row, price_row *p)
{
    return price_row_of(row, p, false) && !p->amount.set && p->qty_at == 0;
}

static bool is_ean_row(const xw_row *row)
{
    return row->nw == 1 && row->w[0].len >= 8 && row->w[0].len <= 14 &&
           xn_all_digits(row->w[0].raw, row->w[0].len);
}

static bool starts(const xw_row *row, const char *a, const char *b)
{
    if (row->nw == 0 || !word_is(&row->w[0], a))
        return false;
    return !b || (row->nw > 1 && word_is(&row->w[1], b));
}

enum { S_NONE, S_SUBTOTAL, S_AHORRO, S_TOTAL };

static int summary_kind(const xw_row *row)
{
    if (row->nw == 0)
        return S_NONE;
    if (starts(row, "SUBTOTAL", NULL) || starts(row, "SUB", "TOTAL"))
        return S_SUBTOTAL;
    if (row_phrase(row, 0, "AHORR*") || row_phrase(row, 0, "TOTAL AHORR*") || row_phrase(row, 0, "USTED AHORR*") ||
        row_phrase(row, 0, "UD AHORR*"))
        return S_AHORRO;
    if (starts(row, "TOTAL", NULL) || starts(row, "IMPORTE", "TOTAL")) {
        if (row->nw > 1 && (word_is(&row->w[1], "DESCUENTOS") || word_is(&row->w[1], "ARTICULOS") ||
                            word_is(&row->w[1], "DE") || word_is(&row->w[1], "ITEMS")))
            return S_NONE;
        return S_TOTAL;
    }
    return S_NONE;
}

static bool is_header_label_row(const xw_row *row)
{
    static const char *labels[] = {"FECHA", "HORA", "CAJA", "CAJERO", "PV", "CUIT",
                                   "TICKET", "CONSUMIDOR", "INSCRIPTO", "NRO", NULL};
    for (int i = 0; i < row->nw; i++) {
        int y, m, d;
        for (const char **l = labels; *l; l++)
            if (word_is(&row->w[i], *l))
                return true;
        if (xn_date(row->w[i].raw, row->w[i].len, &y, &m, &d) == 0)
            return true;
    }
    return false;
}

static bool is_void_word(const xw_word *w)
{
    return word_is(w, "ANULACION") || word_is(w, "ANULADO") || word_is(w, "ANULA") || word_is(w, "ANUL") ||
           word_is(w, "CORRECCION") || word_is(w, "CANCELACION");
}

static bool is_discount_label(const xw_row *row)
{
    static const char *kw[] = {"PROMO", "DTO", "DESC", "DESCUENTO", "BONIFICACION",
                               "BONIF", "OFERTA", "REBAJA", NULL};
    for (const char **k = kw; *k; k++)
        if (row->nw && word_is(&row->w[0], *k))
            return true;
    return false;
}

/* Words [a, b) of a row after the total name a way to pay ("TARJETA
 * DEBITO", "MERCADO PAGO", "QR MP", "EFECTIVO"); a card's or a wallet's
 * name, never a tendered amount's ("SU PAGO") or the change's. */
static bool names_method(const xw_row *row, int a, int b, bool cash)
{
    static const char *const kw[] = {"MERCADO", "MERCADOPAGO", "MP", "QR", "TARJETA*", "TARJ", "DEBITO",
                                     "CREDITO", "TRANSFERENCIA*", "BILLETERA", "VISA", "MASTER*", "MAESTRO",
                                     "CABAL", "AMEX", "AMERICAN", "NARANJA", "MODO", "NFC", "CONTACTLESS",
                                     "CUENTA DNI", "UALA", NULL};
    for (int i = a; i < b && i < row->nw; i++) {
        if (cash && (word_is(&row->w[i], "EFECTIVO") || word_is(&row->w[i], "CHEQUE")))
            return true;
        for (const char *const *k = kw; *k; k++)
            if (row_phrase(row, i, *k))
                return true;
    }
    return false;
}

/* Words [0, end) of a row after the total tell, not pay: what the buyer
 * saved ("USTED AHORRO", "TOTAL AHORRADO", as before the total; a "CAJA
 * DE AHORRO" debited pays) or the total in another currency ("TOTAL USD",
 * "Cotiz. dolar BNA", "Tipo de cambio"). */
static bool tells_not_pays(const xw_row *row, int end)
{
    if (summary_kind(row) == S_AHORRO)
        return true;
    for (int i = 0; i < end && i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        if (row_phrase(row, i, "COTIZ*") || row_phrase(row, i, "DOLAR*") || row_phrase(row, i, "TIPO DE CAMBIO") ||
            word_is(w, "USD") || word_is(w, "U$S") || word_is(w, "US$"))
            return true;
    }
    return false;
}

/* Do the tenders read so far pay the total? */
static bool covered(const receipt *rc)
{
    xdec sum = {0, 2, true};
    for (size_t i = 0; i < rc->npayments; i++)
        sum = xd_add(sum, rc->payments[i].amount);
    return rc->total.set && xd_cmp(sum, rc->total) >= 0;
}

static bool known_department(const char *fold)
{
    static const char *deps[] = {
        "ALMACEN", "BEBIDAS", "LACTEOS", "CARNICERIA", "FRUTAS Y VERDURAS", "VERDULERIA",
        "FRUTERIA", "LIMPIEZA", "PERFUMERIA", "HOGAR BAZAR", "BAZAR", "HOGAR", "PANADERIA",
        "FIAMBRERIA", "FIAMBRES", "QUESOS", "CONGELADOS", "PESCADERIA", "MASCOTAS",
        "ELECTRO", "ELECTRODOMESTICOS", "TEXTIL", "LIBRERIA", "ROTISERIA", "DESAYUNO",
        "GOLOSINAS", "KIOSCO", "JUGUETERIA", "FARMACIA", "BEBES", "DIETETICA", "VINOS",
        "CERVEZAS", "LACTEOS Y QUESOS", "PERFUMERIA Y LIMPIEZA", "FRESCOS", "CARNES",
        "POLLERIA", "HUEVOS", "SNACKS", "ALMACEN SECO", "PASTAS", NULL};
    for (const char **d = deps; *d; d++)
        if (strcmp(*d, fold) == 0)
            return true;
    return false;
}

/* The words of a heading set off by rules or stars ("*** ALMACEN ***",
 * "--- PERFUMERIA ---", "== Bebidas =="): the first in *a, past the last
 * in *b; false when the row is not one. */
static bool decorated(const xw_row *row, int *a, int *b)
{
    const char *deco = "-*=#~";
    if (row->nw < 3 || row->w[0].len < 2 || row->w[row->nw - 1].len < 2)
        return false;
    for (int e = 0; e < 2; e++) {
        const xw_word *w = &row->w[e ? row->nw - 1 : 0];
        for (size_t c = 0; c < w->len; c++)
            if (!strchr(deco, w->raw[c]))
                return false;
    }
    *a = 1;
    *b = row->nw - 1;
    return true;
}

/* The department a header row names: its text, or a decorated heading's
 * words. */
static const char *dept_name(receipt *rc, const xw_row *row)
{
    int a, b;
    if (!decorated(row, &a, &b))
        return rc_strdup(rc, row->text, row->tlen);
    char *t = row_join(&rc->rows, row, a, b);
    return t ? rc_strdup(rc, t, strlen(t)) : NULL;
}

/* A department header: a short line without digits, set off by rules or
 * stars, from the known set, or printed in a different letter case from
 * the product line under it. */
static bool dept_like(const xw_row *row, const xw_row *next)
{
    char fold[256];
    size_t k = 0;
    int a, b;
    if (row->nw > 6 || xn_has_digit(row->text, row->tlen))
        return false;
    if (decorated(row, &a, &b))
        return b - a <= 4;
    if (row->nw > 4)
        return false;
    for (int i = 0; i < row->nw && k + row->w[i].flen + 2 < sizeof fold; i++) {
        if (i)
            fold[k++] = ' ';
        memcpy(fold + k, row->w[i].fold, row->w[i].flen);
        k += row->w[i].flen;
    }
    fold[k] = '\0';
    if (known_department(fold))
        return true;
    int ca = xn_case_class(row->text, row->tlen), cb = xn_case_class(next->text, next->tlen);
    return ca && cb && ca != cb;
}

/* Description text of rows[a..b) joined with one space; a leading code is
 * taken apart: 8-14 digits is the item's barcode, a shorter one is dropped. */
static const char *join_desc(receipt *rc, const xw_row **p, int a, int b, const char **ean)
{
    xbuf buf = {0};
    const char *res = NULL;
    for (int r = a; r < b; r++) {
        int from = 0;
        if (r == a && p[r]->nw > 0 && is_void_word(&p[r]->w[0]))
            from = 1;
        if (r == a && p[r]->nw > from + 1 && xn_all_digits(p[r]->w[from].raw, p[r]->w[from].len)) {
            size_t l = p[r]->w[from].len;
            if (l >= 8 && l <= 14) {
                *ean = p[r]->w[from].raw;
                from++;
            } else if (l >= 4) {
                from++;
            }
        }
        int to = p[r]->nw;
        /* a code printed at the end of the description's last line (the
         * contract: no trailing codes): a barcode whose check digit holds
         * ("MAYONESA NATURA 500G 7793000000141", "CHICLE 77912343") is the
         * item's when it has none; six figures or more are a code either
         * way (fewer may be the product's own: "POWER BANK 10000") */
        const xw_word *lw = to > from + 1 ? &p[r]->w[to - 1] : NULL;
        if (r == b - 1 && lw && lw->len >= 6 && lw->len <= 14 && xn_all_digits(lw->raw, lw->len)) {
            if (!*ean && xn_ean_valid(lw->raw, lw->len))
                *ean = lw->raw;
            to--;
        }
        for (int i = from; i < to; i++) {
            if ((buf.len && xbuf_putc(&buf, ' ')) ||
                xbuf_put(&buf, p[r]->w[i].raw, p[r]->w[i].len))
                goto out;
        }
    }
    res = rc_strdup(rc, buf.p ? buf.p : "", buf.len);
out:
    xbuf_free(&buf);
    return res;
}

/* The value glued after a label and its colon ("FECHA:12/10/2025",
 * "HORA:18:42:07"), or NULL. */
static const char *glued_value(const xw_word *w, const char *label, size_t *n)
{
    size_t l = strlen(label);
    if (w->len <= l + 1 || strncasecmp(w->raw, label, l) != 0 || w->raw[l] != ':')
        return NULL;
    *n = w->len - l - 1;
    return w->raw + l + 1;
}

/* A time of day among the words of row from i on, glued after "HORA:" too
 * ("06:35 p.m." on the 24-hour clock). */
static bool row_time(const xw_row *row, int i, int *hh, int *mm, int *ss)
{
    for (; i < row->nw; i++) {
        size_t n;
        const char *g = glued_value(&row->w[i], "HORA", &n);
        if (xn_time(row->w[i].raw, row->w[i].len, hh, mm, ss) == 0 || (g && xn_time(g, n, hh, mm, ss) == 0))
            return row_clock(row, i + 1, hh);
    }
    return false;
}

/* The date after the "FECHA" label at word i of row r ("Fecha 12/10/2025",
 * glued "FECHA:12/10/2025") and its time: on its row after it, or on the
 * next header row when that one begins with "Hora" ("Fecha: 12/10/2025"
 * over "Hora: 09:15"). */
static bool ticket_date(receipt *rc, int r, int i, int upto)
{
    const xw_rows *R = &rc->rows;
    const xw_row *row = &R->rows[r];
    int y, m, d, hh = 0, mm = 0, ss = 0, at = -1;
    size_t n;
    if (row_find(row, "INICIO", 0) >= 0 || row_find(row, "VTO", 0) >= 0)
        return false; /* a start of activities, an expiry */
    const char *g = glued_value(&row->w[i], "FECHA", &n);
    if (g && xn_date(g, n, &y, &m, &d) == 0)
        at = i;
    for (int k = i + 1; k < row->nw && at < 0; k++)
        if (xn_date(row->w[k].raw, row->w[k].len, &y, &m, &d) == 0)
            at = k;
    if (at < 0)
        return false;
    const xw_row *next = r + 1 < upto ? &R->rows[r + 1] : NULL;
    if (!row_time(row, at + 1, &hh, &mm, &ss) &&
        !(next && next->nw && (word_is(&next->w[0], "HORA") || glued_value(&next->w[0], "HORA", &n)) &&
          row_time(next, 0, &hh, &mm, &ss)))
        return false;
    snprintf(rc->issued_at, sizeof rc->issued_at, "%04d-%02d-%02dT%02d:%02d:%02d", y, m, d, hh, mm, ss);
    return true;
}

static void take_header(receipt *rc, int upto)
{
    xw_rows *R = &rc->rows;
    bool have_date = false;
    for (int r = 0; r < upto; r++) {
        const xw_row *row = &R->rows[r];
        int pv_at = -1; /* the point of sale's label on this row (its last word) */
        for (int i = 0; i < row->nw; i++) {
            const xw_word *w = &row->w[i];
            int64_t v;
            if (!rc->merchant_cuit[0] && strncmp(w->fold, "CUIT", 4) == 0 &&
                (w->flen == 4 || !strcmp(w->fold, "CUITNRO")))
                rc_take_cuit(rc, row, i + 1);
            bool pv = word_is(w, "PV") || (word_is(w, "PUNTO") && row_find(row, "VENTA", i) == i + 2);
            if (pv)
                pv_at = word_is(w, "PV") ? i : i + 2;
            if (rc->pos < 0 && pv) {
                for (int j = i + 1; j < row->nw && j < i + 4; j++)
                    if (w_int(&row->w[j], &v)) {
                        rc->pos = v;
                        break;
                    }
            }
            /* a bare number label: with the point of sale and the number
             * ("Nro. 0005-00001234"), or after the point of sale's own
             * ("P.V. Nro.: 0003   Nro.: 00000871") */
            if (rc->number < 0 && (word_is(w, "NRO") || word_is(w, "NUMERO")) && i + 1 < row->nw) {
                int64_t p, n2;
                if (row_doc_number(row, i + 1, &p, &n2, NULL)) {
                    rc->pos = rc->pos < 0 ? p : rc->pos;
                    rc->number = n2;
                } else if (pv_at >= 0 && pv_at < i - 1 && w_int(&row->w[i + 1], &n2)) {
                    rc->number = n2;
                }
            }
            bool tlabel = word_is(w, "TICKET") || word_is(w, "TIQUE") || word_is(w, "NROT") ||
                          (word_is(w, "T") && i > 0 &&
                           (word_is(&row->w[i - 1], "NRO") || word_is(&row->w[i - 1], "N") ||
                            word_is(&row->w[i - 1], "NO") || word_is(&row->w[i - 1], "NUMERO")));
            if (rc->number < 0 && tlabel) {
                int64_t p, n2;
                for (int j = i + 1; j < row->nw && j < i + 3; j++) {
                    /* the point of sale and the number: "Nro. T. 0003-00001234",
                     * "0003 - 00001234", "0003   00001234" */
                    bool both = row_doc_number(row, j, &p, &n2, NULL) ||
                                (w_int(&row->w[j], &p) && row->w[j].len >= 4 && row->w[j].len <= 5 &&
                                 j + 1 < row->nw && row->w[j + 1].len == 8 && w_int(&row->w[j + 1], &n2));
                    if (both || w_int(&row->w[j], &n2)) {
                        rc->pos = both && rc->pos < 0 ? p : rc->pos;
                        rc->number = n2;
                        break;
                    }
                }
            }
            size_t gl;
            if (!have_date && (word_is(w, "FECHA") || glued_value(w, "FECHA", &gl)))
                have_date = ticket_date(rc, r, i, upto);
        }
    }
    if (!have_date) {
        /* no FECHA label: the first date with a time that is not a start date */
        for (int r = 0; r < upto && !have_date; r++) {
            const xw_row *row = &R->rows[r];
            if (row_find(row, "INICIO", 0) >= 0 || row_find(row, "VTO", 0) >= 0)
                continue;
            have_date = rc_take_date(rc, row, 0, true);
        }
    }
}

/* The item's tail from its amount at word mi: the amount (and a rate after
 * it) in *t, a rate or code or "$" before it too; the description's end,
 * or -1 when the row holds no such tail or no description. */
static int item_tail(const xw_row *row, int mi, price_row *t, bool desc_above, const float col[2])
{
    int d = mi;
    xdec rate = {0};
    while (d > 0 && (item_rate(row, d - 1, &rate) || headed_rate(row, d - 1, col[0], col[1], &rate) ||
                     w_code(&row->w[d - 1]) || word_is(&row->w[d - 1], "$")))
        d--;
    /* no description on the row: only a rate and the amount under the
     * description's own line ("ALFAJOR TRIPLE" over "(21,00)  1.100,00") */
    if ((d == 0 && !(desc_above && rate.set)) || !parse_tail(row, mi, t, true))
        return -1;
    if (rate.set)
        t->rate = rate;
    return d;
}

/* The description of the rows p[0..n): a department header first (over
 * the row after it) is taken apart into *dept.  NULL when out of memory. */
static const char *pend_desc(receipt *rc, const xw_row **p, size_t n, const char **dept, const char **ean)
{
    int d0 = 0;
    if (n >= 2 && dept_like(p[0], p[1])) {
        if (!(*dept = dept_name(rc, p[0])))
            return NULL;
        d0 = 1;
    }
    return join_desc(rc, p, d0, (int)n, ean);
}

/* A labelled field in the body ("Obra Social: OSDE 210 Afil: 61234567",
 * "Troquel: 4521873", "Socio: 00123"): a label of one or two words ending
 * in a colon, a number after it.  Such a row names the sale or an item's
 * paperwork, and is never a line of a description. */
static bool labelled_row(const xw_row *row)
{
    for (int i = 0; i < row->nw && i < 2; i++) {
        const xw_word *w = &row->w[i];
        if (w->len < 2 || w->raw[w->len - 1] != ':')
            continue;
        for (int j = i + 1; j < row->nw; j++)
            for (size_t k = 0; k < row->w[j].len; k++)
                if (row->w[j].raw[k] >= '0' && row->w[j].raw[k] <= '9')
                    return true;
        return false;
    }
    return false;
}

/* A description cut after a connective ("Manguera 1/2\" x 25 m con"): a
 * table's cell wraps downwards, and its next line is the rest of it. */
static bool cut_short(const char *desc)
{
    static const char *const c[] = {"con", "de", "del", "y", "para", "sin", "en", "c/", NULL};
    const char *sp = strrchr(desc, ' ');
    const char *last = sp ? sp + 1 : desc;
    for (const char *const *k = c; *k; k++)
        if (!strcasecmp(last, *k))
            return true;
    return false;
}

/* Adds the item priced by p, its description read (NULL: out of memory). */
static int add_item(receipt *rc, const char *desc, const char *dept, const char *ean, const price_row *p)
{
    rc_item it;
    memset(&it, 0, sizeof it);
    if (!desc)
        return -1;
    it.description = desc;
    it.department = dept;
    it.ean = ean;
    it.quantity = p->qty;
    bool kg = p->kg;
    if (p->qty_dot3) {
        /* "2.000 x 650.00" over "1300.00": an old printer's decimal point,
         * as in its price, when that reading alone gives the amount (a
         * fraction of a unit is a weight) */
        it.quantity = qty_dot_decimal(p->qty, p->price, p->amount);
        kg |= xd_cmp(xd_rescale(it.quantity, 0), it.quantity) != 0;
    }
    it.unit = kg ? "kg" : "un";
    it.unit_price = p->price;
    it.vat_rate = p->rate;
    it.amount = p->amount;
    return rc_add_item(rc, it);
}

/* An AFIP invoice the invoice reader could not read is no ticket read by
 * the looser forms (a table's row, an item of one unit alone): its head (the
 * issuer, the buyer) is not a ticket's.  Asked only when such a form is met
 * (*memo: -1 until then). */
static bool invoice_like(const xw_rows *R, int *memo)
{
    if (*memo < 0)
        *memo = LAYOUT_AFIP_INVOICE.detect(R);
    return *memo;
}

/* The fiscal printers' form (a quantity line over an item, or an item of
 * one unit with its rate in brackets): there an item of one unit prints no
 * quantity line, its description and amount alone.  Asked only when it
 * decides something (*memo: -1 until then). */
static bool bare_tail_row(const xw_rows *R, int r);

static bool fiscal_form(const xw_rows *R, int body, int *memo, int *inv)
{
    price_row pr;
    for (int r = body; *memo < 0 && r < (int)R->n && summary_kind(&R->rows[r]) == S_NONE; r++)
        if (parse_qty_row(&R->rows[r], &pr) ||
            ((one_unit_row(&R->rows[r]) || bare_tail_row(R, r)) && !invoice_like(R, inv)))
            *memo = 1;
    if (*memo < 0)
        *memo = 0;
    return *memo;
}

/* A fiscal printer's rate and amount alone on the line under an item's
 * description (row r: "21%  4.290,00", "(10,50)  2.400,00"), the line above
 * text without an amount. */
static bool bare_tail_row(const xw_rows *R, int r)
{
    const xw_row *row = &R->rows[r];
    xdec rate, v;
    if (r == 0 || row->nw != 2 || !w_rate(&row->w[0], &rate) || !lx_vat_rate(rate) || row_last_money(row, &v) != 1)
        return false;
    const xw_row *above = &R->rows[r - 1];
    return above->nw > 0 && row_last_money(above, &v) < 0 && has_letter(above, 0, above->nw);
}

/* Every document may be a ticket: the parser itself decides. */
static bool ticket_detect(const xw_rows *rows)
{
    (void)rows;
    return true;
}

/* An old fiscal printer's tax class after each amount ("22,00 G",
 * "-9,80 R"): a capital letter alone at the text's right edge after an
 * amount that begins its cell ("VINO   0,75 L" ends short of the edge).
 * Dropped from the row: no reader uses it, and the amount ends the row. */
static void drop_class_letters(xw_rows *R)
{
    float right = 0; /* the text's right edge: such letters end at it */
    for (size_t r = 0; r < R->n; r++)
        if (R->rows[r].nw && R->rows[r].w[R->rows[r].nw - 1].x1 > right)
            right = R->rows[r].w[R->rows[r].nw - 1].x1;
    for (size_t r = 0; r < R->n; r++) {
        xw_row *row = &R->rows[r];
        int n = row->nw;
        xdec v;
        if (n < 3 || row->w[n - 1].len != 1 || row->w[n - 1].raw[0] < 'A' || row->w[n - 1].raw[0] > 'Z' ||
            row->w[n - 1].x1 < right - 3 * (row->w[n - 1].x1 - row->w[n - 1].x0) ||
            row->w[n - 2].cell == row->w[n - 3].cell || !w_money(&row->w[n - 2], &v) || v.scale != 2 ||
            row->tlen < 2 || row->text[row->tlen - 2] != ' ')
            continue;
        row->nw--;
        row->tlen -= 2;
    }
}

/* Whole pesos (xn_whole_pesos), told from a count or a code: grouped by
 * dots (*grouped), or at most six digits. */
static bool whole_pesos(const xw_word *w, bool *grouped)
{
    int64_t v;
    *grouped = memchr(w->raw, '.', w->len) != NULL;
    return xn_whole_pesos(w->raw, w->len, &v) == 0 && (*grouped || w->len - (w->raw[0] == '$') <= 6);
}

static bool priced(const xw_row *row, int i)
{
    return i > 0 && (word_is(&row->w[i - 1], "$") || row->w[i].raw[0] == '$');
}

/* A ticket that prints its total in whole pesos ("TOTAL  $ 7.900", "TOTAL
 * 39.000"; a "$" or a thousands dot tells it from a count) prints the other
 * amounts below its first rule so too: each amount ending a row or set in
 * a column before it, or after an "x", gets its ",00", so that every reader
 * takes them as amounts.  The items must then add up to the total, as on
 * any ticket (else totals_mismatch).  Returns -1 out of memory. */
static int whole_peso_amounts(xw_rows *R)
{
    bool on = false, grouped;
    size_t rule = R->n;
    for (size_t r = 0; r < R->n; r++) {
        const xw_row *row = &R->rows[r];
        if (rule == R->n && row_is_separator(row))
            rule = r;
        int n = row->nw;
        if (rule < r && summary_kind(row) == S_TOTAL && n > 1 && whole_pesos(&row->w[n - 1], &grouped) &&
            (grouped || priced(row, n - 1)))
            on = true;
    }
    for (size_t r = rule + 1; on && r < R->n; r++) {
        xw_row *row = &R->rows[r];
        int n = row->nw;
        for (int i = n - 1; i > 0; i--) {
            xw_word *w = &row->w[i];
            bool own = w->cell != row->w[i - 1].cell, last = i == n - 1;
            bool column = own && i == n - 2 && row->w[n - 1].cell != w->cell && row->w[n - 1].len > 2 &&
                          row->w[n - 1].raw[row->w[n - 1].len - 3] == ',';
            if (!(last && (own || priced(row, i))) && !column && !is_x(&row->w[i - 1]))
                continue;
            if (!whole_pesos(w, &grouped) || (i + 1 < n && is_x(&row->w[i + 1])))
                continue;
            char *raw = xa_alloc(&R->arena, w->len + 4), fold[64];
            if (!raw)
                return -1;
            memcpy(raw, w->raw, w->len);
            memcpy(raw + w->len, ",00", 4);
            size_t fl = xn_fold(raw, w->len + 3, fold, sizeof fold);
            char *f = xa_strndup(&R->arena, fold, fl);
            if (!f)
                return -1;
            w->raw = raw;
            w->len += 3;
            w->fold = f;
            w->flen = fl;
        }
    }
    return 0;
}

static int ticket_parse(receipt *rc, xerr *err)
{
    xw_rows *R = &rc->rows;
    int n = (int)R->n, first = -1;
    price_row pr;
    int de, invoice = -1, fiscal = -1; /* invoice_like's and fiscal_form's answers */
    xdec vrate[8], vamt[8]; /* "IVA 21,00%  5.460,00" before the total */
    int nv = 0;
    drop_class_letters(R);
    if (whole_peso_amounts(R)) {
        xerr_set(err, XE_NOMEM, "out of memory parsing ticket");
        return -1;
    }
    for (int r = 0; r < n && first < 0; r++)
        if (r > 0 && desc_amount_heads(&R->rows[r - 1]) && R->rows[r].nw > 1 &&
            row_last_money(&R->rows[r], &pr.amount) == R->rows[r].nw - 1 && !invoice_like(R, &invoice))
            first = r;
        else if (summary_kind(&R->rows[r]) == S_NONE &&
            (parse_price_row(&R->rows[r], &pr) || parse_qty_row(&R->rows[r], &pr) ||
             ((table_form(&R->rows[r], &pr, &de) || one_unit_row(&R->rows[r]) || bare_tail_row(R, r)) &&
              !invoice_like(R, &invoice))))
            first = r;
    if (first < 0)
        return 1;
    int body = first;
    while (body > 0 && !row_is_separator(&R->rows[body - 1]) &&
           !is_header_label_row(&R->rows[body - 1]))
        body--;
    if (body == 0)
        return 1; /* no header above the items */
    if (row_credit_note(R, body)) {
        rc->refused = LX_CREDIT_NOTE;
        return 1;
    }

    float rate_col[2];
    rate_head(R, first, &rate_col[0], &rate_col[1]);
    int top = 0;
    while (top + 1 < body && copy_banner(&R->rows[top]))
        top++;
    if (column_heads(&R->rows[top]))
        return 1; /* a table's column names on top: no merchant, no ticket's head */

    /* before the first goto: the nomem path frees it */
    const xw_row **pend = NULL;
    size_t npend = 0, cappend = 0;
    rc->doc_type = "ticket";
    int ne = name_end(&R->rows[top]);
    const char *name = ne == R->rows[top].nw ? R->rows[top].text : row_join(R, &R->rows[top], 0, ne);
    if (!name || !(rc->merchant_name = rc_strdup(rc, name, ne == R->rows[top].nw ? R->rows[top].tlen : strlen(name))))
        goto nomem;
    take_header(rc, body);

    const char *dept = NULL;
    bool last_was_item = false, last_table = false, after_total = false, gap = false;
    bool two_columns = false; /* under a "Descripcion  Importe" head */
    price_row qty = {0};    /* a quantity line over its item, while its amount is not read */
    bool qty_open = false;
    bool voided = false; /* an "ANULACION" / "CORRECCION" line: the next item is taken back */
    const xw_row *label = NULL; /* a way to pay whose amount is on the next line */
    for (int r = body; r < n; r++) {
        const xw_row *row = &R->rows[r];
        xdec v;
        int kind = summary_kind(row);
        if (after_total) {
            /* The tenders: the rows after the total, up to the first one
             * that is none once a line without a tender came between; past
             * such a line ("Tarj.: ****4821 Cuotas: 1" between two tenders)
             * only while the tenders so far do not cover the total, and
             * only a row that names a way to pay (a card slip repeating the
             * amount, "AHORRASTE CON MODO 1.200,00", "IVA CONTENIDO" after
             * them are none). */
            int mi = row_last_money(row, &v);
            int end = mi;
            if (end > 0 && word_is(&row->w[end - 1], "$"))
                end--;
            const xw_row *lrow = row;
            int from = 0;
            /* "Forma de pago: TARJETA CREDITO" over "Importe: $ 1.599,00":
             * the amount labelled as one, its way to pay the line before */
            bool amount_only = end == 1 && (word_is(&row->w[0], "IMPORTE") || word_is(&row->w[0], "MONTO")) &&
                               /* not a card slip repeating its tender's amount */
                               !(rc->npayments && xd_cmp(v, rc->payments[rc->npayments - 1].amount) == 0);
            if (mi < 0 || end == 0 || (amount_only && label)) {
                /* "MERCADO PAGO" over "$ 16.247,79": the amount's label is the line before */
                if (mi >= 0 && label && !covered(rc)) {
                    lrow = label;
                    end = label->nw;
                    /* the way to pay after its field's label ("Forma de
                     * pago:", which names none; "TARJETA: VISA" is whole) */
                    for (int i = 0; i + 1 < end && !from; i++)
                        if (lrow->w[i].raw[lrow->w[i].len - 1] == ':' && !names_method(lrow, 0, i + 1, true))
                            from = i + 1;
                } else {
                    /* the first way to pay named since the last amount:
                     * a card slip's lines under it ("Tarjeta: VISA
                     * ****4821", "Cuotas: 3") before its "Importe:" */
                    if (mi >= 0)
                        label = NULL;
                    else if (!label && names_method(row, 0, row->nw, true))
                        label = row;
                    gap = gap || rc->npayments > 0;
                    continue;
                }
            }
            label = NULL;
            const xw_word *w0 = &lrow->w[0];
            /* Not tenders: the taxes an amount contains (Ley 27.743's
             * "IVA 21,00%: 1.709,50", "Otros Imp. Nac. Indirectos:",
             * "IVA CONTENIDO"), printed before the tenders or after; once
             * the tenders pay the total, a row that names no way to pay
             * ("3 CUOTAS DE $ 15.000,00", "Total en USD (BNA ...): 12,34");
             * a card slip's line repeating its tender's amount ("Importe
             * 30.000,00") under the slip's other lines, before the next
             * tender */
            bool taxes = word_is(w0, "IVA") || word_is(w0, "IMP") || row_phrase(lrow, 0, "IMPUESTO*") ||
                         row_phrase(lrow, 0, "OTROS IMP*") || row_phrase(lrow, 0, "PERCEPCION*") ||
                         row_phrase(lrow, 0, "INDIRECTOS*") || /* "Otros Impuestos Nacionales" wrapped */
                         /* a suggested tip, a refund a wallet or bank announces */
                         row_phrase(lrow, 0, "PROPINA*") || row_phrase(lrow, 0, "REINTEGRO*") ||
                         row_phrase(lrow, 0, "BENEFICIO*") || row_phrase(lrow, 0, "DEVOLUCION*") ||
                         /* a discount by the way to pay ("Descuento Mercado
                          * Pago -1.100,00"): a tender is what was handed
                          * over, never negative */
                         v.v < 0 || is_discount_label(lrow) ||
                         /* what was saved, the total in another currency */
                         tells_not_pays(lrow, end);
            bool repeat = gap && rc->npayments && !names_method(lrow, 0, end, true) &&
                          xd_cmp(v, rc->payments[rc->npayments - 1].amount) == 0;
            if (taxes || repeat || (covered(rc) && !names_method(lrow, 0, end, true) && !word_is(w0, "VUELTO") &&
                                    !word_is(w0, "CAMBIO"))) {
                gap = gap || rc->npayments > 0;
                continue;
            }
            /* "SU PAGO 28.000,00", "RECIBIDO", "VUELTO": what was handed
             * over and given back, unless it names an electronic way to
             * pay ("PAGO CON MERCADO PAGO", "SU PAGO QR MP") */
            bool change = word_is(w0, "VUELTO") || word_is(w0, "CAMBIO") ||
                          ((word_is(w0, "SU") || word_is(w0, "PAGO") || word_is(w0, "RECIBIDO")) &&
                           !names_method(lrow, 1, end, false));
            if (gap && !change && (covered(rc) || !names_method(lrow, 0, end, true)))
                break;
            if (change)
                continue;
            char *m = row_join(R, lrow, from, end);
            if (!m || rc_add_payment(rc, rc_strdup(rc, m, strlen(m)), v))
                goto nomem;
            continue;
        }
        if (row_is_separator(row))
            continue;
        if (kind != S_NONE) {
            if (row_last_money(row, &v) < 0) {
                /* "TOTAL" over "$ 9.950,00" (printed double width): the
                 * amount alone on the next line is its value */
                const xw_row *nx = r + 1 < n ? &R->rows[r + 1] : NULL;
                int nm = nx ? row_last_money(nx, &v) : -1;
                bool alone = nm == 0 ? nx->nw == 1 : nm == 1 && nx->nw == 2 && word_is(&nx->w[0], "$");
                if (kind != S_TOTAL || row->nw > 2 || !alone)
                    continue;
                r++;
            }
            if (kind == S_SUBTOTAL)
                rc->subtotal = v;
            else if (kind == S_AHORRO)
                rc->discount_total = v.v < 0 ? xd_neg(v) : v;
            else {
                rc->total = v;
                after_total = true;
            }
            npend = 0;
            last_was_item = false;
            qty_open = false;
            continue;
        }
        if (parse_qty_row(row, &pr)) {
            /* a department header over the quantity line */
            if (npend == 1 && dept_like(pend[0], row) && !(dept = dept_name(rc, pend[0])))
                goto nomem;
            qty = pr;
            qty_open = true;
            npend = 0;
            last_was_item = false;
            continue;
        }
        int qa = qty_open && !is_discount_label(row) ? row_last_money(row, &v) : -1;
        if (qa > 0) {
            /* the item under its quantity line: its description (the rows
             * between, then this row's words before its rate and amount)
             * and its amount; a voided one's amount is negative */
            price_row t;
            int d = item_tail(row, qa, &t, npend > 0, rate_col);
            if (d < 0)
                goto not_item;
            xw_row part = *row;
            part.nw = d;
            if (d > 0 && XVEC_PUSH(pend, npend, cappend, &part))
                goto nomem;
            const char *ean = NULL, *desc = join_desc(rc, pend, 0, (int)npend, &ean);
            npend = 0;
            if (qty.qty.v > 0 && t.amount.v < 0)
                qty.qty = xd_neg(qty.qty);
            /* fiscal printers print every count with three decimals
             * ("2,000 x"): a weight says so ("kg") or is not whole */
            qty.kg = qty.unit ? qty.kg : xd_cmp(xd_rescale(qty.qty, 0), qty.qty) != 0;
            qty.rate = t.rate.set ? t.rate : qty.rate;
            qty.amount = t.amount;
            if (add_item(rc, desc, dept, ean, &qty))
                goto nomem;
            qty_open = false;
            last_was_item = true;
            last_table = false;
            continue;
        }
    not_item:
        if (parse_price_row(row, &pr)) {
            const char *ean = NULL, *desc;
            if (pr.qty_at > 0) {
                /* one-line item: the description is on this row */
                if (npend && !(dept = dept_name(rc, pend[0])))
                    goto nomem;
                xw_row part = *row;
                part.nw = pr.qty_at;
                const xw_row *pp = &part;
                desc = join_desc(rc, &pp, 0, 1, &ean);
            } else {
                desc = npend ? pend_desc(rc, pend, npend, &dept, &ean) : rc_strdup(rc, "", 0);
            }
            if (add_item(rc, desc, dept, ean, &pr))
                goto nomem;
            npend = 0;
            last_was_item = true;
            last_table = false;
            qty_open = false; /* a quantity line left open is no line of this item */
            continue;
        }
        if (is_ean_row(row)) {
            if (last_was_item && rc->nitems && !rc->items[rc->nitems - 1].ean)
                rc->items[rc->nitems - 1].ean = row->w[0].raw;
            continue;
        }
        int mi = row_last_money(row, &v);
        if (mi > 0 && (v.v < 0 || is_discount_label(row)) &&
            !(voided && !is_discount_label(row) && fiscal_form(R, body, &fiscal, &invoice))) {
            int end = mi;
            if (end > 0 && (word_is(&row->w[end - 1], "$") || word_is(&row->w[end - 1], "-$")))
                end--; /* the currency, "-$ 478,50" its sign too */
            char *d = row_join(R, row, 0, end);
            if (!d || rc_add_discount(rc, rc_strdup(rc, d, strlen(d)), v.v < 0 ? v : xd_neg(v)))
                goto nomem;
            npend = 0;
            continue;
        }
        int form = table_form(row, &pr, &de);
        bool table = form && !invoice_like(R, &invoice);
        bool surcharge = row_phrase(row, 0, "RECARGO*") && fiscal_form(R, body, &fiscal, &invoice);
        if (mi > 0 && v.v > 0 && (surcharge || row_phrase(row, 0, "PERC*"))) {
            /* a charge the total adds, no item: a surcharge (instalments, a
             * card's fee; its rate is no part of the name) or a perception
             * ("PERC. IIBB SANTA FE 3,00%", as printed) */
            int end = mi;
            while (end > 1 && ((surcharge && w_rate(&row->w[end - 1], &pr.rate)) || word_is(&row->w[end - 1], "$")))
                end--;
            char *t = row_join(R, row, 0, end);
            if (!t || rc_add_tax(rc, rc_strdup(rc, t, strlen(t)), v))
                goto nomem;
            npend = 0;
            continue;
        }
        if (mi > 0 && v.v > 0 && word_is(&row->w[0], "NETO")) {
            npend = 0; /* "NETO GRAVADO 21,00%  26.000,00": the net, no item */
            continue;
        }
        xdec vr;
        if (mi > 1 && v.v > 0 && word_is(&row->w[0], "IVA") && w_rate(&row->w[mi - 1], &vr) && nv < 8) {
            /* a VAT line before the total: the VAT on net prices, when the
             * sums say so (at the end) */
            vrate[nv] = vr;
            vamt[nv++] = v;
            continue;
        }
        bool one = !table && !qty_open && mi > 0 && (v.v > 0 || voided) && !word_is(&row->w[0], "IVA") &&
                   !row_phrase(row, 0, "PERCEP*") && !row_phrase(row, 0, "IMPUESTO*") && !word_is(&row->w[0], "IMP") &&
                   !is_discount_label(row) && (two_columns || fiscal_form(R, body, &fiscal, &invoice));
        if (table || one) {
            /* a table's row, quantity first; or a fiscal printer's item of
             * one unit: its rate and amount, the description before them */
            xw_row part = *row;
            if (table) {
                part.w = row->w + (form == 1); /* past the quantity first */
                part.nw = de - (form == 1);
            } else {
                price_row t;
                int d = item_tail(row, mi, &t, npend > 0, rate_col);
                if (d < 0)
                    continue;
                memset(&pr, 0, sizeof pr);
                /* taken back after "ANULACION": one unit less */
                pr.qty = (xdec){t.amount.v < 0 ? -1 : 1, 0, true};
                pr.price = t.amount.v < 0 ? xd_neg(t.amount) : t.amount;
                pr.amount = t.amount;
                pr.rate = t.rate;
                part.nw = d;
            }
            if (part.nw > 0 && XVEC_PUSH(pend, npend, cappend, &part))
                goto nomem;
            const char *ean = NULL, *desc = pend_desc(rc, pend, npend, &dept, &ean);
            npend = 0;
            if (add_item(rc, desc, dept, ean, &pr))
                goto nomem;
            last_was_item = true;
            last_table = table;
            voided = false;
            continue;
        }
        if (mi >= 0)
            continue; /* some other amount line (e.g. a printed tax) */
        int da, db;
        if ((row->nw == 1 && is_void_word(&row->w[0])) ||
            (decorated(row, &da, &db) && db - da == 1 && is_void_word(&row->w[da]))) {
            voided = true;
            continue; /* "ANULACION", "*** ANULADO ***": the next item carries a negative quantity */
        }
        if (column_heads(row)) {
            two_columns = desc_amount_heads(row);
            continue;
        }
        if (labelled_row(row) || title_row(row))
            continue;
        if (last_was_item && last_table && rc->nitems && cut_short(rc->items[rc->nitems - 1].description)) {
            /* the rest of the table's item above, its cell wrapped */
            rc_item *it = &rc->items[rc->nitems - 1];
            xbuf b = {0};
            bool ok = !xbuf_put(&b, it->description, strlen(it->description)) && !xbuf_putc(&b, ' ') &&
                      !xbuf_put(&b, row->text, row->tlen) && (it->description = rc_strdup(rc, b.p, b.len));
            xbuf_free(&b);
            if (!ok)
                goto nomem;
            last_was_item = false;
            continue;
        }
        if (XVEC_PUSH(pend, npend, cappend, row))
            goto nomem;
        last_was_item = false;
    }
    if (nv && !rc->nvat && rc->nitems && rc->total.set) {
        /* a Tique Factura A prints net amounts and the VAT under them: its
         * lines miss the total by exactly the VAT printed before it */
        xdec lines = rc_sum_lines(rc), vat = {0, 2, true};
        for (int i = 0; i < nv; i++)
            vat = xd_add(vat, vamt[i]);
        if (!xd_within_cent(lines, rc->total) && xd_within_cent(xd_add(lines, vat), rc->total)) {
            for (int i = 0; i < nv; i++)
                if (rc_add_vat(rc, vrate[i], vamt[i]))
                    goto nomem; /* or over the limit: parse.c says which */
            rc->prices_include_vat = false;
        }
    }
    free(pend);
    if (rc->nitems == 0 || !rc->total.set)
        return 1;
    return 0;
nomem:
    free(pend);
    xerr_set(err, XE_NOMEM, "out of memory parsing ticket");
    return -1;
}

const rc_layout LAYOUT_TICKET = {"ticket", ticket_detect, ticket_parse};
