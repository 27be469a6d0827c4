#include "mpcsv.h"

#include <stdlib.h>
#include <string.h>

const char *const MP_KEYS[MP_NSTR] = {
    "source_id", "date", "record_type", "transaction_type", "description",
    "payment_method_type", "payment_method", "currency", "store_name", "external_reference"};

/* Spanish headers (report_translation=es) by their folded form. */
static const char *const ES_EN[][2] = {
    {"CODIGO DE REFERENCIA", "EXTERNAL_REFERENCE"},
    {"ID DE OPERACION EN MERCADO PAGO", "SOURCE_ID"},
    {"CODIGO DE LA CUENTA DEL VENDEDOR", "USER_ID"},
    {"TIPO DE MEDIO DE PAGO", "PAYMENT_METHOD_TYPE"},
    {"MEDIO DE PAGO", "PAYMENT_METHOD"},
    {"PAIS DE ORIGEN DE LA CUENTA DE MERCADO PAGO", "SITE"},
    {"TIPO DE OPERACION", "TRANSACTION_TYPE"},
    {"VALOR DE LA COMPRA", "TRANSACTION_AMOUNT"},
    {"MONEDA", "TRANSACTION_CURRENCY"},
    {"FECHA DE APROBACION", "TRANSACTION_APPROVAL_DATE"},
    {"FECHA DE ORIGEN", "TRANSACTION_DATE"},
    {"COMISION DE MERCADO PAGO O MERCADO LIBRE (INCLUYE IVA)", "FEE_AMOUNT"},
    {"MONTO NETO DE OPERACION", "SETTLEMENT_NET_AMOUNT"},
    {"MONEDA DE LIQUIDACION", "SETTLEMENT_CURRENCY"},
    {"FECHA DE LIQUIDACION", "SETTLEMENT_DATE"},
    {"IMPUESTOS COBRADOS POR RETENCIONES DE IIBB", "TAXES_AMOUNT"},
    {"CUOTAS", "INSTALLMENTS"},
    {"ID DE LA CAJA", "POS_ID"},
    {"ID DE CAJA", "POS_ID"},
    {"NOMBRE DE LA CAJA", "POS_NAME"},
    {"ID DE LA SUCURSAL", "STORE_ID"},
    {"NOMBRE DE LA SUCURSAL", "STORE_NAME"},
    {"PAGADOR", "PAYER_NAME"},
    {"CANAL DE VENTA", "BUSINESS_UNIT"},
    {"PLATAFORMA DE COBRO", "SUB_UNIT"},
    {"DESCRIPCION", "DESCRIPTION"},
};

typedef struct {
    const char *p, *end;
    long line;
    char sep;
} csv_cur;

/* Reads one record into fields (arena strings); returns count, 0 at end, -1 error. */
static int read_record(csv_cur *c, xarena *a, char ***fields, size_t *cap, xerr *err)
{
    size_t nf = 0;
    xbuf cell = {0};
    const char *start = c->p;
    if (c->p >= c->end)
        return 0;
    for (;;) {
        cell.len = 0;
        if (cell.p)
            cell.p[0] = '\0';
        bool quoted = c->p < c->end && *c->p == '"';
        if (quoted) {
            c->p++;
            for (;;) {
                if (c->p >= c->end) {
                    xerr_set(err, XE_REPORT, "unterminated quoted cell");
                    goto fail;
                }
                if (*c->p == '"') {
                    if (c->p + 1 < c->end && c->p[1] == '"') {
                        if (xbuf_putc(&cell, '"'))
                            goto nomem;
                        c->p += 2;
                        continue;
                    }
                    c->p++;
                    break;
                }
                if (*c->p == '\n')
                    c->line++;
                if (xbuf_putc(&cell, *c->p++))
                    goto nomem;
            }
        }
        while (c->p < c->end && *c->p != c->sep && *c->p != '\n' && *c->p != '\r') {
            if (quoted && *c->p != ' ') {
                xerr_set(err, XE_REPORT, "text after a closing quote");
                goto fail;
            }
            if (xbuf_putc(&cell, *c->p++))
                goto nomem;
        }
        if ((size_t)(c->p - start) > XLIM_CSV_LINE) {
            xerr_limit(err, XLIM_NAME_CSV_LINE, "record over the %u byte limit", XLIM_CSV_LINE);
            goto fail;
        }
        if (nf >= XLIM_CSV_COLS) {
            xerr_limit(err, XLIM_NAME_CSV_COLS, "record over the %d column limit", XLIM_CSV_COLS);
            goto fail;
        }
        if (xvec_reserve((void **)fields, cap, nf + 1, sizeof(char *)))
            goto nomem;
        (*fields)[nf] = xa_strndup(a, cell.p ? cell.p : "", cell.len);
        if (!(*fields)[nf++])
            goto nomem;
        if (c->p < c->end && *c->p == c->sep) {
            c->p++;
            continue;
        }
        if (c->p < c->end && *c->p == '\r')
            c->p++;
        if (c->p < c->end && *c->p == '\n')
            c->p++;
        c->line++;
        break;
    }
    xbuf_free(&cell);
    return (int)nf;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory reading report");
fail:
    xbuf_free(&cell);
    return -1;
}

static const char *english_name(const char *h)
{
    char f[256];
    size_t n = strlen(h);
    /* fold without dropping '.' or ':' meaningfully: headers have neither */
    xn_fold(h, n, f, sizeof f);
    for (size_t i = 0; i < sizeof ES_EN / sizeof ES_EN[0]; i++)
        if (!strcmp(f, ES_EN[i][0]))
            return ES_EN[i][1];
    return NULL;
}

static bool iso_datetime(const char *s, char *out, size_t cap)
{
    /* YYYY-MM-DDTHH:MM:SS[.fff][Z|±HH:MM] → without the fraction */
    size_t n = strlen(s), k;
    if (n < 19 || n >= cap || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' ||
        s[16] != ':')
        return false;
    for (int i = 0; i < 19; i++)
        if (i != 4 && i != 7 && i != 10 && i != 13 && i != 16 && !(s[i] >= '0' && s[i] <= '9'))
            return false;
    memcpy(out, s, 19);
    k = 19;
    size_t i = 19;
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && s[i] >= '0' && s[i] <= '9')
            i++;
    }
    if (i < n && s[i] == 'Z') {
        out[k++] = 'Z';
        i++;
    } else if (i + 6 == n && (s[i] == '-' || s[i] == '+') && s[i + 3] == ':') {
        memcpy(out + k, s + i, 6);
        k += 6;
        i += 6;
    }
    if (i != n)
        return false;
    out[k] = '\0';
    return true;
}

void mp_report_free(mp_report *r)
{
    free(r->rows);
    xa_free(&r->arena);
    memset(r, 0, sizeof *r);
}

static int col(char **names, int n, const char *name)
{
    for (int i = 0; i < n; i++)
        if (!strcmp(names[i], name))
            return i;
    return -1;
}

int mp_parse(const char *buf, size_t len, mp_report *out, xerr *err)
{
    char **f = NULL, **hdr = NULL;
    size_t fcap = 0;
    int nh, rc = -1;
    memset(out, 0, sizeof *out);
    if (len > XLIM_CSV_BYTES) {
        xerr_limit(err, XLIM_NAME_CSV_BYTES, "report of %zu bytes is over the %u byte limit", len, XLIM_CSV_BYTES);
        return -1;
    }
    if (len >= 3 && !memcmp(buf, "\xEF\xBB\xBF", 3))
        buf += 3, len -= 3;
    /* sniff the separator on the header line, outside quotes */
    int commas = 0, semis = 0;
    bool q = false;
    for (size_t i = 0; i < len && (q || buf[i] != '\n'); i++) {
        if (buf[i] == '"')
            q = !q;
        else if (!q && buf[i] == ',')
            commas++;
        else if (!q && buf[i] == ';')
            semis++;
    }
    csv_cur c = {buf, buf + len, 1, semis > commas ? ';' : ','};
    nh = read_record(&c, &out->arena, &f, &fcap, err);
    if (nh <= 1) {
        if (nh >= 0)
            xerr_set(err, XE_REPORT, "no header line with separated columns");
        err->line = 1;
        goto done;
    }
    hdr = malloc((size_t)nh * sizeof *hdr);
    if (!hdr)
        goto nomem;
    for (int i = 0; i < nh; i++) {
        char *h = f[i];
        size_t hl = xn_collapse_ws(h, strlen(h));
        for (size_t k = 0; k < hl; k++)
            if (h[k] >= 'a' && h[k] <= 'z')
                h[k] = (char)(h[k] - 32);
        const char *en = english_name(h);
        hdr[i] = en ? (char *)en : h;
    }
    bool release = col(hdr, nh, "RECORD_TYPE") >= 0 || col(hdr, nh, "NET_CREDIT_AMOUNT") >= 0;
    bool settlement = col(hdr, nh, "TRANSACTION_DATE") >= 0 || col(hdr, nh, "SETTLEMENT_NET_AMOUNT") >= 0;
    if (!release && !settlement) {
        xerr_set(err, XE_REPORT, "header names neither a settlement nor a release report");
        err->line = 1;
        goto done;
    }
    out->report_type = release ? "release" : "settlement";
    int ci[MP_NSTR];
    const char *names_rel[MP_NSTR] = {"SOURCE_ID", "DATE", "RECORD_TYPE", NULL, "DESCRIPTION",
                                      "PAYMENT_METHOD_TYPE", "PAYMENT_METHOD", "CURRENCY",
                                      "STORE_NAME", "EXTERNAL_REFERENCE"};
    const char *names_set[MP_NSTR] = {"SOURCE_ID", "TRANSACTION_DATE", NULL, "TRANSACTION_TYPE",
                                      "DESCRIPTION", "PAYMENT_METHOD_TYPE", "PAYMENT_METHOD",
                                      "TRANSACTION_CURRENCY", "STORE_NAME", "EXTERNAL_REFERENCE"};
    const char **names = release ? names_rel : names_set;
    for (int k = 0; k < MP_NSTR; k++)
        ci[k] = names[k] ? col(hdr, nh, names[k]) : -1;
    int gi = col(hdr, nh, release ? "GROSS_AMOUNT" : "TRANSACTION_AMOUNT");
    int fi = col(hdr, nh, release ? "MP_FEE_AMOUNT" : "FEE_AMOUNT");
    int ni = release ? -1 : col(hdr, nh, "SETTLEMENT_NET_AMOUNT");
    int si = release ? -1 : col(hdr, nh, "SETTLEMENT_CURRENCY");
    int cri = release ? col(hdr, nh, "NET_CREDIT_AMOUNT") : -1;
    int dbi = release ? col(hdr, nh, "NET_DEBIT_AMOUNT") : -1;

    for (;;) {
        long line = c.line;
        int nf = read_record(&c, &out->arena, &f, &fcap, err);
        if (nf < 0) {
            err->line = line;
            goto done;
        }
        if (nf == 0)
            break;
        if (nf == 1 && f[0][0] == '\0')
            continue; /* blank line */
        for (int i = nh; i < nf; i++)
            if (f[i][0]) {
                xerr_set(err, XE_REPORT, "%d cells, the header has %d", nf, nh);
                err->line = line;
                goto done;
            }
        mp_row row;
        memset(&row, 0, sizeof row);
        row.line = line;
#define CELL(i) ((i) >= 0 && (i) < nf ? f[i] : "")
        for (int k = 0; k < MP_NSTR; k++) {
            const char *v = CELL(ci[k]);
            row.s[k] = *v ? v : NULL;
        }
        if (row.s[MP_DATE]) {
            char d[40];
            if (!iso_datetime(row.s[MP_DATE], d, sizeof d)) {
                xerr_set(err, XE_REPORT, "date '%.40s' cannot be read", row.s[MP_DATE]);
                err->line = line;
                goto done;
            }
            row.s[MP_DATE] = xa_strndup(&out->arena, d, strlen(d));
            if (!row.s[MP_DATE])
                goto nomem;
        }
        struct { int idx; xdec *dst; const char *name; } amts[] = {
            {gi, &row.gross, release ? "GROSS_AMOUNT" : "TRANSACTION_AMOUNT"},
            {fi, &row.fee, release ? "MP_FEE_AMOUNT" : "FEE_AMOUNT"},
            {ni, &row.net, "SETTLEMENT_NET_AMOUNT"}};
        for (size_t k = 0; k < 3; k++) {
            const char *v = CELL(amts[k].idx);
            if (*v && xn_plain_decimal(v, strlen(v), amts[k].dst)) {
                xerr_set(err, XE_REPORT, "%s '%.40s' is not an amount", amts[k].name, v);
                err->line = line;
                goto done;
            }
        }
        /* a settlement's net is in its settlement currency, which is the
         * row's; a transaction in another currency has its amount and fee
         * in that one, which the row cannot state (null) */
        if (si >= 0 && *CELL(si)) {
            const char *sc = CELL(si);
            if (row.s[MP_CURRENCY] && strcmp(row.s[MP_CURRENCY], sc) != 0) {
                row.gross.set = false;
                row.fee.set = false;
            }
            row.s[MP_CURRENCY] = sc;
        }
        if (release) {
            const char *cr = CELL(cri), *db = CELL(dbi);
            xdec a = {0, 2, true}, b = {0, 2, true};
            if ((*cr && xn_plain_decimal(cr, strlen(cr), &a)) ||
                (*db && xn_plain_decimal(db, strlen(db), &b))) {
                xerr_set(err, XE_REPORT, "NET_CREDIT_AMOUNT/NET_DEBIT_AMOUNT is not an amount");
                err->line = line;
                goto done;
            }
            if (*cr || *db)
                row.net = xd_rescale(xd_sub(a, b), 2);
        }
        row.extra = xa_alloc(&out->arena, (size_t)nh * sizeof(mp_kv));
        if (!row.extra)
            goto nomem;
        for (int i = 0; i < nh; i++) {
            bool used = i == gi || i == fi || i == ni || i == cri || i == dbi || !hdr[i][0];
            for (int k = 0; k < MP_NSTR && !used; k++)
                used = ci[k] == i;
            if (used)
                continue;
            row.extra[row.nextra].name = hdr[i];
            row.extra[row.nextra++].value = CELL(i);
        }
#undef CELL
        if (XVEC_PUSH(out->rows, out->n, out->cap, row))
            goto nomem;
    }
    rc = 0;
    goto done;
nomem:
    xerr_set(err, XE_NOMEM, "out of memory reading report");
done:
    free(f);
    free(hdr);
    if (rc != 0)
        mp_report_free(out);
    return rc;
}
