#include "knowledge.h"

#include <glib.h>
#include <string.h>

#include "mpclass.h"

/* A copy cut at cap bytes may end inside a character: end it before. */
static void utf8_trim(char *s)
{
    const gchar *end;
    if (!g_utf8_validate(s, -1, &end))
        *(char *)end = '\0';
}

static const char *item_category(void *ctx, const char *department, const char *description)
{
    return cat_item(ctx, department, description ? description : "");
}

/* An issuer the data knows by CUIT has its brand; any other is named after
 * its legal name without the legal form (INC S.A. stays a name, never a guess). */
static void brand_of(void *ctx, const char *cuit, const char *legal_name, char *out, size_t cap)
{
    const char *b = cuit ? cat_brand_cuit(ctx, cuit) : NULL;
    if (b)
        g_strlcpy(out, b, cap);
    else
        cat_brand_name(legal_name ? legal_name : "", out, cap);
    utf8_trim(out);
}

/* The categories money that is not a purchase goes to: a ticket's discounts,
 * taxes and perceptions, a Mercado Pago tax or fee, a refund.  Named here
 * once; a set of rules without one of them leaves the column empty. */
#define CAT_DISCOUNTS "descuentos"
#define CAT_TAXES "impuestos"
#define CAT_REFUNDS "reintegros"

static const char *known_category(const cat_rules *r, const char *id)
{
    size_t n = cat_taxonomy_count(r);
    for (size_t i = 0; i < n; i++) {
        const char *cid, *name;
        bool pseudo;
        if (cat_taxonomy_at(r, i, &cid, &name, &pseudo) == 0 && strcmp(cid, id) == 0)
            return cid;
    }
    return NULL;
}

static const char *line_category(void *ctx, const char *line_kind)
{
    if (strcmp(line_kind, "discount") == 0)
        return known_category(ctx, CAT_DISCOUNTS);
    if (strcmp(line_kind, "tax") == 0)
        return known_category(ctx, CAT_TAXES);
    return NULL;
}

static bool is(const char *cls, const char *name)
{
    return cls && strcmp(cls, name) == 0;
}

static const char *store_category(void *ctx, const char *cls, const char *store_name, bool marketplace)
{
    if (is(cls, "tax"))
        return known_category(ctx, CAT_TAXES);
    if (is(cls, "refund"))
        return known_category(ctx, CAT_REFUNDS);
    return cat_store(ctx, store_name, marketplace);
}

/* A tax or fee is the tax brand's, whatever store it names; any other row
 * is its store's (the marketplace's for a Mercado Libre purchase). */
static void store_brand(void *ctx, const char *cls, const char *store_name, bool marketplace, char *out,
                        size_t cap)
{
    if (is(cls, "tax"))
        g_strlcpy(out, cat_brand_tax(ctx), cap);
    else if (marketplace)
        g_strlcpy(out, cat_brand_marketplace(ctx), cap);
    else
        cat_brand_store(ctx, store_name, out, cap);
    if (!out[0])
        g_strlcpy(out, cat_brand_other(ctx), cap);
    utf8_trim(out);
}

/* The report keeps no separate credit and debit: net_amount is credit −
 * debit with one of them zero, so its sign is the side (mpclass.c falls back
 * to it).  An empty RECORD_TYPE cell reads as an absent column there. */
static const char *classify(void *ctx, const mp_report *rep, const mp_row *row, char *rule, size_t cap)
{
    (void)ctx;
    int n = 0;
    const char *why = "";
    xdec unset = {0, 2, false};
    mp_class c = mp_classify(rep->report_type, row->s[MP_RECORD_TYPE] != NULL, row->s[MP_DATE],
                             row->s[MP_SOURCE_ID], row->s[MP_RECORD_TYPE], row->s[MP_DESCRIPTION],
                             row->s[MP_TRANSACTION_TYPE], row->net, unset, unset, &n, &why);
    if (n > 0)
        g_snprintf(rule, cap, "%d: %s", n, why ? why : "");
    else
        g_snprintf(rule, cap, "%s", why ? why : "");
    return mp_class_name(c);
}

void proc_knowledge_from_rules(proc_knowledge *kn, const cat_rules *r)
{
    memset(kn, 0, sizeof *kn);
    if (!r)
        return;
    kn->ctx = (void *)r;
    kn->item_category = item_category;
    kn->line_category = line_category;
    kn->brand_of = brand_of;
    kn->store_category = store_category;
    kn->store_brand = store_brand;
    kn->classify = classify;
}
