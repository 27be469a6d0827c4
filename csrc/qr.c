/* The AFIP QR code (RG 4291): zbar for the symbol, then the URL, base64
 * and JSON of its payload.  Every byte of the text is hostile: it comes
 * from a picture in a document from outside. */
#include "qr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <glib.h>
#include <zbar.h>

/* ---- the payload's fields -------------------------------------------- */

enum { F_DOC = 1, F_CUIT = 2, F_POS = 4, F_NUM = 8, F_DATE = 16, F_TOTAL = 32, F_CUR = 64, F_CAE = 128 };

static void trim(const char **s, size_t *n)
{
    while (*n && g_ascii_isspace(**s))
        (*s)++, (*n)--;
    while (*n && g_ascii_isspace((*s)[*n - 1]))
        (*n)--;
}

/* Digits only, at most maxd of them once leading zeros are dropped ("01"
 * is 1: some programs print it so, although JSON forbids it). */
static int64_t small_int(const char *s, size_t n, int maxd)
{
    int64_t v = 0;
    int sig = 0;
    if (!n)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (!g_ascii_isdigit(s[i]))
            return -1;
        if (sig || s[i] != '0')
            sig++;
        if (sig > maxd)
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/* "2022-08-02", "02/08/2022" or "20220802" → YYYY-MM-DD, checked. */
static int qr_date(const char *s, size_t n, char out[11])
{
    char dmy[11];
    int y, m, d;
    if (n == 10 && s[4] == '-' && s[7] == '-')
        snprintf(dmy, sizeof dmy, "%.2s/%.2s/%.4s", s + 8, s + 5, s);
    else if (n == 8 && small_int(s, n, 8) >= 0)
        snprintf(dmy, sizeof dmy, "%.2s/%.2s/%.4s", s + 6, s + 4, s);
    else if (n <= 10)
        snprintf(dmy, sizeof dmy, "%.*s", (int)n, s);
    else
        return -1;
    if (xn_date(dmy, strlen(dmy), &y, &m, &d) != 0)
        return -1;
    snprintf(out, 11, "%04d-%02d-%02d", y, m, d);
    return 0;
}

/* AFIP's currency codes (FEParamGetTiposMonedas) → ISO 4217. */
static const char *iso_currency(const char *c)
{
    static const char *const map[][2] = {
        {"PES", "ARS"}, {"DOL", "USD"}, {"002", "USD"}, {"009", "CHF"}, {"010", "MXN"}, {"011", "UYU"},
        {"012", "BRL"}, {"014", "DKK"}, {"015", "NOK"}, {"016", "SEK"}, {"018", "CAD"}, {"019", "JPY"},
        {"021", "GBP"}, {"026", "AUD"}, {"029", "PYG"}, {"031", "BOB"}, {"032", "COP"}, {"033", "CLP"},
        {"034", "ZAR"}, {"035", "PEN"}, {"060", "EUR"}, {"064", "CNY"}};
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        if (!strcmp(c, map[i][0]))
            return map[i][1];
    return c;
}

/* One key/value of the payload (v: a string's contents or a number's
 * text).  The first occurrence of a key wins; a value that cannot be read
 * leaves the field null. */
static void put_field(rc_qr *q, unsigned *seen, const char *k, size_t kn, const char *v, size_t vn)
{
    static const struct {
        const char *key;
        unsigned f;
    } keys[] = {{"tipoCmp", F_DOC}, {"cuit", F_CUIT},  {"ptoVta", F_POS}, {"nroCmp", F_NUM},
                {"fecha", F_DATE},  {"importe", F_TOTAL}, {"moneda", F_CUR}, {"codAut", F_CAE}};
    unsigned f = 0;
    for (size_t i = 0; !f && i < sizeof keys / sizeof *keys; i++)
        if (strlen(keys[i].key) == kn && !g_ascii_strncasecmp(k, keys[i].key, kn))
            f = keys[i].f;
    if (!f || (*seen & f))
        return;
    *seen |= f;
    trim(&v, &vn);
    switch (f) {
    case F_DOC: {
        int64_t x = small_int(v, vn, 3);
        q->doc_code = x > 0 ? (int)x : -1;
        break;
    }
    case F_POS:
        q->pos = small_int(v, vn, 5);
        break;
    case F_NUM:
        q->number = small_int(v, vn, 8);
        break;
    case F_CUIT: {
        char d[12];
        size_t nd = 0;
        for (size_t i = 0; i < vn; i++) {
            if (v[i] == '-')
                continue;
            if (!g_ascii_isdigit(v[i]) || nd == 11) {
                nd = 0;
                break;
            }
            d[nd++] = v[i];
        }
        if (nd == 11) {
            memcpy(q->cuit, d, 11);
            q->cuit[11] = '\0';
        }
        break;
    }
    case F_DATE:
        if (qr_date(v, vn, q->date) != 0)
            q->date[0] = '\0';
        break;
    case F_TOTAL: {
        xdec d;
        if (xn_plain_decimal(v, vn, &d) == 0 || (memchr(v, ',', vn) && xn_money(v, vn, &d) == 0))
            q->total = xd_rescale(d, 2);
        break;
    }
    case F_CUR: {
        char c[8];
        if (!vn || vn >= sizeof c)
            break;
        for (size_t i = 0; i < vn; i++) {
            if (!g_ascii_isalnum(v[i]))
                return;
            c[i] = g_ascii_toupper(v[i]);
        }
        c[vn] = '\0';
        g_strlcpy(q->currency, iso_currency(c), sizeof q->currency);
        break;
    }
    case F_CAE:
        if (small_int(v, vn, 14) > 0 && vn <= 14) {
            memcpy(q->cae, v, vn);
            q->cae[vn] = '\0';
        }
        break;
    }
}

/* cJSON keeps numbers as doubles: the text of one that fits a field (an
 * integer of at most 15 digits, or an amount), else "" (null). */
static void num_text(double d, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (!(d > -1e15 && d < 1e15)) /* also NaN */
        return;
    snprintf(buf, cap, d == (double)(long long)d ? "%.0f" : "%.6f", d);
}

static void fields_from_cjson(const cJSON *obj, rc_qr *q, unsigned *seen)
{
    const cJSON *it;
    char num[64];
    cJSON_ArrayForEach(it, obj)
    {
        const char *v = NULL;
        if (cJSON_IsString(it))
            v = it->valuestring;
        else if (cJSON_IsNumber(it)) {
            num_text(it->valuedouble, num, sizeof num);
            v = num;
        }
        if (v && it->string)
            put_field(q, seen, it->string, strlen(it->string), v, strlen(v));
    }
}

/* What cJSON refuses (a leading-zero number, a payload cut short): flat
 * "key": value pairs read up to the first thing that is not one.  A value
 * that runs into the end of the text was cut and is dropped. */
static void fields_lenient(const char *t, size_t n, rc_qr *q, unsigned *seen)
{
    size_t i = 0;
    while (i < n && t[i] != '{')
        i++;
    i++;
    while (i < n) {
        while (i < n && (g_ascii_isspace(t[i]) || t[i] == ','))
            i++;
        if (i >= n || t[i] != '"')
            return;
        size_t k0 = ++i;
        while (i < n && t[i] != '"')
            i++;
        if (i >= n)
            return;
        size_t kn = i - k0;
        i++;
        while (i < n && g_ascii_isspace(t[i]))
            i++;
        if (i >= n || t[i] != ':')
            return;
        i++;
        while (i < n && g_ascii_isspace(t[i]))
            i++;
        size_t v0, vn;
        if (i < n && t[i] == '"') {
            v0 = ++i;
            while (i < n && t[i] != '"')
                i += t[i] == '\\' ? 2 : 1;
            if (i >= n)
                return;
            vn = i++ - v0;
        } else {
            v0 = i;
            while (i < n && !strchr(",}", t[i]) && !g_ascii_isspace(t[i]) && t[i] != '\0')
                i++;
            if (i >= n || v0 == i)
                return;
            vn = i - v0;
        }
        put_field(q, seen, t + k0, kn, t + v0, vn);
    }
}

/* ---- the URL ----------------------------------------------------------- */

static const char *find_ci(const char *s, size_t n, const char *needle)
{
    size_t k = strlen(needle);
    for (size_t i = 0; i + k <= n; i++)
        if (!g_ascii_strncasecmp(s + i, needle, k))
            return s + i;
    return NULL;
}

static bool prefix_ci(const char **s, size_t *n, const char *p)
{
    size_t k = strlen(p);
    if (*n < k || g_ascii_strncasecmp(*s, p, k))
        return false;
    *s += k;
    *n -= k;
    return true;
}

/* The p= parameter of an AFIP QR URL: [http[s]://][www.]afip.gob.ar (or
 * arca.gob.ar, AFIP's new name) or nothing, then /fe/qr, an optional
 * slash, and a query with p=. */
static bool payload_param(const char *s, size_t n, const char **p, size_t *pn)
{
    trim(&s, &n);
    const char *path = find_ci(s, n, "/fe/qr");
    if (!path)
        return false;
    const char *h = s;
    size_t hn = (size_t)(path - s);
    if (!prefix_ci(&h, &hn, "https://"))
        prefix_ci(&h, &hn, "http://");
    prefix_ci(&h, &hn, "www.");
    if (hn && !(hn == 11 && (!g_ascii_strncasecmp(h, "afip.gob.ar", 11) || !g_ascii_strncasecmp(h, "arca.gob.ar", 11))))
        return false;
    const char *q = path + 6, *end = s + n;
    if (q < end && *q == '/')
        q++;
    if (q >= end || *q != '?')
        return false;
    while (q < end) {
        q++; /* past '?' or '&' */
        const char *amp = memchr(q, '&', (size_t)(end - q));
        const char *stop = amp ? amp : end;
        if (stop - q >= 2 && q[0] == 'p' && q[1] == '=') {
            const char *hash = memchr(q, '#', (size_t)(stop - q));
            *p = q + 2;
            *pn = (size_t)((hash ? hash : stop) - *p);
            return true;
        }
        q = stop;
    }
    return false;
}

/* URL-decoded base64 characters of the parameter, up to the padding or the
 * first character that is not one; a dangling sextet (a cut payload) is
 * dropped. */
static size_t clean_base64(const char *p, size_t n, char *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)p[i];
        if (c == '%' && i + 2 < n && g_ascii_isxdigit(p[i + 1]) && g_ascii_isxdigit(p[i + 2])) {
            c = g_ascii_xdigit_value(p[i + 1]) * 16 + g_ascii_xdigit_value(p[i + 2]);
            i += 2;
        }
        if (g_ascii_isalnum(c) || c == '+' || c == '/' || c == '-' || c == '_')
            out[k++] = (char)c;
        else if (!g_ascii_isspace(c))
            break; /* '=' padding, or the end of what can be read */
    }
    if (k % 4 == 1)
        k--;
    return k;
}

int qr_payload_parse(const char *s, size_t n, rc_qr *q)
{
    const char *p;
    size_t pn;
    unsigned seen = 0;
    rc_qr_init(q);
    if (n > QR_MAX_TEXT || !payload_param(s, n, &p, &pn))
        return -1;
    char b64[QR_MAX_TEXT];
    size_t bn = clean_base64(p, pn, b64);
    xbuf js = {0};
    if (!bn || b64url_decode(b64, bn, &js) != 0) {
        xbuf_free(&js);
        return -1;
    }
    cJSON *j = cJSON_ParseWithLength(js.p, js.len);
    if (cJSON_IsObject(j))
        fields_from_cjson(j, q, &seen);
    else
        fields_lenient(js.p, js.len, q, &seen);
    cJSON_Delete(j);
    xbuf_free(&js);
    /* present only when some field was read, not merely named */
    if (q->doc_code < 0 && !q->cuit[0] && q->pos < 0 && q->number < 0 && !q->date[0] && !q->total.set &&
        !q->currency[0] && !q->cae[0]) {
        rc_qr_init(q);
        return -1;
    }
    q->present = true;
    return 0;
}

/* ---- the symbol -------------------------------------------------------- */

struct qr_scanner {
    zbar_image_scanner_t *zs;
};

qr_scanner *qr_scanner_new(void)
{
    qr_scanner *s = malloc(sizeof *s);
    if (!s)
        return NULL;
    s->zs = zbar_image_scanner_create();
    /* QR only: the other symbologies cost scan time and an invoice's
     * interleaved 2-of-5 barcode is not the witness */
    if (!s->zs || zbar_image_scanner_set_config(s->zs, ZBAR_NONE, ZBAR_CFG_ENABLE, 0) != 0 ||
        zbar_image_scanner_set_config(s->zs, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1) != 0 ||
        zbar_image_scanner_set_config(s->zs, ZBAR_QRCODE, ZBAR_CFG_BINARY, 1) != 0) {
        qr_scanner_free(s);
        return NULL;
    }
    return s;
}

void qr_scanner_free(qr_scanner *s)
{
    if (!s)
        return;
    if (s->zs)
        zbar_image_scanner_destroy(s->zs);
    free(s);
}

int qr_scan_gray(qr_scanner *s, const uint8_t *px, int w, int h, rc_qr *q)
{
    if (w <= 0 || h <= 0)
        return 0;
    zbar_image_t *im = zbar_image_create();
    if (!im)
        return -1;
    zbar_image_set_format(im, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(im, (unsigned)w, (unsigned)h);
    zbar_image_set_data(im, px, (unsigned long)w * (unsigned long)h, NULL); /* borrowed */
    /* zbar looks for the finder patterns along every line by default; with
     * modules of 3 px or more (a code 240 px wide) every other line still
     * crosses each pattern many times, at half the cost */
    int density = w >= 240 && h >= 240 ? 2 : 1;
    zbar_image_scanner_set_config(s->zs, ZBAR_NONE, ZBAR_CFG_X_DENSITY, density);
    zbar_image_scanner_set_config(s->zs, ZBAR_NONE, ZBAR_CFG_Y_DENSITY, density);
    /* a zbar failure (n < 0) reads as no code */
    int n = zbar_scan_image(s->zs, im), found = 0;
    for (const zbar_symbol_t *sym = n > 0 ? zbar_image_first_symbol(im) : NULL; sym && !found;
         sym = zbar_symbol_next(sym))
        if (zbar_symbol_get_type(sym) == ZBAR_QRCODE &&
            qr_payload_parse(zbar_symbol_get_data(sym), zbar_symbol_get_data_length(sym), q) == 0)
            found = 1;
    zbar_image_destroy(im);
    return found;
}
