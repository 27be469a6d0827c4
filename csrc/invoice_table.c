/* The item table of an invoice.
 *
 * The table is found by its header: a band of label rows (a label may be
 * stacked over two or three rows, "Alicuota / IVA") whose words, read by
 * meaning, name a description column and an amount column, and others in any
 * order (code, quantity, unit, price, discount, rate, VAT).  Each word of a
 * row below goes to the column whose header it lies under and that may hold
 * it (a rate is at most 100 %, a unit no number), so unlabeled columns,
 * right-aligned numbers and cells that span several lines are read by
 * position.
 *
 * A row with a value in the amount column anchors an item; text rows between
 * anchors are its description lines, wrapped above or below: each run of
 * them is split between the anchor above and the one below at its widest
 * vertical gap (or where a code starts a new item).  A quantity printed on
 * a row of its own (split off by a scan's skew, or a line above the amount)
 * joins its anchor.  Without a description an anchor is no item.  With no
 * header, item rows are recognised by shape: a description followed by
 * numbers among which quantity x unit price = amount.  The table ends at a
 * totals or footer label; a totals row is never an item, but a charge billed
 * as a line of the table, in its columns, is one. */
#include "invoice.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { C_NONE, C_CODE, C_DESC, C_QTY, C_UNIT, C_PRICE, C_DISC_PCT, C_DISC_AMT, C_RATE, C_VAT, C_AMOUNT };
/* "Artículo", "Item": the description where no other column is */
#define F_MAYBE_DESC 8u
/* "Descripción": the description where another column is named so too
 * ("Producto | Descripción": the first is a code) */
#define F_DESC 16u
/* a column whose label is set flush against the one before it
 * ("Cant.Descripción"): its words may start under that label */
#define F_FLUSH 32u
/* "Uds.", "Unidades", "Ctd.", "Qty": how many, unless a "Cant." column is
 * there too: then a pack's units ("Uds. x Caja", "Ctd. Bultos") */
#define F_QTY2 64u
/* "Impuestos": the taxes of the line, read for its VAT rate ("IVA 21%")
 * only: an amount there may be any tax's */
#define F_RATE_ONLY 128u

static const lx_phrase COLS[] = {
    {"DESCRIPCION", C_DESC, F_DESC},
    {"DESCRIPCION DEL PRODUCTO", C_DESC, F_DESC},
    {"DESCRIPCION DEL ARTICULO", C_DESC, F_DESC},
    /* one cell naming the description twice ("Producto y descripción") */
    {"PRODUCTO Y DESCRIPCION", C_DESC, F_DESC},
    {"ARTICULO Y DESCRIPCION", C_DESC, F_DESC},
    {"PRODUCTO / SERVICIO", C_DESC, 0},
    {"PRODUCTO/SERVICIO", C_DESC, 0},
    {"PRODUCTO", C_DESC, 0},
    {"PRODUCTOS", C_DESC, 0},
    {"DETALLE", C_DESC, 0},
    {"CONCEPTO", C_DESC, 0},
    {"CONCEPTOS", C_DESC, 0},
    {"DENOMINACION", C_DESC, 0},
    {"SERVICIO", C_DESC, 0},
    {"SERVICIOS", C_DESC, 0},
    /* a professional's service ("Prestación | Importe" of a dentist) */
    {"PRESTACION", C_DESC, 0},
    {"PRESTACIONES", C_DESC, 0},
    /* a trade's work billed ("Trabajo | Importe" of a builder, a mechanic) */
    {"TRABAJO", C_DESC, 0},
    {"TRABAJOS", C_DESC, 0},
    {"TRABAJO REALIZADO", C_DESC, 0},
    {"TRABAJOS REALIZADOS", C_DESC, 0},
    {"TAREA", C_DESC, 0},
    {"TAREAS", C_DESC, 0},
    {"MERCADERIA", C_DESC, 0},
    {"MERCADERIAS", C_DESC, 0},
    {"ARTICULO", C_CODE, F_MAYBE_DESC},
    {"ART", C_CODE, F_MAYBE_DESC}, /* "Art." */
    {"ITEM", C_CODE, F_MAYBE_DESC},
    {"#", C_CODE, 0}, /* the line's number ("# | Descripción": "001") */
    {"COD*", C_CODE, 0},
    {"SKU", C_CODE, 0},
    {"EAN", C_CODE, 0},
    {"GTIN", C_CODE, 0}, /* the barcode's general name (EAN-13 is a GTIN-13) */
    {"CANT*", C_QTY, 0},
    /* a quantity column named by weight ("Peso/Cant.", "Kilos", "Kg/Un") */
    {"PESO*", C_QTY, 0},
    {"KILOS", C_QTY, 0},
    {"KG", C_QTY, 0},
    {"KG/UN*", C_QTY, 0},
    {"KG/U", C_QTY, 0},
    {"UN/KG", C_QTY, 0},
    /* "Unidades": how many (the singular "Unidad" names the unit), and its
     * short forms "Uds.", "Ctd.", English "Qty" */
    {"UNIDADES", C_QTY, F_QTY2},
    {"UDS", C_QTY, F_QTY2},
    {"CTD", C_QTY, F_QTY2},
    {"QTY", C_QTY, F_QTY2},
    {"BULTOS", C_QTY, F_QTY2}, /* a wholesaler's count of packs */
    {"UN", C_UNIT, 0}, /* "Un." */
    {"U MEDIDA", C_UNIT, 0},
    {"U MED", C_UNIT, 0},
    {"UMED", C_UNIT, 0},
    {"U/MEDIDA", C_UNIT, 0},
    {"UNIDAD DE MEDIDA", C_UNIT, 0},
    {"UNIDAD", C_UNIT, 0},
    {"UNID", C_UNIT, 0},
    {"UM", C_UNIT, 0},
    {"U/M", C_UNIT, 0},
    {"U M", C_UNIT, 0},
    {"MEDIDA", C_UNIT, 0},
    {"PRECIO", C_PRICE, 0},
    {"PRECIO UNIT*", C_PRICE, 0},
    {"PRECIOUNIT*", C_PRICE, 0},
    {"P UNIT*", C_PRICE, 0},
    {"PUNIT*", C_PRICE, 0},
    {"PCIO UNIT*", C_PRICE, 0},
    {"PCIOUNIT*", C_PRICE, 0},
    {"PRE UNIT*", C_PRICE, 0},
    {"PREC UNIT*", C_PRICE, 0},
    {"PRECUNIT*", C_PRICE, 0},
    {"P/UNIT*", C_PRICE, 0},
    {"PX UNIT*", C_PRICE, 0},
    {"UNIT*", C_PRICE, 0},
    {"P/U", C_PRICE, 0},
    {"PU", C_PRICE, 0},
    {"VALOR UNIT*", C_PRICE, 0},
    {"IMPORTE UNIT*", C_PRICE, 0},
    {"PRECIO LISTA", C_PRICE, 0},
    {"TARIFA", C_PRICE, 0}, /* a service's rate: "Horas | Tarifa | Importe" */
    /* the price of a kilo ("$ x Kg", "Precio x Kg", "$/Kg") */
    {"$ X KG*", C_PRICE, 0},
    {"PRECIO X KG*", C_PRICE, 0}, /* "Precio x kg/u" too */
    {"PRECIO/KG", C_PRICE, 0},
    {"$/KG", C_PRICE, 0},
    {"PRECIO NETO", C_PRICE, 0},
    /* the sale price, "P. Venta" (as "Precio Venta" under "PRECIO"): a unit price */
    {"P VENTA", C_PRICE, 0},
    {"% BONIF*", C_DISC_PCT, 0},
    {"%BONIF*", C_DISC_PCT, 0},
    {"BONIF*", C_DISC_PCT, 0},
    {"% DTO", C_DISC_PCT, 0},
    {"DTO", C_DISC_PCT, 0},
    {"DTO %", C_DISC_PCT, 0},
    {"% DESC", C_DISC_PCT, 0},
    {"DESC", C_DISC_PCT, 0},
    {"% DESCUENTO", C_DISC_PCT, 0},
    {"DESCUENTO", C_DISC_PCT, 0},
    {"IMP BONIF*", C_DISC_AMT, 0},
    {"IMPORTE BONIF*", C_DISC_AMT, 0},
    {"IMP DESC*", C_DISC_AMT, 0},
    {"IMPORTE DESCUENTO", C_DISC_AMT, 0},
    {"ALICUOTA", C_RATE, 0},
    {"ALICUOTA IVA", C_RATE, 0},
    {"ALIC*", C_RATE, 0},
    {"ALIC IVA", C_RATE, 0},
    {"% IVA", C_RATE, 0},
    {"%IVA", C_RATE, 0},
    {"IVA %", C_RATE, 0},
    {"TASA IVA", C_RATE, 0},
    {"TASA", C_RATE, 0},
    {"IVA", C_VAT, 0},
    {"IMPORTE IVA", C_VAT, 0},
    {"MONTO IVA", C_VAT, 0},
    {"IMPUESTOS", C_VAT, F_RATE_ONLY},
    {"IMPORTE", C_AMOUNT, 0},
    {"SUBTOTAL", C_AMOUNT, 0},
    {"SUB TOTAL", C_AMOUNT, 0},
    {"TOTAL", C_AMOUNT, 0},
    {"PRECIO TOTAL", C_AMOUNT, 0},
    {"IMPORTE TOTAL", C_AMOUNT, 0},
    {"MONTO", C_AMOUNT, 0},
    {"HONORARIOS", C_AMOUNT, 0}, /* a professional's fees: "Concepto | Honorarios" */
    {"VALOR TOTAL", C_AMOUNT, 0},
    {"TOTAL ITEM", C_AMOUNT, 0},
    {"TOTAL LINEA", C_AMOUNT, 0},
    {"IMPORTE NETO", C_AMOUNT, AMT_NET},
    {"SUBTOTAL NETO", C_AMOUNT, AMT_NET},
    {"TOTAL NETO", C_AMOUNT, AMT_NET},
    {"NETO", C_AMOUNT, AMT_NET},
    {"SUBTOTAL C/IVA", C_AMOUNT, AMT_WITH_VAT},
    {"SUBTOTAL CON IVA", C_AMOUNT, AMT_WITH_VAT},
    {"IMPORTE C/IVA", C_AMOUNT, AMT_WITH_VAT},
    {"TOTAL C/IVA", C_AMOUNT, AMT_WITH_VAT},
    {"IMPORTE FINAL", C_AMOUNT, AMT_WITH_VAT},
};
#define NCOLS (sizeof COLS / sizeof *COLS)
#define MAXCOL 24
#define MAXHDR 8

typedef struct {
    int role;
    unsigned flags;
    float x0, x1;
    const xw_word *lab; /* a label of one word that names no column ("%") */
    const char *cur;    /* the currency its label names ("Importe (USD)") */
} tcol;

typedef struct {
    tcol c[MAXCOL];
    int n;
    int amount; /* the line-amount column: the rightmost amount column */
    bool code;  /* has a code column */
    bool qty;   /* has a quantity column */
    bool cur_mixed; /* money columns' labels name two currencies */
    bool glued_qty; /* no row has a quantity apart: every priced row's
                     * description starts with it (qty_before_desc) */
} thdr;

/* ---- header ------------------------------------------------------------ */

static unsigned word_flags(const xw_word *w)
{
    if (word_is(w, "C/IVA") || word_is(w, "FINAL") || word_is(w, "INCLUIDO") || word_is(w, "CON"))
        return AMT_WITH_VAT;
    if (word_is(w, "NETO") || word_is(w, "S/IVA") || word_is(w, "SIN"))
        return AMT_NET;
    return 0;
}

static double dabs(double x) { return x < 0 ? -x : x; }

static float dist(float a0, float a1, float b0, float b1)
{
    if (a1 < b0)
        return b0 - a1;
    if (b1 < a0)
        return a0 - b1;
    return 0;
}

static void col_extend(tcol *c, const xw_word *w)
{
    if (w->x0 < c->x0)
        c->x0 = w->x0;
    if (w->x1 > c->x1)
        c->x1 = w->x1;
    c->flags |= word_flags(w);
}

/* The column name at word i of a header row: a name of several words lies
 * within one cell ("Precio | Total" under two columns is two names, not
 * "Precio Total"). */
static int col_name(const xw_row *row, int i, int *len)
{
    int end = i;
    while (end < row->nw && row->w[end].cell == row->w[i].cell)
        end++;
    return row_match_phrase(row, i, end, COLS, NCOLS, len);
}

/* The column name a folded word (or words, one space apart) is on its own
 * (-1 if none). */
static int col_of_fold(const char *f, size_t fl)
{
    int best = -1;
    size_t bl = 0;
    for (size_t t = 0; t < NCOLS; t++) {
        const char *p = COLS[t].text;
        size_t pl = strlen(p);
        bool star = p[pl - 1] == '*';
        size_t k = star ? pl - 1 : pl;
        if ((star ? fl >= k : fl == k) && strncmp(f, p, k) == 0 && k > bl) {
            bl = k;
            best = (int)t;
        }
    }
    return best;
}

static size_t utf8_chars(const char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += ((unsigned char)s[i] & 0xC0) != 0x80;
    return k;
}

/* "Cant.Descripción": a right-aligned quantity column set flush against a
 * left-aligned description, their labels one word.  Where the
 * description's label starts in the word (after a point or at a step from
 * lower to upper case), 0 when the word is no such pair. */
static size_t flush_pair(const xw_word *w)
{
    const char *r = w->raw;
    for (size_t p = 2; p + 2 < w->len; p++) {
        unsigned char a = (unsigned char)r[p - 1], b = (unsigned char)r[p];
        bool up = b >= 'A' && b <= 'Z', low = a >= 'a' && a <= 'z'; /* ASCII: not the locale's */
        if (!((a == '.' && up) || (low && up)))
            continue;
        char lf[32], rf[64];
        if (p >= sizeof lf || w->len - p >= sizeof rf)
            return 0;
        size_t ll = xn_fold(r, p, lf, sizeof lf), rl = xn_fold(r + p, w->len - p, rf, sizeof rf);
        int lt = col_of_fold(lf, ll), rt = col_of_fold(rf, rl);
        if (lt >= 0 && rt >= 0 && COLS[lt].role == C_QTY && COLS[rt].role == C_DESC)
            return p;
    }
    return 0;
}

/* "|", "-": a ruling a scan's text layer reads as a glyph beside a label,
 * not a label ("%", "/", "$" are parts of labels). */
static bool mark_word(const xw_word *w)
{
    for (size_t i = 0; i < w->len; i++)
        if (!w->raw[i] || !strchr("|-_=", w->raw[i]))
            return false;
    return w->len > 0;
}

/* A word of a label's second line under column c: mostly under it, or
 * set from its left edge ("IVA" under "%", both left-aligned in a cell). */
static bool under_label(const tcol *c, const xw_word *w, float rh)
{
    float dx = w->x0 - c->x0;
    return inv_overlap(w->x0, w->x1, c->x0, c->x1) >= 0.5f * (w->x1 - w->x0) ||
           (dx <= 0.3f * rh && -dx <= 0.3f * rh);
}

/* A currency in a money column's label ("Precio Unit. (USD)", "Importe
 * U$S", "Subtotal en Dólares") is the currency of the column's amounts. */
static void hdr_currency(thdr *h, tcol *c, const xw_word *w)
{
    if (c->role != C_PRICE && c->role != C_AMOUNT && c->role != C_DISC_AMT && c->role != C_VAT)
        return;
    const char *k = w_currency_code(w, true);
    for (int i = 0; k && i < h->n; i++)
        h->cur_mixed |= h->c[i].cur && strcmp(h->c[i].cur, k) != 0;
    if (k)
        c->cur = k;
}

/* Is every line amount its quantity times its unit price (with its VAT
 * rate or without)?  Then the amounts are in the prices' currency. */
static bool amounts_of_prices(const receipt *rc)
{
    size_t n = 0;
    for (size_t i = 0; i < rc->nitems; i++) {
        const rc_item *it = &rc->items[i];
        if (!it->quantity.set || !it->unit_price.set || !it->amount.set)
            return false;
        double q = xd_double(it->quantity), p = xd_double(it->unit_price), am = xd_double(it->amount);
        double r = it->vat_rate.set ? xd_double(it->vat_rate) : 0, tol = 0.006 * dabs(q) + 0.011;
        if (dabs(am - q * p) > tol && dabs(am - q * p * (1 + r / 100)) > tol * 1.3)
            return false;
        n++;
    }
    return n > 0;
}

/* The currency the item table's money columns name: the line amount's
 * label's ("Importe (USD)"); else the unit price's, when the header has one
 * price column and each line amount is its quantity times that price (a
 * seller quoting dollars may bill pesos: "P. Unit. U$S" beside "Importe",
 * or beside "P. Unit. $"); NULL when none, or when labels name two. */
static const char *table_currency(const receipt *rc, const thdr *hdr, int nh)
{
    const char *amt = NULL, *price = NULL, *any = NULL;
    bool one_price = true;
    for (int k = 0; k < nh; k++) {
        if (hdr[k].cur_mixed)
            return NULL;
        int nprice = 0;
        const char *pc = NULL;
        for (int c = 0; c < hdr[k].n; c++) {
            const char *x = hdr[k].c[c].cur;
            if (x && any && strcmp(x, any) != 0)
                return NULL;
            any = x ? x : any;
            if (x && c == hdr[k].amount)
                amt = x;
            if (hdr[k].c[c].role == C_PRICE) {
                nprice++;
                pc = x ? x : pc;
            }
        }
        one_price &= !pc || nprice == 1;
        price = pc ? pc : price;
    }
    return amt ? amt : price && one_price && amounts_of_prices(rc) ? price : NULL;
}

/* The code word i is when it stands alone in its cell ("USD" set apart
 * from its amount), or NULL. */
static const char *lone_code(const xw_row *row, int i)
{
    if (i < 0 || i >= row->nw || (i > 0 && row->w[i - 1].cell == row->w[i].cell) ||
        (i + 1 < row->nw && row->w[i + 1].cell == row->w[i].cell))
        return NULL;
    return w_currency_code(&row->w[i], false);
}

/* Is word i a value? */
static bool value_at(const xw_row *row, int i)
{
    xdec v;
    return i >= 0 && i < row->nw && w_value(&row->w[i], &v);
}

/* The currency every line amount of the table prints beside it ("U$S
 * 2.000,00", "2.000,00 USD" on each row that holds an amount), or NULL.
 * The line amount: the value nearest the amount column's label (a
 * reference column in dollars beside it, "USD 2,30", names nothing).  A
 * code in a cell of its own belongs to the amount when nothing else can
 * own it: after the amount with no value after it ("2.000,00   USD"), or
 * before it when it trails no other value ("USD   2.000,00"; in
 * "2,30   USD   2.415,00" it is the price's) unless a code leads that
 * value too ("USD   1.000,00   USD   2.000,00").  The price's code
 * ("1.000,00 USD   2.000,00") names the amount's currency when every
 * amount is its quantity times its price (priced). */
static const char *cells_currency(const inv_doc *d, const thdr *h, bool priced)
{
    const char *code = NULL;
    size_t rows = 0;
    const tcol *ac = &h->c[h->amount];
    float mid = (ac->x0 + ac->x1) / 2;
    for (size_t r = 0; r < d->n; r++) {
        if (d->zone[r] != Z_TABLE)
            continue;
        const xw_row *row = d->r[r];
        int near = -1;
        float best = 1e30f;
        xdec v;
        for (int i = 0; i < row->nw; i++) {
            float dx = dabs((row->w[i].x0 + row->w[i].x1) / 2 - mid);
            if (w_value(&row->w[i], &v) && dx < best) {
                best = dx;
                near = i;
            }
        }
        /* no value under the amount's column: no line amount ("Hoja 2 de 2") */
        float aw = ac->x1 - ac->x0;
        if (near < 0 || inv_overlap(row->w[near].x0, row->w[near].x1, ac->x0 - aw, ac->x1 + aw) <= 0)
            continue;
        const char *c = NULL;
        if (near > 0 && row->w[near - 1].cell == row->w[near].cell)
            c = w_currency_code(&row->w[near - 1], false);
        if (!c && near + 1 < row->nw && row->w[near + 1].cell == row->w[near].cell)
            c = w_currency_code(&row->w[near + 1], false);
        if (!c && !value_at(row, near + 2))
            c = lone_code(row, near + 1);
        if (!c && (!value_at(row, near - 2) || lone_code(row, near - 3)))
            c = lone_code(row, near - 1);
        if (!c && priced && near > 1 && row->w[near - 1].cell != row->w[near].cell && value_at(row, near - 2))
            c = w_currency_code(&row->w[near - 1], false);
        if (!c || (code && strcmp(c, code) != 0))
            return NULL;
        code = c;
        rows++;
    }
    return rows ? code : NULL;
}

/* The currency a "Moneda" column of the table names: the code under it on
 * every row that holds a value ("USD" on each line), when each line amount
 * is its quantity times its unit price (else the column is the prices'
 * currency, converted at a rate: a peso invoice quoting dollars).  A row
 * without a code there names none; two codes name none either, and set
 * d->cur_mixed (the total's currency is then unknown: never pesos by
 * default). */
static const char *column_currency(const receipt *rc, inv_doc *d, const thdr *h)
{
    const tcol *mc = NULL;
    for (int c = 0; c < h->n && !mc; c++) {
        const xw_word *l = h->c[c].lab;
        if (h->c[c].role == C_NONE && l &&
            (word_is(l, "MONEDA") || word_is(l, "MON") || word_is(l, "DIVISA") || word_is(l, "CURRENCY")))
            mc = &h->c[c];
    }
    if (!mc || !amounts_of_prices(rc))
        return NULL;
    const char *code = NULL;
    for (size_t r = 0; r < d->n; r++) {
        if (d->zone[r] != Z_TABLE)
            continue;
        const xw_row *row = d->r[r];
        const xw_word *under = NULL;
        bool value = false;
        xdec v;
        for (int i = 0; i < row->nw; i++) {
            value |= w_value(&row->w[i], &v);
            if (!under && inv_overlap(row->w[i].x0, row->w[i].x1, mc->x0, mc->x1) > 0)
                under = &row->w[i];
        }
        if (!value)
            continue; /* a description's second line */
        bool neg = false; /* a discount's line, its code left blank */
        for (int i = 0; !under && i < row->nw; i++)
            neg |= w_value(&row->w[i], &v) && v.v < 0;
        if (!under && neg)
            continue;
        const char *c = under ? w_currency_code(under, true) : NULL;
        if (!c)
            return NULL;
        if (code && strcmp(c, code) != 0) {
            d->cur_mixed = true;
            return NULL;
        }
        code = c;
    }
    return code;
}

/* The columns a header row names.  A satellite row (a label stacked over
 * or under the main one) first extends the columns its words lie on. */
static void hdr_add_row(thdr *h, const xw_row *row, int satellite)
{
    int last = -1;
    for (int i = 0; i < row->nw;) {
        const xw_word *w = &row->w[i];
        if (mark_word(w)) {
            i++;
            continue;
        }
        if (satellite) {
            int best = -1;
            float bo = 0;
            for (int c = 0; c < h->n; c++) {
                float o = inv_overlap(w->x0, w->x1, h->c[c].x0, h->c[c].x1);
                if (o > bo) {
                    bo = o;
                    best = c;
                }
            }
            /* mostly under a label: part of it ("IVA" under "Alicuota");
             * stacked with a label that names no column on its own, the two
             * may name one ("%" over "IVA") */
            if (best >= 0 && under_label(&h->c[best], w, inv_row_h(row))) {
                tcol *c = &h->c[best];
                char two[64];
                if (c->role == C_NONE && c->lab && c->lab->flen + w->flen + 2 <= sizeof two) {
                    const xw_word *top = satellite > 0 ? c->lab : w, *bot = satellite > 0 ? w : c->lab;
                    memcpy(two, top->fold, top->flen);
                    two[top->flen] = ' ';
                    memcpy(two + top->flen + 1, bot->fold, bot->flen);
                    int t = col_of_fold(two, top->flen + 1 + bot->flen);
                    if (t >= 0) {
                        c->role = COLS[t].role;
                        c->flags |= COLS[t].flags;
                        c->lab = NULL;
                    }
                }
                col_extend(c, w);
                hdr_currency(h, c, w);
                last = -1;
                i++;
                continue;
            }
        }
        int len, t = col_name(row, i, &len);
        size_t fp = (t < 0 || len == 1) ? flush_pair(w) : 0;
        if (fp) {
            if (h->n + 2 > MAXCOL)
                return;
            /* where the description's label starts, by its share of the
             * word's characters */
            float xs = w->x0 + (w->x1 - w->x0) * (float)utf8_chars(w->raw, fp) / (float)utf8_chars(w->raw, w->len);
            h->c[h->n++] = (tcol){C_QTY, 0, w->x0, xs, NULL, NULL};
            h->c[h->n++] = (tcol){C_DESC, F_DESC | F_FLUSH, xs, w->x1, NULL, NULL};
            last = h->n - 1;
            i++;
            continue;
        }
        /* a lone "Neto" / "c/IVA" after a label in its cell qualifies that
         * label ("Precio Unit. Neto"), it names no column of its own */
        bool qualifier = t >= 0 && len == 1 && word_flags(w) != 0;
        /* "ISBN / EAN", "Troquel / EAN": names offered as alternatives in
         * one cell name one column; a known name gives an unknown one its
         * role */
        if (t >= 0 && last >= 0 && h->c[last].role == C_NONE && i >= 2 &&
            word_is(&row->w[i - 1], "/") && row->w[i - 1].cell == w->cell &&
            row->w[i - 2].cell == w->cell) {
            h->c[last].role = COLS[t].role;
            h->c[last].flags |= COLS[t].flags;
            for (int k = i; k < i + len; k++)
                col_extend(&h->c[last], &row->w[k]);
            i += len;
            continue;
        }
        if ((t < 0 || qualifier) && last >= 0 && row->w[i - 1].cell == w->cell) {
            col_extend(&h->c[last], w); /* "(USD)", "c/IVA" after a label */
            hdr_currency(h, &h->c[last], w);
            h->c[last].lab = NULL;
            i++;
            continue;
        }
        if (h->n == MAXCOL)
            return;
        tcol *c = &h->c[h->n];
        c->role = t >= 0 ? COLS[t].role : C_NONE;
        c->flags = t >= 0 ? COLS[t].flags : 0;
        c->x0 = w->x0;
        c->x1 = w->x1;
        c->lab = t < 0 ? w : NULL;
        c->cur = NULL;
        if (t < 0)
            len = 1;
        for (int k = i; k < i + len; k++)
            col_extend(c, &row->w[k]);
        last = h->n++;
        i += len;
    }
}

/* A row that may belong to a table header: labels only (no amount, no
 * "label:" field), with at least min column names; two or more stand in
 * cells of their own (a line of text that happens to hold two, "BRILLO
 * TOTAL SERVICIOS", an issuer's name, is no header). */
static bool header_like(const xw_row *row, int min)
{
    int names = 0, cell0 = -1;
    bool cells = false;
    if (row->nw > 30)
        return false;
    for (int i = 0; i < row->nw;) {
        const xw_word *w = &row->w[i];
        xdec v;
        if (w->raw[w->len - 1] == ':' || w_value(w, &v))
            return false;
        int len, t = col_name(row, i, &len);
        if (t >= 0) {
            names++;
            cells |= cell0 >= 0 && w->cell != cell0;
            cell0 = cell0 < 0 ? w->cell : cell0;
            i += len;
        } else {
            i++;
        }
    }
    return names >= min && (min < 2 || cells);
}

/* A label stacked over or under a header row: column names and the words
 * that qualify them ("IVA" under "Alicuota", "(USD)", "c/IVA"), nothing else. */
static bool header_vocab(const xw_row *row)
{
    static const char *const mods[] = {"IVA", "(USD)", "(ARS)", "($)", "$", "USD", "ARS", "C/IVA",
                                       "S/IVA", "CON", "SIN", "FINAL", "INCLUIDO", "%", "NETO",
                                       "UNITARIO", "TOTAL", "MEDIDA", "(%)", NULL};
    if (row->nw > 8 || !header_like(row, 0))
        return false;
    for (int i = 0; i < row->nw;) {
        int len;
        if (col_name(row, i, &len) >= 0) {
            i += len;
            continue;
        }
        const char *const *m = mods;
        while (*m && !word_is(&row->w[i], *m))
            m++;
        if (!*m && !mark_word(&row->w[i]))
            return false;
        i++;
    }
    return true;
}

static float vgap(const xw_row *a, const xw_row *b)
{
    float g = b->y0 > a->y1 ? b->y0 - a->y1 : a->y0 > b->y1 ? a->y0 - b->y1 : 0;
    return g;
}

static int cmp_col(const void *a, const void *b)
{
    const tcol *p = a, *q = b;
    return p->x0 < q->x0 ? -1 : p->x0 > q->x0;
}

/* Every word of row lies under a label of h: the second line of labels
 * stacked in their cells ("%" over "IVA"). */
static bool stacked_under(const thdr *h, const xw_row *row)
{
    for (int i = 0; i < row->nw; i++) {
        bool under = false;
        for (int c = 0; c < h->n && !under; c++)
            under = under_label(&h->c[c], &row->w[i], inv_row_h(row));
        if (!under)
            return false;
    }
    return row->nw > 0;
}

/* The header band at row r: the row and the label rows stacked on it.
 * Returns the index after the band, or -1. */
static long header_shape(const inv_doc *d, size_t r, thdr *h, bool mark)
{
    const xw_row *m = d->r[r];
    if (!header_like(m, 2))
        return -1;
    memset(h, 0, sizeof *h);
    hdr_add_row(h, m, 0);
    size_t lo = r, hi = r + 1;
    float lim = 0.5f * inv_row_h(m);
    for (int k = 0; k < 2; k++) {
        if (lo > 0 && d->r[lo - 1]->page == m->page && vgap(d->r[lo - 1], d->r[lo]) <= lim &&
            header_vocab(d->r[lo - 1]))
            hdr_add_row(h, d->r[--lo], -1);
        /* a label's second line, stacked in its cell under it, may sit a
         * word processor's line spacing below (up to a line's height) */
        if (hi < d->n && d->r[hi]->page == m->page && header_vocab(d->r[hi]) &&
            (vgap(d->r[hi - 1], d->r[hi]) <= lim ||
             (vgap(d->r[hi - 1], d->r[hi]) <= 2 * lim && stacked_under(h, d->r[hi]))))
            hdr_add_row(h, d->r[hi++], 1);
    }
    qsort(h->c, (size_t)h->n, sizeof *h->c, cmp_col);
    int desc = -1, maybe = -1, named = -1;
    h->amount = -1;
    bool qty1 = false;
    for (int c = 0; c < h->n; c++)
        qty1 |= h->c[c].role == C_QTY && !(h->c[c].flags & F_QTY2);
    for (int c = 0; qty1 && c < h->n; c++)
        if (h->c[c].role == C_QTY && (h->c[c].flags & F_QTY2))
            h->c[c].role = C_NONE;
    for (int c = 0; c < h->n; c++)
        if (h->c[c].role == C_DESC && (h->c[c].flags & F_DESC) && named < 0)
            named = c;
    for (int c = 0; c < h->n; c++) {
        if (h->c[c].role == C_DESC && named >= 0 && c != named)
            h->c[c].role = C_CODE;
        if (h->c[c].role == C_DESC && desc < 0)
            desc = c;
        if (h->c[c].flags & F_MAYBE_DESC && maybe < 0)
            maybe = c;
        if (h->c[c].role == C_AMOUNT)
            h->amount = c;
    }
    if (desc < 0 && maybe >= 0)
        h->c[maybe].role = C_DESC;
    else if (desc < 0)
        return -1;
    if (h->amount < 0)
        return -1;
    /* a net and a VAT-inclusive line amount side by side, in either order
     * ("Subtotal c/IVA   Subtotal", "Total   Neto"): the line amount is the
     * VAT-inclusive one, as printed (the rightmost column is not always it) */
    if (!(h->c[h->amount].flags & AMT_WITH_VAT)) {
        int with = -1, plain = -1;
        for (int c = 0; c < h->n; c++) {
            if (h->c[c].role != C_AMOUNT || c == h->amount)
                continue;
            if (h->c[c].flags & AMT_WITH_VAT)
                with = c;
            else if (!(h->c[c].flags & AMT_NET))
                plain = c;
        }
        if (with >= 0)
            h->amount = with;
        else if (plain >= 0 && (h->c[h->amount].flags & AMT_NET))
            h->amount = plain;
    }
    /* a net and a VAT-inclusive unit price ("P.U. s/IVA   P.U. c/IVA"): the
     * unit price is the net one, as printed */
    int net_price = -1;
    for (int c = 0; c < h->n; c++)
        if (h->c[c].role == C_PRICE && (h->c[c].flags & AMT_NET) && !(h->c[c].flags & AMT_WITH_VAT))
            net_price = c;
    for (int c = 0; net_price >= 0 && c < h->n; c++)
        if (h->c[c].role == C_PRICE && (h->c[c].flags & AMT_WITH_VAT) && !(h->c[c].flags & AMT_NET))
            h->c[c].role = C_NONE;
    for (int c = 0; c < h->n; c++) {
        h->code |= h->c[c].role == C_CODE;
        h->qty |= h->c[c].role == C_QTY;
    }
    for (size_t k = lo; mark && k < hi; k++)
        d->zone[k] = Z_THEAD;
    return (long)hi;
}

static long header_at(const inv_doc *d, size_t r, thdr *h)
{
    return header_shape(d, r, h, true);
}

/* Is there a table header below row r on its page (a continued table)? */
static bool header_later(const inv_doc *d, size_t r)
{
    for (size_t k = r + 1; k < d->n && d->r[k]->page == d->r[r]->page; k++) {
        thdr h;
        if (header_like(d->r[k], 2) && header_shape(d, k, &h, false) >= 0)
            return true;
    }
    return false;
}

/* ---- rows -------------------------------------------------------------- */

/* What a table row holds, by column. */
typedef struct {
    size_t row;     /* index in the document */
    xdec qty, price, amount, rate, disc;
    xdec vatcol;     /* a number under a column named "IVA" (an amount, or its rate) */
    bool kg, merged;
    bool unit;       /* a unit printed with the quantity ("kg", "u", "lts") */
    bool counted;    /* under a table that prints a quantity column */
    bool qty_dot3;   /* the quantity printed "3.500": a thousands point or a decimal one */
    xbuf desc, code; /* text as printed */
    float dx0;       /* where the description starts (when it has one) */
    float lead_x1;   /* where a number starting the description ends, else -1 */
    float qty_x1;    /* where the quantity read ends */
    int kind;
    int owner;      /* text rows: the anchor they belong to */
} trow;

enum { K_OTHER, K_ANCHOR, K_TEXT, K_END, K_HEAD };

static bool unit_kg(const xw_word *w)
{
    static const char *const kgs[] = {"KG", "KGS", "KILOGRAMOS", "KILOGRAMO", "KILOS", "KILO", NULL};
    for (const char *const *k = kgs; *k; k++)
        if (word_is(w, *k))
            return true;
    return false;
}

/* A unit after a number: "1,240 kg", "2 unidades", "500 g". */
static bool unit_word(const xw_word *w)
{
    static const char *const units[] = {"U", "UN", "UNI", "UNID", "UNIDAD", "UNIDADES", "UD", "UDS",
                                        "L", "LT", "LTS", "ML", "CC", "G", "GR", "GRS", "M", "MT",
                                        "MTS", "CM", "MM", "M2", "M3", NULL};
    if (unit_kg(w))
        return true;
    for (const char *const *u = units; *u; u++)
        if (word_is(w, *u))
            return true;
    return false;
}

/* "1,281kg", "3un", "2u." printed as one word: a quantity with its unit
 * glued on.  Its value in *v and whether the unit is kilos. */
static bool glued_unit(const xw_word *w, xdec *v, bool *kg)
{
    const char *r = w->raw;
    size_t e = w->len;
    if (e && r[e - 1] == '.')
        e--;
    size_t n = e;
    while (n && ((r[n - 1] >= 'A' && r[n - 1] <= 'Z') || (r[n - 1] >= 'a' && r[n - 1] <= 'z')))
        n--;
    char sfx[16];
    if (n == 0 || n >= e || e - n >= sizeof sfx || !(r[n - 1] >= '0' && r[n - 1] <= '9') ||
        (r[0] == '0' && n > 1 && r[1] >= '0' && r[1] <= '9') || xn_money(r, n, v) != 0)
        return false;
    /* the suffix as a word of its own, folded (ASCII letters: upper case) */
    for (size_t i = n; i < e; i++)
        sfx[i - n] = (char)(r[i] >= 'a' ? r[i] - 'a' + 'A' : r[i]);
    sfx[e - n] = '\0';
    xw_word u = *w;
    u.raw = u.fold = sfx;
    u.len = u.flen = e - n;
    *kg = unit_kg(&u);
    return unit_word(&u);
}

static int letter_count(const xw_word *w)
{
    int n = 0;
    for (size_t i = 0; i < w->len; i++) {
        unsigned char c = (unsigned char)w->raw[i];
        n += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0;
    }
    return n;
}

static bool has_letters(const xw_word *w) { return letter_count(w) >= 2; }

/* "U$S 480,00", "USD 95,50": a currency code printed with an amount is
 * part of the number's cell, not text that makes it a description. */
static bool currency_word(const xw_word *w) { return xn_currency(w->fold, w->flen, false) != NULL; }

/* "-----", "=====", "_____": a ruled line drawn with characters (a
 * monospaced printout frames its table so), never text of a cell. */
static bool rule_word(const xw_word *w)
{
    if (w->len < 4)
        return false;
    for (size_t i = 0; i < w->len; i++)
        if (!w->raw[0] || w->raw[i] != w->raw[0] || !strchr("-=_*~", w->raw[0]))
            return false;
    return true;
}

static bool numeric_role(int role)
{
    return role != C_DESC && role != C_CODE && role != C_UNIT;
}

static int put_word(xbuf *b, const xw_word *w, bool space)
{
    if (space && b->len && xbuf_putc(b, ' '))
        return -1;
    return xbuf_put(b, w->raw, w->len);
}

/* A number, a rate ("21%") or neither. */
static int num_kind(const xw_word *w)
{
    xdec v;
    if (memchr(w->raw, '%', w->len))
        return xn_rate(w->raw, w->len, &v) == 0 ? 2 : 0;
    return w_value(w, &v) ? 1 : 0;
}

/* May a value of kind k (num_kind) stand in a column of this role?  A rate
 * or a discount is at most 100 %; a quantity, price or amount has no '%';
 * a unit is no number. */
static bool fits(int role, const xw_word *w, int k)
{
    xdec v;
    if (!k)
        return true;
    if (role == C_RATE || role == C_DISC_PCT)
        return xn_rate(w->raw, w->len, &v) == 0;
    if (role == C_QTY || role == C_PRICE || role == C_AMOUNT || role == C_DISC_AMT)
        return k == 1;
    return role != C_UNIT; /* a unit is a word, not a number */
}

/* The numeric column nearest a value under no label, if near. */
static int nearest_column(const thdr *h, const xw_row *row, const xw_word *w, int k, float *dst)
{
    float bd = 4.0f * inv_row_h(row);
    int best = -1;
    for (int c = 0; c < h->n; c++) {
        float dd = dist(w->x0, w->x1, h->c[c].x0, h->c[c].x1);
        if (numeric_role(h->c[c].role) && fits(h->c[c].role, w, k) && dd < bd) {
            bd = dd;
            best = c;
            *dst = dd;
        }
    }
    return best;
}

/* The column a number under no label sits in when the headers are
 * left-aligned over right-aligned values ("Cantidad" at the left of its
 * cell, "4,00" at the right, nearer the next label): the rightmost header
 * that starts left of the number, when that column may hold it.  A number
 * in a gap belongs to the header on its right only when numbers are
 * left-aligned under centred labels, which tables do not print. */
static int slot_column(const thdr *h, const xw_word *w, int k, float *dst)
{
    int best = -1;
    for (int c = 0; c < h->n; c++)
        if (h->c[c].x0 <= w->x0 && (best < 0 || h->c[c].x0 > h->c[best].x0))
            best = c;
    if (best < 0 || !numeric_role(h->c[best].role) || !fits(h->c[best].role, w, k) ||
        h->c[best].x1 > w->x0)
        return -1;
    /* the next header starts right of the number */
    for (int c = 0; c < h->n; c++)
        if (h->c[c].x0 > h->c[best].x0 && h->c[c].x0 < w->x1)
            return -1;
    *dst = w->x0 - h->c[best].x1;
    return best;
}

static int cmp_float(const void *a, const void *b)
{
    float p = *(const float *)a, q = *(const float *)b;
    return p < q ? -1 : p > q;
}

/* "10,00 Cuaderno universitario": a number right-aligned in a column just
 * before the description, glued into the description's cell (a gap of a
 * few points): it is that column's when the gap after it is clearly wider
 * than the cell's word spaces ("4 L", "500 g Fideos" are text) and a
 * number column's slot holds it.  The words [a, b) are one cell. */
static bool leading_value(const thdr *h, const xw_row *row, int a, int b, int *col, float *dst)
{
    if (b - a < 2 || num_kind(&row->w[a]) != 1 || unit_word(&row->w[a + 1]))
        return false; /* "1,240 kg", "500 g": a measure, not a column */
    if (col[a] >= 0 && !numeric_role(h->c[col[a]].role))
        return false;
    float gaps[32], g = row->w[a + 1].x0 - row->w[a].x1;
    int ng = 0;
    for (int i = a + 2; i < b && ng < 32; i++)
        gaps[ng++] = row->w[i].x0 - row->w[i - 1].x1;
    float ref = 0.25f * inv_row_h(row);
    if (ng) {
        qsort(gaps, (size_t)ng, sizeof *gaps, cmp_float);
        if (gaps[ng / 2] > ref)
            ref = gaps[ng / 2];
    }
    if (g < 1.5f * ref)
        return false;
    float d = 0;
    int c = col[a] >= 0 ? col[a] : slot_column(h, &row->w[a], 1, &d);
    if (c < 0)
        return false;
    col[a] = c;
    dst[a] = d;
    return true;
}

/* "  1,250 kg Pan francés" under "     Cant. Descripción": a monospaced
 * printout sets a right-aligned quantity one space before the description,
 * so both read as one cell.  When a word of the cell starts at the
 * description label's left edge and only a number (with its unit) lies
 * before it, under a number column, the cell is two: the number is that
 * column's.  A description that starts with a measure ("500 g Fideos")
 * starts at the label's edge itself.  Returns the index where the
 * description starts, or -1; places the words before it. */
static int desc_edge_split(const thdr *h, const xw_row *row, int a, int b, int *col, float *dst)
{
    int d = -1;
    for (int c = 0; c < h->n && d < 0; c++)
        if (h->c[c].role == C_DESC)
            d = c;
    if (d < 0 || num_kind(&row->w[a]) != 1)
        return -1;
    float tol = 0.3f * inv_row_h(row), dx = h->c[d].x0;
    int s = a + 1;
    if (s < b && unit_word(&row->w[s]))
        s++;
    if (s >= b || row->w[s].x0 < dx - tol || row->w[s].x0 > dx + tol || row->w[s - 1].x1 > dx)
        return -1;
    float dd = 0;
    int c = col[a] >= 0 && numeric_role(h->c[col[a]].role) ? col[a] : slot_column(h, &row->w[a], 1, &dd);
    if (c < 0 || !fits(h->c[c].role, &row->w[a], 1))
        return -1;
    for (int i = a; i < s; i++) {
        col[i] = c; /* a unit stays with its number: "kg" marks the quantity a weight */
        dst[i] = i == a ? dd : 0;
    }
    return s;
}

/* The quantity column when it is the one right before the description's
 * (*d), else -1. */
static int qty_before_desc_col(const thdr *h, int *d)
{
    int q = -1;
    *d = -1;
    for (int c = 0; c < h->n; c++)
        if (h->c[c].role == C_DESC)
            *d = c;
    for (int c = 0; *d >= 0 && c < h->n; c++)
        if (h->c[c].x1 <= h->c[*d].x0 && (q < 0 || h->c[c].x0 > h->c[q].x0))
            q = c;
    return q >= 0 && h->c[q].role == C_QTY ? q : -1;
}

/* "   10 Cerveza rubia lata 473 ml" under "Cant.      Descripción": a
 * quantity right-aligned under its label, one word space before a
 * description left-aligned under a centred label, reads as one cell.  The
 * number is the quantity's when the quantity's column is the one right
 * before the description's; the number ends under the quantity label (a
 * line's height past it at most: further right is where descriptions
 * start, "500 hojas" on a line without a quantity, unless no row of the
 * table has a quantity apart and every priced row's description starts
 * with a number: h->glued_qty) and left of the description label; no unit
 * follows it ("500 g Fideos"); the row has no
 * other quantity; and it prices an item (a price or an amount right of the
 * cell: a wrapped description's line, "24 latas", has none).  Returns the
 * index where the description starts, or -1; places the number. */
static int qty_before_desc(const thdr *h, const xw_row *row, int a, int b, int *col, float *dst)
{
    if (b - a < 2 || num_kind(&row->w[a]) != 1 || unit_word(&row->w[a + 1]) || !has_letters(&row->w[a + 1]))
        return -1;
    int d, q = qty_before_desc_col(h, &d);
    const xw_word *w = &row->w[a];
    float tol = 0.3f * inv_row_h(row);
    if (q < 0 || !fits(C_QTY, w, 1) || w->x1 <= h->c[q].x0 + tol ||
        (!h->glued_qty && w->x1 > h->c[q].x1 + inv_row_h(row)) || w->x1 > h->c[d].x0 - tol)
        return -1;
    bool priced = false;
    for (int j = 0; j < row->nw; j++) {
        if (j == a)
            continue;
        if (col[j] == q && num_kind(&row->w[j]))
            return -1;
        if (j >= b && col[j] >= 0 && (h->c[col[j]].role == C_PRICE || h->c[col[j]].role == C_AMOUNT) &&
            num_kind(&row->w[j]) == 1)
            priced = true;
    }
    if (!priced)
        return -1;
    col[a] = q;
    dst[a] = 0;
    return a + 1;
}

/* "Ramo de rosas x 1", "... microondas 1 unidades": a number at the end of
 * a description's cell (before its unit, when the unit is under its own
 * label), glued to the text by a word space, that lies under a number
 * column's label and lines up with one of the label's edges, is that
 * column's value when no other number of the row is: columns are left- or
 * right-aligned under their labels, and text running on does not stop at a
 * label's edge by chance.  A number set flush right under its label may be
 * wider than the label ("229.400,00" under "Importe", a description run up
 * to it): its right edge on the label's and no other label under it is as
 * telling.  Returns the word's index in [a, b) and sets *cc, or -1. */
static int trailing_value(const thdr *h, const xw_row *row, int a, int b, const int *col, int *cc)
{
    int i = b - 1;
    if (i > a && unit_word(&row->w[i]) && col[i] >= 0 && h->c[col[i]].role == C_UNIT)
        i--;
    if (i <= a || num_kind(&row->w[i]) != 1)
        return -1;
    const xw_word *w = &row->w[i];
    float tol = 0.2f * inv_row_h(row);
    if (tol < 1.0f)
        tol = 1.0f;
    for (int c = 0; c < h->n; c++) {
        const tcol *hc = &h->c[c];
        if (!numeric_role(hc->role) || !fits(hc->role, w, 1) || w->x1 > hc->x1 + tol)
            continue;
        bool flush_right = dabs(w->x1 - hc->x1) <= tol;
        if (w->x0 < hc->x0 - tol) {
            bool alone = flush_right;
            for (int o = 0; o < h->n && alone; o++)
                alone = o == c || inv_overlap(w->x0, w->x1, h->c[o].x0, h->c[o].x1) <= 0;
            if (!alone)
                continue;
        } else if (dabs(w->x0 - hc->x0) > tol && !flush_right) {
            continue;
        }
        for (int j = 0; j < row->nw; j++)
            if ((j < a || j >= b) && col[j] == c && num_kind(&row->w[j]))
                return -1;
        *cc = c;
        return i;
    }
    return -1;
}

/* The column of each word of row: the header label it lies under (one
 * that may hold it).  A cell of text is one column: the description's,
 * or a code's, where its first placed word is (a code may lead a
 * description: "8058093272 Jaula ..."); elsewhere its text follows that
 * word and its numbers are placed one by one ("1,00 unidades").  A number
 * under no label goes to the nearest column that may hold it; a "$" or
 * "%" follows its number. */
static void place_words(const thdr *h, const xw_row *row, int *col, float *dst)
{
    for (int i = 0; i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        int k = num_kind(w);
        float bo = 0;
        col[i] = -1;
        dst[i] = 0;
        for (int c = 0; c < h->n; c++) {
            float o = inv_overlap(w->x0, w->x1, h->c[c].x0, h->c[c].x1);
            if (o > bo && fits(h->c[c].role, w, k)) {
                bo = o;
                col[i] = c;
            }
        }
    }
    int split = -1;
    for (int a = 0; a < row->nw;) {
        int b = a;
        bool text = false;
        for (; b < row->nw && row->w[b].cell == row->w[a].cell; b++)
            text |= has_letters(&row->w[b]) && !currency_word(&row->w[b]);
        if (text && a != split) {
            int e = desc_edge_split(h, row, a, b, col, dst);
            if (e <= a)
                e = qty_before_desc(h, row, a, b, col, dst);
            if (e > a) {
                split = a = e;
                continue;
            }
        }
        if (text && a != split && leading_value(h, row, a, b, col, dst)) {
            split = ++a; /* the rest of the cell on its own: the description */
            continue;
        }
        /* "kg Papa negra" under "U.M. Descripción": a monospaced printout
         * sets the unit one space before the description; the unit word
         * under the unit column is the unit, the rest the description */
        if (text && a != split && b - a >= 2 && unit_word(&row->w[a]) && col[a] >= 0 &&
            h->c[col[a]].role == C_UNIT && col[a + 1] >= 0 && h->c[col[a + 1]].role == C_DESC) {
            split = ++a;
            continue;
        }
        int lead = a;
        while (lead < b && col[lead] >= 0 && h->c[col[lead]].role == C_CODE &&
               xn_has_digit(row->w[lead].raw, row->w[lead].len))
            lead++;
        if (lead == b)
            lead = a;
        int first = -1;
        for (int i = lead; i < b && first < 0; i++)
            if (col[i] >= 0)
                first = col[i];
        int frole = first >= 0 ? h->c[first].role : C_NONE;
        if (text && (frole == C_DESC || frole == C_CODE)) {
            int tc = -1, t = frole == C_DESC ? trailing_value(h, row, lead, b, col, &tc) : -1;
            for (int i = lead; i < (t >= 0 ? t : b); i++)
                col[i] = first;
            if (t >= 0) {
                col[t] = tc;
                dst[t] = 0;
            }
            a = b;
            continue;
        }
        for (int i = a; i < b; i++) {
            int k = num_kind(&row->w[i]);
            /* in a cell of text a number is the description's ("500 hojas",
             * "Pintura 4 L") unless a unit follows it ("2,350 kg") */
            bool measure = a != split && i + 1 < b && unit_word(&row->w[i + 1]);
            if (k && col[i] < 0 && (!text || measure) &&
                (text || (col[i] = slot_column(h, &row->w[i], k, &dst[i])) < 0))
                col[i] = nearest_column(h, row, &row->w[i], k, &dst[i]);
            else if (!k && first >= 0 && (text || col[i] < 0))
                col[i] = first;
        }
        a = b;
    }
}

/* The description region: between the columns left and right of it. */
static void desc_region(const thdr *h, float *lo, float *hi)
{
    *lo = -1e9f;
    *hi = 1e9f;
    int d = -1;
    for (int c = 0; c < h->n && d < 0; c++)
        if (h->c[c].role == C_DESC)
            d = c;
    if (d > 0)
        *lo = h->c[d - 1].x1;
    if (d >= 0 && d + 1 < h->n)
        *hi = h->c[d + 1].x0;
}

/* A word of the row's description. */
static int put_desc(trow *t, const xw_word *w)
{
    if (!t->desc.len) {
        t->dx0 = w->x0;
        t->lead_x1 = num_kind(w) == 1 ? w->x1 : -1;
    }
    return put_word(&t->desc, w, true);
}

/* A word alone on a description's line that is a number: a digit, no
 * slash ("1/3", a date), not six digits or more alone (a code). */
static bool lone_number_line(const xw_word *w)
{
    return xn_has_digit(w->raw, w->len) && !memchr(w->raw, '/', w->len) &&
           !(w->len >= 6 && xn_all_digits(w->raw, w->len));
}

/* A quantity run into the text after it ("4Tarjetas", "12Sobres"): the
 * length of the number (its value in *v), 0 when the word starts
 * otherwise (a number padded like a code, "05kg", is none). */
static size_t flush_qty(const xw_word *w, xdec *v)
{
    const char *r = w->raw;
    size_t n = 0;
    while (n < w->len && ((r[n] >= '0' && r[n] <= '9') || r[n] == ',' || r[n] == '.'))
        n++;
    unsigned char next = n < w->len ? (unsigned char)r[n] : 0;
    if (n == 0 || n >= w->len || !(r[n - 1] >= '0' && r[n - 1] <= '9') || !(r[0] >= '0' && r[0] <= '9') ||
        (r[0] == '0' && n > 1 && r[1] != ',' && r[1] != '.') ||
        !((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') || next >= 0xC3))
        return 0;
    return xn_money(r, n, v) == 0 ? n : 0;
}

static int read_row(const thdr *h, const xw_row *row, trow *t, int *col, float *dst)
{
    float best[MAXCOL];
    for (int c = 0; c < MAXCOL; c++)
        best[c] = 1e9f;
    place_words(h, row, col, dst);
    bool primary = false;
    for (int i = 0; i < row->nw; i++)
        primary |= col[i] >= 0 && h->c[col[i]].role == C_DESC;
    float lo, hi;
    desc_region(h, &lo, &hi);
    /* the end of the description read so far on this row, and the widest
     * space between its words */
    float dx1 = -1, dgap = 0;
    for (int i = 0; i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        xdec v;
        int c = col[i];
        if (rule_word(w))
            continue;
        if (c < 0) {
            /* text under no label: the description, when no word of the row
             * lies under its header and the cell stays inside its region */
            int a = i, b = i;
            while (b < row->nw && row->w[b].cell == w->cell && col[b] < 0)
                b++;
            float gap = row->w[a].x0 - dx1, lim = 1.5f * dgap;
            if (lim > inv_row_h(row))
                lim = inv_row_h(row);
            if (primary && dx1 >= 0 && gap <= lim && row->w[b - 1].x1 <= hi) {
                /* the description's text running on past its label, cut
                 * into cells at spaces no wider than its own word spaces
                 * (an OCR layer places each word apart): still the cell */
                for (int k = a; k < b; k++)
                    if (put_desc(t, &row->w[k]))
                        return -1;
                dx1 = row->w[b - 1].x1;
                i = b - 1;
                continue;
            }
            if (!primary && !t->desc.len && row->w[a].x0 >= lo && row->w[b - 1].x1 <= hi) {
                /* any letter: a line of the cell may be "4 L" (NOTES rule 11) */
                bool text = false;
                for (int k = a; k < b; k++)
                    text |= has_letters(&row->w[k]) || (k > a && letter_count(&row->w[k]) > 0);
                /* or a number alone on its line ("15,6\"", "(0,35%)", "50"):
                 * a line of the cell too, when it is the whole row; not a
                 * code's digits (six or more), a date or a page's number */
                text |= a == 0 && b == row->nw && b - a == 1 && lone_number_line(&row->w[a]);
                for (int k = a; text && k < b; k++)
                    if (put_desc(t, &row->w[k]))
                        return -1;
            }
            i = b - 1;
            continue;
        }
        int role = h->c[c].role;
        size_t nq;
        if (role == C_DESC && !t->desc.len && (h->c[c].flags & F_FLUSH) && c > 0 && h->c[c - 1].role == C_QTY &&
            best[c - 1] > 0 && w->x0 < h->c[c].x0 - 0.25f * inv_row_h(row) && (nq = flush_qty(w, &v)) > 0) {
            /* "4Tarjetas" under "Cant.Descripción": the number before the
             * description's edge is the quantity, the rest the text */
            xw_word rest = *w;
            rest.raw += nq;
            rest.len -= nq;
            rest.x0 = h->c[c].x0; /* the text starts at the description's edge */
            t->qty = v;
            t->qty_dot3 = false;
            t->qty_x1 = -1; /* run into the text: no edge to line up */
            best[c - 1] = 0;
            if (put_desc(t, &rest))
                return -1;
            dx1 = w->x1;
            continue;
        }
        if (role == C_DESC) {
            if (put_desc(t, w))
                return -1;
            if (dx1 >= 0 && w->x0 - dx1 > dgap)
                dgap = w->x0 - dx1;
            dx1 = w->x1;
            continue;
        }
        if (role == C_CODE) {
            if (put_word(&t->code, w, false))
                return -1;
            continue;
        }
        if (unit_kg(w) && (role == C_QTY || role == C_UNIT))
            t->kg = true;
        if (unit_word(w) && (role == C_QTY || role == C_UNIT))
            t->unit = true;
        bool pct_next = i + 1 < row->nw && col[i + 1] == c && word_is(&row->w[i + 1], "%");
        if ((role == C_RATE || (role == C_VAT && (memchr(w->raw, '%', w->len) || pct_next))) &&
            !t->rate.set && xn_rate(w->raw, w->len, &v) == 0) {
            /* of the line's taxes, the VAT's: "Perc. IIBB 3%, IVA 21%" */
            if (!(h->c[c].flags & F_RATE_ONLY) ||
                (i > 0 && row->w[i - 1].cell == w->cell && word_is(&row->w[i - 1], "IVA") && lx_vat_rate(v)))
                t->rate = v;
            continue;
        }
        if (!inv_value(w, &v)) {
            bool kg = false;
            if (role != C_QTY || !glued_unit(w, &v, &kg))
                continue;
            t->unit = true;
            t->kg |= kg;
        }
        if (dst[i] >= best[c])
            continue;
        best[c] = dst[i];
        if (role == C_QTY) {
            t->qty = v;
            t->qty_dot3 = w_dot_group(w);
            t->qty_x1 = w->x1;
        } else if (role == C_PRICE)
            t->price = v;
        else if (role == C_DISC_PCT)
            t->disc = v;
        else if (role == C_VAT && !(h->c[c].flags & F_RATE_ONLY))
            t->vatcol = v;
        else if (c == h->amount)
            t->amount = v;
    }
    return 0;
}

static void trow_free(trow *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        xbuf_free(&t[i].desc);
        xbuf_free(&t[i].code);
    }
    free(t);
}

static bool x_disjoint(const xw_row *a, const xw_row *b)
{
    if (a->nw > 64 || b->nw > 64)
        return false; /* not a line of a table */
    for (int i = 0; i < a->nw; i++)
        for (int j = 0; j < b->nw; j++)
            if (inv_overlap(a->w[i].x0, a->w[i].x1, b->w[j].x0, b->w[j].x1) > 0)
                return false;
    return true;
}

/* Rows i..k, each overlapping the next by over a fifth of a line, none
 * before k priced: one item's line printed as rows, its cells centred on
 * it (the quantity half a line above the price, the price half a line
 * above the amount; lines of two items, a line's pitch apart, never
 * overlap so). */
static bool one_band(const inv_doc *d, const trow *t, size_t i, size_t k)
{
    for (size_t j = i; j < k; j++) {
        const xw_row *a = d->r[t[j].row], *b = d->r[t[j + 1].row];
        float ha = inv_row_h(a), hb = inv_row_h(b);
        if (a->page != b->page || b->y0 < a->y0 || a->y1 - b->y0 <= (ha < hb ? ha : hb) / 5.0f ||
            (j > i && t[j].amount.set))
            return false;
    }
    return true;
}

/* One item line printed as several rows (a skewed scan splits a line; a
 * layout may print the quantity a line above the amount, or centre each
 * cell on the item's line): a row with a quantity or price but no amount
 * lends them to the anchor beside it, on its line, right next to it or in
 * its band, that lacks them. */
static void merge_fragments(const inv_doc *d, trow *t, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        trow *f = &t[i];
        if (f->amount.set || !(f->qty.set || f->price.set))
            continue;
        const xw_row *fr = d->r[f->row];
        for (size_t k = i ? i - 1 : 0; k <= i + 2 && k < n; k++) {
            trow *s = &t[k];
            const xw_row *sr = d->r[s->row];
            if (k == i || !s->amount.set || s->merged)
                continue;
            bool line = inv_same_line(fr, sr) && x_disjoint(fr, sr);
            bool next = k <= i + 1 && !s->qty.set && f->qty.set && sr->page == fr->page &&
                        vgap(fr, sr) <= 0.5f * inv_row_h(fr);
            bool band = k > i && ((!s->qty.set && f->qty.set) || (!s->price.set && f->price.set)) &&
                        one_band(d, t, i, k);
            if (!line && !next && !band)
                continue;
            if (!s->qty.set) {
                s->qty = f->qty;
                s->qty_dot3 = f->qty_dot3;
            }
            if (!s->price.set)
                s->price = f->price;
            if (!s->rate.set)
                s->rate = f->rate;
            if (!s->disc.set)
                s->disc = f->disc;
            s->kg |= f->kg;
            f->qty.set = f->price.set = false;
            f->merged = !f->desc.len && !f->code.len;
            break;
        }
    }
}

/* ---- items --------------------------------------------------------------- */

static float gap_rows(const inv_doc *d, const trow *a, const trow *b)
{
    const xw_row *x = d->r[a->row], *y = d->r[b->row];
    if (x->page != y->page)
        return 1e6f;
    return y->y0 - x->y1;
}

static float limit_rows(const inv_doc *d, const trow *a, const trow *b)
{
    float ha = inv_row_h(d->r[a->row]), hb = inv_row_h(d->r[b->row]);
    return 2.0f * (ha > hb ? ha : hb);
}

/* Is row l nearer row b below it than row a above it, by over half its
 * height? */
static bool nearer_below(const inv_doc *d, const trow *a, const trow *l, const trow *b)
{
    if (d->r[a->row]->page != d->r[l->row]->page)
        return false; /* a line at a page's top: nothing above to compare */
    return gap_rows(d, a, l) - gap_rows(d, l, b) > 0.5f * inv_row_h(d->r[l->row]);
}

/* Does code fragment f, alone on its line, finish the code of row a into
 * a valid barcode (a narrow code column wraps it: "779543504519" / "3")? */
static bool completes_code(const trow *a, const trow *f)
{
    char b[16];
    size_t n = a->code.len + f->code.len;
    if (f->desc.len || !a->code.len || !f->code.len || n < 8 || n > 14 ||
        xn_ean_valid(a->code.p, a->code.len))
        return false;
    memcpy(b, a->code.p, a->code.len);
    memcpy(b + a->code.len, f->code.p, f->code.len);
    for (size_t i = 0; i < n; i++)
        if (b[i] < '0' || b[i] > '9')
            return false;
    return xn_ean_valid(b, n);
}

/* Text rows tx[0..k) between anchors p (above, -1 if none) and q (below,
 * -1 if none): split at the widest gap (or before a code that starts an
 * item), then keep on each side only the rows chained to the anchor (a
 * note far below the last item is no description). */
static void assign_run(const inv_doc *d, trow *t, const size_t *tx, size_t k, long p, long q,
                       bool code_col)
{
    if (!k || (p < 0 && q < 0))
        return;
    if (p >= 0 && completes_code(&t[p], &t[tx[0]])) {
        /* the rest of the code above, not the code of a new item */
        t[tx[0]].owner = (int)p;
        assign_run(d, t, tx + 1, k - 1, p, q, code_col);
        return;
    }
    size_t split;
    if (p < 0) {
        split = 0;
    } else if (q < 0) {
        split = k;
    } else {
        long forced = -1;
        if (code_col && !t[q].code.len)
            for (size_t i = 0; i < k && forced < 0; i++)
                if (t[tx[i]].code.len && xn_has_digit(t[tx[i]].code.p, t[tx[i]].code.len))
                    forced = (long)i;
        if (forced >= 0) {
            /* a line nearer the code's line than the row above it by over
             * half a line is the item's own: a cell centred on its row
             * prints its first line above the code */
            while (forced > 0 && nearer_below(d, forced >= 2 ? &t[tx[forced - 2]] : &t[p],
                                              &t[tx[forced - 1]], &t[tx[forced]]))
                forced--;
            split = (size_t)forced;
        } else {
            /* gaps: p|tx0, tx0|tx1, ..., tx(k-1)|q: split at the widest
             * when one is; else the item below starts on its own line
             * (the run continues the one above), or both are centred on
             * their numbers (half each) */
            float g1 = -1e9f, g2 = -1e9f;
            size_t j1 = 0;
            for (size_t j = 0; j <= k; j++) {
                const trow *a = j ? &t[tx[j - 1]] : &t[p];
                const trow *b = j < k ? &t[tx[j]] : &t[q];
                float g = gap_rows(d, a, b);
                if (g > g1) {
                    g2 = g1;
                    g1 = g;
                    j1 = j;
                } else if (g > g2) {
                    g2 = g;
                }
            }
            split = g1 > g2 + 0.5f ? j1 : t[q].desc.len ? k : (k + 1) / 2;
        }
    }
    for (size_t i = 0; i < split; i++) {
        const trow *prev = i ? &t[tx[i - 1]] : &t[p];
        if (gap_rows(d, prev, &t[tx[i]]) > limit_rows(d, prev, &t[tx[i]]))
            break;
        t[tx[i]].owner = (int)p;
    }
    for (size_t i = k; i > split; i--) {
        const trow *next = i < k ? &t[tx[i]] : &t[q];
        if (gap_rows(d, &t[tx[i - 1]], next) > limit_rows(d, &t[tx[i - 1]], next))
            break;
        t[tx[i - 1]].owner = (int)q;
    }
}

/* " - COD 00525", "Cod: 525" at the end of a description: a code, not text. */
static size_t drop_trailing_code(const char *s, size_t n)
{
    size_t e = n;
    while (e && s[e - 1] >= '0' && s[e - 1] <= '9')
        e--;
    if (e == n)
        return n;
    size_t k = e;
    while (k && (s[k - 1] == ' ' || s[k - 1] == ':' || s[k - 1] == '.'))
        k--;
    if (k < 3)
        return n;
    char f[4] = {s[k - 3], s[k - 2], s[k - 1], 0};
    for (int i = 0; i < 3; i++)
        if (f[i] >= 'a' && f[i] <= 'z')
            f[i] = (char)(f[i] - 32);
    bool word_start = k == 3 || s[k - 4] == ' ' || s[k - 4] == '-';
    if (strcmp(f, "COD") || !word_start)
        return n;
    k -= 3;
    while (k && (s[k - 1] == ' ' || s[k - 1] == '-'))
        k--;
    return k;
}

/* The code column's text as a barcode, when it is one (a narrow column may
 * wrap it over two lines). */
static const char *code_ean(receipt *rc, const xbuf *code)
{
    if (code->len < 8 || code->len > 14 || !xn_ean_valid(code->p, code->len))
        return NULL;
    return rc_strdup(rc, code->p, code->len);
}

static int add_part(xbuf *b, const xbuf *part, bool space)
{
    if (!part->len)
        return 0;
    if (space && b->len && xbuf_putc(b, ' '))
        return -1;
    return xbuf_put(b, part->p, part->len);
}

/* Does the line amount include VAT?  evidence[0] when it is quantity x
 * price x (1 + rate), evidence[1] when it is quantity x price. */
static void vat_evidence(const trow *t, int evidence[2])
{
    if (!t->qty.set || !t->price.set || !t->rate.set || (t->disc.set && t->disc.v))
        return;
    double q = xd_double(t->qty), p = xd_double(t->price);
    double r = xd_double(t->rate), am = xd_double(t->amount);
    double tol = 0.006 * dabs(q) + 0.011; /* a unit price rounded to cents */
    bool net = dabs(am - q * p) <= tol, gross = dabs(am - q * p * (1 + r / 100)) <= tol * 1.3;
    if (net != gross)
        evidence[net ? 1 : 0]++;
}

/* "Descuento ...", "Bonificación ...": a discount line, whatever its sign. */
static bool discount_text(const char *s)
{
    static const char *const kw[] = {"DESCUENTO", "DESC", "DTO", "BONIFICACION", "BONIF", "PROMO",
                                     "PROMOCION", "REBAJA", NULL};
    char f[32];
    size_t n = strcspn(s, " ");
    xn_fold(s, n, f, sizeof f);
    for (const char *const *k = kw; *k; k++)
        if (!strcmp(f, *k))
            return true;
    return false;
}

/* The item (or discount) anchored at t[a], with the description lines and
 * codes of the rows it owns; none when it has no description. */
/* The quantity as read, or, for a "3.500" read as 3500, the 3.500 that
 * quantity x price = amount shows it to be: the line's own arithmetic is
 * the witness of which separator the point was. */
static xdec dot_decimal_qty(const trow *t)
{
    return t->qty_dot3 ? qty_dot_decimal(t->qty, t->price, t->amount) : t->qty;
}

static int emit_one(receipt *rc, const trow *t, size_t a, const xbuf *desc, const xbuf *code,
                    int evidence[2])
{
    size_t dl = drop_trailing_code(desc->p, desc->len);
    const char *ean = code_ean(rc, code), *ds = desc->p;
    if (!code->len && dl >= 10) {
        /* a barcode leading the description */
        size_t k = 0;
        while (k < dl && ds[k] >= '0' && ds[k] <= '9')
            k++;
        if (k >= 8 && k <= 14 && ds[k] == ' ' && xn_ean_valid(ds, k)) {
            if (!(ean = rc_strdup(rc, ds, k)))
                return -1;
            ds += k + 1;
            dl -= k + 1;
        } else if (k >= 4 && k <= 7 && (ds[0] == '0' || k >= 5) && ds[k] == ' ' && k + 1 < dl &&
                   isalpha((unsigned char)ds[k + 1])) {
            /* an internal code glued before the words ("004512 Tarugo
             * Fischer S8"): dropped, as the contract says; a count or a
             * measure ("2000 frigorías") has fewer figures or no zero
             * before them */
            ds += k + 1;
            dl -= k + 1;
        }
    }
    /* "[CONS-001] Consultoría": the code an ERP prints in brackets before
     * the product's name (Odoo's "[code] name"), not part of it */
    const char *close = dl > 3 && ds[0] == '[' ? memchr(ds, ']', dl < 32 ? dl : 32) : NULL;
    if (close && close > ds + 1 && (size_t)(close - ds) + 2 < dl && close[1] == ' ') {
        dl -= (size_t)(close - ds) + 2;
        ds = close + 2;
    }
    if (!dl)
        return 0; /* no description: not an item the parser can vouch for */
    if (!(ds = rc_strdup(rc, ds, dl)))
        return -1;
    if (!t[a].qty.set && !t[a].price.set && (t[a].amount.v < 0 || discount_text(ds)))
        return rc_add_discount(rc, ds, t[a].amount.v < 0 ? t[a].amount : xd_neg(t[a].amount));
    rc_item item;
    memset(&item, 0, sizeof item);
    item.description = ds;
    item.ean = ean;
    item.quantity = dot_decimal_qty(&t[a]);
    /* a unit is read from a weight or a count, or from a quantity column
     * where this line's count was not read but its unit price was (an OCR
     * layer's garbled figure); a line printing neither a count nor a unit
     * price bills a service as a whole, as does a table with no quantity
     * column, so no unit is claimed */
    item.unit = t[a].kg ? "kg" : t[a].qty.set || (t[a].counted && t[a].price.set) ? "un" : NULL;
    item.unit_price = t[a].price;
    item.vat_rate = t[a].rate;
    item.amount = t[a].amount;
    vat_evidence(&t[a], evidence);
    return rc_add_item(rc, item);
}

/* "IVA" over "21,00", "10,50": a column named for the tax may print each
 * line's VAT or its rate without "%".  When every value it holds is a VAT
 * rate of AFIP's (0, 2.5, 5, 10.5, 21, 27; not all zero) and none is the
 * VAT of its line's amount at one of those rates (10,50 on a net of 50,00
 * is 21 % of it), they are the lines' rates. */
static void rates_in_vat_column(trow *t, size_t n)
{
    bool any = false;
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind != K_ANCHOR || !t[i].vatcol.set)
            continue;
        xdec v = xd_rescale(t[i].vatcol, 2);
        if (!lx_vat_rate(v))
            return;
        double am = t[i].amount.set ? xd_double(t[i].amount) : 0, vv = xd_double(v);
        for (size_t r = 1; am != 0 && r < LX_NVAT_RATES; r++) {
            double vat = am * (double)LX_VAT_RATES[r] / 10000.0;
            if (vat - vv < 0.011 && vv - vat < 0.011)
                return; /* it may as well be the line's VAT: neither is vouched for */
        }
        any |= v.v != 0;
    }
    for (size_t i = 0; any && i < n; i++)
        if (t[i].kind == K_ANCHOR && t[i].vatcol.set && !t[i].rate.set)
            t[i].rate = xd_rescale(t[i].vatcol, 2);
}

static int emit_items(receipt *rc, trow *t, size_t n, int evidence[2])
{
    rates_in_vat_column(t, n);
    xbuf desc = {0}, code = {0};
    int rcode = 0;
    for (size_t a = 0; a < n && !rcode; a++) {
        if (t[a].kind != K_ANCHOR)
            continue;
        desc.len = code.len = 0;
        /* the rows it owns lie between the anchors before and after it */
        size_t from = a, to = a + 1;
        while (from > 0 && t[from - 1].kind != K_ANCHOR)
            from--;
        while (to < n && t[to].kind != K_ANCHOR)
            to++;
        for (size_t i = from; i < to && !rcode; i++)
            if (i == a || (t[i].kind == K_TEXT && t[i].owner == (int)a))
                rcode = add_part(&desc, &t[i].desc, true) || add_part(&code, &t[i].code, false);
        if (!rcode)
            rcode = xbuf_cstr(&desc) || xbuf_cstr(&code) ? -1
                    : emit_one(rc, t, a, &desc, &code, evidence);
    }
    xbuf_free(&desc);
    xbuf_free(&code);
    return rcode ? -1 : 0;
}

/* Does the row's first cell end in a colon ("Subtotal:", "Percepción IIBB
 * Bs.As.:")?  A field's label; an item's description is not printed so. */
static bool field_label(const xw_row *row)
{
    if (row->nw == 0)
        return false;
    int b = 0;
    while (b + 1 < row->nw && row->w[b + 1].cell == row->w[0].cell)
        b++;
    const xw_word *w = &row->w[b];
    return w->raw[w->len - 1] == ':';
}

/* A charge billed as a line of the table ("Recargo administrativo",
 * "Impuesto de sellos"): its description starts where the items' above
 * starts, its amount is in the amount column, and it follows them at the
 * table's line spacing.  A line of the table is an item whatever its words;
 * the totals block's charges are set apart, by a gap or by their place. */
static bool charge_line(const inv_doc *d, const trow *t, size_t m, size_t s, size_t r)
{
    const xw_row *row = d->r[r];
    if (!inv_charge_label(row, 0) || field_label(row) || !t[m].amount.set || !t[m].desc.len || s == 0 ||
        r <= s)
        return false;
    const trow *above = NULL;
    for (size_t k = m; k-- > 0 && !above;)
        if (t[k].amount.set && t[k].desc.len)
            above = &t[k];
    float h = inv_row_h(row);
    if (!above || d->r[above->row]->page != row->page || dabs(above->dx0 - t[m].dx0) > h)
        return false;
    /* the widest spacing between the rows of the table so far, from its
     * header down: a totals block is printed further apart */
    float widest = 0;
    for (size_t k = s; k < r; k++) {
        float g = vgap(d->r[k - 1], d->r[k]);
        if (d->r[k - 1]->page == row->page && g > widest)
            widest = g;
    }
    return d->r[r - 1]->page == row->page && vgap(d->r[r - 1], row) <= widest + 0.5f * h;
}

/* Letters of a description: how many, and whether any is lower case
 * (ASCII or a Latin-1 letter in UTF-8, C3 A0-BF: "á", "ñ"). */
static void letters(const xbuf *b, int *n, bool *lower)
{
    *n = 0;
    *lower = false;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = (unsigned char)b->p[i];
        if (isalpha(c)) {
            (*n)++;
            *lower |= islower(c) != 0;
        } else if (c == 0xC3 && i + 1 < b->len) {
            unsigned char c2 = (unsigned char)b->p[++i];
            (*n)++;
            *lower |= c2 >= 0xA0 && c2 <= 0xBF;
        }
    }
}

static size_t words_in(const xbuf *b)
{
    size_t n = 0;
    for (size_t i = 0; i < b->len; i++)
        n += b->p[i] != ' ' && (i == 0 || b->p[i - 1] == ' ');
    return n;
}

enum { HEAD_NONE, HEAD_DECO, HEAD_COLON, HEAD_CAPS, HEAD_TITLE };

/* The shape of a section heading inside an item table: set off by rules
 * or brackets ("--- Repuestos ---", "*** ALMACEN ***", "[ Servicios ]"),
 * a short label ending in a colon ("Mano de obra:"), or a short line in
 * capitals ("BEBIDAS"; a heading only where the table's descriptions are
 * not in capitals themselves, checked by the caller). */
static int heading_shape(const trow *t)
{
    xbuf s = t->desc, *b = &s;
    /* a section's number before it ("1. ", "2) ") */
    size_t k = 0;
    while (k < s.len && k < 3 && s.p[k] >= '0' && s.p[k] <= '9')
        k++;
    if (k && k + 1 < s.len && (s.p[k] == '.' || s.p[k] == ')') && s.p[k + 1] == ' ') {
        s.p += k + 2;
        s.len -= k + 2;
    }
    int nl;
    bool lower;
    letters(b, &nl, &lower);
    if (t->code.len || nl < 3 || !b->len || words_in(b) > 5)
        return HEAD_NONE;
    const char *deco = "-*=#_~<>";
    size_t lead = 0, trail = 0;
    while (lead < b->len && strchr(deco, b->p[lead]))
        lead++;
    while (trail < b->len && strchr(deco, b->p[b->len - 1 - trail]))
        trail++;
    if ((lead >= 2 && trail >= 2) || (b->p[0] == '[' && b->p[b->len - 1] == ']'))
        return HEAD_DECO;
    if (b->p[b->len - 1] == ':' && nl >= 4)
        return HEAD_COLON;
    /* a section named by its label ("Rubro: Electricidad", "SECCIÓN: ...") */
    static const char *const sec[] = {"RUBRO", "SECCION", "SECTOR", "CATEGORIA", "GRUPO", "FAMILIA", NULL};
    const char *sp = memchr(b->p, ' ', b->len);
    char f[16];
    size_t fl = sp && sp > b->p && sp[-1] == ':' ? xn_fold(b->p, (size_t)(sp - b->p), f, sizeof f) : 0;
    for (const char *const *p = sec; fl && *p; p++)
        if (fl == strlen(*p) && !memcmp(f, *p, fl))
            return HEAD_COLON;
    if (xn_has_digit(b->p, b->len) || words_in(b) > 3)
        return HEAD_NONE;
    if (!lower)
        return HEAD_CAPS;
    /* or a short name in mixed case, a capital first ("Materiales
     * eléctricos", "Pinturería"; a heading only where the table opens with
     * one, checked by the caller) */
    unsigned char c0 = (unsigned char)b->p[0], cl = (unsigned char)b->p[b->len - 1];
    bool cap = isupper(c0) || (c0 == 0xC3 && b->len > 1 && (unsigned char)b->p[1] >= 0x80 &&
                               (unsigned char)b->p[1] <= 0x9E);
    bool ends = isalpha(cl) || (b->len > 1 && (unsigned char)b->p[b->len - 2] == 0xC3);
    return cap && ends ? HEAD_TITLE : HEAD_NONE;
}

/* The item at anchor j stands on its own row: its description does not go
 * on from the line above, and the next row that is not another's is an
 * item or a heading like heading i (no wrapped line below it), or the
 * table's end. */
static bool lone_item(const inv_doc *d, const trow *t, size_t n, size_t i, size_t j)
{
    /* a description going on from the line above in lower case ("Cable
     * unipolar" over "rojo 2,5 mm  2,00 ..."): that line is its first */
    if (t[j].desc.len && islower((unsigned char)t[j].desc.p[0]))
        return false;
    size_t k = j + 1;
    while (k < n && t[k].kind == K_OTHER)
        k++;
    return k == n || t[k].kind != K_TEXT ||
           (heading_shape(&t[k]) == heading_shape(&t[i]) &&
            dabs(t[k].dx0 - t[i].dx0) <= 0.5f * inv_row_h(d->r[t[i].row]));
}

/* Section headings among the text rows: a heading-shaped row right above an
 * item that prints its own description (a wrapped line of the item above
 * is not set apart so).  A heading in capitals counts only in a table
 * whose descriptions are not in capitals and that opens with one (a brand
 * in capitals under a mixed-case description is a wrapped line); one in
 * mixed case only in a table that opens with one over an item of one row
 * (a description's first line printed above its figures, a cell centred,
 * is followed by its last below them), and at the opening one's left edge
 * over an item of one row too. */
static void mark_headings(const inv_doc *d, trow *t, size_t n)
{
    bool mixed = false, opens = false;
    for (size_t i = 0; i < n; i++) {
        int nl;
        bool lower;
        if (t[i].kind == K_ANCHOR && t[i].desc.len) {
            letters(&t[i].desc, &nl, &lower);
            mixed |= lower;
        }
    }
    long title = -1; /* the opening heading in mixed case */
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind == K_ANCHOR)
            break;
        if (t[i].kind == K_TEXT) {
            int shape = heading_shape(&t[i]);
            opens = shape == HEAD_CAPS;
            size_t j = i + 1;
            while (j < n && t[j].kind == K_OTHER)
                j++;
            if (shape == HEAD_TITLE && j < n && t[j].kind == K_ANCHOR && t[j].desc.len && lone_item(d, t, n, i, j))
                title = (long)i;
            break;
        }
    }
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind != K_TEXT)
            continue;
        size_t j = i + 1;
        while (j < n && t[j].kind == K_OTHER)
            j++;
        if (j == n || t[j].kind != K_ANCHOR || !t[j].desc.len)
            continue;
        int shape = heading_shape(&t[i]);
        if (shape == HEAD_DECO || shape == HEAD_COLON || (shape == HEAD_CAPS && mixed && opens) ||
            (shape == HEAD_TITLE && title >= 0 && lone_item(d, t, n, i, j) &&
             dabs(t[i].dx0 - t[title].dx0) <= 0.5f * inv_row_h(d->r[t[i].row])))
            t[i].kind = K_HEAD;
    }
}

/* Items from the rows [s, e) of one table under header h; *ended when a
 * totals or footer label closes it. */
/* A table whose quantity column is the one right before the description's,
 * where every priced row has a quantity or a description that starts with a
 * number and a word ("20 Tornillo 6 mm"), at least one the latter, and all
 * those numbers end where the quantities read end: they are the quantities,
 * set right in a cell wider than its label and run into the text.  A
 * quantity printed elsewhere ("1,00" apart, "500 hojas" where descriptions
 * start) ends elsewhere. */
static bool quantities_glued(const inv_doc *d, const thdr *h, const trow *t, size_t n)
{
    int dc;
    if (qty_before_desc_col(h, &dc) < 0)
        return false;
    size_t lead = 0;
    float x1 = -1;
    for (size_t i = 0; i < n; i++) {
        if (!t[i].amount.set || t[i].kind == K_END)
            continue;
        float e = t[i].qty.set ? t[i].qty_x1 : t[i].desc.len ? t[i].lead_x1 : -1;
        if (e < 0)
            return false;
        if (!t[i].qty.set) {
            /* the number and a word after it: "20 Tornillo" */
            const char *sp = memchr(t[i].desc.p, ' ', t[i].desc.len);
            if (!sp || sp + 1 == t[i].desc.p + t[i].desc.len || !isalpha((unsigned char)sp[1]))
                return false;
            lead++;
        }
        if (x1 >= 0 && dabs(e - x1) > 0.5f * inv_row_h(d->r[t[i].row]))
            return false;
        x1 = e;
    }
    return lead > 0;
}

static int read_section(receipt *rc, inv_doc *d, const thdr *h, size_t s, size_t e, int evidence[2],
                        bool *ended, bool *units)
{
    *ended = false;
    for (int c = 0; c < h->n; c++)
        *units |= h->c[c].role == C_UNIT;
    size_t n = e - s;
    int maxw = 1;
    for (size_t r = s; r < e; r++)
        if (d->r[r]->nw > maxw)
            maxw = d->r[r]->nw;
    trow *t = calloc(n ? n : 1, sizeof *t);
    int *col = malloc((size_t)maxw * sizeof *col);
    float *dst = malloc((size_t)maxw * sizeof *dst);
    size_t *tx = malloc((n ? n : 1) * sizeof *tx);
    int rcode = -1;
    if (!t || !col || !dst || !tx)
        goto done;
    thdr glued;
    size_t m = 0;
again:
    m = 0;
    for (size_t r = s; r < e; r++, m++) {
        const xw_row *row = d->r[r];
        t[m].row = r;
        t[m].owner = -1;
        if (read_row(h, row, &t[m], col, dst))
            goto done;
        t[m].counted = h->qty;
        *units |= t[m].unit;
        /* a totals or footer label that is not an item line (a quantity
         * and an amount) ends the table; a totals label printed as a field
         * ("Subtotal:") does even when a grid of totals puts its values
         * under the quantity and amount columns */
        if (((!(t[m].qty.set && t[m].amount.set) || field_label(row)) && inv_footer_label(row, 0) &&
             !charge_line(d, t, m, s, r)) ||
            inv_vat_table_head(row, NULL, NULL)) {
            for (size_t k = r; k < e; k++)
                d->zone[k] = Z_FOOT;
            m++;
            t[m - 1].kind = K_END;
            *ended = true;
            break;
        }
    }
    n = m;
    if (h != &glued && quantities_glued(d, h, t, n)) {
        /* read again, each priced row's leading number its quantity */
        for (size_t i = 0; i < n; i++) {
            xbuf_free(&t[i].desc);
            xbuf_free(&t[i].code);
        }
        memset(t, 0, n * sizeof *t);
        glued = *h;
        glued.glued_qty = true;
        h = &glued;
        *ended = false;
        goto again;
    }
    merge_fragments(d, t, n);
    for (size_t i = 0; i < n; i++) {
        if (t[i].kind == K_END)
            continue;
        t[i].kind = t[i].amount.set ? K_ANCHOR : (t[i].desc.len || t[i].code.len) && !t[i].merged
                                                     ? K_TEXT : K_OTHER;
    }
    mark_headings(d, t, n);
    /* runs of text rows between anchors; a section heading ends the run
     * above it (its rows are the item's above) */
    long p = -1;
    size_t k = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && t[i].kind == K_TEXT) {
            tx[k++] = i;
            continue;
        }
        if (i < n && t[i].kind != K_ANCHOR && t[i].kind != K_HEAD)
            continue;
        long q = i < n && t[i].kind == K_ANCHOR ? (long)i : -1;
        assign_run(d, t, tx, k, p, q, h->code);
        k = 0;
        p = q >= 0 ? q : i < n ? -1 : p;
    }
    rcode = emit_items(rc, t, n, evidence);
done:
    if (t)
        trow_free(t, n);
    free(col);
    free(dst);
    free(tx);
    return rcode;
}

/* ---- tables without a header ------------------------------------------ */

/* An item row by its shape: a description cell, then only numbers, among
 * them quantity x unit price = the last one (the amount). */
static bool shape_row(const xw_row *row, trow *t)
{
    int i = 0, letters = 0;
    while (i < row->nw && row->w[i].cell == row->w[0].cell)
        letters += has_letters(&row->w[i++]);
    if (!letters)
        return false;
    xdec v[12];
    int nv = 0;
    xdec rate = {0};
    for (int k = i; k < row->nw; k++) {
        const xw_word *w = &row->w[k];
        if (word_is(w, "$"))
            continue;
        if (memchr(w->raw, '%', w->len)) {
            if (xn_rate(w->raw, w->len, &rate) != 0)
                return false;
            continue;
        }
        if (nv == 12 || !w_value(w, &v[nv]))
            return false;
        nv++;
    }
    if (nv < 3)
        return false;
    xdec am = v[nv - 1];
    double a = xd_double(am), be = 1e9;
    int bq = -1, bp = -1;
    for (int x = 0; x < nv - 1; x++)
        for (int y = x + 1; y < nv - 1; y++) {
            double p = xd_double(v[x]), q = xd_double(v[y]);
            double qty = p < q ? p : q;
            double err = dabs(p * q - a);
            if (qty > 0 && err <= 0.006 * qty + 0.011 && err < be) {
                be = err;
                bq = p < q ? x : y;
                bp = p < q ? y : x;
            }
        }
    if (bq < 0 || am.scale < 2 || v[bp].scale < 2)
        return false; /* amounts are printed with cents */
    t->qty = v[bq];
    t->price = v[bp];
    t->amount = am;
    t->rate = rate;
    return true;
}

/* A text line under a shape row, aligned with its description. */
static bool shape_continues(const inv_doc *d, size_t r, const xw_row *item)
{
    const xw_row *nx = d->r[r + 1];
    trow scratch;
    memset(&scratch, 0, sizeof scratch);
    if (nx->page != item->page || dabs(nx->w[0].x0 - item->w[0].x0) > 4.0 ||
        nx->y0 - d->r[r]->y1 > 2.0f * inv_row_h(nx) || inv_footer_label(nx, 0) ||
        shape_row(nx, &scratch))
        return false;
    for (int i = 0; i < nx->nw; i++)
        if (w_value(&nx->w[i], &scratch.qty))
            return false;
    return true;
}

/* A row that is only "QTY [unit] x PRICE" ("0,827 kg x 3.049,43",
 * "4,00 unidades x 693,03"): the quantity line printed above an item. */
static bool qty_price_row(const xw_row *row, trow *t)
{
    int k = 0;
    xdec q, p;
    if (row->nw < 3 || row->nw > 4 || !w_value(&row->w[k++], &q))
        return false;
    bool kg = q.scale == 3;
    if (row->nw == 4) {
        if (!unit_word(&row->w[k]))
            return false;
        kg = unit_kg(&row->w[k++]);
    }
    if (!word_is(&row->w[k++], "X") || !w_value(&row->w[k], &p) || p.scale < 2 || q.v <= 0)
        return false;
    t->qty = q;
    t->price = p;
    t->kg = kg;
    return true;
}

/* The end of a description row under a quantity line: the amount, after it
 * a "$" or a rate ("(21,00)", "21%") at most; the index of the first word
 * of that tail, or -1. */
static int amount_tail(const xw_row *row, trow *t)
{
    int i = row->nw - 1;
    xdec v, rate = {0};
    if (i < 1 || !w_value(&row->w[i], &v) || v.scale < 2)
        return -1;
    t->amount = v;
    while (i > 0 && word_is(&row->w[i - 1], "$"))
        i--;
    const xw_word *w = i > 0 ? &row->w[i - 1] : NULL;
    if (w && (w->raw[0] == '(' || memchr(w->raw, '%', w->len)) && xn_rate(w->raw, w->len, &rate) == 0)
        i--;
    t->rate = rate;
    return i;
}

/* An item printed as a quantity line, then its description over one to
 * three rows, the last ending in the amount (roll-paper invoices):
 * quantity x price must give the amount.  The index of the last row, or 0. */
static size_t price_line_item(const inv_doc *d, size_t r, trow *t)
{
    const xw_row *row = d->r[r];
    if (!qty_price_row(row, t))
        return 0;
    for (size_t e = r + 1; e < d->n && e <= r + 3; e++) {
        const xw_row *nx = d->r[e];
        /* no footer-label test: "PERCUTOR 13MM" reads as a perception
         * label, and the arithmetic below is the witness */
        if (nx->page != row->page || qty_price_row(nx, &(trow){0}))
            return 0;
        int tail = amount_tail(nx, t);
        if (tail > 0) {
            double q = xd_double(t->qty), p = xd_double(t->price), a = xd_double(t->amount);
            return dabs(q * p - a) <= 0.006 * q + 0.011 ? e : 0;
        }
        for (int i = 0; i < nx->nw; i++)
            if (num_kind(&nx->w[i]) == 1 && !has_letters(&nx->w[i]) && nx->w[i].len < 8)
                return 0; /* a number that is no code: not a description line */
    }
    return 0;
}

/* ---- items printed as labelled fields ---------------------------------- */

enum { F_NONE, F_QTY, F_PRICE, F_RATE, F_AMOUNT };

/* The kind of the field labelled by words [a, e] (e the word ending in ':'),
 * by its first word: "Cant.:", "P.Unit.:", "Precio unitario:", "IVA:",
 * "Importe:", "Neto:". */
static int field_kind(const xw_row *row, int a, bool *totals_word)
{
    const xw_word *w = &row->w[a];
    *totals_word = word_is(w, "SUBTOTAL") || word_is(w, "TOTAL");
    if (word_is(w, "CANT") || word_is(w, "CANTIDAD"))
        return F_QTY;
    if (word_is(w, "PUNIT") || word_is(w, "PRECIO") || word_is(w, "PU") || word_is(w, "P/U") ||
        word_is(w, "UNITARIO"))
        return F_PRICE;
    if (word_is(w, "IVA") || word_is(w, "ALIC") || word_is(w, "ALICUOTA"))
        return F_RATE;
    if (word_is(w, "IMPORTE") || word_is(w, "MONTO") || word_is(w, "NETO") || *totals_word)
        return F_AMOUNT;
    return F_NONE;
}

/* A row that is only labelled fields of one item ("Cant.: 2 Precio:
 * 3200,00 Importe: 6400,00", "IVA: 21% Neto: 650.000,00", "Importe:
 * 30.000,00"), as a plain-text or e-mail style invoice prints an item under
 * its description: one amount field, a quantity, price or rate beside it at
 * most once each, every word a label or its value; quantity x price gives
 * the amount when both are printed.  The amount's label names an item's
 * amount ("Importe", "Monto", "Neto" beside other fields), never the
 * totals' ("Total:", "Subtotal:"); alone, it is no totals label either
 * ("Neto:" alone is the totals' net). */
static bool labelled_row(const xw_row *row, trow *t)
{
    int seen = 0, i = 0;
    memset(t, 0, sizeof *t);
    while (i < row->nw) {
        int e = i;
        while (e < row->nw && e < i + 3 && row->w[e].raw[row->w[e].len - 1] != ':')
            e++;
        if (e >= row->nw || row->w[e].raw[row->w[e].len - 1] != ':')
            return false;
        bool tw;
        int kind = field_kind(row, i, &tw);
        if (kind == F_NONE || (seen & (1 << kind)))
            return false;
        seen |= 1 << kind;
        i = e + 1;
        if (i < row->nw && word_is(&row->w[i], "$"))
            i++;
        if (i >= row->nw)
            return false;
        const xw_word *v = &row->w[i++];
        xdec x;
        if (kind == F_RATE) {
            if (!memchr(v->raw, '%', v->len) || xn_rate(v->raw, v->len, &x) != 0)
                return false;
            t->rate = x;
            continue;
        }
        if (!w_value(v, &x))
            return false;
        if (kind == F_QTY)
            t->qty = x;
        else if (kind == F_PRICE)
            t->price = x;
        else
            t->amount = x;
        if (kind == F_AMOUNT && tw)
            return false; /* "Total:", "Subtotal:" name the totals, never an item's amount */
    }
    if (!(seen & (1 << F_AMOUNT)) || t->amount.scale < 2 || (t->price.set && t->price.scale < 2))
        return false;
    if (seen == 1 << F_AMOUNT && inv_footer_label(row, 0))
        return false;
    if (t->qty.set && t->price.set) {
        double q = xd_double(t->qty), p = xd_double(t->price), a = xd_double(t->amount);
        if (q <= 0 || dabs(q * p - a) > 0.006 * q + 0.011)
            return false;
    }
    return true;
}

/* The description of a labelled item: the text row right above it, and the
 * rows above that set at its left edge (a wrapped description), down to
 * `floor`; a row of fields or labels ends it.  The first row, or n. */
static size_t labelled_desc(const inv_doc *d, size_t r, size_t floor)
{
    size_t top = d->n;
    for (size_t k = r; k > floor && k + 3 > r; k--) {
        const xw_row *row = d->r[k - 1], *below = d->r[k];
        if (row->page != below->page || row->y0 > below->y0 ||
            below->y0 - row->y1 > 0.8f * inv_row_h(below) ||
            (top < d->n && dabs(row->w[0].x0 - d->r[top]->w[0].x0) > 2.0))
            break;
        bool text = false;
        for (int i = 0; i < row->nw; i++) {
            if (row->w[i].raw[row->w[i].len - 1] == ':')
                return top;
            text |= has_letters(&row->w[i]);
        }
        if (!text)
            break;
        top = k - 1;
    }
    return top;
}

static int put_words(xbuf *b, const xw_row *row, int from, int to)
{
    for (int i = from; i < to; i++)
        if (put_word(b, &row->w[i], true))
            return -1;
    return 0;
}

static int read_shapes(receipt *rc, inv_doc *d, int evidence[2])
{
    size_t n = d->n, first = n, last = 0, m = 0;
    bool totals_seen = false;
    trow *t = calloc(n ? n : 1, sizeof *t);
    int rcode = -1;
    if (!t)
        return -1;
    for (size_t r = 0; r < n; r++) {
        const xw_row *row = d->r[r];
        trow *a = &t[m];
        size_t top = n;
        bool lab = labelled_row(row, a);
        /* once items are read, a totals label ends the labelled items: a
         * payment line under the totals ("Importe: 12.750,00") is none */
        if (!lab && first < n && inv_footer_label(row, 0))
            totals_seen = true;
        if (lab && !totals_seen)
            top = labelled_desc(d, r, first == n ? 0 : last + 1);
        if (top < r) {
            a->row = r;
            a->kind = K_ANCHOR;
            a->owner = -1;
            for (size_t k = top; k < r; k++)
                if (put_words(&a->desc, d->r[k], 0, d->r[k]->nw))
                    goto done;
            m++;
            if (first == n)
                first = top;
            last = r;
            continue;
        }
        memset(a, 0, sizeof *a);
        size_t pe = price_line_item(d, r, a);
        if (pe) {
            /* the rows under the quantity line are the description */
            a->row = r;
            a->kind = K_ANCHOR;
            a->owner = -1;
            for (size_t k = r + 1; k <= pe; k++) {
                trow scratch;
                memset(&scratch, 0, sizeof scratch);
                int end = k == pe ? amount_tail(d->r[k], &scratch) : d->r[k]->nw;
                if (put_words(&a->desc, d->r[k], 0, end))
                    goto done;
            }
            m++;
            if (first == n)
                first = r;
            last = r = pe;
            continue;
        }
        memset(a, 0, sizeof *a);
        if (!shape_row(row, a)) {
            memset(a, 0, sizeof *a);
            continue;
        }
        size_t ai = m++;
        a->row = r;
        a->kind = K_ANCHOR;
        a->owner = -1;
        int e = 0;
        while (e < row->nw && row->w[e].cell == row->w[0].cell)
            e++;
        if (put_words(&a->desc, row, 0, e))
            goto done;
        if (first == n)
            first = r;
        last = r;
        while (r + 1 < n && shape_continues(d, r, row)) {
            trow *c = &t[m++];
            c->row = ++r;
            c->kind = K_TEXT;
            c->owner = (int)ai;
            if (put_words(&c->desc, d->r[r], 0, d->r[r]->nw))
                goto done;
            last = r;
        }
    }
    for (size_t r = 0; r < n; r++)
        d->zone[r] = r < first ? Z_HEAD : r <= last ? Z_TABLE : Z_FOOT;
    rcode = emit_items(rc, t, m, evidence);
done:
    trow_free(t, m);
    return rcode;
}

/* ---- the table ---------------------------------------------------------- */

/* Weights printed in grams.  Where no unit is printed, a quantity column
 * that prints its counts whole with fewer than 3 decimals ("3", "2,00")
 * and other quantities with exactly 3 ("2,033", "0,621", "3,000") prints
 * those to the gram, as a program does for the items it sells by weight:
 * those are kg.  So is a column that prints every quantity with 3 decimals
 * when none of them is whole and one at least is to the gram ("0,635",
 * "2,636"): no count is printed there, only weights.  A column that prints
 * everything with 3 decimals and holds a whole one ("1,000", "2,500") or
 * none to the gram ("0,500", "1,250"), counts with two conventions, or a
 * fractional count ("1,5", "2,50") tells nothing: every quantity stays a
 * count.  Only items read under a table header, all unit "un" here. */
/* The description names a measure other than weight ("Cable unipolar
 * (metros)", "Nafta súper litros"): its quantity to three decimals is that
 * measure, not kilograms. */
static bool other_measure(const char *desc)
{
    static const char *const m[] = {"LITRO", "LITROS", "LT", "LTS", "METRO", "METROS", "MTS", "M2", "M3", NULL};
    char fold[256];
    size_t n = xn_fold(desc, strlen(desc), fold, sizeof fold);
    for (size_t a = 0; a < n;) {
        while (a < n && !isalnum((unsigned char)fold[a]))
            a++;
        size_t b = a;
        while (b < n && isalnum((unsigned char)fold[b]))
            b++;
        for (const char *const *k = m; *k && b > a; k++)
            if (strlen(*k) == b - a && !memcmp(fold + a, *k, b - a))
                return true;
        a = b;
    }
    return false;
}

static void weights_by_decimals(receipt *rc)
{
    int count_scale = -1;
    bool three = false, whole_three = false, gram = false;
    for (size_t i = 0; i < rc->nitems; i++) {
        xdec q = rc->items[i].quantity;
        if (!q.set)
            continue;
        if (!rc->items[i].unit || strcmp(rc->items[i].unit, "un") != 0 || q.scale < 0 || q.scale > 3)
            return;
        int64_t one = 1;
        for (int k = 0; k < q.scale; k++)
            one *= 10;
        bool whole = q.v % one == 0;
        if (q.scale == 3) {
            three = true;
            whole_three |= whole;
            gram |= q.v % 10 != 0;
            continue;
        }
        if (!whole || (count_scale >= 0 && count_scale != q.scale))
            return;
        count_scale = q.scale;
    }
    if (!three || (count_scale < 0 && (whole_three || !gram)))
        return;
    for (size_t i = 0; i < rc->nitems; i++)
        if (rc->items[i].quantity.set && rc->items[i].quantity.scale == 3 &&
            !other_measure(rc->items[i].description))
            rc->items[i].unit = "kg";
}

/* Scratch for reading the rows of r's page, from r, under a header: the
 * page's end in *end, and two arrays as long as its widest row.  false
 * when out of memory. */
static bool page_scratch(const inv_doc *d, size_t r, size_t *end, int **col, float **dst)
{
    size_t e = r;
    int maxw = 1;
    for (; e < d->n && d->r[e]->page == d->r[r]->page; e++)
        if (d->r[e]->nw > maxw)
            maxw = d->r[e]->nw;
    *end = e;
    *col = malloc((size_t)maxw * sizeof **col);
    *dst = malloc((size_t)maxw * sizeof **dst);
    return *col && *dst;
}

enum { RD_AMOUNT = 1, RD_DESC = 2, RD_QTY = 4 };

/* What row k holds under h's columns (RD_*), -1 out of memory. */
static int row_holds(const inv_doc *d, size_t k, const thdr *h, int *col, float *dst)
{
    trow t;
    memset(&t, 0, sizeof t);
    int r = read_row(h, d->r[k], &t, col, dst)
                ? -1
                : (t.amount.set ? RD_AMOUNT : 0) | (t.desc.len ? RD_DESC : 0) | (t.qty.set ? RD_QTY : 0);
    xbuf_free(&t.desc);
    xbuf_free(&t.code);
    return r;
}

/* Does row k read as an item line under h (a description and an amount in
 * their columns, and a quantity when need_qty)?  1 yes, 0 no, -1 out of
 * memory. */
static int item_line(const inv_doc *d, size_t k, const thdr *h, bool need_qty, int *col, float *dst)
{
    int w = row_holds(d, k, h, col, dst);
    return w < 0 ? -1 : (w & RD_AMOUNT) && (w & RD_DESC) && ((w & RD_QTY) || !need_qty);
}

/* A page that follows a table left open (no totals under it) and prints no
 * header of its own: a plain or monospaced printout carries the table over
 * under the first page's columns.  The first row of the page that reads as
 * an item line there (a description, a quantity and an amount in their
 * columns), when no header or totals label comes before it; -1 when none,
 * -2 out of memory. */
static long continued_at(const inv_doc *d, size_t r, const thdr *h)
{
    long found = -1;
    if (header_like(d->r[r], 2) && header_shape(d, r, &(thdr){0}, false) >= 0)
        return -1;
    if (header_later(d, r))
        return -1; /* a copy or a page with its own table */
    size_t e;
    int *col;
    float *dst;
    if (!page_scratch(d, r, &e, &col, &dst))
        found = -2;
    for (size_t k = r; k < e && found == -1; k++) {
        if (inv_footer_label(d->r[k], 0))
            break;
        int w = row_holds(d, k, h, col, dst), p = 0;
        /* an item line, or an item printed over two lines: its
         * description alone on the row above its numbers */
        if (w == (RD_AMOUNT | RD_QTY) && k > r)
            p = row_holds(d, k - 1, h, col, dst);
        if (w < 0 || p < 0)
            found = -2;
        else if (w == (RD_AMOUNT | RD_DESC | RD_QTY))
            found = (long)k;
        else if (p == RD_DESC)
            found = (long)k - 1;
    }
    free(col);
    free(dst);
    return found;
}

/* A program that prints its grid's column header first (a task or report
 * sheet) sets the document's header block under it: the title with the
 * letter, the point of sale, the CUIT lines, the buyer.  When the rows
 * between the table header (ending at e) and its first item line hold the
 * title ("FACTURA") and a point of sale or CUIT label, they are the
 * document's header; returns that first item line (-1: not so, -2: out of
 * memory). */
static long head_under_header(const inv_doc *d, size_t e, const thdr *h)
{
    size_t end;
    int *col;
    float *dst;
    long found = page_scratch(d, e, &end, &col, &dst) ? -1 : -2;
    bool title = false, field = false;
    for (size_t k = e; k < end && found == -1; k++) {
        const xw_row *row = d->r[k];
        for (int i = 0; i < row->nw; i++) {
            const xw_word *w = &row->w[i];
            title |= inv_title_word(w);
            field |= (word_is(w, "PUNTO") && row_find(row, "VENTA", i) == i + 2) ||
                     ((word_is(w, "CUIT") || word_is(w, "CUIT:")) && i + 1 < row->nw);
        }
        int it = field_label(row) ? 0 : item_line(d, k, h, false, col, dst);
        if (it < 0) {
            found = -2;
        } else if (it) {
            found = k > e && title && field ? (long)k : -1;
            break;
        }
    }
    free(col);
    free(dst);
    return found;
}

int inv_read_table(receipt *rc, inv_doc *d, unsigned *amt_flags, int evidence[2], const char **hcur, xerr *err)
{
    thdr hdr[MAXHDR];
    int nh = 0, cur = -1, page = -1;
    enum { S_HEAD, S_TABLE, S_FOOT, S_REPEAT } st = S_HEAD;
    size_t start = 0;
    bool ended = false, units = false;
    *amt_flags = 0;
    for (size_t r = 0; r < d->n; r++) {
        const xw_row *row = d->r[r];
        if (row->page != page) {
            bool open = st == S_TABLE && cur >= 0;
            if (open && read_section(rc, d, &hdr[cur], start, r, evidence, &ended, &units))
                goto nomem;
            page = row->page;
            if (st != S_HEAD)
                st = S_REPEAT;
            long c = open && !ended ? continued_at(d, r, &hdr[cur]) : -1;
            if (c == -2)
                goto nomem;
            if (c >= 0) {
                while (r < (size_t)c)
                    d->zone[r++] = Z_REPEAT;
                start = r;
                st = S_TABLE;
                d->zone[r] = Z_TABLE;
                continue;
            }
        }
        if (st == S_HEAD || st == S_REPEAT) {
            thdr h;
            long e = header_at(d, r, &h);
            /* a later page with the totals and no table; a page that
             * repeats the document's header ("IVA Responsable Inscripto")
             * above a continued table is no footer */
            if (e < 0 && st == S_REPEAT && inv_footer_label(row, 0) && !header_later(d, r))
                st = S_FOOT;
            if (e > 0) {
                if (nh < MAXHDR)
                    hdr[nh++] = h;
                cur = nh - 1;
                if (*amt_flags == 0)
                    *amt_flags = h.c[h.amount].flags & (AMT_WITH_VAT | AMT_NET);
                /* the rows skipped keep the header's zone, every row's
                 * until the table is found */
                long first = st == S_HEAD ? head_under_header(d, (size_t)e, &h) : -1;
                if (first == -2)
                    goto nomem;
                if (first >= 0)
                    e = first;
                r = (size_t)e - 1;
                start = (size_t)e;
                st = S_TABLE;
                continue;
            }
        }
        d->zone[r] = st == S_HEAD ? Z_HEAD : st == S_REPEAT ? Z_REPEAT : st == S_FOOT ? Z_FOOT : Z_TABLE;
    }
    if (st == S_TABLE && cur >= 0 && read_section(rc, d, &hdr[cur], start, d->n, evidence, &ended, &units))
        goto nomem;
    if (!units)
        weights_by_decimals(rc);
    /* the currency the money columns' labels name, when the table's
     * headers (every one found: a header repeated on each page) agree */
    *hcur = rc->nitems ? table_currency(rc, hdr, nh) : NULL;
    /* the cells' codes only where no label names a currency (labels naming
     * two decide nothing); the first header's columns (a table repeated on
     * each page prints them alike) */
    bool named = false;
    for (int k = 0; k < nh; k++)
        for (int c = 0; c < hdr[k].n; c++)
            named |= hdr[k].c[c].cur != NULL;
    if (rc->nitems && !*hcur && nh > 0 && !named)
        *hcur = cells_currency(d, &hdr[0], amounts_of_prices(rc));
    if (rc->nitems && !*hcur && nh > 0 && !named)
        *hcur = column_currency(rc, d, &hdr[0]);
    if (rc->nitems == 0) {
        /* no header, or no item under it: item rows by their shape */
        rc->ndiscounts = 0;
        *amt_flags = 0;
        if (read_shapes(rc, d, evidence))
            goto nomem;
    }
    return 0;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory reading the invoice table");
    return -1;
}
