#include "pdfdoc.h"

#include <glib.h>
#include <stdlib.h>
#include <string.h>

#if !POPPLER_CHECK_VERSION(0, 82, 0)
#error "expetl needs poppler-glib >= 0.82 (poppler_document_new_from_bytes)"
#endif

static const char KEEPALIVE_PDF[] =
    "%PDF-1.4\n"
    "1 0 obj\n"
    "<< /Type /Catalog /Pages 2 0 R >>\n"
    "endobj\n"
    "2 0 obj\n"
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>\n"
    "endobj\n"
    "3 0 obj\n"
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 72 72] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>\n"
    "endobj\n"
    "4 0 obj\n"
    "<< /Length 38 >>\n"
    "stream\n"
    "BT /F1 10 Tf 10 40 Td (1 x 1,00) Tj ET\n"
    "endstream\n"
    "endobj\n"
    "5 0 obj\n"
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\n"
    "endobj\n"
    "xref\n"
    "0 6\n"
    "0000000000 65535 f \n"
    "0000000009 00000 n \n"
    "0000000058 00000 n \n"
    "0000000115 00000 n \n"
    "0000000239 00000 n \n"
    "0000000327 00000 n \n"
    "trailer\n"
    "<< /Size 6 /Root 1 0 R >>\n"
    "startxref\n"
    "397\n"
    "%%EOF\n";

const char *pdf_backend_version(void) { return poppler_get_version(); }

static PopplerDocument *open_doc(const uint8_t *buf, size_t len, xerr *err)
{
    GError *gerr = NULL;
    GBytes *bytes = g_bytes_new_static(buf, len); /* zero-copy */
    if (!bytes) {
        xerr_set(err, XE_NOMEM, "out of memory");
        return NULL;
    }
    PopplerDocument *doc = poppler_document_new_from_bytes(bytes, NULL, &gerr);
    g_bytes_unref(bytes); /* the document holds its own reference */
    if (!doc) {
        if (gerr && gerr->domain == POPPLER_ERROR && gerr->code == POPPLER_ERROR_ENCRYPTED)
            xerr_set(err, XE_ENCRYPTED, "the PDF is encrypted with a user password");
        else
            xerr_set(err, XE_DAMAGED, "the PDF cannot be read: %s",
                     gerr ? gerr->message : "unknown poppler error");
        g_clear_error(&gerr);
    }
    return doc;
}

void *pdf_keepalive_open(xerr *err)
{
    PopplerDocument *doc = open_doc((const uint8_t *)KEEPALIVE_PDF,
                                    sizeof KEEPALIVE_PDF - 1, err);
    if (!doc)
        return NULL;
    PopplerPage *page = poppler_document_get_page(doc, 0);
    if (!page) {
        g_object_unref(doc);
        xerr_set(err, XE_INTERNAL, "keep-alive document has no page");
        return NULL;
    }
    char *t = poppler_page_get_text(page); /* warms the text and colour state */
    g_free(t);
    g_object_unref(page);
    return doc;
}

void pdf_keepalive_close(void *handle)
{
    if (handle)
        g_object_unref((PopplerDocument *)handle);
}

/* A document that poppler "repairs" still counts as damaged: a receipt is a
 * complete file, with a header at the start and an end-of-file marker. */
static bool looks_complete(const uint8_t *buf, size_t len)
{
    size_t head = len < 1024 ? len : 1024;
    bool header = false;
    for (size_t i = 0; i + 5 <= head; i++)
        if (memcmp(buf + i, "%PDF-", 5) == 0) {
            header = true;
            break;
        }
    if (!header)
        return false;
    size_t from = len > 2048 ? len - 2048 : 0;
    for (size_t i = len >= 5 ? len - 5 : 0; i + 1 > from && i != (size_t)-1; i--)
        if (memcmp(buf + i, "%%EOF", 5) == 0)
            return true;
    return false;
}

/* One glyph: 32 bytes, so the passes over a page's glyphs move little
 * memory. */
typedef struct {
    float x0, y0, x1, y1;
    float ym;      /* the middle; once its row is grouped, keep_lines_whole's
                    * start of the glyph's line (the row's ym no longer read) */
    uint32_t off;  /* UTF-8 bytes in the page text */
    uint32_t line; /* poppler's text line it comes in */
    uint8_t len;
    bool sp; /* a space character precedes it in the page text */
} pchar;
_Static_assert(sizeof(pchar) == 32, "a glyph is 32 bytes");

static int cmp_y(const void *a, const void *b)
{
    const pchar *p = a, *q = b;
    if (p->ym != q->ym)
        return p->ym < q->ym ? -1 : 1;
    return p->x0 < q->x0 ? -1 : p->x0 > q->x0;
}

static int cmp_x(const void *a, const void *b)
{
    const pchar *p = a, *q = b;
    return p->x0 < q->x0 ? -1 : p->x0 > q->x0;
}

/* Float bits that sort like the floats (negative ones too). */
static uint32_t fkey(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return (u & 0x80000000u) ? ~u : u | 0x80000000u;
}

typedef struct {
    uint64_t k;
    uint32_t i;
} ykey;

/* Sort by (ym, x0), the order cmp_y defines, on a 64-bit key: merging
 * poppler's sorted runs when they are few, else an LSD radix sort (a few
 * linear passes instead of glibc's allocating merge sort with a comparison
 * call per step).  a and b hold n keys each, tmp n characters: the
 * caller's scratch, one allocation per page. */
static void sort_by_y(pchar *c, size_t n, pchar *tmp, ykey *a, ykey *b)
{
    typedef ykey ki;
    if (n < 2)
        return;
    for (size_t i = 0; i < n; i++) {
        a[i].k = (uint64_t)fkey(c[i].ym) << 32 | fkey(c[i].x0);
        a[i].i = (uint32_t)i;
    }
    /* poppler's text comes in its reading order, a few blocks each sorted
     * already (a receipt's left column, then its amounts): with few runs,
     * merging them costs a pass or two where the radix sort costs five or
     * more.  Stable either way, like the comparison order. */
    size_t runs = 1;
    for (size_t i = 1; i < n; i++)
        runs += a[i].k < a[i - 1].k;
    bool merged = runs <= 32;
    while (merged && runs > 1) {
        size_t i = 0, out = 0;
        runs = 0;
        while (i < n) { /* merge the run at i with the next one into b */
            size_t m = i + 1;
            while (m < n && a[m].k >= a[m - 1].k)
                m++;
            size_t e = m < n ? m + 1 : n;
            while (e < n && a[e].k >= a[e - 1].k)
                e++;
            size_t l = i, r = m;
            while (l < m && r < e)
                b[out++] = a[r].k < a[l].k ? a[r++] : a[l++];
            while (l < m)
                b[out++] = a[l++];
            while (r < e)
                b[out++] = a[r++];
            runs++;
            i = e;
        }
        ki *t = a;
        a = b;
        b = t;
    }
    for (int shift = 0; !merged && shift < 64; shift += 8) {
        size_t count[257] = {0};
        for (size_t i = 0; i < n; i++)
            count[((a[i].k >> shift) & 0xff) + 1]++;
        if (count[((a[0].k >> shift) & 0xff) + 1] == n)
            continue; /* every key has this digit: the pass changes nothing */
        for (size_t d = 0; d < 256; d++)
            count[d + 1] += count[d];
        for (size_t i = 0; i < n; i++)
            b[count[(a[i].k >> shift) & 0xff]++] = a[i];
        ki *t = a;
        a = b;
        b = t;
    }
    for (size_t i = 0; i < n; i++)
        tmp[i] = c[a[i].i];
    memcpy(c, tmp, n * sizeof *c);
}

static bool sorted_by(const pchar *c, size_t n, int (*cmp)(const void *, const void *))
{
    for (size_t i = 1; i < n; i++)
        if (cmp(&c[i - 1], &c[i]) > 0)
            return false;
    return true;
}

/* A lowercase (ASCII) letter. */
static bool is_lower(const char *text, const pchar *c)
{
    unsigned char b = (unsigned char)text[c->off];
    return b >= 'a' && b <= 'z';
}

/* A character of a printed number: a digit or its separators and signs. */
static bool num_char(char ch) { return (ch >= '0' && ch <= '9') || (ch && strchr(".,-$%", ch)); }

/* A capital that an invoice's letter box prints (A, B, C, E, M). */
static bool box_capital(const char *text, const pchar *c)
{
    return c->len == 1 && strchr("ABCEM", text[c->off]) != NULL;
}

/* Emit one physical row (chars already sorted by x).  A word ends at a space
 * character of the text (but for one between lowercase letters nearly
 * touching), or at a gap wide for the glyphs on either side of it: judged by
 * their own height, not by the tallest glyph of the row (a big letter box
 * beside a bold name would hide the name's word gaps). */
static int emit_row(xw_rows *out, const char *text, pchar *c, size_t n, int page, bool by_line, float cell_gap,
                    float y0, float y1)
{
    char word[512];
    size_t wl = 0;
    float wx0 = 0, wx1 = 0, wh = 0;
    bool pending_cell = false;
    for (size_t i = 0; i < n; i++) {
        float ch = c[i].y1 - c[i].y0;
        if (ch <= 0)
            ch = 1;
        /* the same glyph drawn twice at one spot (fake bold) counts once;
         * a doubled letter ("ll") is a glyph's width on, however tall its
         * box (a font whose boxes are twice the type's size) */
        if (i && c[i].x0 - c[i - 1].x0 < 0.1f * (ch > wh ? ch : wh) &&
            c[i].x0 - c[i - 1].x0 < 0.5f * (c[i - 1].x1 - c[i - 1].x0) && c[i].len == c[i - 1].len &&
            memcmp(text + c[i].off, text + c[i - 1].off, c[i].len) == 0)
            continue;
        float h = ch > wh ? ch : wh; /* the taller of the two neighbours */
        float gap = wl ? c[i].x0 - wx1 : 0;
        bool new_line = by_line && i && c[i].line != c[i - 1].line;
        /* type nearly twice as large or small, touching: another element
         * (a letter box's big "C" set right after a name's "SAN"), never
         * the same word; a superscript is about two thirds of its text.
         * Never inside a number: cents may be printed small ("210.000"
         * then ",50") */
        bool new_size = wl && (ch > 1.8f * wh || wh > 1.8f * ch) && !num_char(text[c[i].off]) &&
                        !num_char(text[c[i - 1].off]);
        /* the letter box's capital touching a name ("PABLO" then a "C" in
         * type 1.7 times as large) is a word of its own, before or after */
        if (wl && ch >= 1.6f * wh && box_capital(text, &c[i]))
            new_size |= i + 1 == n || c[i + 1].sp || c[i + 1].x0 - c[i].x1 > 0.12f * ch ||
                        1.6f * (c[i + 1].y1 - c[i + 1].y0) <= ch; /* it ends its word */
        else if (wl && wh >= 1.6f * ch && wl == c[i - 1].len && box_capital(text, &c[i - 1]))
            new_size = true;
        /* poppler's own space between two lowercase letters nearly
         * touching (a tenth of the type's height apart: Skia rounds its
         * glyph advances so, "Com p.", "Im porte") is inside a word */
        bool space = c[i].sp && gap > -0.1f * h &&
                     !(i && gap >= 0 && is_lower(text, &c[i - 1]) && is_lower(text, &c[i]));
        if (wl && (gap > 0.12f * h || space || new_line || new_size ||
                   wl + c[i].len >= sizeof word)) {
            if (rows_add_word(out, word, wl, wx0, wx1, pending_cell) != 0)
                return -1;
            pending_cell = gap > cell_gap * h || new_line || new_size;
            wl = 0;
        }
        if (!wl)
            wx0 = c[i].x0;
        if (c[i].len == 1) /* most glyphs: no call for one byte */
            word[wl] = text[c[i].off];
        else
            memcpy(word + wl, text + c[i].off, c[i].len);
        wl += c[i].len;
        wx1 = c[i].x1;
        wh = ch;
    }
    if (wl && rows_add_word(out, word, wl, wx0, wx1, pending_cell) != 0)
        return -1;
    return rows_end_row(out, page, y0, y1);
}

/* The vertical extent of glyphs c[0..n), n > 0 (y0 up to y1). */
static void row_extent(const pchar *c, size_t n, float *y0, float *y1)
{
    *y0 = c[0].y0;
    *y1 = c[0].y1;
    for (size_t i = 1; i < n; i++) {
        if (c[i].y0 < *y0)
            *y0 = c[i].y0;
        if (c[i].y1 > *y1)
            *y1 = c[i].y1;
    }
}

/* What the row grouping learns of a row as its glyphs join (in y order),
 * so that the steps after it need no pass of their own in the common
 * case: its extent, its smallest and largest glyph heights, and whether
 * its glyphs already come in x order. */
typedef struct {
    float y0, y1, hmin, hmax; /* hmax: of the heights that are numbers */
    bool nan;                 /* a height that is none (a hostile PDF's box) */
    bool xsorted;
} row_acc;

static void row_acc_open(row_acc *a, const pchar *g)
{
    float h = g->y1 - g->y0;
    a->y0 = g->y0;
    a->y1 = g->y1;
    a->hmin = h > 0 ? h : 0;
    a->nan = h != h;
    a->hmax = a->nan ? 0 : h;
    a->xsorted = true;
}

static void row_acc_add(row_acc *a, const pchar *prev, const pchar *g)
{
    float h = g->y1 - g->y0;
    if (g->y0 < a->y0)
        a->y0 = g->y0;
    if (g->y1 > a->y1)
        a->y1 = g->y1;
    if (h > 0 && (a->hmin == 0 || h < a->hmin))
        a->hmin = h;
    if (h != h)
        a->nan = true;
    else if (h > a->hmax)
        a->hmax = h;
    a->xsorted &= !(prev->x0 > g->x0); /* as cmp_x orders them */
}

/* A glyph at least 1.6 times the row's smallest height; one whose height
 * is no number (a hostile box) counts as one, the same in every test, so
 * that split_tall's count and its partition agree. */
static bool is_tall(const pchar *c, float hmin) { return !(c->y1 - c->y0 < 1.6f * hmin); }

static bool is_letter(const char *text, const pchar *c)
{
    unsigned char b = (unsigned char)text[c->off];
    return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
}

/* A line of glyphs may hold a glyph much taller than the rest (the letter
 * box of an invoice, "B" in 30 pt) that belongs to no row of the small
 * text: it sits over two small lines and its middle falls on one of them.
 * Such glyphs (at least 1.6 times the smallest of the line) are moved after
 * the others, to be a row of their own, when one of them overlaps a smaller
 * glyph horizontally (stacked, not side by side: "B" drawn across "CUIT:")
 * or when it is a lone letter set apart by a wide gap.  Returns how many
 * glyphs of c[0..n) (sorted by x) stay in the first row. */
static size_t split_tall(const char *text, pchar *c, size_t n, pchar *tmp)
{
    float hmin = 0;
    for (size_t i = 0; i < n; i++) {
        float h = c[i].y1 - c[i].y0;
        if (h > 0 && (hmin == 0 || h < hmin))
            hmin = h;
    }
    if (hmin <= 0)
        return n;
    size_t nbig = 0;
    bool apart = false;
    for (size_t i = 0; i < n; i++) {
        float h = c[i].y1 - c[i].y0;
        if (!is_tall(&c[i], hmin))
            continue;
        nbig++;
        float w = c[i].x1 - c[i].x0;
        /* the nearest smaller glyphs on either side (x order) */
        size_t l = i, r = i + 1;
        while (l > 0 && is_tall(&c[l - 1], hmin))
            l--;
        while (r < n && is_tall(&c[r], hmin))
            r++;
        bool over = (l > 0 && c[l - 1].x1 > c[i].x0 + 0.25f * w) ||
                    (r < n && c[r].x0 < c[i].x1 - 0.25f * w);
        bool lone = is_letter(text, &c[i]) && (i == 0 || c[i].x0 - c[i - 1].x1 > 0.5f * h) &&
                    (i + 1 == n || c[i + 1].x0 - c[i].x1 > 0.5f * h);
        apart |= over || lone;
    }
    if (!nbig || nbig == n || !apart)
        return n;
    size_t k = 0, b = n - nbig;
    for (size_t i = 0; i < n; i++) {
        if (is_tall(&c[i], hmin))
            tmp[b++] = c[i];
        else
            tmp[k++] = c[i];
    }
    memcpy(c, tmp, n * sizeof *c);
    return k;
}

static int cmp_line_x(const void *a, const void *b)
{
    const pchar *p = a, *q = b;
    if (p->line != q->line)
        return p->line < q->line ? -1 : 1;
    return p->x0 < q->x0 ? -1 : p->x0 > q->x0;
}

static int cmp_start_line_x(const void *a, const void *b)
{
    const pchar *p = a, *q = b;
    if (p->ym != q->ym) /* each line's start */
        return p->ym < q->ym ? -1 : 1;
    return cmp_line_x(a, b);
}

/* Two strings drawn over each other on one line (a long name running under
 * a code printed beside it) would interleave glyph by glyph in x order
 * ("ANONIMCAOD."): when a glyph overlaps the previous one by more than half
 * its width and comes in another of poppler's text lines, each text line of
 * the row is kept whole, the lines ordered by where they start.  Returns
 * whether the row was so reordered (then a line change is a cell break). */
static bool keep_lines_whole(pchar *c, size_t n, pchar *tmp)
{
    bool over = false;
    for (size_t i = 1; i < n && !over; i++) {
        float w = c[i].x1 - c[i].x0;
        over = c[i].line != c[i - 1].line && w > 0 && c[i].x0 < c[i - 1].x1 - 0.5f * w;
    }
    if (!over)
        return false;
    /* each glyph learns where its line starts (in ym, no longer read once
     * the row is grouped): sorted by line, a line's first glyph is its
     * leftmost */
    memcpy(tmp, c, n * sizeof *c);
    qsort(tmp, n, sizeof *tmp, cmp_line_x);
    for (size_t i = 0; i < n; i++)
        tmp[i].ym = i && tmp[i].line == tmp[i - 1].line ? tmp[i - 1].ym : tmp[i].x0;
    qsort(tmp, n, sizeof *tmp, cmp_start_line_x);
    memcpy(c, tmp, n * sizeof *c);
    return true;
}

/* The k-th smallest of a[0..n) (a is reordered): Wirth's selection, linear
 * on average, where a sort would pay n log n comparison calls a page. */
static float kth_smallest(float *a, size_t n, size_t k)
{
    size_t l = 0, m = n - 1;
    while (l < m) {
        float x = a[k];
        size_t i = l, j = m;
        do {
            while (a[i] < x)
                i++;
            while (x < a[j])
                j--;
            if (i <= j) {
                float t = a[i];
                a[i] = a[j];
                a[j] = t;
                i++;
                if (j == 0)
                    break;
                j--;
            }
        } while (i <= j);
        if (j < k)
            l = i;
        if (k < i)
            m = j;
    }
    return a[k];
}

/* A phone scan's text layer follows the paper's tilt: each line of words
 * climbs or falls across the page, by more than a line's height over a
 * wide row, so grouping by height alone splits a printed line and joins
 * it to the next.  The tilt is the median slope of poppler's text lines
 * (each fitted over its glyphs, if long enough to measure), taken when most
 * lines agree on it; every glyph is then moved back by it around the
 * page's middle.  A generated page has level lines: a median of zero, no
 * change.  slopes: scratch of nc floats.  Returns whether glyphs moved. */
static bool level_tilt(pchar *c, size_t nc, float mid_x, float *slopes)
{
    size_t ns = 0, nlevel = 0;
    for (size_t i = 0; i < nc;) {
        size_t e = i;
        double hsum = 0;
        float lo = c[i].x0, hi = c[i].x1, ylo = c[i].ym, yhi = c[i].ym;
        while (e < nc && c[e].line == c[i].line) {
            hsum += c[e].y1 - c[e].y0;
            lo = c[e].x0 < lo ? c[e].x0 : lo;
            hi = c[e].x1 > hi ? c[e].x1 : hi;
            ylo = c[e].ym < ylo ? c[e].ym : ylo;
            yhi = c[e].ym > yhi ? c[e].ym : yhi;
            e++;
        }
        size_t n = e - i;
        double h = n ? hsum / (double)n : 0;
        if (n >= 6 && h > 0 && hi - lo >= 8 * h && yhi - ylo <= 0.01 * h) {
            slopes[ns++] = 0; /* a level line (every generated one): no fit needed */
            nlevel++;
        } else if (n >= 6 && h > 0 && hi - lo >= 8 * h) {
            double sx = 0, sy = 0;
            for (size_t k = i; k < e; k++) {
                sx += (c[k].x0 + c[k].x1) / 2;
                sy += c[k].ym;
            }
            double mx = sx / (double)n, my = sy / (double)n, sxy = 0, sxx = 0;
            for (size_t k = i; k < e; k++) {
                double dx = (c[k].x0 + c[k].x1) / 2 - mx;
                sxy += dx * (c[k].ym - my);
                sxx += dx * dx;
            }
            if (sxx > 0)
                slopes[ns++] = (float)(sxy / sxx);
        }
        i = e;
    }
    if (ns < 3 || 2 * nlevel > ns) /* most lines level: the median is zero */
        return false;
    float m = kth_smallest(slopes, ns, ns / 2), am = m < 0 ? -m : m;
    /* under 0.15 degrees the rows already hold; over 6 it is turned text,
     * not a tilted sheet */
    if (am < 0.0026f || am > 0.1f)
        return false;
    size_t agree = 0;
    for (size_t k = 0; k < ns; k++)
        agree += slopes[k] - m < 0.25f * am && m - slopes[k] < 0.25f * am;
    if (3 * agree < 2 * ns)
        return false;
    for (size_t i = 0; i < nc; i++) {
        float dy = m * ((c[i].x0 + c[i].x1) / 2 - mid_x);
        c[i].y0 -= dy;
        c[i].y1 -= dy;
        c[i].ym -= dy;
    }
    /* the recognised words sit a little above or below the fitted line: a
     * word's glyphs keep one middle, so a row's edge never cuts a word */
    for (size_t i = 0; i < nc;) {
        size_t e = i + 1;
        double sum = c[i].ym;
        while (e < nc && c[e].line == c[i].line && !c[e].sp)
            sum += c[e++].ym;
        for (size_t k = i; k < e; k++)
            c[k].ym = (float)(sum / (double)(e - i));
        i = e;
    }
    return true;
}

/* Whether glyphs i and o of content order share a text line and a baseline. */
static bool same_baseline(const pchar *c, size_t i, size_t o)
{
    float h = c[i].y1 - c[i].y0, ho = c[o].y1 - c[o].y0, dy = c[o].ym - c[i].ym;
    h = h > ho ? h : ho;
    return c[o].line == c[i].line && dy < 0.1f * h && -dy < 0.1f * h;
}

/* The glyph is in a run of more than three on one baseline of its line
 * (a word, not a pair of a slanted line's letters that poppler set on one). */
static bool on_baseline(const pchar *c, size_t nc, size_t i)
{
    size_t a = i, b = i + 1;
    while (a > 0 && i - a < 3 && same_baseline(c, a, a - 1))
        a--;
    while (b < nc && b - i < 4 && same_baseline(c, b - 1, b))
        b++;
    return b - a > 3;
}

/* A watermark set diagonally across the page ("LumasPDF SDK Demo",
 * "ANULADO", "COPIA"): poppler gives its letters large boxes, alone or two
 * or three on a baseline (a shallow slant), mixed into the lines of the
 * text they cross.  Four or more such glyphs, at least 1.8 times the page's usual
 * height, lying on one line at 10 to 80 degrees with no gap of more than
 * four glyphs between them, are no text of the rows: dropped.  (A letter
 * box is one such glyph, a title's letters share a baseline, a column of
 * lone digits is vertical.)  scratch: 64 floats.  Returns how many glyphs
 * are left. */
static size_t drop_diagonal(pchar *c, size_t nc, float *scratch)
{
    enum { MAXC = 64 };
    uint32_t cand[MAXC];
    if (nc < 4)
        return nc;
    /* the page's usual height: the median of a sample spread over it */
    size_t ns = nc < MAXC ? nc : MAXC;
    for (size_t j = 0; j < ns; j++) {
        const pchar *g = &c[j * nc / ns];
        scratch[j] = g->y1 - g->y0;
    }
    float med = kth_smallest(scratch, ns, ns / 2);
    size_t nb = 0;
    for (size_t i = 0; i < nc; i++) {
        if (c[i].y1 - c[i].y0 < 1.8f * med || on_baseline(c, nc, i))
            continue;
        if (nb == MAXC)
            return nc; /* a page of large lone glyphs: not this */
        cand[nb++] = (uint32_t)i;
    }
    if (nb < 4)
        return nc;
    bool best[MAXC] = {false};
    size_t nbest = 0;
    for (size_t a = 0; a < nb; a++)
        for (size_t b = a + 1; b < nb; b++) {
            const pchar *p = &c[cand[a]], *q = &c[cand[b]];
            float px = (p->x0 + p->x1) / 2, dx = (q->x0 + q->x1) / 2 - px, dy = q->ym - p->ym;
            float len2 = dx * dx + dy * dy;
            if (!(dx * dx > 0.0324f * len2 && dy * dy > 0.0324f * len2))
                continue; /* not between 10 and 80 degrees */
            /* the glyphs near the line through p and q, by their place along it */
            float t[MAXC], hmax = 0;
            uint32_t idx[MAXC];
            size_t m = 0;
            for (size_t j = 0; j < nb; j++) {
                const pchar *g = &c[cand[j]];
                float gx = (g->x0 + g->x1) / 2 - px, gy = g->ym - p->ym, w = g->x1 - g->x0, h = g->y1 - g->y0;
                float cr = dx * gy - dy * gx, tol = 0.5f * (w > h ? w : h);
                if (cr * cr > tol * tol * len2)
                    continue;
                float tj = (dx * gx + dy * gy) / len2; /* in units of |pq| */
                size_t at = m++;
                while (at > 0 && t[at - 1] > tj) {
                    t[at] = t[at - 1];
                    idx[at] = idx[at - 1];
                    at--;
                }
                t[at] = tj;
                idx[at] = (uint32_t)j;
                hmax = h > hmax ? h : hmax;
            }
            /* the longest run without a gap of more than four glyphs */
            float gap2 = 16 * hmax * hmax / len2; /* squared, in units of |pq| */
            size_t run = 1, from = 0, bfrom = 0, brun = m ? 1 : 0;
            for (size_t j = 1; j < m; j++) {
                float g = t[j] - t[j - 1];
                if (g * g <= gap2) {
                    run++;
                } else {
                    run = 1;
                    from = j;
                }
                if (run > brun) {
                    brun = run;
                    bfrom = from;
                }
            }
            if (brun > nbest) {
                nbest = brun;
                memset(best, 0, sizeof best);
                for (size_t j = bfrom; j < bfrom + brun; j++)
                    best[idx[j]] = true;
            }
        }
    if (nbest < 4)
        return nc;
    size_t out = 0, j = 0;
    for (size_t i = 0; i < nc; i++) {
        if (j < nb && cand[j] == i) {
            if (best[j++])
                continue;
        }
        c[out++] = c[i];
    }
    return out;
}

/* The gap, in line heights, that breaks a row into cells: wider than a
 * word space.  A face's space is narrower than its letters (a proportional
 * face), or as wide as one (a monospaced one); a text layer laid over a
 * picture (a scan's recognised words) places each word where it was seen,
 * its spaces as wide as the picture's, well over a letter.  When the page's
 * usual space (the median gap between words its text separates with a
 * space within one line) is that wide, the break is at twice that space
 * (in heights), so that a line's words stay one cell; else 0.8 heights.
 * c is in content order; scratch holds 2 nc floats. */
static float cell_break(const pchar *c, size_t nc, float *scratch)
{
    size_t n = 0;
    float *byw = scratch + nc;
    for (size_t i = 1; i < nc; i++) {
        float h = c[i].y1 - c[i].y0, hp = c[i - 1].y1 - c[i - 1].y0, gap = c[i].x0 - c[i - 1].x1;
        float w = (c[i].x1 - c[i].x0 + c[i - 1].x1 - c[i - 1].x0) / 2;
        if (hp > h)
            h = hp;
        if (c[i].sp && c[i].line == c[i - 1].line && h > 0 && w > 0 && gap > 0 && gap < 3 * h) {
            scratch[n] = gap / h;
            byw[n++] = gap / w;
        }
    }
    if (n < 20 || kth_smallest(byw, n, n / 2) <= 1.3f) /* most pages: no need for the heights' median */
        return 0.8f;
    float s = kth_smallest(scratch, n, n / 2);
    return 2 * s > 0.8f ? 2 * s : 0.8f;
}

/* A document's scratch for its pages' characters, kept from page to page:
 * a block of this size per page would be mapped, faulted in and unmapped
 * again each time. */
typedef struct {
    void *p;
    size_t cap; /* characters */
} page_scratch;

/* The rows of one page; the page is released here (its reference taken). */
static int page_rows(PopplerPage *page, int pno, xw_rows *out, page_scratch *sc, xerr *err)
{
    /* what the rows need from poppler first, then the page goes: its text
     * layer, most of the work's memory, is freed while still in cache, and
     * the rows below reuse that memory warm */
    char *text = poppler_page_get_text(page);
    PopplerRectangle *rects = NULL;
    guint nrects = 0;
    bool laid = text && poppler_page_get_text_layout(page, &rects, &nrects);
    double pw, ph;
    poppler_page_get_size(page, &pw, &ph);
    g_object_unref(page);
    pchar *cs = NULL, *tmp = NULL;
    ykey *keys = NULL;
    size_t nc = 0;
    int rc = -1;
    if (!text) {
        xerr_set(err, XE_DAMAGED, "poppler returned no text for page %d", pno + 1);
        return -1;
    }
    if (!laid) {
        rc = 0; /* a page without text (an image, a blank page) */
        goto done;
    }
    /* one scratch block: the characters, a copy, two key arrays */
    if (sc->cap < nrects) {
        free(sc->p);
        sc->cap = nrects > 2 * sc->cap ? nrects : 2 * sc->cap;
        if (!(sc->p = malloc(sc->cap * (2 * sizeof *keys + 2 * sizeof *cs)))) {
            sc->cap = 0;
            xerr_set(err, XE_NOMEM, "out of memory");
            goto done;
        }
    }
    size_t cap = sc->cap;
    keys = sc->p;
    cs = (pchar *)(keys + 2 * cap); /* the keys first: every part aligned */
    tmp = cs + cap;
    /* rects[k] is the box of the k-th UTF-8 character of text */
    size_t off = 0, tl = strlen(text);
    uint32_t line = 0;
    bool sp = false, ysorted = true; /* in cmp_y's order as they come */
    for (guint k = 0; k < nrects && off < tl; k++) {
        unsigned char c = (unsigned char)text[off];
        size_t cl = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        if (off + cl > tl)
            break;
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r' &&
            !(c == 0xC2 && (unsigned char)text[off + 1] == 0xA0)) {
            pchar *p = &cs[nc++];
            p->x0 = (float)rects[k].x1;
            p->y0 = (float)rects[k].y1;
            p->x1 = (float)rects[k].x2;
            p->y1 = (float)rects[k].y2;
            p->ym = (p->y0 + p->y1) / 2;
            p->off = (uint32_t)off;
            p->len = (uint8_t)cl;
            p->sp = sp;
            p->line = line;
            sp = false;
            ysorted &= nc < 2 || cmp_y(p - 1, p) <= 0;
        } else {
            /* a space or tab of the text (a newline is poppler's line break,
             * not a word break of the row) */
            sp = c != '\n' && c != '\r';
            line += c == '\n';
        }
        off += cl;
    }
    size_t before = nc;
    nc = drop_diagonal(cs, nc, (float *)tmp);
    float cell_gap = cell_break(cs, nc, (float *)tmp);
    if (level_tilt(cs, nc, (float)pw / 2, (float *)tmp) || nc != before)
        ysorted = sorted_by(cs, nc, cmp_y);
    /* poppler gives characters in content order, which for receipts is
     * nearly always reading order already: sort only when it is not
     * (glibc's qsort is a merge sort that allocates) */
    if (!ysorted)
        sort_by_y(cs, nc, tmp, keys, keys + cap);
    /* A row gathers the glyphs whose middle is within 0.4 of the height of
     * its first glyph.  When that glyph is much taller than the text after
     * it (the letter box, its middle over two small lines), the first
     * smaller glyph (the anchor) sets the row's line: a smaller glyph more
     * than 0.4 of its height (or the anchor's) below the anchor is the next
     * line of small text, even when both fit within the tall glyph's
     * reach (a face whose boxes are taller than its line pitch). */
    size_t start = 0, anchor = 0;
    row_acc a;
    if (nc)
        row_acc_open(&a, &cs[0]);
    for (size_t i = 1; i <= nc; i++) {
        float h = cs[start].y1 - cs[start].y0;
        if (i < nc && cs[i].ym - cs[start].ym <= 0.4f * (h > 1 ? h : 1)) {
            float hi = cs[i].y1 - cs[i].y0;
            bool joins = 1.6f * hi > h; /* the common case: not much smaller than the row's first glyph */
            if (!joins && anchor == start) {
                if (hi > 0)
                    anchor = i;
                joins = true;
            } else if (!joins) {
                float ha = cs[anchor].y1 - cs[anchor].y0;
                joins = 1.6f * hi == h || cs[i].ym - cs[anchor].ym <= 0.4f * (hi > ha ? hi : ha);
            }
            if (joins) {
                row_acc_add(&a, &cs[i - 1], &cs[i]);
                continue;
            }
        }
        size_t n = i - start, k = n;
        float y0 = a.y0, y1 = a.y1;
        if (!a.xsorted)
            qsort(cs + start, n, sizeof *cs, cmp_x);
        /* no tall glyph (is_tall): nothing for split_tall */
        if (a.hmin > 0 && (a.nan || !(a.hmax < 1.6f * a.hmin)) && (k = split_tall(text, cs + start, n, tmp)) < n)
            row_extent(cs + start, k, &y0, &y1);
        bool whole = keep_lines_whole(cs + start, k, tmp);
        if (emit_row(out, text, cs + start, k, pno, whole, cell_gap, y0, y1) != 0) {
            xerr_set(err, XE_NOMEM, "out of memory");
            goto done;
        }
        if (k < n) {
            row_extent(cs + start + k, n - k, &y0, &y1);
            if (emit_row(out, text, cs + start + k, n - k, pno, false, cell_gap, y0, y1) != 0) {
                xerr_set(err, XE_NOMEM, "out of memory");
                goto done;
            }
        }
        start = anchor = i;
        if (i < nc)
            row_acc_open(&a, &cs[i]);
    }
    rc = 0;
done:
    g_free(rects);
    g_free(text);
    return rc;
}

pdf_doc *pdf_doc_open(const uint8_t *buf, size_t len, xerr *err)
{
    if (len == 0) {
        xerr_set(err, XE_DAMAGED, "empty file (0 bytes)");
        return NULL;
    }
    if (len > XLIM_PDF_BYTES) {
        xerr_limit(err, XLIM_NAME_PDF_BYTES, "PDF of %zu bytes is over the %u byte limit", len,
                   XLIM_PDF_BYTES);
        return NULL;
    }
    if (!looks_complete(buf, len)) {
        xerr_set(err, XE_DAMAGED, "not a complete PDF (missing %%PDF- header or %%%%EOF)");
        return NULL;
    }
    pdf_doc *d = malloc(sizeof *d);
    if (!d) {
        xerr_set(err, XE_NOMEM, "out of memory");
        return NULL;
    }
    if (!(d->doc = open_doc(buf, len, err))) {
        free(d);
        return NULL;
    }
    d->npages = poppler_document_get_n_pages(d->doc);
    if (d->npages <= 0 || d->npages > XLIM_PAGES) {
        if (d->npages <= 0)
            xerr_set(err, XE_DAMAGED, "the PDF has no pages");
        else
            xerr_limit(err, XLIM_NAME_PAGES, "PDF of %d pages is over the %d page limit", d->npages, XLIM_PAGES);
        pdf_doc_close(d);
        return NULL;
    }
    return d;
}

void pdf_doc_close(pdf_doc *d)
{
    if (!d)
        return;
    g_object_unref(d->doc);
    free(d);
}

int pdf_doc_rows(pdf_doc *d, xw_rows *out, xerr *err)
{
    int rc = 0;
    page_scratch sc = {NULL, 0};
    /* a page of a receipt holds some tens of rows: room for them at once,
     * not five doublings of the array */
    if (xvec_reserve((void **)&out->rows, &out->cap, 128, sizeof *out->rows) != 0) {
        xerr_set(err, XE_NOMEM, "out of memory");
        return -1;
    }
    for (int i = 0; rc == 0 && i < d->npages; i++) {
        PopplerPage *page = poppler_document_get_page(d->doc, i);
        if (!page) {
            xerr_set(err, XE_DAMAGED, "page %d cannot be read", i + 1);
            rc = -1;
            break;
        }
        if (i == 0) {
            double w, h;
            poppler_page_get_size(page, &w, &h);
            out->page_w = (float)w;
        }
        rc = page_rows(page, i, out, &sc, err);
    }
    free(sc.p);
    out->npages = d->npages;
    return rc;
}

int pdf_rows(const uint8_t *buf, size_t len, xw_rows *out, xerr *err)
{
    pdf_doc *d = pdf_doc_open(buf, len, err);
    if (!d)
        return -1;
    int rc = pdf_doc_rows(d, out, err);
    pdf_doc_close(d);
    return rc;
}

long pdf_text_boxes(const uint8_t *buf, size_t len, xerr *err)
{
    PopplerDocument *doc = open_doc(buf, len, err);
    long total = 0;
    if (!doc)
        return -1;
    int n = poppler_document_get_n_pages(doc);
    for (int i = 0; i < n; i++) {
        PopplerPage *page = poppler_document_get_page(doc, i);
        PopplerRectangle *rects = NULL;
        guint nrects = 0;
        if (!page)
            continue;
        char *text = poppler_page_get_text(page);
        if (poppler_page_get_text_layout(page, &rects, &nrects))
            total += (long)nrects;
        g_free(rects);
        g_free(text);
        g_object_unref(page);
    }
    g_object_unref(doc);
    return total;
}
