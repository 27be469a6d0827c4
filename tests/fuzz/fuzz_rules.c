/* The ledger rules: the JSON loader (first byte even: the rest is a rules
 * file), and the matcher over the shipped rules (first byte odd: the rest
 * is department \n description, also tried as a store and a legal name),
 * plus the Mercado Pago classifier over the same cells. */
#include "../../csrc/categorize.h"
#include "../../csrc/mpclass.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* the shipped rules, read once (run from the repository root, as make
 * fuzz does); owned by the fuzzing process for its lifetime */
static cat_rules *shipped(void)
{
    static cat_rules *r;
    static bool tried;
    if (tried)
        return r;
    tried = true;
    FILE *f = fopen("expetl/data/ledger_rules.json", "rb");
    if (!f)
        return NULL;
    char *buf = malloc(1 << 20);
    size_t n = buf ? fread(buf, 1, 1 << 20, f) : 0;
    fclose(f);
    xerr err = {0};
    if (buf && cat_rules_load(buf, n, &r, &err) != 0)
        r = NULL;
    free(buf);
    return r;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1 || size > 65536)
        return 0;
    const char *s = (const char *)data + 1;
    size_t n = size - 1;
    if (data[0] % 2 == 0) {
        cat_rules *r = NULL;
        xerr err = {0};
        if (cat_rules_load(s, n, &r, &err) == 0) {
            cat_item(r, "ALMACEN", "LECHE ENTERA 1L");
            cat_store(r, "Farmacity", false);
            cat_rules_free(r);
        }
        return 0;
    }
    cat_rules *r = shipped();
    char *text = malloc(n + 1);
    if (!r || !text) {
        free(text);
        return 0;
    }
    memcpy(text, s, n);
    text[n] = '\0';
    char *desc = strchr(text, '\n');
    const char *dept = NULL;
    if (desc) {
        *desc++ = '\0';
        dept = text;
    } else
        desc = text;
    char out[64];
    if (!cat_item(r, dept, desc) || !cat_store(r, desc, false))
        abort();
    cat_brand_cuit(r, desc);
    cat_brand_name(desc, out, sizeof out);
    cat_brand_store(r, desc, out, sizeof out);
    cat_brand_store(r, desc, out, 3);
    xdec net = {0, 0, false};
    xn_plain_decimal(desc, strlen(desc), &net);
    int rule;
    const char *why;
    mp_classify(dept, n % 3 == 0, dept, desc, dept, desc, desc, net, net, net, &rule, &why);
    free(text);
    return 0;
}
