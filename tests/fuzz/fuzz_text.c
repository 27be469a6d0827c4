/* The row builder (layout text → rows) and the ticket/invoice parsers. */
#include "../../csrc/parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    receipt rc;
    xerr err = {0};
    receipt_init(&rc);
    receipt_parse_text((const char *)data, size, &rc, &err);
    receipt_free(&rc);
    return 0;
}
