/* Mercado Pago rows → household classes.
 *
 * Release reports ("Liberaciones"): the household README's table, rules
 * 1-13 in its order, first match wins.  "out" is NET_DEBIT_AMOUNT > 0 and
 * "in" NET_CREDIT_AMOUNT > 0 when the report gives them; otherwise (or when
 * neither is set) the sign of net_amount.  A row with both at zero is
 * neither, so a `payment` of 0.00 stays unclassified (rule 6/7 need a side).
 *
 * Settlement reports ("Dinero en cuenta") are a seller's view: no
 * RECORD_TYPE / DESCRIPTION, a TRANSACTION_TYPE instead.  Rules 1 and 3
 * (no DATE, no SOURCE_ID: a sum or a snapshot) hold for them too; then:
 *
 *   14 SETTLEMENT, SETTLEMENT_SHIPPING, CASHBACK, in        → income (a sale collected, net of fees)
 *   15 REFUND, REFUND_SHIPPING, CHARGEBACK, CHARGEBACK_SHIPPING, out
 *                                                          → income, negative (a sale given back)
 *   16 DISPUTE, DISPUTE_SHIPPING, any                      → ignore (money held during a claim, as a block)
 *   17 WITHDRAWAL out, WITHDRAWAL_CANCEL in                → own_transfer (to the holder's bank; a cancel is negative)
 *   18 PAYOUT out, PAYOUT_CANCEL in                        → transfer_out (as release rule 11)
 *
 * and anything else is unclassified: reported, never counted. */
#include "mpclass.h"

#include <string.h>

const char *mp_class_name(mp_class c)
{
    static const char *const names[] = {"spending", "refund", "income", "own_transfer", "transfer_out", "tax",
                                        "ignore", "unclassified"};
    return (unsigned)c <= MPC_UNCLASSIFIED ? names[c] : "unclassified";
}

static bool empty(const char *s) { return !s || !*s; }
static bool eq(const char *s, const char *w) { return s && !strcmp(s, w); }
static bool starts(const char *s, const char *p) { return s && !strncmp(s, p, strlen(p)); }
static bool positive(xdec d) { return d.set && d.v > 0; }
static bool negative(xdec d) { return d.set && d.v < 0; }

/* A word of the block vocabulary, alone or as the head of a longer name
 * (reserve_for_payment, dispute_xxx). */
static bool block_word(const char *d)
{
    static const char *const words[] = {"dispute", "credit_payment", "shipping_return", "restriction", NULL};
    if (starts(d, "reserve_for_"))
        return true;
    for (const char *const *w = words; *w; w++) {
        size_t n = strlen(*w);
        if (!strncmp(d, *w, n) && (d[n] == '\0' || d[n] == '_'))
            return true;
    }
    return false;
}

#define RESULT(cls, n, reason)       \
    do {                             \
        if (rule)                    \
            *rule = (n);             \
        if (why)                     \
            *why = (reason);         \
        return (cls);                \
    } while (0)

static mp_class settlement(const char *t, bool out, bool in, int *rule, const char **why)
{
    if ((eq(t, "SETTLEMENT") || eq(t, "SETTLEMENT_SHIPPING") || eq(t, "CASHBACK")) && in)
        RESULT(MPC_INCOME, 14, "settlement: a sale collected, net of fees");
    if ((eq(t, "REFUND") || eq(t, "REFUND_SHIPPING") || eq(t, "CHARGEBACK") || eq(t, "CHARGEBACK_SHIPPING")) &&
        out)
        RESULT(MPC_INCOME, 15, "settlement: a sale given back (refund or chargeback), negative income");
    if (eq(t, "DISPUTE") || eq(t, "DISPUTE_SHIPPING"))
        RESULT(MPC_IGNORE, 16, "settlement: money held during a claim, not spent or received");
    if ((eq(t, "WITHDRAWAL") && out) || (eq(t, "WITHDRAWAL_CANCEL") && in))
        RESULT(MPC_OWN_TRANSFER, 17, "settlement: money moved to the holder's bank account");
    if ((eq(t, "PAYOUT") && out) || (eq(t, "PAYOUT_CANCEL") && in))
        RESULT(MPC_TRANSFER_OUT, 18, "settlement: money sent to another account");
    RESULT(MPC_UNCLASSIFIED, 0, "settlement: transaction type and sign not in the table");
}

mp_class mp_classify(const char *report_type, bool has_record_type_column, const char *date,
                     const char *source_id, const char *record_type, const char *description,
                     const char *transaction_type, xdec net_amount, xdec credit, xdec debit, int *rule,
                     const char **why)
{
    bool split = credit.set || debit.set;
    bool out = split ? positive(debit) : negative(net_amount);
    bool in = split ? positive(credit) : positive(net_amount);
    if (empty(date))
        RESULT(MPC_IGNORE, 1, "no DATE: a subtotal or total line");
    if (eq(report_type, "settlement")) {
        if (empty(source_id))
            RESULT(MPC_IGNORE, 3, "no SOURCE_ID: a balance snapshot, not a movement");
        return settlement(transaction_type, out, in, rule, why);
    }
    if (eq(record_type, "initial_available_balance") || eq(record_type, "available_balance") ||
        eq(record_type, "subtotal") || eq(record_type, "total"))
        RESULT(MPC_IGNORE, 2, "a balance line or a sum, not a movement");
    if (empty(source_id))
        RESULT(MPC_IGNORE, 3, "no SOURCE_ID: a balance snapshot, not a movement");
    if (eq(record_type, "block") || eq(record_type, "unblock") || eq(record_type, "fullblock"))
        RESULT(MPC_IGNORE, 4, "money blocked or released again: nothing spent or received");
    /* "absent": the report has no RECORD_TYPE column (an empty cell in a
     * report that has one reads the same: there is nothing else to go by) */
    bool absent = !has_record_type_column || empty(record_type);
    if (absent && !empty(description) && block_word(description))
        RESULT(MPC_IGNORE, 5, "a block or unblock line of a report without RECORD_TYPE");
    if (!absent && !eq(record_type, "release"))
        RESULT(MPC_UNCLASSIFIED, 0, "a RECORD_TYPE not in the table");
    const char *d = description ? description : "";
    if (eq(d, "payment") && out)
        RESULT(MPC_SPENDING, 6, "payment, money out: the household paid");
    if (eq(d, "payment") && in)
        RESULT(MPC_INCOME, 7, "payment, money in: money received");
    if ((eq(d, "refund") || eq(d, "shipping_cancel")) && in)
        RESULT(MPC_REFUND, 8, "an earlier purchase paid back");
    if (eq(d, "shipping") && out)
        RESULT(MPC_SPENDING, 9, "delivery charge of an online purchase");
    if (eq(d, "withdrawal") && out)
        RESULT(MPC_OWN_TRANSFER, 10, "withdrawal to the holder's own bank account");
    if (eq(d, "payout") && out)
        RESULT(MPC_TRANSFER_OUT, 11, "money sent to another person's account");
    if (starts(d, "tax_") && (out || in))
        RESULT(MPC_TAX, 12, in ? "a tax reversed (negative tax)" : "a tax charged to the account");
    if ((eq(d, "asset_management_gain") || eq(d, "asset_management_loss")) && (out || in))
        RESULT(MPC_INCOME, 13, "yield on the balance (a loss is negative income)");
    RESULT(MPC_UNCLASSIFIED, 0, "description and sign not in the table");
}
