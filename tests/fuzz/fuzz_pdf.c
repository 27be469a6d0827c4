/* Whole PDFs through poppler, the row builder, the parsers and the
 * processed-CSV writer. */
#include "../../csrc/pdfrows.h"
#include "../../csrc/processed.h"
#include "../../csrc/parse.h"

#include <stdlib.h>

static void *keepalive;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    xerr err = {0};
    keepalive = pdf_keepalive_open(&err);
    return keepalive ? 0 : 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    receipt rc;
    xerr err = {0};
    xbuf csv = {0};
    receipt_init(&rc);
    if (receipt_parse_pdf(data, size, &rc, &err) == 0)
        proc_receipt_csv(&rc, "00", "src", "key", NULL, &csv, &err);
    xbuf_free(&csv);
    receipt_free(&rc);
    return 0;
}
