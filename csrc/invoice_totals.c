/* The totals block of an invoice: labels read by meaning, each with the
 * value printed after it on its line ("IVA 21%: USD 793,59"), or under it
 * when the block is a table of labels over a row of values ("SUB TOTAL |
 * NETO GRAVADO | I.V.A. | TOTAL").  A row is cut into segments, each a label
 * and the rate and amounts that follow it, so two labels on one line
 * ("Descuento: 10,00  No Gravado: 0,00") are read apart. */
#include "invoice.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum {
    R_NONE,
    R_SUBTOTAL, /* SUBTOTAL, SUB TOTAL */
    R_SUMA,     /* SUMA: a subtotal by another name */
    R_NET,      /* the net amount, the subtotal where none is printed */
    R_PART,     /* a total of part of the document ("Total Bruto", "Total sin IVA") */
    R_TOTAL,
    R_VATINC,   /* "Total IVA incluido": the total, or the VAT it includes (below) */
    R_WEAK,     /* "Importe a pagar", "A pagar", "Valor total": the total when no other is printed */
    R_DISC_TOTAL,
    R_DISCOUNT,
    R_VAT,
    R_TAX,     /* a non-VAT tax or charge */
    R_TAX_SUM, /* the sum of those ("Importe Otros Tributos") */
    R_PAYMENT, /* a tender line after the total ("EFECTIVO 26.000,00") */
    R_IGNORE,  /* printed in the block, not a total ("No Gravado", "IVA Contenido") */
    R_END      /* ends the item table, carries nothing ("Observaciones", "Son pesos") */
};

/* A charge's label that ends the item table, or is a charge in it, only
 * as a field of one amount ("Envío: $ 1.000,00"): as a line of the table
 * it is an item ("Flete Rosario - Córdoba", "Flete:  1  500,00  552,50")
 * or a note ("Flete: a cargo del cliente"); among the totals, its value is
 * money ("Flete: 2 bultos" is no charge of 2). */
#define L_FIELD 1u

/* Longest match wins; among phrases of one length, the first. */
static const lx_phrase LABELS[] = {
    {"SUBTOTAL", R_SUBTOTAL, 0},
    {"SUB TOTAL", R_SUBTOTAL, 0},
    {"SUB-TOTAL", R_SUBTOTAL, 0},
    {"SUBTOTAL GRAVADO", R_SUBTOTAL, 0},
    {"SUBTOTAL NETO", R_SUBTOTAL, 0},
    {"SUMA", R_SUMA, 0},
    {"IMPORTE NETO GRAVADO", R_NET, 0},
    {"IMPORTE NETO", R_NET, 0},
    /* "Imp.": Importe cut short ("Imp. Neto Gravado", "Imp. Total") */
    {"IMP NETO GRAVADO", R_NET, 0},
    {"IMP NETO", R_NET, 0},
    {"NETO GRAVADO", R_NET, 0},
    {"TOTAL NETO GRAVADO", R_NET, 0},
    {"TOTAL GRAVADO", R_NET, 0},
    {"TOTAL NETO", R_NET, 0},
    {"GRAVADO", R_NET, 0},
    {"NETO", R_NET, 0},
    {"IMPORTE NETO NO GRAVADO", R_IGNORE, 0},
    {"NETO NO GRAVADO", R_IGNORE, 0},
    {"IMPORTE NO GRAVADO", R_IGNORE, 0},
    {"IMP NETO NO GRAVADO", R_IGNORE, 0},
    {"IMP NO GRAVADO", R_IGNORE, 0},
    {"IMP EXENTO", R_IGNORE, 0},
    {"NO GRAVADO", R_IGNORE, 0},
    {"EXENTO", R_IGNORE, 0},
    {"NETO EXENTO", R_IGNORE, 0},
    {"IMPORTE EXENTO", R_IGNORE, 0},
    {"DEVOLUCIONES", R_IGNORE, 0},
    {"CANTIDAD TOTAL", R_IGNORE, 0},
    {"TOTAL ITEMS", R_IGNORE, 0},
    {"TOTAL DE ITEMS", R_IGNORE, 0},
    {"TOTAL ARTICULOS", R_IGNORE, 0},
    {"TOTAL UNIDADES", R_IGNORE, 0},
    {"DEUDA*", R_IGNORE, 0},
    {"SALDO*", R_IGNORE, 0},
    /* Régimen de Transparencia Fiscal (Ley 27.743): taxes contained in a
     * final price, printed for information */
    {"IVA CONTENIDO", R_IGNORE, 0},
    {"OTROS IMPUESTOS NACIONALES INDIRECTOS", R_IGNORE, 0},
    {"TOTAL", R_TOTAL, 0},
    {"IMPORTE TOTAL", R_TOTAL, 0},
    {"IMP TOTAL", R_TOTAL, 0},
    {"TOTAL A PAGAR", R_TOTAL, 0},
    {"TOTAL GENERAL", R_TOTAL, 0},
    {"TOTAL FACTURA", R_TOTAL, 0},
    {"TOTAL FACTURADO", R_TOTAL, 0},
    {"TOTAL COMPROBANTE", R_TOTAL, 0},
    /* what the buyer pays, not the net of "Total Neto" */
    {"TOTAL NETO A PAGAR", R_TOTAL, 0},
    {"NETO A PAGAR", R_TOTAL, 0},
    {"MONTO TOTAL", R_TOTAL, 0},
    /* the total's other names, which also name an amount due after it (a
     * second due date, a balance brought forward): the total only where
     * the block prints no other */
    {"VALOR TOTAL", R_WEAK, 0},
    {"IMPORTE FINAL", R_WEAK, 0},
    {"A PAGAR", R_WEAK, 0},
    {"TOT A PAGAR", R_WEAK, 0},
    {"IMPORTE A PAGAR", R_WEAK, 0},
    {"MONTO A PAGAR", R_WEAK, 0},
    {"IMPORTE A ABONAR", R_WEAK, 0},
    {"MONTO A ABONAR", R_WEAK, 0},
    {"TOTAL DESCUENTOS", R_DISC_TOTAL, 0},
    {"TOTAL DESCUENTO", R_DISC_TOTAL, 0},
    {"TOTAL BONIFICACIONES", R_DISC_TOTAL, 0},
    {"TOTAL BONIFICACION", R_DISC_TOTAL, 0},
    {"DESCUENTO*", R_DISCOUNT, 0},
    {"BONIFICACION*", R_DISCOUNT, 0},
    {"BONIF", R_DISCOUNT, 0},
    {"DTO", R_DISCOUNT, 0},
    {"DESC", R_DISCOUNT, 0}, /* "Desc. pago efectivo 10%" */
    {"DCTO", R_DISCOUNT, 0},
    {"EFECTIVO", R_PAYMENT, 0},
    {"TARJETA*", R_PAYMENT, 0},
    {"TRANSFERENCIA*", R_PAYMENT, 0},
    {"CHEQUE", R_PAYMENT, 0},
    {"MERCADO PAGO", R_PAYMENT, 0},
    {"MERCADOPAGO", R_PAYMENT, 0},
    {"PROMO", R_DISCOUNT, 0},
    {"PROMOCION*", R_DISCOUNT, 0},
    {"REBAJA", R_DISCOUNT, 0},
    {"IVA", R_VAT, 0},
    {"I V A", R_VAT, 0},
    {"IMPORTE IVA", R_VAT, 0},
    {"IMPORTE DE IVA", R_VAT, 0},
    {"IMP IVA", R_VAT, 0},
    {"MONTO IVA", R_VAT, 0},
    {"TOTAL IVA", R_VAT, 0},
    {"TOTAL IVA INCL*", R_VATINC, 0},
    {"TOTAL IVA INC", R_VATINC, 0},
    {"IVA INSCRIPTO", R_VAT, 0},
    {"IVA RI", R_VAT, 0},
    {"IVA DISCRIMINADO", R_VAT, 0},
    {"DETALLE IVA", R_VAT, 0},
    {"TASA IVA", R_VAT, 0},
    {"TASA GRAL IVA", R_VAT, 0},
    {"TASA GENERAL IVA", R_VAT, 0},
    {"PERCEPCIONES", R_TAX_SUM, 0},
    {"TOTAL PERCEPCIONES", R_TAX_SUM, 0},
    {"OTROS TRIBUTOS", R_TAX_SUM, 0},
    {"IMPORTE OTROS TRIBUTOS", R_TAX_SUM, 0},
    {"IMP OTROS TRIBUTOS", R_TAX_SUM, 0},
    {"TOTAL TRIBUTOS", R_TAX_SUM, 0},
    {"TOTAL OTROS TRIBUTOS", R_TAX_SUM, 0},
    {"OTROS IMPUESTOS", R_TAX_SUM, 0},
    {"TOTAL IMPUESTOS", R_TAX_SUM, 0},
    {"PERCEPCION*", R_TAX, 0},
    /* a perception of VAT is no VAT: "IVA Percepción 3%", "IVA Perc." */
    {"IVA PERC*", R_TAX, 0},
    {"SOBRETASA*", R_TAX, 0},
    /* VAT in full, not a tax of IMPUESTO* */
    {"IMPUESTO AL VALOR AGREGADO", R_VAT, 0},
    /* "Perc.", "Percep.", "Perc.IIBB": abbreviations of Percepción, not
     * every word that starts so ("PERCUTOR" in a description) */
    {"PERC", R_TAX, 0},
    {"PERCEP*", R_TAX, 0},
    {"PERCIIBB*", R_TAX, 0},
    {"PERCIB*", R_TAX, 0},
    {"PERCING*", R_TAX, 0},
    {"PERCIVA*", R_TAX, 0},
    {"PER/RET*", R_TAX, 0},
    {"RETENCION*", R_TAX, 0},
    {"IMPUESTO*", R_TAX, 0},
    {"IMP INTERNOS", R_TAX, 0},
    {"INTERNOS", R_TAX, 0},
    {"TASA MUNICIPAL*", R_TAX, 0},
    {"CONTRIBUCION*", R_TAX, 0}, /* a utility bill's "Contribución municipal 6,4%" */
    {"TASA VIAL", R_TAX, 0},
    /* a power co-op's charges for its town and province */
    {"TASA ALUMBRADO*", R_TAX, 0},
    {"ALUMBRADO PUBLICO", R_TAX, 0},
    {"FONDO COMPENSADOR*", R_TAX, 0},
    {"RECARGO*", R_TAX, 0},
    /* charges printed among the totals: shipping, fees */
    {"ENVIO", R_TAX, L_FIELD},
    {"COSTO* DE ENVIO", R_TAX, L_FIELD},
    {"COSTO* ENVIO", R_TAX, L_FIELD},
    {"FLETE*", R_TAX, L_FIELD},
    {"GASTO*", R_TAX, L_FIELD},
    {"OBSERVACIONES", R_END, 0},
    {"OBSERVACION", R_END, 0},
    {"OBS", R_END, 0},
    {"SON", R_END, 0},
    {"IMPORTE EN LETRAS", R_END, 0},
    {"TOTAL EN LETRAS", R_END, 0},
    {"NOTAS", R_END, 0},
    {"COMENTARIOS", R_END, 0},
    {"MONEDA", R_END, 0},
    {"CAE*", R_END, 0},
    {"COMPROBANTE AUTORIZADO", R_END, 0},
    {"REGIMEN*", R_END, 0},
    {"TRANSPORTE", R_END, 0},
};
#define NLABELS (sizeof LABELS / sizeof *LABELS)

/* Words after a total's label that keep it the document's total ("Total a
 * pagar", "Total de la factura B", "Total con IVA", a currency); any other
 * word makes it a total of part of the document ("Total Bruto", "Total sin
 * IVA", "Total Productos", "Total Honorarios", "Total contado"). */
static const lx_phrase WHOLE[] = {
    {"A", 0, 0},           {"PAGAR", 0, 0},       {"ABONAR", 0, 0},      {"COBRAR", 0, 0},
    {"GENERAL", 0, 0},     {"GRAL", 0, 0},        {"FINAL", 0, 0},       {"IMPORTE", 0, 0},
    {"FACTURA", 0, 0},     {"FACTURADO", 0, 0},   {"FACT", 0, 0},        {"COMPROBANTE", 0, 0},
    {"CBTE", 0, 0},        {"DOCUMENTO", 0, 0},   {"DE", 0, 0},          {"DEL", 0, 0},
    {"LA", 0, 0},          {"EL", 0, 0},          {"EN", 0, 0},
    {"B", 0, 0},           {"C", 0, 0},           {"E", 0, 0},           {"M", 0, 0}, /* its letter */
    {"NETO A PAGAR", 0, 0}, {"CON IVA", 0, 0},    {"C/IVA", 0, 0},       {"IVA INCLUIDO", 0, 0},
    {"IVA INC", 0, 0},      {"IVA INCL*", 0, 0},    {"CON IMPUESTOS", 0, 0},
};
#define NWHOLE (sizeof WHOLE / sizeof *WHOLE)

/* Does the label of len words at i end in a colon ("Descuento:")? */
static bool field_colon(const xw_row *row, int i, int len)
{
    const xw_word *w = &row->w[i + len - 1];
    return w->raw[w->len - 1] == ':';
}

enum { K_TEXT, K_VALUE, K_RATE, K_PCT, K_CUR, K_NCUR, K_DATE };

static int token_kind(const xw_word *w, xdec *v);

/* A field of one amount: the label of len words at i ends in a colon and an
 * amount alone follows it ("Envío: $ 1.000,00"; not a line of the table,
 * "Flete:  1  500,00  552,50"). */
static bool field_amount(const xw_row *row, int i, int len)
{
    int values = 0;
    if (!field_colon(row, i, len))
        return false;
    for (int k = i + len; k < row->nw; k++) {
        xdec v;
        int t = token_kind(&row->w[k], &v);
        if (t != K_VALUE && t != K_CUR && t != K_NCUR)
            return false;
        values += t == K_VALUE;
    }
    return values == 1;
}

bool inv_footer_label(const xw_row *row, int i)
{
    int len;
    int t = row_match_phrase(row, i, row->nw, LABELS, NLABELS, &len);
    /* a discount line may be a row of the table; "Descuento:" is a field */
    if (t >= 0 && LABELS[t].role == R_DISCOUNT)
        return field_colon(row, i, len);
    if (t >= 0 && (LABELS[t].flags & L_FIELD))
        return field_amount(row, i, len);
    /* a tender word starts descriptions too ("TARJETA SD 32GB") */
    if (t >= 0 && LABELS[t].role == R_PAYMENT)
        return false;
    return t >= 0;
}

bool inv_vat_table_head(const xw_row *row, float *rate, float *vat)
{
    int rc = -1, vc = -1;
    if (row->nw > 12 || row->ncells < 2)
        return false;
    for (int i = 0; i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        if (xn_has_digit(w->raw, w->len))
            return false;
        if (i > 0 && w->cell == row->w[i - 1].cell)
            continue;
        /* the cell's first word names its column */
        if (!strncmp(w->fold, "ALIC", 4) || word_is(w, "TASA") || word_is(w, "%")) {
            if (rc < 0)
                rc = i;
        } else if (word_is(w, "IVA") || word_is(w, "IMPORTE") || word_is(w, "MONTO")) {
            bool iva = false;
            for (int k = i; k < row->nw && row->w[k].cell == w->cell; k++)
                iva |= word_is(&row->w[k], "IVA");
            if (iva && rc >= 0 && vc < 0)
                vc = i;
        }
    }
    if (rc < 0 || vc < 0)
        return false;
    if (rate && vat) {
        int e = rc;
        while (e + 1 < row->nw && row->w[e + 1].cell == row->w[rc].cell)
            e++;
        rate[0] = row->w[rc].x0, rate[1] = row->w[e].x1;
        e = vc;
        while (e + 1 < row->nw && row->w[e + 1].cell == row->w[vc].cell)
            e++;
        vat[0] = row->w[vc].x0, vat[1] = row->w[e].x1;
    }
    return true;
}

bool inv_charge_label(const xw_row *row, int i)
{
    int len;
    int t = row_match_phrase(row, i, row->nw, LABELS, NLABELS, &len);
    return t >= 0 && LABELS[t].role == R_TAX && (!(LABELS[t].flags & L_FIELD) || field_amount(row, i, len));
}

static bool all_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return n > 0;
}


static int token_kind(const xw_word *w, xdec *v)
{
    int y, m, d;
    if (xn_currency(w->fold, w->flen, false))
        return K_CUR;
    /* "-$ 25.727,57": the sign printed before the currency belongs to the
     * amount after it (a discount) */
    if (w->flen > 1 && w->fold[0] == '-' && xn_currency(w->fold + 1, w->flen - 1, false))
        return K_NCUR;
    /* "Descuento (5%) (-) $ 4.286,50": the sign printed apart, in brackets */
    if (word_is(w, "(-)"))
        return K_NCUR;
    if (word_is(w, "%"))
        return K_PCT;
    if (memchr(w->raw, '%', w->len))
        return xn_rate(w->raw, w->len, v) == 0 ? K_RATE : K_TEXT;
    if (xn_date(w->raw, w->len, &y, &m, &d) == 0)
        return K_DATE;
    if (inv_value(w, v))
        return K_VALUE;
    return K_TEXT;
}

/* A minus printed before the value at word i: "-$", "(-)", or "(-) $". */
static bool signed_before(const xw_row *row, int i)
{
    xdec s;
    int k = i > 0 ? token_kind(&row->w[i - 1], &s) : K_TEXT;
    if (k == K_CUR && i > 1)
        k = token_kind(&row->w[i - 2], &s) == K_NCUR ? K_NCUR : K_CUR;
    return k == K_NCUR;
}

#define MAXSEG 16

typedef struct {
    int a, b;     /* label words [a, b) */
    int c;        /* end of the label with the words that qualify it */
    int e;        /* end of its printed rate ("10%", "21,00 %"), 0 if none */
    float x0, x1; /* label extent, with its rate */
    int role;
    xdec rate, value;
    const char *cur;  /* the currency code printed with the value, or NULL */
    const char *vcur; /* the code printed next to the value read on its row */
    bool money;       /* a currency sign or code printed in it ("$") */
} seg;

/* A currency code that states a currency (w_currency_code, codes only). */
static const char *code_of(const xw_word *w) { return w_currency_code(w, false); }

/* Do words [i, end) after a total's label leave it the document's total?
 * Words of WHOLE, currencies ("Total (USD):", "Total en pesos") and marks
 * do; a note ("Importe total en pesos (cotización 1.087,50):") does not. */
static bool whole_total(const xw_row *row, int i, int end)
{
    while (i < end) {
        const xw_word *w = &row->w[i];
        int len;
        bool text = false;
        for (size_t k = 0; k < w->flen; k++)
            text |= (w->fold[k] >= 'A' && w->fold[k] <= 'Z') || (w->fold[k] >= '0' && w->fold[k] <= '9');
        if (!text || code_of(w) || w_glued_currency(w, false, false) || xn_currency(w->fold, w->flen, true)) {
            i++;
            continue;
        }
        if (row_match_phrase(row, i, end, WHOLE, NWHOLE, &len) < 0)
            return false;
        i += len;
    }
    return true;
}

/* A currency named in brackets right after a value, in its cell:
 * "(USD)", "( USD )", "(Dólares Estadounidenses)", up to the word that
 * closes the bracket, no figure among them ("(USD 2,83)" is an
 * equivalent's).  Returns how many words it takes (0: none) and *code. */
static int bracket_code(const xw_row *row, int i, const char **code)
{
    const xw_word *w = &row->w[i];
    if (w->fold[0] != '(')
        return 0;
    int e = i;
    while (e < row->nw && e - i < 4 && row->w[e].cell == w->cell && !xn_has_digit(row->w[e].raw, row->w[e].len) &&
           (row->w[e].flen == 0 || row->w[e].fold[row->w[e].flen - 1] != ')')) /* ":" folds to nothing */
        e++;
    if (e >= row->nw || e - i >= 4 || row->w[e].cell != w->cell || xn_has_digit(row->w[e].raw, row->w[e].len))
        return 0;
    /* the name: the bracket's first word, or the next when "(" stands alone */
    const xw_word *n = w->flen == 1 && e > i ? &row->w[i + 1] : w;
    *code = w_currency_code(n, true);
    return *code ? e - i + 1 : 0;
}

/* Cut a row into label segments: a segment starts at a text word after a
 * value, after a label ending in ':' or after a cell break; text between a
 * label's rate and its amount that names no label qualifies the label. */
/* A word naming a regulation or a law, whose number follows ("RG", "R.G.",
 * "Res.", "Ley", "Dto."). */
static bool regulation_word(const xw_word *w)
{
    static const char *const r[] = {"RG", "RES", "RESOL", "RESOLUCION", "LEY", "DTO", "DECRETO", "DISP",
                                    "DISPOSICION", "ORD", "ORDENANZA", NULL};
    for (const char *const *k = r; *k; k++)
        if (word_is(w, *k))
            return true;
    return false;
}

static int segments(const xw_row *row, seg *out)
{
    int ns = 0;
    seg *cur = NULL;
    bool tok = false, pend = false, neg = false;
    xdec pv = {0};
    /* a code belongs to the value it is printed beside: the next one
     * ("USD 2.972,50", "Importe Total USD: 2.972,50"), or the one just
     * before it ("2.972,50 USD"); never to another amount of the row
     * ("Total (USD 2,30): $ 2.420,00") */
    const char *code = NULL, *pv_code = NULL;
    /* a code alone before the row's first label ("USD      Importe Total:
     * 2.972,50"): the first label's value's, unless a value came between */
    const char *lead = NULL;
    int pv_i = -2;
    for (int i = 0; i < row->nw; i++) {
        const xw_word *w = &row->w[i];
        xdec v;
        int k = token_kind(w, &v);
        /* "3 cuotas de $ 990,83": a whole number before "cuotas" in its cell
         * counts instalments, words of the plan's label (not "Cuotas: 3") */
        if (k == K_VALUE && v.scale == 0 && i + 1 < row->nw && row->w[i + 1].cell == w->cell &&
            row_phrase(row, i + 1, "CUOTA*") && row->w[i + 1].raw[row->w[i + 1].len - 1] != ':')
            k = K_TEXT;
        if (k == K_VALUE && neg)
            v = xd_neg(v);
        neg = k == K_NCUR || (neg && k == K_CUR); /* "(-) $ 185,00" */
        /* a number after a regulation's or a law's word in the label's
         * cell is its number ("Percepción IVA RG 2408", "Ley 11.769"), the
         * label's words, never an amount */
        if (k == K_VALUE && cur && !tok && i > 0 && row->w[i - 1].cell == w->cell && v.scale == 0 &&
            regulation_word(&row->w[i - 1])) {
            cur->b = cur->c = i + 1;
            cur->x1 = w->x1;
            continue;
        }
        /* a bare number between a label's words and its rate names a
         * regulation or law ("Percepción IVA RG 4240 30%"), it is no amount:
         * amounts are not printed right before a rate in the same cell */
        if (k == K_VALUE && cur && !tok && i + 1 < row->nw && i > 0 &&
            row->w[i - 1].cell == w->cell && row->w[i + 1].cell == w->cell &&
            all_digits(w->raw, w->len)) {
            xdec nv;
            int nk = token_kind(&row->w[i + 1], &nv);
            /* "30 %": the rate may print its sign apart */
            if (nk == K_VALUE && i + 2 < row->nw && row->w[i + 2].cell == w->cell &&
                (word_is(&row->w[i + 2], "%") || word_is(&row->w[i + 2], "%:")))
                nk = K_RATE;
            if (nk == K_RATE) {
                cur->b = cur->c = i + 1;
                cur->x1 = w->x1;
                continue;
            }
        }
        /* "Total: 2.972,50 dólares", "2.972,50 (USD)": a currency's name
         * or code right after the value, in its cell, is its code */
        if (k == K_TEXT && cur && pend && !pv_code && pv_i == i - 1 && row->w[i - 1].cell == w->cell) {
            const char *nc = NULL;
            int nb = bracket_code(row, i, &nc);
            if (nb) {
                pv_code = nc;
                i += nb - 1;
                continue;
            }
            nc = w->fold[0] == '(' ? NULL : w_currency_code(w, true);
            if (nc) {
                pv_code = nc;
                continue;
            }
        }
        if (k == K_TEXT) {
            const xw_word *pw = i ? &row->w[i - 1] : NULL;
            int len;
            /* text after a label's rate but before its amount qualifies
             * it ("Percepción IVA 3% s/ base 1000,00 30,00") */
            bool more = cur && tok && !cur->value.set && !pend &&
                        row_match_phrase(row, i, row->nw, LABELS, NLABELS, &len) < 0;
            /* "Descuento 5% pago en efectivo:": after a discount's rate, in
             * its cell, words that would name a label of their own (a
             * tender) say what the discount is for */
            if (!more && cur && tok && !cur->value.set && !pend && cur->e > 0 && cur->e <= i &&
                row->w[cur->e - 1].cell == w->cell) {
                int dl = row_match_phrase(row, cur->a, cur->b, LABELS, NLABELS, &len);
                more = dl >= 0 && LABELS[dl].role == R_DISCOUNT;
            }
            /* a colon ends a new label, unless it ends the one begun before
             * the rate in the same cell ("Promo 15% off:") */
            if (more && w->raw[w->len - 1] == ':')
                more = pw->cell == w->cell && row->w[cur->b - 1].raw[row->w[cur->b - 1].len - 1] != ':';
            if (more) {
                cur->c = i + 1;
                if (xn_has_digit(w->raw, w->len))
                    code = NULL; /* "(equivale a USD 2,83):": the code went with that figure */
                continue;
            }
            if (!cur || tok || pw->cell != w->cell || pw->raw[pw->len - 1] == ':') {
                if (cur && pend) {
                    cur->value = pv;
                    cur->vcur = pv_code;
                }
                code = ns == 0 ? lead : NULL;
                if (ns == MAXSEG)
                    break;
                cur = &out[ns++];
                memset(cur, 0, sizeof *cur);
                cur->a = i;
                cur->x0 = w->x0;
                tok = pend = false;
            }
            cur->b = cur->c = i + 1;
            cur->x1 = w->x1;
            const char *c = code_of(w);
            if (!c)
                c = w_glued_currency(w, false, false);
            /* "Importe Total en Dólares:", "Total en pesos", "TOTAL PESOS",
             * "Total (Dólares, IVA incluido):", "Total (en Dólares):": the
             * currency's name */
            if (!c && pw && pw->cell == w->cell && (word_is(pw, "EN") || word_is(pw, "(EN") || word_is(pw, "TOTAL")))
                c = w_currency_code(w, true);
            if (c)
                code = c;
            else if (xn_has_digit(w->raw, w->len))
                code = NULL; /* "(USD 2,83):": the code went with that number */
            if (!cur->cur)
                cur->cur = c;
            continue;
        }
        if (!cur) { /* values before any label */
            lead = k == K_CUR ? code_of(w) : NULL;
            continue;
        }
        tok = true;
        if (k == K_CUR || k == K_NCUR) {
            cur->money = true;
            const char *c = code_of(w);
            if (c && pend && !pv_code && pv_i == i - 1)
                pv_code = c; /* "2.972,50 USD" */
            else if (c)
                code = c;
            if (!cur->cur)
                cur->cur = c;
        }
        if (k == K_PCT && pend) {
            /* "21,00 %": the number was a rate */
            if (!cur->rate.set)
                cur->rate = xd_rescale(pv, 2);
            pend = false;
            cur->e = i + 1;
            cur->x1 = w->x1;
        } else if (k == K_RATE || k == K_VALUE) {
            cur->money |= k == K_VALUE && memchr(w->raw, '$', w->len) != NULL; /* "$100" */
            if (pend) {
                cur->value = pv;
                cur->vcur = pv_code;
            }
            pend = k == K_VALUE;
            pv = v;
            if (pend) {
                pv_code = code;
                pv_i = i;
                code = NULL;
            }
            if (k == K_RATE) {
                if (!cur->rate.set)
                    cur->rate = v;
                cur->x1 = w->x1;
                cur->e = i + 1;
            }
        }
    }
    if (cur && pend) {
        cur->value = pv;
        cur->vcur = pv_code;
    }
    for (int s = 0; s < ns; s++) {
        int len;
        /* a value read on the row has the code printed beside it; a label
         * whose value lies on the row below keeps its own ("Importe Total
         * USD" over its amount) */
        if (out[s].value.set)
            out[s].cur = out[s].vcur;
        int t = row_match_phrase(row, out[s].a, out[s].b, LABELS, NLABELS, &len);
        out[s].role = t >= 0 ? LABELS[t].role : R_NONE;
        if (out[s].role == R_TOTAL && !whole_total(row, out[s].a + len, out[s].c))
            out[s].role = R_PART;
        /* a charge's field whose value is no money: "Flete: 2 bultos" */
        if (t >= 0 && (LABELS[t].flags & L_FIELD) && out[s].value.set && out[s].value.scale < 2 && !out[s].money)
            out[s].role = R_NONE;
        /* "Total IVA incluido en el precio", "Total IVA Inc. 21%": the VAT */
        if (out[s].role == R_VATINC && (out[s].c > out[s].a + len || out[s].rate.set))
            out[s].role = R_VAT;
        /* "Total IVA", "Monto de IVA": a label ending in IVA */
        if (out[s].role == R_NONE && word_is(&row->w[out[s].b - 1], "IVA"))
            out[s].role = R_VAT;
        /* "IVA RG 2408 3%", "IVA Adicional 3%": a rate no VAT has here is
         * a perception's, another tax */
        if (out[s].role == R_VAT && out[s].rate.set && !lx_vat_rate(out[s].rate))
            out[s].role = R_TAX;
    }
    /* "Forma de pago: Tarjeta VISA 3 cuotas de $ 990,83", "Condición de
     * venta: Tarjeta": a condition, not a tender (and the 3 a count) */
    bool condition = row_phrase(row, 0, "FORMA DE PAGO*") || row_phrase(row, 0, "CONDICION* DE VENTA*") ||
                     row_phrase(row, 0, "CONDICION* DE PAGO*");
    for (int s = 0; s < ns; s++) {
        bool plan = s + 1 < ns && row_phrase(row, out[s + 1].a, "CUOTA*");
        for (int k = out[s].a; k < out[s].c && !plan; k++)
            plan = row_phrase(row, k, "CUOTA*"); /* "Tarjeta VISA 3 cuotas de" */
        if (out[s].role == R_PAYMENT && (condition || plan))
            out[s].role = R_NONE;
    }
    return ns;
}

static float fdist(float a, float b) { return a > b ? a - b : b - a; }

/* A row of amounts only: the values of a row of labels above it. */
static bool values_only(const xw_row *row)
{
    int nv = 0;
    for (int i = 0; i < row->nw; i++) {
        xdec v;
        int k = token_kind(&row->w[i], &v);
        if (k == K_TEXT || k == K_DATE)
            return false;
        nv += k == K_VALUE;
    }
    return nv > 0;
}

/* The right edge of the last amount of a row, or -1. */
static float amount_right(const xw_row *row)
{
    for (int i = row->nw - 1; i >= 0; i--) {
        xdec v;
        if (token_kind(&row->w[i], &v) == K_VALUE)
            return row->w[i].x1;
    }
    return -1;
}

/* Values printed under label segments that have none (or, on a skewed
 * scan, beside them): each value goes to the label it overlaps; one that
 * overlaps none (a right-aligned column) to the nearest label still without
 * a value, within six lines' height, or at any distance when it ends where
 * the block's amounts end (col_x1, the right edge of the last amount read
 * beside its label above; -1 when none): a value set in the amounts' column,
 * centred on a label wrapped over two lines, lies between them. */
static void take_values_below(seg *sg, int ns, const xw_row *lab, const xw_row *vals, float col_x1)
{
    float lim = 6.0f * inv_row_h(lab);
    /* a grid: as many values as labels, each under its label in the same
     * order, wherever the cells align them */
    int nv = 0, nl = 0;
    for (int i = 0; i < vals->nw; i++) {
        xdec v;
        nv += token_kind(&vals->w[i], &v) == K_VALUE;
    }
    for (int s = 0; s < ns; s++)
        nl += !sg[s].value.set;
    if (nv == nl && nv > 1) {
        int s = 0;
        for (int i = 0; i < vals->nw; i++) {
            xdec v;
            if (token_kind(&vals->w[i], &v) != K_VALUE)
                continue;
            if (signed_before(vals, i))
                v = xd_neg(v);
            while (s < ns && sg[s].value.set)
                s++;
            if (s < ns && i > 0 && !sg[s].cur)
                sg[s].cur = code_of(&vals->w[i - 1]);
            if (s < ns)
                sg[s++].value = v;
        }
        return;
    }
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < vals->nw; i++) {
            const xw_word *w = &vals->w[i];
            xdec v, sign;
            if (token_kind(w, &v) != K_VALUE)
                continue;
            /* "$ 42.500,00": the sign is part of the value's extent */
            int pk = i > 0 ? token_kind(&vals->w[i - 1], &sign) : K_TEXT;
            float x0 = pk == K_CUR || pk == K_NCUR ? vals->w[i - 1].x0 : w->x0;
            if (signed_before(vals, i))
                v = xd_neg(v);
            int best = -1;
            float bo = 0, bd = lim;
            for (int s = 0; s < ns; s++) {
                float o = inv_overlap(x0, w->x1, sg[s].x0, sg[s].x1);
                if (o > bo) {
                    bo = o;
                    best = s;
                }
            }
            if (col_x1 >= 0 && fdist(w->x1, col_x1) <= 0.3f * inv_row_h(vals))
                bd = 1e9f;
            if (pass == 1 && best < 0)
                for (int s = 0; s < ns; s++) {
                    float d = x0 > sg[s].x1 ? x0 - sg[s].x1 : sg[s].x0 > w->x1 ? sg[s].x0 - w->x1 : 0;
                    if (!sg[s].value.set && d < bd) {
                        bd = d;
                        best = s;
                    }
                }
            if (best >= 0 && !sg[best].value.set && (pass == 1 || bo > 0)) {
                sg[best].value = v;
                if (i > 0 && !sg[best].cur)
                    sg[best].cur = code_of(&vals->w[i - 1]);
            }
        }
}

typedef struct {
    int role, page;
    const char *desc;
    xdec rate, value;
    const char *cur;
} entry;

typedef struct {
    entry *v;
    size_t n, cap;
} entries;

/* "Descuento pago efectivo -9.274,00" over "10%:", "Percepción IIBB
 * Buenos" over "Aires:": a label wrapped in its cell, its last line alone
 * on the row below (or below its value, centred between the two lines),
 * aligned with the label's edge, holding no value and naming no label of
 * its own.  Only a label not yet ended by its colon runs on. */
static bool label_continues(const xw_row *row, const seg *s, const xw_row *next)
{
    const xw_word *last = &row->w[s->b - 1];
    if (!next || next->page != row->page || next->nw > 4 || last->raw[last->len - 1] == ':' ||
        next->y0 - row->y1 > 0.5f * inv_row_h(row))
        return false;
    for (int i = 0; i < next->nw; i++) {
        xdec v;
        int len, k = token_kind(&next->w[i], &v);
        /* a tax's label stops before its rate (NOTES rule 8) */
        if (k != K_TEXT && (s->role == R_TAX || (k != K_RATE && k != K_PCT)))
            return false;
        if (row_match_phrase(next, i, next->nw, LABELS, NLABELS, &len) >= 0)
            return false;
    }
    /* a right-aligned cell's first line ends before the space it broke at */
    float tol = 0.3f * inv_row_h(row);
    return fdist(next->w[next->nw - 1].x1, s->x1) <= 1.5f * tol || fdist(next->w[0].x0, s->x0) <= tol;
}

/* The label as printed, without the colon that ends it; cont: its wrapped
 * last line, or NULL. */
static const char *label_text(receipt *rc, const xw_row *row, const seg *s, const xw_row *cont)
{
    /* a discount's label is what is printed, its rate included ("Promo 15%
     * off", "Descuento hermanos 10%": the rate names the discount); a tax's
     * stops before its rate and base (NOTES rule 8) */
    int end = s->b;
    if (s->role == R_DISCOUNT) {
        if (s->c > end)
            end = s->c;
        if (s->e > end)
            end = s->e;
    }
    char *t = row_join(&rc->rows, row, s->a, end);
    if (!t)
        return NULL;
    if (cont && (s->role == R_DISCOUNT || s->role == R_TAX)) {
        char *u = row_join(&rc->rows, cont, 0, cont->nw);
        char *j = u ? xa_alloc(&rc->rows.arena, strlen(t) + strlen(u) + 2) : NULL;
        if (!j)
            return NULL;
        sprintf(j, "%s %s", t, u);
        t = j;
    }
    size_t n = strlen(t);
    while (n && (t[n - 1] == ':' || t[n - 1] == ' '))
        t[--n] = '\0';
    return t;
}

/* More labelled amounts than any totals block prints: not one. */
#define MAXENTRIES 256

static int add_entries(receipt *rc, entries *E, const xw_row *row, seg *sg, int ns, int cs,
                       const xw_row *cont)
{
    for (int s = 0; s < ns && E->n < MAXENTRIES; s++) {
        if (sg[s].role == R_NONE || sg[s].role == R_IGNORE || sg[s].role == R_END ||
            !sg[s].value.set)
            continue;
        entry e = {sg[s].role, row->page, NULL, sg[s].rate, sg[s].value, sg[s].cur};
        if ((e.role == R_TAX || e.role == R_TAX_SUM || e.role == R_DISCOUNT || e.role == R_PAYMENT) &&
            !(e.desc = label_text(rc, row, &sg[s], s == cs ? cont : NULL)))
            return -1;
        if (XVEC_PUSH(E->v, E->n, E->cap, e))
            return -1;
    }
    return 0;
}

static bool same_dec(xdec a, xdec b)
{
    return a.set == b.set && (!a.set || xd_cmp(a, b) == 0);
}

/* Is entry i a line printed twice, or the printed sum of the others of its
 * kind: a VAT amount without a rate that repeats the sum of the rated ones,
 * "Importe Otros Tributos" (sum_role) beside the taxes it sums?  sum_role
 * -1: no sums. */
static bool is_repeat(const entries *E, size_t i, int role, int sum_role, size_t from)
{
    const entry *e = &E->v[i];
    for (size_t j = from; j < i; j++) {
        const entry *f = &E->v[j];
        if ((f->role == role || f->role == sum_role) && same_dec(f->rate, e->rate) &&
            xd_cmp(f->value, e->value) == 0 &&
            ((!f->desc && !e->desc) || (f->desc && e->desc && !strcmp(f->desc, e->desc))))
            return true;
    }
    bool summary = role == R_VAT ? !e->rate.set : sum_role >= 0 && e->role == sum_role;
    if (!summary)
        return false;
    xdec sum = {0, 2, true};
    int parts = 0;
    for (size_t j = from; j < E->n; j++) {
        const entry *f = &E->v[j];
        bool part = role == R_VAT ? (f->role == R_VAT && f->rate.set) : f->role == role;
        /* a part read twice (a table's row and the same row's label) is
         * one, as it is loaded once */
        for (size_t k = from; part && k < j; k++)
            part = !(E->v[k].role == f->role && same_dec(E->v[k].rate, f->rate) &&
                     xd_cmp(E->v[k].value, f->value) == 0 &&
                     ((!E->v[k].desc && !f->desc) || (E->v[k].desc && f->desc && !strcmp(E->v[k].desc, f->desc))));
        if (part && f->value.v != 0) {
            sum = xd_add(sum, f->value);
            parts++;
        }
    }
    return parts > 0 && xd_cmp(sum, e->value) == 0;
}

static bool same_code(const char *a, const char *b)
{
    return a == b || (a && b && !strcmp(a, b));
}

/* Are two amounts an exchange rate apart (more than five times)? */
static bool far_apart(xdec a, xdec b)
{
    double x = (double)a.v, y = (double)b.v;
    for (int i = 0; i < a.scale; i++)
        x /= 10;
    for (int i = 0; i < b.scale; i++)
        y /= 10;
    x = x < 0 ? -x : x;
    y = y < 0 ? -y : y;
    return a.set && b.set && (5 * x < y || 5 * y < x);
}

/* The entry of the document's total (E->n if none): the line the label
 * calls the total ("Total:", "Importe Total", "Total a pagar"); a total of
 * part of the document ("Total Bruto", "Total productos") before it is a
 * subtotal, one after it a note (a peso equivalent).  Without such a line, a
 * total of part is the total.  Totals of one kind that disagree in one
 * currency ("Total contado", "Intereses", "Total financiado"; "Total" over
 * "Total a pagar"): the last, which sums the lines before it, and *unsure:
 * nothing printed says which one the buyer pays.  A total in another code is
 * a note: after a peso total ("Total USD: 2,83"), and after a total of part
 * in another code an exchange rate apart from it ("Total Venta: 2.972,50"
 * over "Total USD: 2,83"; a bare amount is `bare`: the header's currency or
 * pesos).  A count among totals of part ("Total Bultos: 3") is no amount. */
static size_t total_entry(const entries *E, size_t from, const char *bare, bool *unsure)
{
    size_t pick[2] = {E->n, E->n}; /* the total, a total of part */
    size_t part0 = E->n;
    bool differ[2] = {false, false};
    for (size_t i = from; i < E->n; i++) {
        const entry *e = &E->v[i];
        int k = e->role == R_TOTAL ? 0 : e->role == R_PART ? 1 : -1;
        if (k < 0)
            continue;
        if (k == 1 && (part0 == E->n || E->v[part0].value.scale < 2))
            part0 = i;
        if (k == 0 && pick[0] == E->n && part0 < i && e->cur) {
            /* the total of part an amount of money far larger than it (a
             * count, "Total Bultos: 3", or a discount says nothing) */
            const entry *p = &E->v[part0];
            if (!same_code(p->cur ? p->cur : bare, e->cur) && p->value.scale >= 2 &&
                xd_cmp(p->value, e->value) > 0 && far_apart(p->value, e->value))
                continue;
        }
        if (k == 1 && pick[1] < E->n && e->value.scale < 2)
            continue;
        if (pick[k] == E->n)
            pick[k] = i;
        else if (same_code(E->v[pick[k]].cur, e->cur) && xd_cmp(E->v[pick[k]].value, e->value) != 0) {
            pick[k] = i;
            differ[k] = true;
        }
    }
    int k = pick[0] < E->n ? 0 : 1;
    *unsure = differ[k];
    return pick[k];
}

/* The currency the totals block prints in words or codes: its total's
 * (entry total), else the one every other amount of the block prints; NULL
 * when none is printed, when an amount prints none (a dollar equivalent or a
 * tender after a peso total: "Total USD: 2,30") or when they disagree.  A
 * zero amount without a code, and a line that names no amount of the block,
 * say nothing. */
static const char *block_currency(const entries *E, size_t from, size_t total)
{
    const char *any = NULL;
    if (total < E->n && E->v[total].cur)
        return E->v[total].cur;
    for (size_t i = from; i < E->n; i++) {
        const entry *e = &E->v[i];
        if (i == total || e->role == R_NONE || !e->value.set || (e->value.v == 0 && !e->cur))
            continue;
        /* a total after the total is a note ("Total Dólares: 2,83" after a
         * peso total): it says nothing of the block's currency */
        if ((e->role == R_TOTAL || e->role == R_PART) && total < E->n && i > total)
            continue;
        if (!e->cur || (any && strcmp(any, e->cur) != 0))
            return NULL;
        any = e->cur;
    }
    return any;
}

static int commit(receipt *rc, const entries *E, const char **cur)
{
    /* a later page that prints a total carries the document's totals (an
     * earlier page's are partial sums) */
    int page = -1;
    for (size_t i = 0; i < E->n; i++)
        if (E->v[i].role == R_TOTAL || E->v[i].role == R_PART)
            page = E->v[i].page;
    size_t from = 0;
    while (page >= 0 && from < E->n && E->v[from].page != page)
        from++;
    bool unsure;
    size_t total = total_entry(E, from, rc->currency[0] ? rc->currency : "ARS", &unsure);
    if (unsure)
        rc->warnings |= RW_TOTALS_MISMATCH;
    xdec tv = total < E->n ? E->v[total].value : (xdec){0, 2, false};
    *cur = block_currency(E, from, total);
    xdec sub[4] = {{0}, {0}, {0}, {0}};
    for (size_t i = from; i < E->n; i++) {
        const entry *e = &E->v[i];
        switch (e->role) {
        case R_SUBTOTAL: case R_SUMA: case R_NET: case R_PART: {
            /* a total of part: before the total a subtotal where none is
             * printed, an amount of money within the total ("Total Bultos:
             * 3" is none); after it a note */
            int p = e->role - R_SUBTOTAL;
            if (i == total)
                rc->total = e->value;
            else if ((e->role != R_PART ||
                      (i < total && e->value.scale >= 2 && e->value.v > 0 && tv.set && xd_cmp(e->value, tv) <= 0)) &&
                     !sub[p].set)
                sub[p] = e->value;
            break;
        }
        case R_TOTAL:
            if (i == total)
                rc->total = e->value;
            break;
        case R_PAYMENT:
            /* tendered after the total, as printed (the change is none) */
            if (total < E->n && i > total && e->value.v > 0 && rc_add_payment(rc, e->desc, e->value))
                return -1;
            break;
        case R_DISC_TOTAL:
            if (!rc->discount_total.set)
                rc->discount_total = e->value.v < 0 ? xd_neg(e->value) : e->value;
            break;
        case R_DISCOUNT:
            if (e->value.v != 0 && !is_repeat(E, i, R_DISCOUNT, -1, from) &&
                rc_add_discount(rc, e->desc, e->value.v < 0 ? e->value : xd_neg(e->value)))
                return -1;
            break;
        case R_VAT:
            if (e->value.v != 0 && !is_repeat(E, i, R_VAT, R_VAT, from) &&
                rc_add_vat(rc, e->rate, e->value))
                return -1;
            break;
        case R_TAX: case R_TAX_SUM:
            if (e->value.v != 0 && !is_repeat(E, i, R_TAX, R_TAX_SUM, from) &&
                rc_add_tax(rc, e->desc, e->value))
                return -1;
            break;
        default:
            break;
        }
    }
    for (int p = 0; p < 4 && !rc->subtotal.set; p++)
        rc->subtotal = sub[p];
    return 0;
}

/* An amount printed in the block (under any label, or one it does not
 * know, a tender too) that is the total read plus the VAT and taxes: that
 * total was a net ("Total: 2.500,00", the VAT lines, then "Saldo a pagar:
 * 2.972,50" or "Importe neto + IVA: 2.972,50"), though the lines sum to it. */
bool inv_net_beside_gross(const receipt *rc, const xdec *printed, int nu)
{
    if (!rc->total.set || rc->nvat == 0)
        return false;
    /* only a total the lines reach without the VAT: one they reach with it
     * is a gross already (a balance or a surcharge after it that happens to
     * equal the VAT says nothing) */
    xdec lines = {0, 2, true};
    for (size_t i = 0; i < rc->nitems; i++)
        lines = rc->items[i].amount.set ? xd_add(lines, rc->items[i].amount) : lines;
    for (size_t i = 0; i < rc->ndiscounts; i++)
        lines = xd_add(lines, rc->discounts[i].amount);
    if (!xd_within_cent(lines, rc->total))
        return false;
    xdec g = rc->total;
    for (size_t i = 0; i < rc->nvat; i++)
        g = xd_add(g, rc->vat[i].amount);
    for (size_t i = 0; i < rc->ntaxes; i++)
        g = xd_add(g, rc->taxes[i].amount);
    for (int i = 0; i < nu; i++)
        if (xd_within_cent(printed[i], g))
            return true;
    return false;
}

int inv_head_totals(const inv_doc *d, xdec *v, const char **code, int max)
{
    seg sg[MAXSEG];
    int n = 0;
    for (size_t r = 0; r < d->n && n < max; r++) {
        if (d->zone[r] != Z_HEAD)
            continue;
        int ns = segments(d->r[r], sg);
        for (int s = 0; s < ns && n < max; s++)
            if ((sg[s].role == R_TOTAL || sg[s].role == R_WEAK) && sg[s].value.set) {
                v[n] = sg[s].value;
                code[n++] = sg[s].cur;
            }
    }
    return n;
}

int inv_head_as_foot(inv_doc *d)
{
    seg sg[MAXSEG];
    size_t first = d->n, last = 0;
    bool total = false;
    for (size_t r = 0; r < d->n; r++) {
        if (d->zone[r] != Z_HEAD)
            continue;
        int ns = segments(d->r[r], sg);
        for (int s = 0; s < ns; s++) {
            if (!sg[s].value.set || sg[s].role == R_NONE || sg[s].role == R_END)
                continue;
            total |= sg[s].role == R_TOTAL;
            first = r < first ? r : first;
            last = r;
        }
    }
    if (!total)
        return 0;
    int n = 0;
    for (size_t r = first; r <= last; r++)
        if (d->zone[r] == Z_HEAD) {
            d->zone[r] = Z_FOOT;
            n++;
        }
    return n;
}

/* The rows under a VAT table's heading at row r: a rate under the rate's
 * column ("21,00 %", "10,5%", "21,00" of a VAT rate) and an amount under the
 * VAT's, one VAT line per row, until a row of another shape ("Total IVA",
 * read as a line of the block).  Returns the last row read (r when none). */
static size_t vat_table(const inv_doc *d, size_t r, entries *E)
{
    float rcol[2], vcol[2];
    const xw_row *head = d->r[r], *prev = head;
    if (!inv_vat_table_head(head, rcol, vcol))
        return r;
    float h = inv_row_h(head);
    size_t k = r + 1;
    for (; k < d->n && E->n < MAXENTRIES; k++) {
        const xw_row *row = d->r[k];
        if (d->zone[k] != Z_FOOT || row->page != head->page || row->y0 - prev->y1 > 1.5f * h)
            break;
        xdec rate = {0}, vat = {0}, v;
        float best = 0;
        for (int i = 0; i < row->nw; i++) {
            const xw_word *w = &row->w[i];
            int t = token_kind(w, &v);
            if (!rate.set && w->x0 < rcol[1] + h && w->x1 > rcol[0] - h) {
                if (t == K_RATE || (t == K_VALUE && ((i + 1 < row->nw && word_is(&row->w[i + 1], "%")) ||
                                                     lx_vat_rate(v))))
                    rate = xd_rescale(v, 2);
                continue;
            }
            float o = t == K_VALUE ? inv_overlap(w->x0, w->x1, vcol[0] - h, vcol[1] + h) : 0;
            if (o > best) {
                best = o;
                vat = v;
            }
        }
        if (!rate.set || !vat.set || !lx_vat_rate(rate))
            break;
        entry e = {R_VAT, row->page, NULL, rate, vat, NULL};
        if (XVEC_PUSH(E->v, E->n, E->cap, e))
            return (size_t)-1;
        prev = row;
    }
    return k - 1;
}

/* A line of AFIP's table of other taxes: its row, the end of its
 * description and detail (b), its amount (if any), its middle's height. */
typedef struct {
    size_t r;
    int b;
    xdec amount;
    float ym;
} tax_line;

/* The words [0, b) of the lines of one tax (those of tax t in own[]),
 * top to bottom: the description column's, then the detail's (from x
 * detx on; < 0: none), one space apart.  NULL when out of memory. */
static char *tax_text(receipt *rc, const inv_doc *d, const tax_line *L, const int *own, int nl, int t, float detx)
{
    xbuf b = {0};
    for (int pass = 0; pass < 2; pass++)
        for (int l = 0; l < nl; l++) {
            if (own[l] != t)
                continue;
            const xw_row *row = d->r[L[l].r];
            for (int i = 0; i < L[l].b; i++) {
                bool detail = detx >= 0 && row->w[i].x0 >= detx;
                if (detail != (pass == 1))
                    continue;
                if ((b.len && xbuf_putc(&b, ' ')) || xbuf_put(&b, row->w[i].raw, row->w[i].len)) {
                    free(b.p);
                    return NULL;
                }
            }
        }
    char *t2 = rc_strdup(rc, b.p ? b.p : "", b.len);
    free(b.p);
    return t2;
}

/* AFIP's table of other taxes, set beside the totals: "Otros tributos"
 * over "Descripción  Detalle  Alíc. %  Importe" (a head whose cells may
 * wrap: "Alíc." over "%"), a row per tax, then "Importe Otros Tributos: $
 * ...".  One tax per row (its description and detail, the amount under
 * "Importe"), so that their sum, printed after them, is no tax of its own;
 * the rows' right part (the totals block) is read as usual.  A tax's cells
 * may wrap over lines above and below its amount's (each centred on it): a
 * line without an amount goes with the nearest line that has one.  The
 * table's last row and right edge in *end and *x1: the rows' words left of
 * it are read here alone.  -1 when out of memory. */
static int tax_table(receipt *rc, const inv_doc *d, size_t r, entries *E, size_t *end, float *x1)
{
    const xw_row *row = d->r[r];
    if (!row->nw || !row_phrase(row, 0, "OTROS TRIBUTOS") || row->w[0].cell != 0 || r + 1 >= d->n)
        return 0;
    size_t hr = r + 1;
    while (hr < d->n && hr <= r + 3 && d->r[hr]->page == row->page &&
           !(d->r[hr]->nw && word_is(&d->r[hr]->w[0], "DESCRIPCION")))
        hr++;
    if (hr >= d->n || hr > r + 3 || d->r[hr]->page != row->page)
        return 0;
    const xw_row *head = d->r[hr];
    float dx1 = -1, ax0 = -1, ax1 = -1, detx = -1 /* none */, h = inv_row_h(head);
    for (int i = 1; i < head->nw && ax0 < 0; i++) {
        if (head->w[i].cell == head->w[i - 1].cell)
            continue;
        if (word_is(&head->w[i], "IMPORTE")) {
            int e = i;
            while (e + 1 < head->nw && head->w[e + 1].cell == head->w[i].cell)
                e++;
            ax0 = head->w[i].x0;
            ax1 = head->w[e].x1;
        }
    }
    if (ax0 < 0)
        return 0;
    /* the rate's head, on the head's row or wrapped a line above or below */
    for (size_t k = r + 1; k <= hr + 1 && k < d->n && dx1 < 0; k++)
        for (int i = 0; i < d->r[k]->nw && dx1 < 0 && d->r[k]->w[i].x0 < ax0; i++)
            if (!strncmp(d->r[k]->w[i].fold, "ALIC", 4))
                dx1 = d->r[k]->w[i].x0;
    if (dx1 < 0)
        dx1 = ax0;
    tax_line L[32];
    int nl = 0, na = 0;
    const xw_row *prev = head;
    for (size_t k = hr + 1; k < d->n && nl < 32; k++) {
        row = d->r[k];
        if (d->zone[k] != Z_FOOT || row->page != head->page)
            break;
        int m = 0; /* the words within the table; right of it, the totals block */
        while (m < row->nw && row->w[m].x0 < ax1 + h)
            m++;
        if (m == 0)
            continue;
        if (row->y0 - prev->y1 > 1.5f * h || row_phrase(row, 0, "IMPORTE OTROS TRIBUTOS") ||
            row_phrase(row, 0, "OTROS TRIBUTOS"))
            break;
        prev = row;
        if (k == hr + 1 && m == 1 && word_is(&row->w[0], "%"))
            continue; /* the head's "%" wrapped */
        int b = 0;
        while (b < m && row->w[b].x1 <= dx1 + 0.5f * h && !xn_has_digit(row->w[b].raw, row->w[b].len))
            b++;
        xdec amount = {0}, v;
        for (int i = b; i < m; i++) /* the last: a rate may overlap the column's margin */
            if (token_kind(&row->w[i], &v) == K_VALUE && inv_overlap(row->w[i].x0, row->w[i].x1, ax0 - h, ax1 + h) > 0)
                amount = v;
        if (!amount.set && (b < m || b == 0))
            break;
        /* the detail's column starts where a line's second cell of text does */
        for (int i = 1; i < b; i++)
            if (row->w[i].cell != row->w[i - 1].cell && (detx < 0 || row->w[i].x0 - 0.5f * h < detx))
                detx = row->w[i].x0 - 0.5f * h;
        L[nl++] = (tax_line){k, b, amount, (row->y0 + row->y1) / 2};
        na += amount.set;
    }
    if (na) {
        *end = L[nl - 1].r;
        *x1 = ax1 + h;
    }
    int own[32];
    for (int l = 0; l < nl; l++) {
        own[l] = -1;
        float best = 0;
        for (int a = 0; a < nl; a++) {
            float dy = L[a].ym > L[l].ym ? L[a].ym - L[l].ym : L[l].ym - L[a].ym;
            if (L[a].amount.set && (own[l] < 0 || dy < best)) {
                own[l] = a;
                best = dy;
            }
        }
    }
    for (int a = 0; a < nl; a++) {
        if (!L[a].amount.set || E->n >= MAXENTRIES)
            continue;
        char *t = tax_text(rc, d, L, own, nl, a, detx);
        if (!t)
            return -1;
        if (!*t)
            continue; /* an amount without a description: the table's sum */
        entry e = {R_TAX, d->r[L[a].r]->page, t, {0}, L[a].amount, NULL};
        if (XVEC_PUSH(E->v, E->n, E->cap, e))
            return -1;
    }
    return 0;
}

int inv_read_totals(receipt *rc, const inv_doc *d, const char **cur, xerr *err)
{
    entries E = {0};
    seg sg[MAXSEG];
    float col_x1 = -1;
    xdec printed[32];
    int nu = 0;
    size_t tab_end = 0; /* the last row of a table of other taxes read */
    float tab_x = 0;    /* and its right edge */
    *cur = NULL;
    for (size_t r = 0; r < d->n; r++) {
        if (d->zone[r] != Z_FOOT)
            continue;
        size_t last = tax_table(rc, d, r, &E, &tab_end, &tab_x) ? (size_t)-1 : vat_table(d, r, &E);
        if (last == (size_t)-1) {
            free(E.v);
            xerr_set(err, XE_NOMEM, "out of memory reading invoice totals");
            return -1;
        }
        if (last > r) {
            r = last;
            continue;
        }
        const xw_row *row = d->r[r];
        xw_row part; /* a row of the table of other taxes: the totals block beside it */
        if (r <= tab_end && row->nw && row->w[0].x0 < tab_x) {
            part = *row;
            while (part.nw && part.w[0].x0 < tab_x) {
                part.w++;
                part.nw--;
            }
            if (!part.nw)
                continue;
            row = &part;
        }
        int ns = segments(row, sg);
        if (r > 0 && d->r[r - 1]->page != row->page)
            col_x1 = -1;
        bool labels_only = ns > 0;
        for (int s = 0; s < ns; s++)
            if (sg[s].role == R_NONE || sg[s].value.set)
                labels_only = false;
        const xw_row *next = r + 1 < d->n && d->zone[r + 1] == Z_FOOT ? d->r[r + 1] : NULL;
        if (labels_only && next && next->page == row->page &&
            next->y0 - row->y1 < 3.5f * inv_row_h(row) && values_only(next)) {
            take_values_below(sg, ns, row, next, col_x1);
            r++;
            next = r + 1 < d->n && d->zone[r + 1] == Z_FOOT ? d->r[r + 1] : NULL;
        } else if (ns > 0 && sg[ns - 1].value.set) {
            float x1 = amount_right(row);
            if (x1 >= 0)
                col_x1 = x1;
        }
        /* the last label of the row may wrap onto the next */
        int cs = -1;
        if (ns > 0 && (sg[ns - 1].role == R_DISCOUNT || sg[ns - 1].role == R_TAX) && sg[ns - 1].value.set && next &&
            r + 1 < d->n && d->r[r + 1] == next && label_continues(row, &sg[ns - 1], next)) {
            cs = ns - 1;
            r++;
        }
        for (int s = 0; s < ns && nu < 32; s++)
            if (sg[s].value.set && sg[s].value.v > 0 && sg[s].role != R_VAT && sg[s].role != R_TAX &&
                sg[s].role != R_TAX_SUM)
                printed[nu++] = sg[s].value;
        /* and, on a row whose labels read no value, the amounts printed
         * under none: a gross set alone on its row, or in brackets after the
         * total in words ("($ 2.972,50)") */
        bool read = false;
        for (int s = 0; s < ns; s++)
            read |= sg[s].value.set;
        for (int i = 0; !read && i < row->nw && nu < 32; i++) {
            const char *p = row->w[i].raw;
            size_t n = row->w[i].len;
            while (n && (*p == '(' || *p == '$'))
                p++, n--;
            while (n && (p[n - 1] == ')' || p[n - 1] == '.'))
                n--;
            xdec v;
            if (n && p[0] >= '0' && p[0] <= '9' && xn_money(p, n, &v) == 0 && v.scale == 2 && v.v > 0)
                printed[nu++] = v;
        }
        if (add_entries(rc, &E, row, sg, ns, cs, next)) {
            free(E.v);
            xerr_set(err, XE_NOMEM, "out of memory reading invoice totals");
            return -1;
        }
    }
    /* "Total IVA incluido" alone is ambiguous: the total with its VAT, or
     * the VAT the prices include.  The document's total when the block
     * prints no other total (nor a total of part, "Total Venta"), else the
     * VAT (a transparency note beside the total).  A weak name ("Importe a
     * pagar") is the total unless another total is printed. */
    bool total = false, part = false;
    for (size_t i = 0; i < E.n; i++) {
        total |= E.v[i].role == R_TOTAL;
        part |= E.v[i].role == R_PART;
    }
    for (size_t i = 0; i < E.n; i++) {
        if (E.v[i].role == R_VATINC)
            E.v[i].role = total || part ? R_VAT : R_TOTAL;
        else if (E.v[i].role == R_WEAK) /* after "Total sin IVA" it is the total */
            E.v[i].role = total ? R_IGNORE : R_TOTAL;
    }
    int rcode = commit(rc, &E, cur);
    free(E.v);
    if (!rcode && inv_net_beside_gross(rc, printed, nu))
        rc->warnings |= RW_TOTALS_MISMATCH;
    if (rcode)
        xerr_set(err, XE_NOMEM, "out of memory reading invoice totals");
    return rcode;
}
