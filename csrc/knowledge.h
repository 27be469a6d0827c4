/* The processed files' household knowledge (proc_knowledge) from a set of
 * ledger rules: item and store categories, issuer and store brands, and the
 * Mercado Pago classification.  The glue between processed.c, which only
 * asks, and categorize.c / mpclass.c, which know. */
#ifndef EXPETL_KNOWLEDGE_H
#define EXPETL_KNOWLEDGE_H

#include "categorize.h"
#include "processed.h"

/* kn answers from r (which must outlive kn's use); r NULL leaves every
 * callback NULL, so the knowledge columns stay empty. */
void proc_knowledge_from_rules(proc_knowledge *kn, const cat_rules *r);

#endif
