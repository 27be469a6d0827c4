/* The household classification of a Mercado Pago report row: the table of
 * ../shared/fixtures/household/README.md (rules 1-13, first match wins) for
 * release reports, and rules 14-18 of our own for settlement reports (see
 * mpclass.c).  Pure function of the row's cells; no state. */
#ifndef EXPETL_MPCLASS_H
#define EXPETL_MPCLASS_H

#include "normalize.h"

typedef enum {
    MPC_SPENDING,
    MPC_REFUND,
    MPC_INCOME,
    MPC_OWN_TRANSFER,
    MPC_TRANSFER_OUT,
    MPC_TAX,
    MPC_IGNORE,
    MPC_UNCLASSIFIED
} mp_class;

/* "spending", "refund", "income", "own_transfer", "transfer_out", "tax",
 * "ignore", "unclassified" */
const char *mp_class_name(mp_class c);

/* report_type: "release" or "settlement"; the strings may be NULL or "" when
 * the cell is empty.  net_amount is the contract's (credit − debit for a
 * release report, SETTLEMENT_NET_AMOUNT for a settlement one); credit and
 * debit are NET_CREDIT_AMOUNT / NET_DEBIT_AMOUNT when the report has them,
 * else unset.  *rule: the rule number that matched (0 for unclassified);
 * *why: a short static reason.  rule and why may be NULL. */
mp_class mp_classify(const char *report_type, bool has_record_type_column, const char *date,
                     const char *source_id, const char *record_type, const char *description,
                     const char *transaction_type, xdec net_amount, xdec credit, xdec debit, int *rule,
                     const char **why);

#endif
