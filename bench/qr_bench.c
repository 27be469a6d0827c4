/* What the AFIP QR step costs (make bench-qr): each PDF given is parsed
 * with and without the QR step, alternating, best of REPEAT runs each, with
 * the keep-alive document held as the extension holds it.  Prints per file
 * (with the pages rendered for a code drawn as vectors, when any) and the
 * medians over the invoices with a QR, the invoices without one and the
 * tickets:
 *   parse     receipt_parse_pdf without the QR step (the baseline)
 *   parse+qr  receipt_parse_pdf as shipped (the QR is looked for only on
 *             documents the layouts read as an AFIP invoice)
 *   qr        the QR search alone on the open document (every invoice, also
 *             the ones the layouts refuse today)
 * and the share of parse + qr spent on the QR, all in CPU milliseconds. */
#include "../csrc/parse.h"
#include "../csrc/pdfrows.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define REPEAT 7

/* The thread's CPU time, not the wall clock: on a shared machine the wall
 * clock also counts the time other processes held the cores. */
static double now_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

static int cmp(const void *a, const void *b)
{
    double d = *(const double *)a - *(const double *)b;
    return d < 0 ? -1 : d > 0;
}

static double median(double *v, int n)
{
    if (n == 0)
        return 0;
    qsort(v, (size_t)n, sizeof *v, cmp);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

static double parse_ms(const uint8_t *buf, size_t n, unsigned opts, const char **doc_type, bool *qr)
{
    receipt rc;
    xerr err = {0};
    receipt_init(&rc);
    double t = now_ms();
    int r = receipt_parse_pdf_opts(buf, n, opts, &rc, &err);
    t = now_ms() - t;
    *doc_type = r == 0 && rc.doc_type ? rc.doc_type : "refused";
    *qr = rc.qr.present;
    receipt_free(&rc);
    return t;
}

static double qr_ms(const uint8_t *buf, size_t n, bool *found, int *renders)
{
    rc_qr q;
    xerr err = {0};
    pdf_qr_trace tr = {0};
    double t = now_ms();
    pdf_doc *d = pdf_doc_open(buf, n, &err);
    *found = d && pdf_doc_qr(d, &q, &tr, &err) > 0;
    *renders = tr.renders;
    pdf_doc_close(d);
    return now_ms() - t;
}

int main(int argc, char **argv)
{
    xerr err = {0};
    void *ka = pdf_keepalive_open(&err);
    double inv_base[256], inv_full[256], inv_qr[256], inv_shipped[256], tk_base[256], tk_shipped[256];
    double no_base[256], no_qr[256], no_shipped[256];
    int ni = 0, ns = 0, nt = 0, nn = 0;
    printf("%-36s %-10s %9s %9s %9s  %s\n", "file", "doc_type", "parse", "parse+qr", "qr", "share");
    for (int a = 1; a < argc && a < 256; a++) {
        FILE *f = fopen(argv[a], "rb");
        if (!f)
            continue;
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        uint8_t *buf = n > 0 ? malloc((size_t)n) : NULL;
        if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
            fclose(f);
            free(buf);
            continue;
        }
        fclose(f);
        double base = 1e9, shipped = 1e9, qr = 1e9;
        const char *type = "";
        bool has_qr = false, shipped_qr = false;
        int renders = 0;
        for (int i = 0; i < REPEAT; i++) {
            double x = parse_ms(buf, (size_t)n, 0, &type, &shipped_qr);
            base = x < base ? x : base;
            x = parse_ms(buf, (size_t)n, RP_QR, &type, &shipped_qr);
            shipped = x < shipped ? x : shipped;
            if (strncmp(type, "ticket", 6)) {
                x = qr_ms(buf, (size_t)n, &has_qr, &renders);
                qr = x < qr ? x : qr;
            }
        }
        const char *name = strrchr(argv[a], '/') ? strrchr(argv[a], '/') + 1 : argv[a];
        if (!strcmp(type, "ticket")) {
            printf("%-36s %-10s %9.2f %9.2f %9s\n", name, type, base, shipped, "-");
            tk_base[nt] = base;
            tk_shipped[nt++] = shipped;
        } else {
            char note[64] = "";
            if (!has_qr || renders)
                snprintf(note, sizeof note, "  (%s%s%d rendered)", has_qr ? "" : "no QR", has_qr ? "" : ", ",
                         renders);
            printf("%-36s %-10s %9.2f %9.2f %9.2f  %4.0f%%%s\n", name, type, base, shipped, qr,
                   100 * qr / (base + qr), note);
            if (has_qr) {
                inv_base[ni] = base;
                inv_qr[ni] = qr;
                inv_full[ni++] = base + qr;
            } else {
                no_base[nn] = base;
                no_qr[nn] = qr;
                no_shipped[nn++] = shipped;
            }
            if (shipped_qr)
                inv_shipped[ns++] = shipped;
        }
        free(buf);
    }
    if (ni) {
        double full = median(inv_full, ni), q = median(inv_qr, ni), b = median(inv_base, ni);
        printf("\ninvoices with a QR (%d): median parse %.2f ms, parse + QR search %.2f ms, QR search %.2f ms "
               "(%.0f%% of it)\n", ni, b, full, q, 100 * q / full);
    }
    if (ns)
        printf("invoices read with their QR by receipt_parse_pdf (%d): median %.2f ms\n", ns, median(inv_shipped, ns));
    if (nn) {
        double b = median(no_base, nn), q = median(no_qr, nn);
        printf("invoices without a QR (%d): median %.2f ms as shipped, parse %.2f ms, QR search %.2f ms "
               "(%.0f%% of parse + QR search)\n", nn, median(no_shipped, nn), b, q, 100 * q / (b + q));
    }
    if (nt)
        printf("tickets (%d): median %.2f ms without the QR step, %.2f ms as shipped\n", nt, median(tk_base, nt),
               median(tk_shipped, nt));
    pdf_keepalive_close(ka);
    return 0;
}
