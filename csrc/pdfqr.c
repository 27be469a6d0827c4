/* Where an invoice's AFIP QR code may be, cheapest first, with poppler's
 * cairo output: the page's images as they are stored (a QR is nearly
 * always one), then a phone scan's or a background's image searched in
 * tiles, then a QR drawn as vectors, rendered only where a pass over the
 * page's fills finds one.  The pixels go to zbar (qr.c). */
#include "pdfdoc.h"
#include "qr.h"

#include <cairo.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A large image is first shrunk to QR_FIT_PX a side: zbar reads a crisp QR
 * at 3 px per module, and 240 px hold the 57-73 modules of the version
 * 10-14 code an RG 4291 payload needs (its time grows with the pixels: a
 * third less than at 320).  Not read so, it is read as is and enlarged, up
 * to QR_MAX_SCAN_PX a side. */
#define QR_FIT_PX 240
#define QR_MAX_SCAN_PX 960
/* A QR is printed about an inch wide: tiles of 1.4 in hold one whole.
 * Some programs print it up to 40 mm (1.6 in): tiles of QR_BIG_TILE_IN,
 * searched when the smaller ones read nothing, hold one that size whole
 * wherever it falls between tiles a quarter tile apart. */
#define QR_TILE_IN 1.4
#define QR_BIG_TILE_IN 2.2
/* The most tiles scanned per image or page, best looking first, and the
 * least score worth a scan (cell_score: a QR scores 0.2 blurred by a phone
 * to 0.7 drawn crisply, most text below 0.1). */
#define QR_MAX_TILES 6
#define QR_MIN_SCORE 0.1
/* The most images read per page: QR-shaped or other small ones, and large
 * pictures (each searched in tiles). */
#define QR_MAX_IMAGES 8
#define QR_MAX_PICTURES 2
/* No scan of more pixels than this (a hostile image's size). */
#define QR_MAX_PIXELS (24L * 1000 * 1000)

typedef struct {
    qr_scanner *zs;
    rc_qr *q;
    uint8_t *gray;
    size_t cap;
    /* the images already read in this document (a last page often repeats
     * the first one's), by size and a hash of their pixels */
    uint64_t read[2 * QR_MAX_IMAGES + 2 * QR_MAX_PICTURES];
    int nread;
    pdf_qr_trace *t; /* what the search did (tests, the benchmark), or NULL */
    char *how;       /* t->how, or NULL */
    size_t howcap;
} qr_search;

/* ---- pixels ------------------------------------------------------------- */

/* Room for n grey pixels in s->gray: -1 when out of memory. */
static int gray_room(qr_search *s, size_t n)
{
    if (n > s->cap) {
        uint8_t *g = realloc(s->gray, n);
        if (!g)
            return -1;
        s->gray = g;
        s->cap = n;
    }
    return 0;
}

/* One pixel of an ARGB32 or RGB24 surface (premultiplied) as grey over
 * white: a transparent pixel shows the page. */
static inline unsigned px_gray(uint32_t p, bool alpha)
{
    unsigned a = alpha ? p >> 24 : 255, w = 255 - a;
    return ((((p >> 16) & 255) + w) * 77 + (((p >> 8) & 255) + w) * 150 + ((p & 255) + w) * 29) >> 8;
}

/* An RGB24 surface's pixels as grey, in s->gray.  -1 when out of memory. */
static int to_gray(qr_search *s, cairo_surface_t *rgb, int *w, int *h)
{
    cairo_surface_flush(rgb);
    *w = cairo_image_surface_get_width(rgb);
    *h = cairo_image_surface_get_height(rgb);
    int stride = cairo_image_surface_get_stride(rgb);
    const unsigned char *d = cairo_image_surface_get_data(rgb);
    if (!d || gray_room(s, (size_t)*w * (size_t)*h) != 0)
        return -1;
    for (int y = 0; y < *h; y++) {
        const uint32_t *row = (const uint32_t *)(const void *)(d + (size_t)y * (size_t)stride);
        uint8_t *o = s->gray + (size_t)y * (size_t)*w;
        for (int x = 0; x < *w; x++)
            o[x] = (uint8_t)px_gray(row[x], false);
    }
    return 0;
}

/* An image as poppler hands it out (ARGB32 or RGB24), as grey over white
 * shrunk to dw×dh (at most its size) by averaging the pixels each grey one
 * covers, in s->gray: a QR's modules stay sharp enough, for a fraction of
 * cairo's filtered scaling.  1 done, 0 another format (left to cairo), -1
 * out of memory. */
static int shrink_gray(qr_search *s, cairo_surface_t *img, int dw, int dh)
{
    cairo_format_t f = cairo_image_surface_get_format(img);
    int w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
    int stride = cairo_image_surface_get_stride(img);
    if (f != CAIRO_FORMAT_ARGB32 && f != CAIRO_FORMAT_RGB24)
        return 0;
    if (dw < 1 || dh < 1 || dw > w || dh > h)
        return 0;
    cairo_surface_flush(img);
    const unsigned char *d = cairo_image_surface_get_data(img);
    bool alpha = f == CAIRO_FORMAT_ARGB32;
    if (!d)
        return 0;
    /* col[x]: the grey column pixel x falls in; sum[ox] its sum over
     * the rows of one grey row, ncol[ox] its width in pixels */
    int *col = malloc((size_t)w * sizeof *col), *ncol = calloc((size_t)dw, sizeof *ncol);
    uint64_t *sum = calloc((size_t)dw, sizeof *sum);
    int r = col && ncol && sum && gray_room(s, (size_t)dw * (size_t)dh) == 0 ? 1 : -1;
    for (int x = 0; r > 0 && x < w; x++)
        ncol[col[x] = (int)((int64_t)x * dw / w)]++;
    for (int oy = 0, y = 0; r > 0 && oy < dh; oy++) {
        int y1 = (int)((int64_t)(oy + 1) * h / dh), rows = y1 - y;
        for (; y < y1; y++) {
            const uint32_t *row = (const uint32_t *)(const void *)(d + (size_t)y * (size_t)stride);
            for (int x = 0; x < w; x++)
                sum[col[x]] += px_gray(row[x], alpha);
        }
        uint8_t *o = s->gray + (size_t)oy * (size_t)dw;
        for (int ox = 0; ox < dw; ox++) {
            o[ox] = (uint8_t)(sum[ox] / ((uint64_t)ncol[ox] * (uint64_t)rows));
            sum[ox] = 0;
        }
    }
    free(col);
    free(ncol);
    free(sum);
    return r;
}

/* A white RGB24 surface of at least wd×hd pixels, or NULL.  The sizes come
 * from the document (a page a mile wide): checked before any cast. */
static cairo_surface_t *white_surface(double wd, double hd, cairo_t **cr)
{
    if (!(wd >= 1 && hd >= 1 && wd <= 32767 && hd <= 32767 && wd * hd <= QR_MAX_PIXELS))
        return NULL;
    int w = (int)wd + ((double)(int)wd < wd), h = (int)hd + ((double)(int)hd < hd);
    cairo_surface_t *dst = cairo_image_surface_create(CAIRO_FORMAT_RGB24, w, h);
    if (cairo_surface_status(dst) != CAIRO_STATUS_SUCCESS) {
        cairo_surface_destroy(dst);
        return NULL;
    }
    *cr = cairo_create(dst);
    cairo_set_source_rgb(*cr, 1, 1, 1);
    cairo_paint(*cr);
    return dst;
}

/* Scan dst (RGB24) for the QR: 1 found, 0 not, -1 out of memory. */
static int scan_rgb(qr_search *s, cairo_surface_t *dst)
{
    int w, h;
    if (to_gray(s, dst, &w, &h) != 0)
        return -1;
    return qr_scan_gray(s->zs, s->gray, w, h, s->q);
}

/* The rectangle (x, y, w, h) of src scaled by k, over white (an image's
 * transparency shows the page, which is white), then scanned; with
 * `margin`, inside a white margin of a sixth of its side: an image cropped
 * to the code (Octave's) has no quiet zone of its own, the page's white
 * around it is one. */
static int scan_scaled(qr_search *s, cairo_surface_t *src, double x, double y, double w, double h, double k,
                       bool margin)
{
    cairo_t *cr;
    double m = margin ? (w > h ? w : h) / 6 : 0;
    cairo_surface_t *dst = white_surface((w + 2 * m) * k, (h + 2 * m) * k, &cr);
    if (!dst)
        return 0; /* too small or too big to be worth it */
    cairo_scale(cr, k, k);
    cairo_translate(cr, m, m);
    cairo_rectangle(cr, 0, 0, w, h);
    cairo_clip(cr);
    cairo_set_source_surface(cr, src, -x, -y);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_GOOD);
    cairo_paint(cr);
    int r = cairo_status(cr) == CAIRO_STATUS_SUCCESS ? scan_rgb(s, dst) : 0;
    cairo_destroy(cr);
    cairo_surface_destroy(dst);
    return r;
}

/* The page's rectangle r (points) rendered at dpi over white; NULL when
 * too big.  Left for the caller to scan or to search.  crisp: without
 * antialiasing, which leaves light seams between the abutting squares of a
 * QR drawn module by module, and zbar reads them as gaps. */
static cairo_surface_t *render(PopplerPage *page, const PopplerRectangle *r, double dpi, bool crisp)
{
    cairo_t *cr;
    double k = dpi / 72.0;
    cairo_surface_t *dst = white_surface((r->x2 - r->x1) * k, (r->y2 - r->y1) * k, &cr);
    if (!dst)
        return NULL;
    if (crisp)
        cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);
    cairo_scale(cr, k, k);
    cairo_translate(cr, -r->x1, -r->y1);
    poppler_page_render_for_printing(page, cr);
    bool ok = cairo_status(cr) == CAIRO_STATUS_SUCCESS;
    cairo_destroy(cr);
    if (!ok) {
        cairo_surface_destroy(dst);
        return NULL;
    }
    return dst;
}

/* ---- finding the code in a large picture ------------------------------ */

typedef struct {
    int x, y;
    double score;
} tile;

/* Counts per cell of a quarter tile: grey sum for its mean, sampled
 * neighbour pairs, dark ones, and pairs where dark meets light across and
 * down. */
typedef struct {
    long sum, nsum, n, dark, across, down;
} cell;

/* The share of a cell's sampled neighbours where dark meets light, the
 * lesser of across and down (a QR has both; the bars of the invoice's
 * 2-of-5 barcode only across); text and photographs have edges too, but
 * far less dark, so a cell whose dark share is not near a QR's half counts
 * less. */
static double cell_score(const cell *k)
{
    if (!k->n)
        return 0;
    double df = (double)k->dark / (double)k->n;
    double edges = 2.0 * (double)(k->across < k->down ? k->across : k->down) / (double)k->n;
    return edges * (df > 0.25 && df < 0.75 ? 1.0 : 0.3);
}

static int by_score(const void *a, const void *b)
{
    double d = ((const tile *)b)->score - ((const tile *)a)->score;
    return d > 0 ? 1 : d < 0 ? -1 : 0;
}

/* The tiles of side t of the grey image in s->gray that look most like a
 * QR, at most QR_MAX_TILES of them, best first; returns how many (-1 out of
 * memory).  Neighbours are sampled 2 px apart, dark being 20 below the
 * cell's mean, and counted once per cell of t/4, so tiles at a stride of
 * t/4 cost no more. */
static int best_tiles(const qr_search *s, int w, int h, int t, tile *best)
{
    const uint8_t *g = s->gray;
    int c = t / 4, gw, gh, n = 0;
    if (c < 4 || w < t || h < t)
        return 0;
    gw = (w + c - 1) / c;
    gh = (h + c - 1) / c;
    cell *cs = calloc((size_t)gw * (size_t)gh, sizeof *cs);
    if (!cs)
        return -1;
    for (int y = 0; y < h; y += 4)
        for (int x = 0; x < w; x += 4) {
            cell *k = &cs[(size_t)(y / c) * (size_t)gw + (size_t)(x / c)];
            k->sum += g[(size_t)y * (size_t)w + (size_t)x];
            k->nsum++;
        }
    for (int y = 0; y + 2 < h; y += 2)
        for (int x = 0; x + 2 < w; x += 2) {
            cell *k = &cs[(size_t)(y / c) * (size_t)gw + (size_t)(x / c)];
            const uint8_t *p = g + (size_t)y * (size_t)w + (size_t)x;
            long thr = k->nsum ? k->sum / k->nsum - 20 : 0;
            bool a = p[0] < thr, b = p[2] < thr, d = p[2 * (size_t)w] < thr;
            k->n++;
            k->dark += a;
            k->across += a != b;
            k->down += a != d;
        }
    for (int cy = 0; cy + 4 <= gh; cy++)
        for (int cx = 0; cx + 4 <= gw; cx++) {
            /* the code fills the tile's middle: its four inner cells must
             * all look like one (a barcode or a line of text fills one row
             * at most) */
            double score = 1;
            for (int j = 1; j < 3; j++)
                for (int i = 1; i < 3; i++) {
                    double v = cell_score(&cs[(size_t)(cy + j) * (size_t)gw + (size_t)(cx + i)]);
                    score = v < score ? v : score;
                }
            tile tl = {cx * c, cy * c, score};
            if (tl.score < QR_MIN_SCORE)
                continue;
            /* one tile per place: a better one half a tile away replaces it */
            int near = -1;
            for (int k = 0; k < n && near < 0; k++)
                if (ABS(best[k].x - tl.x) < t / 2 && ABS(best[k].y - tl.y) < t / 2)
                    near = k;
            if (near >= 0 && best[near].score >= tl.score)
                continue;
            if (near >= 0)
                best[near] = tl;
            else if (n < QR_MAX_TILES)
                best[n++] = tl;
            else if (tl.score > best[n - 1].score)
                best[n - 1] = tl;
            else
                continue;
            qsort(best, (size_t)n, sizeof *best, by_score);
        }
    free(cs);
    return n;
}

/* A picture much larger than a QR (a phone scan of the whole page, a
 * background): zbar does not read a small, unevenly lit code in it, but
 * does read it cropped close and enlarged, so the tiles that look most like
 * a QR are cropped and enlarged 1.5× and 2×.  ppi: its pixels per inch on
 * the page. */
static int search_picture(qr_search *s, cairo_surface_t *src, double ppi)
{
    int w, h, r = 0;
    cairo_t *cr;
    if (!(ppi >= 46 && ppi <= 2400))
        return 0; /* too coarse to hold a readable QR, or a nonsense size */
    cairo_surface_t *rgb = white_surface(cairo_image_surface_get_width(src), cairo_image_surface_get_height(src), &cr);
    if (!rgb)
        return 0;
    cairo_set_source_surface(cr, src, 0, 0);
    cairo_paint(cr);
    cairo_destroy(cr);
    if (to_gray(s, rgb, &w, &h) != 0)
        r = -1;
    cairo_surface_destroy(rgb);
    const double sides[] = {QR_TILE_IN, QR_BIG_TILE_IN};
    for (size_t z = 0; r == 0 && z < sizeof sides / sizeof *sides; z++) {
        int t = (int)(sides[z] * ppi);
        tile best[QR_MAX_TILES];
        int n = best_tiles(s, w, h, t, best);
        if (n < 0)
            r = -1;
        for (int i = 0; r == 0 && i < n; i++)
            for (double k = 1.5; r == 0 && k <= 2.0; k += 0.5)
                if ((r = scan_scaled(s, src, best[i].x, best[i].y, t, t, k, false)) > 0 && s->how)
                    snprintf(s->how, s->howcap, "picture %dx%d, tile %d px at (%d,%d) enlarged %.1f", w, h, t,
                             best[i].x, best[i].y, k);
    }
    return r;
}

/* ---- the search ---------------------------------------------------------- */

typedef struct {
    gint id;
    PopplerRectangle area;
    int rank; /* 0 QR-shaped, 1 other small image, 2 a large picture */
} cand;

static int by_rank(const void *a, const void *b)
{
    const cand *p = a, *q = b;
    if (p->rank != q->rank)
        return p->rank - q->rank;
    /* footers first: that is where invoicing programs put the code */
    return (p->area.y2 < q->area.y2) - (p->area.y2 > q->area.y2);
}

/* One image as stored: at the size zbar likes, as is, and enlarged 2× and
 * 3× (a QR embedded at one or two pixels per module reads once smoothed
 * up, as a 400 dpi rendering of the page would). */
static int scan_image(qr_search *s, cairo_surface_t *img)
{
    int w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
    int side = w > h ? w : h, r = 0;
    if (side < 21)
        return 0; /* fewer pixels than the smallest QR has modules */
    /* a large image shrunk first (zbar's time grows with the pixels), a
     * small one as is first */
    double fit = (double)QR_FIT_PX / side;
    const double ks[] = {fit < 1 ? fit : 1.0, 1.0, 2.0, 3.0};
    for (size_t i = 0; r == 0 && i < sizeof ks / sizeof *ks; i++) {
        if ((i > 0 && ks[i] == ks[i - 1]) || side * ks[i] > QR_MAX_SCAN_PX)
            continue;
        /* as is or shrunk: grey straight from the image's pixels;
         * enlarged: cairo's smoothing */
        int dw = (int)(w * ks[i] + 0.5), dh = (int)(h * ks[i] + 0.5);
        r = ks[i] <= 1 ? shrink_gray(s, img, dw, dh) : 0;
        if (r > 0)
            r = qr_scan_gray(s->zs, s->gray, dw, dh, s->q);
        else if (r == 0)
            r = scan_scaled(s, img, 0, 0, w, h, ks[i], true);
        if (r > 0 && s->how)
            snprintf(s->how, s->howcap, "image %dx%d scaled %.2f", w, h, ks[i]);
    }
    return r;
}

/* Whether an image with these very pixels was read already in this
 * document; when not, it is noted as read (FNV-1a over its size and rows,
 * 64 bits at a time). */
static bool read_before(qr_search *s, cairo_surface_t *img)
{
    int w = cairo_image_surface_get_width(img), h = cairo_image_surface_get_height(img);
    int stride = cairo_image_surface_get_stride(img), bpr = stride;
    const unsigned char *d = cairo_image_surface_get_data(img);
    switch (cairo_image_surface_get_format(img)) {
    case CAIRO_FORMAT_ARGB32:
    case CAIRO_FORMAT_RGB24:
        bpr = 4 * w;
        break;
    default:
        return false; /* (poppler hands out only those two) */
    }
    if (!d)
        return false;
    cairo_surface_flush(img);
    uint64_t k = 14695981039346656037ULL;
    k = (k ^ (uint64_t)w) * 1099511628211ULL;
    k = (k ^ (uint64_t)h) * 1099511628211ULL;
    for (int y = 0; y < h; y++) {
        const unsigned char *row = d + (size_t)y * (size_t)stride;
        for (int x = 0; x + 8 <= bpr; x += 8) {
            uint64_t v;
            memcpy(&v, row + x, 8);
            k = (k ^ v) * 1099511628211ULL;
        }
        /* bpr is a multiple of 4: one word may be left */
        if (bpr % 8) {
            uint32_t v;
            memcpy(&v, row + bpr - 4, 4);
            k = (k ^ v) * 1099511628211ULL;
        }
    }
    for (int i = 0; i < s->nread; i++)
        if (s->read[i] == k)
            return true;
    if (s->nread < (int)(sizeof s->read / sizeof *s->read))
        s->read[s->nread++] = k;
    return false;
}

static int search_images(qr_search *s, PopplerPage *page, double pw, double ph)
{
    GList *map = poppler_page_get_image_mapping(page);
    guint n = g_list_length(map);
    cand *c = n ? malloc(n * sizeof *c) : NULL;
    int r = 0, k = 0;
    if (n && !c)
        r = -1;
    for (GList *l = map; r == 0 && l; l = l->next) {
        const PopplerImageMapping *m = l->data;
        double w = ABS(m->area.x2 - m->area.x1), h = ABS(m->area.y2 - m->area.y1);
        c[k].id = m->image_id;
        c[k].area = m->area;
        if (w * h > 0.25 * pw * ph)
            c[k].rank = 2;
        else if (w > 0 && h > 0 && w < 0.5 * pw && h < 2 * w && w < 2 * h)
            c[k].rank = 0;
        else
            c[k].rank = 1;
        k++;
    }
    poppler_page_free_image_mapping(map);
    if (r == 0 && k > 1) /* (c is NULL on a page without images) */
        qsort(c, (size_t)k, sizeof *c, by_rank);
    /* each image read costs a pass over the page: a page of many (product
     * photos, a hostile file) is not read whole */
    int tried[3] = {0, 0, 0};
    for (int i = 0; r == 0 && i < k; i++) {
        if (tried[c[i].rank]++ >= (c[i].rank == 2 ? QR_MAX_PICTURES : QR_MAX_IMAGES))
            continue;
        cairo_surface_t *img = poppler_page_get_image(page, c[i].id);
        if (!img)
            continue;
        if (cairo_surface_status(img) == CAIRO_STATUS_SUCCESS && !read_before(s, img)) {
            if (c[i].rank < 2) {
                r = scan_image(s, img);
            } else {
                double dw = ABS(c[i].area.x2 - c[i].area.x1), dh = ABS(c[i].area.y2 - c[i].area.y1);
                int side = cairo_image_surface_get_width(img);
                if (cairo_image_surface_get_height(img) > side)
                    side = cairo_image_surface_get_height(img);
                r = search_picture(s, img, side / ((dw > dh ? dw : dh) / 72.0));
            }
        }
        cairo_surface_destroy(img);
    }
    free(c);
    return r;
}

/* ---- a QR drawn as vectors ---------------------------------------------- */

/* A page is rendered for a code drawn as vectors only when a pass over it
 * (poppler drawing onto a cairo observer of a tiny surface: no pixels to
 * speak of) finds the evidence: many filled marks of a QR module's size,
 * squares or runs of them, packed in a square.  Text, rules and boxes are
 * not such marks, so an invoice without a code drawn is never rendered.
 * A mark's short side, in points (a code 0.4-4 in wide of 21-177 modules),
 * and its long side at most MARK_MAX_RUN times that (a run of modules). */
#define MARK_MIN_PT 0.15
#define MARK_MAX_PT 6.0
#define MARK_MAX_RUN 24
/* The marks counted per cell of a grid (points); a cell with at least
 * CELL_MIN_MARKS is part of a code, which needs CODE_MIN_MARKS in all, a
 * side of CODE_MIN_PT to CODE_MAX_PT and sides within CODE_MAX_ASPECT. */
#define CELL_PT 18.0
#define CELL_MIN_MARKS 3
#define CODE_MIN_MARKS 60
#define CODE_MIN_PT 28.0
#define CODE_MAX_PT 288.0
#define CODE_MAX_ASPECT 1.3
/* The probe's surface: pixels per point (18 dpi; no fill is too small to
 * reach it).  The most marks counted (a hostile page of millions). */
#define PROBE_SCALE 0.25
#define PROBE_MAX_MARKS 200000L
/* A code is rendered at MODULE_PX pixels per module (zbar reads 3-4 well),
 * within these resolutions, then once more at 1.5 times that. */
#define MODULE_PX 4.0
#define MIN_DPI 100.0
#define MAX_DPI 600.0

typedef struct {
    double x1, y1, x2, y2; /* bounds of the marks, in points */
    double shorts;         /* the sum of their short sides */
    long n;                /* marks centred in the cell */
} marks;

/* A cell's marks, and those of them drawn square: straight sides along
 * the page's axes, as a code's modules and runs are (a glyph's outline
 * drawn as a path, as CAD programs draw text, has curves or slants). */
typedef struct {
    marks all, square;
} mark_cell;

/* The most pictures filled into a shape (an image as a fill pattern, as
 * presentation programs place pictures) kept per page to render. */
#define MAX_PICTURES 4

typedef struct {
    cairo_t *cr; /* the context poppler draws the page on */
    mark_cell *cell;
    int gw, gh;
    double cpt; /* a cell's side, in points */
    long marks;
    PopplerRectangle pic[MAX_PICTURES]; /* QR-sized shapes filled with an image */
    int npic;
} probe;

static void add_to(marks *m, double x1, double y1, double x2, double y2, double sh)
{
    if (!m->n || x1 < m->x1)
        m->x1 = x1;
    if (!m->n || y1 < m->y1)
        m->y1 = y1;
    if (!m->n || x2 > m->x2)
        m->x2 = x2;
    if (!m->n || y2 > m->y2)
        m->y2 = y2;
    m->shorts += sh;
    m->n++;
}

static void add_mark(probe *p, double x1, double y1, double x2, double y2, bool square)
{
    double w = x2 - x1, h = y2 - y1, sh = w < h ? w : h, lg = w < h ? h : w;
    if (!(sh >= MARK_MIN_PT && sh <= MARK_MAX_PT && lg <= MARK_MAX_RUN * sh))
        return;
    double cx = (x1 + x2) / 2 / p->cpt, cy = (y1 + y2) / 2 / p->cpt;
    if (!(cx >= 0 && cy >= 0 && cx < p->gw && cy < p->gh))
        return; /* off the page */
    mark_cell *c = &p->cell[(size_t)cy * (size_t)p->gw + (size_t)cx];
    add_to(&c->all, x1, y1, x2, y2, sh);
    if (square)
        add_to(&c->square, x1, y1, x2, y2, sh);
    p->marks++;
}

/* Two points on a line along one of the page's axes (points). */
static bool along_axis(double x0, double y0, double x1, double y1)
{
    double dx = x1 - x0, dy = y1 - y0;
    return (dx < 0.01 && dx > -0.01) || (dy < 0.01 && dy > -0.01);
}

/* Each subpath's bounds (on the page, in points), grown by pad points on
 * every side, may be a mark; square when its sides are straight and
 * along the page's axes. */
static void add_path_marks(probe *p, double pad)
{
    cairo_path_t *path = cairo_copy_path(p->cr);
    bool open = false, square = true;
    double x1 = 0, y1 = 0, x2 = 0, y2 = 0, x0 = 0, y0 = 0, lx = 0, ly = 0;
    for (int i = 0; path->status == CAIRO_STATUS_SUCCESS && i < path->num_data; i += path->data[i].header.length) {
        const cairo_path_data_t *e = &path->data[i];
        if (e->header.type == CAIRO_PATH_MOVE_TO && open) {
            add_mark(p, x1 - pad, y1 - pad, x2 + pad, y2 + pad, square);
            open = false;
        }
        if (e->header.type == CAIRO_PATH_CURVE_TO)
            square = false;
        if (e->header.type == CAIRO_PATH_CLOSE_PATH && open)
            square &= along_axis(lx, ly, x0, y0);
        for (int j = 1; e->header.type != CAIRO_PATH_CLOSE_PATH && j < e->header.length; j++) {
            double x = e[j].point.x, y = e[j].point.y;
            cairo_user_to_device(p->cr, &x, &y);
            x /= PROBE_SCALE;
            y /= PROBE_SCALE;
            if (!open) {
                square = true;
                x0 = x;
                y0 = y;
            } else if (e->header.type == CAIRO_PATH_LINE_TO) {
                square &= along_axis(lx, ly, x, y);
            }
            lx = x;
            ly = y;
            if (!open || x < x1)
                x1 = x;
            if (!open || y < y1)
                y1 = y;
            if (!open || x > x2)
                x2 = x;
            if (!open || y > y2)
                y2 = y;
            open = true;
        }
    }
    if (open)
        add_mark(p, x1 - pad, y1 - pad, x2 + pad, y2 + pad, square);
    cairo_path_destroy(path);
}

/* A fill or paint whose source is an image (a picture filled into a shape:
 * an image pattern, which the page's image list does not show), over a
 * square of a code's size (x1, y1, x2, y2 in user space): kept to render. */
static void add_picture(probe *p, double x1, double y1, double x2, double y2)
{
    if (p->npic >= MAX_PICTURES || cairo_pattern_get_type(cairo_get_source(p->cr)) != CAIRO_PATTERN_TYPE_SURFACE)
        return;
    double cx1, cy1, cx2, cy2;
    cairo_clip_extents(p->cr, &cx1, &cy1, &cx2, &cy2);
    x1 = x1 > cx1 ? x1 : cx1;
    y1 = y1 > cy1 ? y1 : cy1;
    x2 = x2 < cx2 ? x2 : cx2;
    y2 = y2 < cy2 ? y2 : cy2;
    double xs[4] = {x1, x2, x1, x2}, ys[4] = {y1, y1, y2, y2}, bx1 = 0, by1 = 0, bx2 = 0, by2 = 0;
    for (int i = 0; i < 4; i++) {
        cairo_user_to_device(p->cr, &xs[i], &ys[i]);
        xs[i] /= PROBE_SCALE;
        ys[i] /= PROBE_SCALE;
        bx1 = !i || xs[i] < bx1 ? xs[i] : bx1;
        by1 = !i || ys[i] < by1 ? ys[i] : by1;
        bx2 = !i || xs[i] > bx2 ? xs[i] : bx2;
        by2 = !i || ys[i] > by2 ? ys[i] : by2;
    }
    double w = bx2 - bx1, h = by2 - by1;
    if (w >= CODE_MIN_PT && h >= CODE_MIN_PT && w <= CODE_MAX_PT && h <= CODE_MAX_PT && w <= CODE_MAX_ASPECT * h &&
        h <= CODE_MAX_ASPECT * w)
        p->pic[p->npic++] = (PopplerRectangle){bx1, by1, bx2, by2};
}

/* Called by the observer on every fill, before cairo_fill clears the path
 * it fills: each subpath may be a module or a run of them, or the fill a
 * picture. */
static void probe_fill(cairo_surface_t *observer, cairo_surface_t *target, void *data)
{
    probe *p = data;
    (void)observer;
    (void)target;
    if (p->marks < PROBE_MAX_MARKS)
        add_path_marks(p, 0);
    double x1, y1, x2, y2;
    cairo_fill_extents(p->cr, &x1, &y1, &x2, &y2);
    add_picture(p, x1, y1, x2, y2);
}

/* The same for strokes: a code drawn as lines one module wide (an SVG of
 * runs, "M4 4.5h7"), each segment grown by half the line's width. */
static void probe_stroke(cairo_surface_t *observer, cairo_surface_t *target, void *data)
{
    probe *p = data;
    (void)observer;
    (void)target;
    if (p->marks >= PROBE_MAX_MARKS)
        return;
    double dx = cairo_get_line_width(p->cr), dy = 0;
    cairo_user_to_device_distance(p->cr, &dx, &dy);
    dx = dx < 0 ? -dx : dx;
    dy = dy < 0 ? -dy : dy;
    add_path_marks(p, (dx > dy ? dx : dy) / PROBE_SCALE / 2); /* exact when not rotated */
}

/* The marks of the page's fills and strokes, counted per cell into p.  -1 out of
 * memory, 0 otherwise (also when the page cannot be drawn). */
static int probe_page(PopplerPage *page, double pw, double ph, probe *p)
{
    if (!(pw >= 1 && ph >= 1 && pw * ph * PROBE_SCALE * PROBE_SCALE <= QR_MAX_PIXELS))
        return 0;
    p->cpt = CELL_PT;
    if (pw / p->cpt > 256 || ph / p->cpt > 256)
        p->cpt = (pw > ph ? pw : ph) / 256; /* a huge page: coarser cells */
    p->gw = (int)(pw / p->cpt) + 1;
    p->gh = (int)(ph / p->cpt) + 1;
    if (!(p->cell = calloc((size_t)p->gw * (size_t)p->gh, sizeof *p->cell)))
        return -1;
    cairo_surface_t *tiny = cairo_image_surface_create(CAIRO_FORMAT_A8, (int)(pw * PROBE_SCALE) + 1,
                                                       (int)(ph * PROBE_SCALE) + 1);
    cairo_surface_t *obs = cairo_surface_create_observer(tiny, CAIRO_SURFACE_OBSERVER_NORMAL);
    int r = 0;
    if (cairo_surface_status(obs) == CAIRO_STATUS_NO_MEMORY || cairo_surface_status(tiny) == CAIRO_STATUS_NO_MEMORY)
        r = -1;
    else if (cairo_surface_status(obs) == CAIRO_STATUS_SUCCESS &&
             cairo_surface_observer_add_fill_callback(obs, probe_fill, p) == CAIRO_STATUS_SUCCESS &&
             cairo_surface_observer_add_stroke_callback(obs, probe_stroke, p) == CAIRO_STATUS_SUCCESS) {
        p->cr = cairo_create(obs);
        cairo_scale(p->cr, PROBE_SCALE, PROBE_SCALE);
        /* for printing: poppler skips building the page's text again */
        poppler_page_render_for_printing(page, p->cr);
        if (cairo_status(p->cr) == CAIRO_STATUS_NO_MEMORY)
            r = -1;
        cairo_destroy(p->cr);
        p->cr = NULL;
    }
    cairo_surface_destroy(obs);
    cairo_surface_destroy(tiny);
    return r;
}

static const marks *cell_marks(const probe *p, size_t c, bool square)
{
    return square ? &p->cell[c].square : &p->cell[c].all;
}

/* The best code-like cluster of p's cells (cells of CELL_MIN_MARKS or
 * more, 8-connected, with the sparser cells around them, which hold the
 * code's edges), counting every mark or the square ones only: its bounds
 * in *area and its mean module in *module.  1 found, 0 none, -1 out of
 * memory. */
static int find_code(const probe *p, bool square, PopplerRectangle *area, double *module)
{
    size_t nc = (size_t)p->gw * (size_t)p->gh;
    size_t *stack = malloc(nc * sizeof *stack);
    bool *seen = calloc(nc, sizeof *seen);
    long best = 0;
    if (!stack || !seen) {
        free(stack);
        free(seen);
        return -1;
    }
    for (size_t c0 = 0; c0 < nc; c0++) {
        if (seen[c0] || cell_marks(p, c0, square)->n < CELL_MIN_MARKS)
            continue;
        size_t top = 0, next = 0;
        long n = 0;
        double sh = 0, x1 = 0, y1 = 0, x2 = 0, y2 = 0;
        stack[top++] = c0;
        seen[c0] = true;
        while (next < top) {
            size_t c = stack[next++];
            const marks *k = cell_marks(p, c, square);
            x1 = !n || k->x1 < x1 ? k->x1 : x1;
            y1 = !n || k->y1 < y1 ? k->y1 : y1;
            x2 = !n || k->x2 > x2 ? k->x2 : x2;
            y2 = !n || k->y2 > y2 ? k->y2 : y2;
            n += k->n;
            sh += k->shorts;
            if (k->n < CELL_MIN_MARKS)
                continue; /* a sparse cell: counted, not grown from */
            int cx = (int)(c % (size_t)p->gw), cy = (int)(c / (size_t)p->gw);
            for (int y = cy - 1; y <= cy + 1; y++)
                for (int x = cx - 1; x <= cx + 1; x++) {
                    size_t q = (size_t)y * (size_t)p->gw + (size_t)x;
                    if (x < 0 || y < 0 || x >= p->gw || y >= p->gh || seen[q] || !cell_marks(p, q, square)->n)
                        continue;
                    seen[q] = true;
                    stack[top++] = q;
                }
        }
        double w = x2 - x1, h = y2 - y1;
        if (n >= CODE_MIN_MARKS && n > best && w >= CODE_MIN_PT && h >= CODE_MIN_PT && w <= CODE_MAX_PT &&
            h <= CODE_MAX_PT && w <= CODE_MAX_ASPECT * h && h <= CODE_MAX_ASPECT * w) {
            best = n;
            *module = sh / (double)n;
            *area = (PopplerRectangle){x1, y1, x2, y2};
        }
    }
    free(stack);
    free(seen);
    return best > 0;
}

/* Rectangle a of the page rendered at dpi and scanned, the render counted:
 * the scan's result (0 when the render fails). */
static int render_scan(qr_search *s, PopplerPage *page, const PopplerRectangle *a, double dpi, bool crisp)
{
    cairo_surface_t *fine = render(page, a, dpi, crisp);
    int r = 0;
    if (s->t)
        s->t->renders++;
    if (fine) {
        r = scan_rgb(s, fine);
        cairo_surface_destroy(fine);
    }
    return r;
}

/* The code-like square a (module mod) rendered with its quiet zone at
 * about MODULE_PX pixels per module, then once finer: the scan's result. */
static int scan_code(qr_search *s, PopplerPage *page, PopplerRectangle a, double mod, long nmarks)
{
    double quiet = 4 * mod;
    a.x1 -= quiet;
    a.y1 -= quiet;
    a.x2 += quiet;
    a.y2 += quiet;
    double dpi = 72.0 * MODULE_PX / mod;
    dpi = dpi < MIN_DPI ? MIN_DPI : dpi > MAX_DPI ? MAX_DPI : dpi;
    int r = 0;
    for (int j = 0; r == 0 && j < 2; j++, dpi = dpi * 1.5 > MAX_DPI ? MAX_DPI : dpi * 1.5) {
        if (j > 0 && dpi == MAX_DPI && 72.0 * MODULE_PX / mod >= MAX_DPI)
            break; /* already read at the finest */
        r = render_scan(s, page, &a, dpi, true);
        if (r > 0 && s->how)
            snprintf(s->how, s->howcap, "vectors, %ld marks of %.2f pt at (%.0f,%.0f) pt rendered at %.0f dpi", nmarks,
                     mod, a.x1, a.y1, dpi);
    }
    return r;
}

/* A QR drawn as vectors: the page probed for one (above); where there is
 * one, that square alone scanned (scan_code).  The cluster of square marks
 * first: a page whose text is drawn as outlines (a CAD program's) has
 * denser clusters of marks than its code, but few of them square; then,
 * when it is elsewhere, the cluster of every mark (a code of round dots). */
static int search_vectors(qr_search *s, PopplerPage *page, double pw, double ph)
{
    probe p = {0};
    PopplerRectangle a, b;
    double mod = 0, bmod = 0;
    if (s->t)
        s->t->probes++;
    int r = probe_page(page, pw, ph, &p), rs = 0, ra = 0;
    if (r == 0 && p.cell && (rs = find_code(&p, true, &a, &mod)) >= 0)
        ra = find_code(&p, false, &b, &bmod);
    r = r < 0 || rs < 0 || ra < 0 ? -1 : 0; /* out of memory in the probe or a search */
    free(p.cell);
    /* no code drawn: a picture filled into a code-sized square, rendered
     * whole at a resolution that gives the densest code 4 pixels a module */
    for (int i = 0; r == 0 && !rs && !ra && i < p.npic; i++) {
        const PopplerRectangle *c = &p.pic[i];
        double side = c->x2 - c->x1 > c->y2 - c->y1 ? c->x2 - c->x1 : c->y2 - c->y1;
        double dpi = 72.0 * 177 * MODULE_PX / side;
        dpi = dpi < MIN_DPI ? MIN_DPI : dpi > MAX_DPI ? MAX_DPI : dpi;
        r = render_scan(s, page, c, dpi, false);
        if (r > 0 && s->how)
            snprintf(s->how, s->howcap, "a picture filled into a %.0f pt square at (%.0f,%.0f) pt rendered at %.0f dpi",
                     side, c->x1, c->y1, dpi);
    }
    if (r == 0 && rs > 0)
        r = scan_code(s, page, a, mod, p.marks);
    /* the same square (the common case: a code's marks are all square)
     * is not scanned twice */
    if (r == 0 && ra > 0 && !(rs > 0 && a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2))
        r = scan_code(s, page, b, bmod, p.marks);
    return r;
}

int pdf_doc_qr(pdf_doc *d, rc_qr *q, pdf_qr_trace *trace, xerr *err)
{
    qr_search s = {.zs = qr_scanner_new(), .q = q, .t = trace, .how = trace ? trace->how : NULL,
                   .howcap = trace ? sizeof trace->how : 0};
    int r = 0;
    rc_qr_init(q);
    if (trace)
        *trace = (pdf_qr_trace){0};
    if (!s.zs) {
        xerr_set(err, XE_NOMEM, "out of memory (QR scanner)");
        return -1;
    }
    /* the first page (every copy carries the code) and the last (a long
     * invoice's footer): their images, then their vectors; then the two
     * pages before the last (a page of terms or a library's advertisement
     * may follow the invoice's footer) */
    int pages[4] = {0, d->npages - 1, d->npages - 2, d->npages - 3};
    int np = d->npages < 4 ? d->npages : 4, first = np < 2 ? np : 2;
    for (int pass = 0; r == 0 && pass < 4; pass++)
        for (int i = pass < 2 ? 0 : first; r == 0 && i < (pass < 2 ? first : np); i++) {
            PopplerPage *page = poppler_document_get_page(d->doc, pages[i]);
            double pw, ph;
            if (!page)
                continue;
            poppler_page_get_size(page, &pw, &ph);
            r = pass % 2 == 0 ? search_images(&s, page, pw, ph) : search_vectors(&s, page, pw, ph);
            g_object_unref(page);
            if (r > 0 && s.how) {
                char tail[160];
                snprintf(tail, sizeof tail, "%s", s.how);
                snprintf(s.how, s.howcap, "page %d, %s", pages[i] + 1, tail);
            }
        }
    free(s.gray);
    qr_scanner_free(s.zs);
    if (r <= 0 && s.how)
        s.how[0] = '\0';
    if (r < 0) {
        rc_qr_init(q);
        xerr_set(err, XE_NOMEM, "out of memory (QR search)");
    }
    return r;
}
