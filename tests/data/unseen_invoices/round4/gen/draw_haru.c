/* Executes a draw list (TSV, cp1252) with libharu.  draw_haru ops.tsv out.pdf */
#include <hpdf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
static void err(HPDF_STATUS e, HPDF_STATUS d, void *u) { fprintf(stderr, "haru error %04X %u\n", (unsigned)e, (unsigned)d); exit(1); }
int main(int argc, char **argv) {
    FILE *f = fopen(argv[1], "rb"); char line[8192]; char qrmode[32] = "vector", qrpng[1024] = "", matrix[8192] = "";
    HPDF_Doc pdf = HPDF_New(err, NULL); HPDF_SetCompressionMode(pdf, HPDF_COMP_ALL);
    HPDF_Page page = NULL; HPDF_Font font = NULL; float fsz = 9, H = 842;
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        char *p[8] = {0}; int n = 0; char *s = line;
        while (n < 8) { p[n++] = s; char *t = strchr(s, '\t'); if (!t) break; *t = 0; s = t + 1; }
        if (!strcmp(p[0], "META")) {
            if (!strcmp(p[1], "qr_mode")) strcpy(qrmode, p[2]);
            else if (!strcmp(p[1], "qr_png")) strcpy(qrpng, p[2]);
            else if (!strcmp(p[1], "qr_matrix")) strcpy(matrix, p[2]);
            else if (!strcmp(p[1], "creator")) HPDF_SetInfoAttr(pdf, HPDF_INFO_CREATOR, p[2]);
            else if (!strcmp(p[1], "title")) HPDF_SetInfoAttr(pdf, HPDF_INFO_TITLE, p[2]);
            else if (!strcmp(p[1], "author")) HPDF_SetInfoAttr(pdf, HPDF_INFO_AUTHOR, p[2]);
        } else if (!strcmp(p[0], "P")) {
            page = HPDF_AddPage(pdf); HPDF_Page_SetSize(page, HPDF_PAGE_SIZE_A4, HPDF_PAGE_PORTRAIT);
        } else if (!strcmp(p[0], "F")) {
            const char *nm = !strcmp(p[1], "sans") ? "Helvetica" : !strcmp(p[1], "sans-bold") ? "Helvetica-Bold" :
                !strcmp(p[1], "serif") ? "Times-Roman" : !strcmp(p[1], "serif-bold") ? "Times-Bold" :
                !strcmp(p[1], "mono") ? "Courier" : "Courier-Bold";
            font = HPDF_GetFont(pdf, nm, "WinAnsiEncoding"); fsz = atof(p[2]);
        } else if (!strcmp(p[0], "T")) {
            HPDF_Page_SetFontAndSize(page, font, fsz);
            float x = atof(p[1]), y = H - atof(p[2]); float w = HPDF_Page_TextWidth(page, p[4]);
            if (p[3][0] == 'R') x -= w; else if (p[3][0] == 'C') x -= w / 2;
            HPDF_Page_BeginText(page); HPDF_Page_TextOut(page, x, y, p[4]); HPDF_Page_EndText(page);
        } else if (!strcmp(p[0], "R")) {
            float x = atof(p[1]), y = atof(p[2]), w = atof(p[3]), h = atof(p[4]);
            HPDF_Page_SetLineWidth(page, atof(p[5]));
            if (strcmp(p[6], "-1")) { HPDF_Page_SetGrayFill(page, atof(p[6])); HPDF_Page_Rectangle(page, x, H - y - h, w, h); HPDF_Page_FillStroke(page); HPDF_Page_SetGrayFill(page, 0); }
            else { HPDF_Page_Rectangle(page, x, H - y - h, w, h); HPDF_Page_Stroke(page); }
        } else if (!strcmp(p[0], "L")) {
            HPDF_Page_SetLineWidth(page, atof(p[5]));
            HPDF_Page_MoveTo(page, atof(p[1]), H - atof(p[2])); HPDF_Page_LineTo(page, atof(p[3]), H - atof(p[4])); HPDF_Page_Stroke(page);
        } else if (!strcmp(p[0], "Q")) {
            float x = atof(p[1]), y = atof(p[2]), sz = atof(p[3]);
            if (!strcmp(qrmode, "image")) {
                HPDF_Image im = HPDF_LoadPngImageFromFile(pdf, qrpng);
                HPDF_Page_DrawImage(page, im, x, H - y - sz, sz, sz);
            } else {
                int rows = 1; for (char *c = matrix; *c; c++) if (*c == ',') rows++;
                float m = sz / (rows + 8); int r = 0, c = 0;
                HPDF_Page_SetGrayFill(page, 0);
                for (char *q = matrix; *q; q++) {
                    if (*q == ',') { r++; c = 0; continue; }
                    if (*q == '1') HPDF_Page_Rectangle(page, x + (c + 4) * m, H - y - (r + 5) * m, m, m);
                    c++;
                }
                HPDF_Page_Fill(page);
            }
        }
    }
    HPDF_SaveToFile(pdf, argv[2]); HPDF_Free(pdf); return 0;
}
