/* Debug tool: prints the physical rows of a PDF (ROWS=1; ROWS=2 with each
 * word's x extent) and the parsed receipt. */
#include "../../csrc/pdfrows.h"
#include "../../csrc/parse.h"
#include "receipt_json.h"

#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    xerr err = {0};
    void *ka = pdf_keepalive_open(&err);
    for (int a = 1; a < argc; a++) {
        FILE *f = fopen(argv[a], "rb");
        if (!f)
            return 2;
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        unsigned char *buf = malloc((size_t)n + 1);
        if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n)
            return 2;
        fclose(f);
        receipt rc;
        receipt_init(&rc);
        int r = receipt_parse_pdf(buf, (size_t)n, &rc, &err);
        if (getenv("ROWS"))
            for (size_t i = 0; i < rc.rows.n; i++) {
                const xw_row *row = &rc.rows.rows[i];
                printf("p%d y%6.1f |", row->page, row->y0);
                if (getenv("ROWS")[0] == '2')
                    printf(" -%.1f |", row->y1);
                for (int k = 0; k < row->nw; k++)
                {
                    printf("%s%s", k && row->w[k].cell != row->w[k - 1].cell ? " | " : " ",
                           row->w[k].raw);
                    if (getenv("ROWS")[0] == '2') /* ROWS=2: x extents too */
                        printf("@%.0f-%.0f", row->w[k].x0, row->w[k].x1);
                }
                printf("\n");
            }
        if (r)
            printf("%s: error %d %s\n", argv[a], err.code, err.msg);
        else {
            xbuf out = {0};
            receipt_to_json(&rc, &out);
            printf("%s\n", out.p);
            xbuf_free(&out);
        }
        receipt_free(&rc);
        free(buf);
    }
    pdf_keepalive_close(ka);
    return 0;
}
