/* The household ledger's per-item knowledge: the category of a ticket line,
 * of a Mercado Pago store, and the brand of an issuer or a store, all driven
 * by data (expetl/data/ledger_rules.json) loaded once into an immutable
 * object.  Pure C (cJSON for the data); no globals: the rules are handed in.
 *
 * Matching works on folded words: ASCII upper case, Spanish accents removed
 * (Ñ → N), apostrophes joined (HELLMANN'S → HELLMANNS), any other
 * non-alphanumeric byte a separator, words with a digit (sizes: 500G, X12,
 * 1,5L) and the data's stopwords (DE, LA, X, KG...) skipped.  A term is one
 * or more such words, each exact or a prefix (CONGEL*); a term matches
 * consecutive kept words only, so PAN never matches PANAL or PANCETA. */
#ifndef EXPETL_CATEGORIZE_H
#define EXPETL_CATEGORIZE_H

#include "xcommon.h"

/* what the warehouse columns hold: category varchar(32), brand varchar(128) */
#define CAT_ID_MAX 32
#define CAT_BRAND_MAX 127

typedef struct cat_rules cat_rules; /* immutable once loaded; safe to share between threads */

/* Parse and validate the rules (the JSON text, n bytes).  0, or -1 with err
 * set (XE_ARG for a file that does not follow the format, naming the key;
 * XE_NOMEM). */
int cat_rules_load(const char *json, size_t n, cat_rules **out, xerr *err);
void cat_rules_free(cat_rules *r);

/* The category id of a ticket / invoice item line; never NULL ("otros" when
 * nothing places it).  Order: a product rule that says more than the
 * department, then the department, then the description alone. */
const char *cat_item(const cat_rules *r, const char *department /* may be NULL */, const char *description);
/* The category id of a Mercado Pago spending row that no ticket explains. */
const char *cat_store(const cat_rules *r, const char *store_name /* may be NULL */, bool marketplace);
/* The brand of an issuer CUIT (11 digits, dashes allowed), or NULL when the
 * data does not know it. */
const char *cat_brand_cuit(const cat_rules *r, const char *cuit11);
/* The brand for a merchant's legal name when the CUIT is unknown: the name
 * without its legal form, in title case, Spanish particles in lower case
 * ("DISTRIBUIDORA PATAGÓNICA DEL SUR S.R.L." → "Distribuidora Patagónica del
 * Sur").  Always NUL-terminates out (cap > 0); "" for an empty name. */
void cat_brand_name(const char *legal_name, char *out, size_t cap);
/* The brand of a Mercado Pago STORE_NAME: a known brand word in it
 * ("Carrefour Hiper Palermo" → "Carrefour"), else the name cleaned (branch
 * numbers and codes dropped, whitespace collapsed); "" when empty. */
void cat_brand_store(const cat_rules *r, const char *store_name, char *out, size_t cap);

/* The brands of rows that are not a store's (brands.marketplace / tax /
 * other in the data): "Mercado Libre", "Impuestos", "Otros". */
const char *cat_brand_marketplace(const cat_rules *r);
const char *cat_brand_tax(const cat_rules *r);
const char *cat_brand_other(const cat_rules *r);

/* Read-only views for the report and the binding. */
size_t cat_taxonomy_count(const cat_rules *r);
/* i-th category of the taxonomy (pseudo-categories after the real ones):
 * id and Spanish name; *pseudo true for descuentos / reintegros. */
int cat_taxonomy_at(const cat_rules *r, size_t i, const char **id, const char **name, bool *pseudo);
int cat_rules_version(const cat_rules *r);

#endif
