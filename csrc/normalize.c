#include "normalize.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static const int64_t P10[] = {1, 10, 100, 1000, 10000, 100000, 1000000,
                              10000000, 100000000, 1000000000LL};
#define XD_MAX_SCALE 9
#define XD_MAX_ABS 900000000000000000LL
/* Integer parts beyond ten trillion are not amounts, weights or rates: a long
 * digit run (a barcode) must not be read as money. */
#define XD_MAX_INT 10000000000000LL

static bool isdig(char c) { return c >= '0' && c <= '9'; }

/* Accumulate digits into *v; -1 on overflow. */
static int acc(int64_t *v, char c)
{
    if (*v > (XD_MAX_ABS - 9) / 10)
        return -1;
    *v = *v * 10 + (c - '0');
    return 0;
}

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == '\t'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
        (*n)--;
}

/* Digits with optional groups of exactly three after the first group. */
static int parse_int_part(const char *s, size_t n, char sep, int64_t *v)
{
    size_t i = 0, group = 0;
    bool grouped = false;
    *v = 0;
    if (n == 0)
        return -1;
    for (; i < n; i++) {
        if (isdig(s[i])) {
            if (acc(v, s[i]))
                return -1;
            group++;
        } else if (sep && s[i] == sep) {
            /* first group 1-3 digits, not a leading zero group */
            if (!grouped && (group == 0 || group > 3 || s[0] == '0'))
                return -1;
            if (grouped && group != 3)
                return -1;
            grouped = true;
            group = 0;
        } else {
            return -1;
        }
    }
    if (group == 0 || (grouped && group != 3))
        return -1;
    return 0;
}

static int parse_frac(const char *s, size_t n, int64_t *v, int8_t *scale)
{
    if (n == 0 || n > XD_MAX_SCALE)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (!isdig(s[i]) || acc(v, s[i]))
            return -1;
    }
    *scale = (int8_t)n;
    return 0;
}

int xn_whole_pesos(const char *s, size_t n, int64_t *v)
{
    if (n && s[0] == '$')
        s++, n--;
    if (!n || s[0] == '0')
        return -1;
    return parse_int_part(s, n, '.', v);
}

int xn_money(const char *s, size_t n, xdec *out)
{
    bool neg = false;
    trim(&s, &n);
    if (n && *s == '-')
        neg = true, s++, n--;
    if (n && *s == '$') {
        s++, n--;
        trim(&s, &n);
        if (n && *s == '-' && !neg)
            neg = true, s++, n--;
    }
    if (n == 0 || !isdig(*s))
        return -1;
    const char *comma = memchr(s, ',', n);
    const char *lastdot = NULL;
    for (size_t i = 0; i < n; i++)
        if (s[i] == '.')
            lastdot = s + i;
    int64_t ip = 0, fp = 0;
    int8_t scale = 0;
    if (comma && lastdot > comma) {
        /* "19,834.71": the English form some programs print, ',' thousands
         * and '.' decimal (one dot, after every comma) */
        if (memchr(s, '.', (size_t)(lastdot - s)))
            return -1;
        if (parse_int_part(s, (size_t)(lastdot - s), ',', &ip) ||
            parse_frac(lastdot + 1, n - (size_t)(lastdot - s) - 1, &fp, &scale))
            return -1;
    } else if (comma) {
        /* Argentine form: ',' decimal, '.' thousands. */
        if (memchr(comma + 1, ',', n - (size_t)(comma - s) - 1))
            return -1;
        if (parse_int_part(s, (size_t)(comma - s), '.', &ip))
            return -1;
        if (parse_frac(comma + 1, n - (size_t)(comma - s) - 1, &fp, &scale))
            return -1;
    } else {
        const char *dot = memchr(s, '.', n);
        const char *last = dot;
        int ndots = 0;
        for (size_t i = 0; i < n; i++)
            if (s[i] == '.')
                ndots++, last = s + i;
        size_t tail = dot ? n - (size_t)(last - s) - 1 : 0;
        if (!dot) {
            if (parse_int_part(s, n, 0, &ip))
                return -1;
        } else if (ndots == 1 && (tail != 3 || *s == '0')) {
            /* "1234.56", "10.5", "0.532": a decimal point */
            if (parse_int_part(s, (size_t)(dot - s), 0, &ip) ||
                parse_frac(dot + 1, tail, &fp, &scale))
                return -1;
        } else if (ndots > 1 && (tail == 1 || tail == 2)) {
            /* "1.041.32": dots for both separators; the last one, not
             * followed by a group of three, is the decimal point */
            if (parse_int_part(s, (size_t)(last - s), '.', &ip) ||
                parse_frac(last + 1, tail, &fp, &scale))
                return -1;
        } else {
            /* "1.390" / "1.234.567": thousands only */
            if (parse_int_part(s, n, '.', &ip))
                return -1;
        }
    }
    if (ip >= XD_MAX_INT || ip > XD_MAX_ABS / P10[scale])
        return -1;
    out->v = ip * P10[scale] + fp;
    if (neg)
        out->v = -out->v;
    out->scale = scale;
    out->set = true;
    return 0;
}

int xn_plain_decimal(const char *s, size_t n, xdec *out)
{
    bool neg = false;
    int64_t ip = 0, fp = 0;
    int8_t scale = 0;
    trim(&s, &n);
    if (n && (*s == '-' || *s == '+'))
        neg = *s == '-', s++, n--;
    const char *dot = memchr(s, '.', n);
    if (!dot)
        dot = memchr(s, ',', n); /* defensive: some exports use a comma */
    size_t il = dot ? (size_t)(dot - s) : n;
    if (il == 0 || parse_int_part(s, il, 0, &ip))
        return -1;
    if (dot && parse_frac(dot + 1, n - il - 1, &fp, &scale))
        return -1;
    if (ip >= XD_MAX_INT || ip > XD_MAX_ABS / P10[scale])
        return -1;
    out->v = (neg ? -1 : 1) * (ip * P10[scale] + fp);
    out->scale = scale;
    out->set = true;
    return 0;
}

int xn_rate(const char *s, size_t n, xdec *out)
{
    trim(&s, &n);
    if (n && s[n - 1] == ':')
        n--;
    if (n >= 2 && s[0] == '(' && s[n - 1] == ')')
        s++, n -= 2;
    if (n && s[n - 1] == '%')
        n--;
    if (n == 0 || !isdig(s[0]))
        return -1;
    xdec d;
    if (xn_money(s, n, &d) || d.v < 0)
        return -1;
    *out = xd_rescale(d, 2);
    if (!out->set || out->v > 10000) /* > 100 % is not a VAT rate */
        return -1;
    return 0;
}

bool xn_is_money(const char *s, size_t n)
{
    xdec d;
    trim(&s, &n);
    if (xn_money(s, n, &d) || d.scale < 2)
        return false;
    return true;
}

xdec xd_rescale(xdec a, int scale)
{
    if (!a.set || scale == a.scale || scale > XD_MAX_SCALE)
        return a;
    if (scale > a.scale) {
        if (__builtin_mul_overflow(a.v, P10[scale - a.scale], &a.v))
            return (xdec){0, (int8_t)scale, false}; /* unrepresentable: null */
    } else {
        int64_t f = P10[a.scale - scale];
        int64_t q = a.v / f, r = a.v % f;
        if (r >= f / 2 + (f % 2))
            q++;
        else if (-r >= f / 2 + (f % 2))
            q--;
        a.v = q;
    }
    a.scale = (int8_t)scale;
    return a;
}

static int common_scale(xdec *a, xdec *b)
{
    int s = a->scale > b->scale ? a->scale : b->scale;
    *a = xd_rescale(*a, s);
    *b = xd_rescale(*b, s);
    return s;
}

xdec xd_add(xdec a, xdec b)
{
    if (!a.set)
        return b;
    if (!b.set)
        return a;
    common_scale(&a, &b);
    if (!a.set || !b.set || __builtin_add_overflow(a.v, b.v, &a.v))
        return (xdec){0, a.scale, false};
    return a;
}

xdec xd_neg(xdec a)
{
    a.v = -a.v; /* |v| <= XD_MAX_ABS, so this cannot overflow */
    return a;
}

xdec xd_sub(xdec a, xdec b) { return xd_add(a, b.set ? xd_neg(b) : b); }

int xd_cmp(xdec a, xdec b)
{
    common_scale(&a, &b);
    return (a.v > b.v) - (a.v < b.v);
}

bool xd_within_cent(xdec a, xdec b)
{
    xdec diff = xd_rescale(xd_sub(a, b), 2);
    return a.set && b.set && diff.set && diff.v <= 1 && diff.v >= -1;
}

double xd_double(xdec a)
{
    return a.set ? (double)a.v / (double)P10[a.scale] : 0.0;
}

/* snprintf's contract (the length it would write; cut to fit cap), without
 * its format parsing: a receipt formats a few hundred amounts. */
int xd_format(xdec d, char *buf, size_t cap)
{
    char t[48], *e = t + sizeof t, *p = e;
    uint64_t u = d.v < 0 ? (uint64_t)(-(d.v + 1)) + 1 : (uint64_t)d.v;
    for (int i = 0; i < d.scale; i++) {
        *--p = (char)('0' + u % 10);
        u /= 10;
    }
    if (d.scale > 0)
        *--p = '.';
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (d.v < 0)
        *--p = '-';
    size_t n = (size_t)(e - p);
    if (cap) {
        size_t k = n < cap - 1 ? n : cap - 1;
        memcpy(buf, p, k);
        buf[k] = '\0';
    }
    return (int)n;
}

static int num(const char *s, size_t n, int *out)
{
    int v = 0;
    if (n == 0 || n > 4)
        return -1;
    for (size_t i = 0; i < n; i++) {
        if (!isdig(s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

/* A month's abbreviation, Spanish or English ("Ago", "AGO", "Aug"): 1-12,
 * 0 when s is none. */
static int month_abbrev(const char *s, size_t n)
{
    static const char *const ab[] = {"ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT",
                                     "NOV", "DIC", "JAN", "APR", "AUG", "SET", "DEC", NULL};
    static const int mo[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 4, 8, 9, 12};
    if (n != 3)
        return 0;
    for (int k = 0; ab[k]; k++)
        if (toupper((unsigned char)s[0]) == ab[k][0] && toupper((unsigned char)s[1]) == ab[k][1] &&
            toupper((unsigned char)s[2]) == ab[k][2])
            return mo[k];
    return 0;
}

int xn_date(const char *s, size_t n, int *y, int *m, int *d)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    trim(&s, &n);
    size_t i = 0, a, b;
    while (i < n && isdig(s[i]))
        i++;
    a = i;
    if (a == 0 || (a > 2 && a != 4) || i >= n || (s[i] != '/' && s[i] != '-' && s[i] != '.'))
        return -1;
    char sep = s[i++];
    size_t mstart = i;
    while (i < n && isdig(s[i]))
        i++;
    /* "2-Ago-24", "02/AGO/2024": the month named, day first */
    int mon = 0;
    if (i == mstart && a <= 2) {
        while (i < n && isalpha((unsigned char)s[i]))
            i++;
        if (!(mon = month_abbrev(s + mstart, i - mstart)))
            return -1;
    }
    b = i;
    if (b == mstart || (!mon && b - mstart > 2) || i >= n || s[i] != sep)
        return -1;
    i++;
    size_t ylen = n - i;
    if (a == 4) {
        /* "2022-08-02": year first */
        if (sep == '.' || ylen < 1 || ylen > 2 || num(s, a, y) || num(s + mstart, b - mstart, m) ||
            num(s + i, ylen, d))
            return -1;
        ylen = 4;
    } else if ((ylen != 2 && ylen != 4) || num(s, a, d) || num(s + i, ylen, y) ||
               (!mon && num(s + mstart, b - mstart, m))) {
        return -1;
    }
    if (mon)
        *m = mon;
    if (ylen == 2)
        *y += 2000;
    if (*m < 1 || *m > 12 || *d < 1 || *d > mdays[*m - 1] || *y < 1900 || *y > 2200)
        return -1;
    if (*m == 2 && *d == 29 && !((*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0))
        return -1;
    return 0;
}

int xn_doc_number(const char *s, size_t n, int64_t *pos, int64_t *number)
{
    trim(&s, &n);
    const char *dash = memchr(s, '-', n);
    size_t pl, nl;
    const char *num;
    if (dash) {
        /* "0003-00001035", "00003-00000438": point of sale, dash, number */
        pl = (size_t)(dash - s);
        num = dash + 1;
        nl = n - pl - 1;
        if (pl < 1 || pl > 5 || nl < 1 || nl > 8)
            return -1;
    } else {
        /* "000800059501": the two run together, the number the last 8 */
        if (n != 12 && n != 13)
            return -1;
        pl = n - 8;
        num = s + pl;
        nl = 8;
    }
    if (!xn_all_digits(s, pl) || !xn_all_digits(num, nl))
        return -1;
    int64_t p = 0, v = 0;
    for (size_t i = 0; i < pl; i++)
        p = p * 10 + (s[i] - '0');
    for (size_t i = 0; i < nl; i++)
        v = v * 10 + (num[i] - '0');
    if (v == 0)
        return -1;
    *pos = p;
    *number = v;
    return 0;
}

int xn_time(const char *s, size_t n, int *hh, int *mm, int *ss)
{
    trim(&s, &n);
    *ss = 0;
    if (n != 5 && n != 8)
        return -1;
    if (s[2] != ':' || num(s, 2, hh) || num(s + 3, 2, mm))
        return -1;
    if (n == 8 && (s[5] != ':' || num(s + 6, 2, ss)))
        return -1;
    if (*hh > 23 || *mm > 59 || *ss > 59)
        return -1;
    return 0;
}

bool xn_cuit_valid(const char *c)
{
    static const int w[10] = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 10; i++)
        sum += (c[i] - '0') * w[i];
    int v = 11 - sum % 11;
    if (v == 11)
        v = 0;
    if (v == 10)
        return false;
    return c[10] - '0' == v;
}

int xn_cuit(const char *s, size_t n, char out[12], bool *valid)
{
    size_t k = 0;
    trim(&s, &n);
    for (size_t i = 0; i < n; i++) {
        if (isdig(s[i])) {
            if (k == 11)
                return -1;
            out[k++] = s[i];
        } else if (s[i] != '-' && s[i] != ' ' && s[i] != '.') {
            return -1;
        }
    }
    if (k != 11)
        return -1;
    out[11] = '\0';
    *valid = xn_cuit_valid(out);
    return 0;
}

bool xn_ean_valid(const char *s, size_t n)
{
    if ((n != 8 && n != 12 && n != 13 && n != 14) || !xn_all_digits(s, n))
        return false;
    int sum = 0;
    for (size_t i = 0; i + 1 < n; i++) {
        int dgt = s[n - 2 - i] - '0';
        sum += (i % 2 == 0) ? 3 * dgt : dgt;
    }
    return (10 - sum % 10) % 10 == s[n - 1] - '0';
}

/* Two-byte UTF-8 Latin-1 supplement letters folded to ASCII. */
static char fold_latin1(unsigned char c2)
{
    static const char map[64] =
        /* C3 80..BF: À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
         *            à á â ã ä å æ ç è é ê ë ì í î ï ð ñ ò ó ô õ ö ÷ ø ù ú û ü ý þ ÿ */
        "AAAAAAACEEEEIIIIDNOOOOOxOUUUUYPS"
        "AAAAAAACEEEEIIIIDNOOOOO/OUUUUYPY";
    return map[c2 - 0x80];
}

size_t xn_fold(const char *s, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.' || c == ':')
            continue;
        if (c == 0xC2 && i + 1 < n &&
            ((unsigned char)s[i + 1] == 0xB0 || (unsigned char)s[i + 1] == 0xBA)) {
            i++; /* ° º */
            continue;
        }
        if (c == 0xC3 && i + 1 < n && (unsigned char)s[i + 1] >= 0x80 &&
            (unsigned char)s[i + 1] <= 0xBF) {
            out[k++] = fold_latin1((unsigned char)s[++i]);
            continue;
        }
        if (c >= 'a' && c <= 'z')
            c = (unsigned char)(c - 32);
        out[k++] = (char)c;
    }
    out[k] = '\0';
    return k;
}

size_t xn_collapse_ws(char *s, size_t n)
{
    size_t k = 0;
    bool sp = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            sp = k > 0;
            continue;
        }
        if (sp)
            s[k++] = ' ';
        sp = false;
        s[k++] = c;
    }
    s[k] = '\0';
    return k;
}

const char *xn_currency(const char *s, size_t n, bool names)
{
    static const struct {
        const char *printed, *iso;
        bool name;
    } cur[] = {{"$", "ARS", false},      {"ARS", "ARS", false},    {"USD", "USD", false},
               {"U$S", "USD", false},    {"U$D", "USD", false},    {"US$", "USD", false},
               {"EUR", "EUR", false},    {"\xE2\x82\xAC", "EUR", false}, /* the euro sign */
               {"BRL", "BRL", false},    {"R$", "BRL", false},
               {"PESOS", "ARS", true},   {"DOL", "USD", true},     {"DOLAR", "USD", true},
               {"DOLARES", "USD", true}, {"DOLLAR", "USD", true},  {"DOLLARS", "USD", true},
               {"EURO", "EUR", true},    {"EUROS", "EUR", true},   {"REALES", "BRL", true}};
    for (size_t k = 0; k < sizeof cur / sizeof *cur; k++)
        if ((names || !cur[k].name) && strlen(cur[k].printed) == n && !memcmp(s, cur[k].printed, n))
            return cur[k].iso;
    return NULL;
}

bool xn_all_digits(const char *s, size_t n)
{
    if (n == 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isdig(s[i]))
            return false;
    return true;
}

bool xn_has_digit(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (isdig(s[i]))
            return true;
    return false;
}

int xn_case_class(const char *s, size_t n)
{
    bool letters = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'a' && c <= 'z')
            return 2;
        if (c == 0xC3 && i + 1 < n) {
            unsigned char c2 = (unsigned char)s[++i];
            if (c2 >= 0xA0 && c2 <= 0xBF)
                return 2; /* à..ÿ lower case */
            letters = true;
        } else if (c >= 'A' && c <= 'Z') {
            letters = true;
        }
    }
    return letters ? 1 : 0;
}
