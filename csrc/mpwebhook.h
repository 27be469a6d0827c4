/* Mercado Pago notification verification (shared/reference/mercadopago.md
 * §6, §7).
 *
 * Report-ready notifications carry signature = bcrypt(transaction_id + "-" +
 * secret + "-" + generation_date): checked with libxcrypt's crypt_rn and a
 * constant-time compare.  General notifications carry
 * `x-signature: ts=…,v1=<hex HMAC-SHA256(secret, manifest)>` over the
 * manifest `id:<data.id>;request-id:<x-request-id>;ts:<ts>;` (GLib's GHmac).
 * Both reject notifications older than a tolerance (replays). */
#ifndef EXPETL_MPWEBHOOK_H
#define EXPETL_MPWEBHOOK_H

#include <time.h>

#include "xcommon.h"

#define XLIM_WEBHOOK_BODY (64u * 1024u)

/* The bcrypt costs accepted in a report-ready signature.  The cost is read
 * from the (unsigned) body and each step doubles the work (cost 18: ~13 CPU
 * seconds), so it is bounded before any hashing.  4 is bcrypt's minimum;
 * 12 covers every common library's default (jBCrypt, Spring, Go, Node,
 * PHP < 8.4: 10; Python bcrypt, Ruby, PHP 8.4: 12) and costs ~0.25 s. */
#define XBCRYPT_COST_MIN 4
#define XBCRYPT_COST_MAX 12
/* bcrypt hashes at most this many bytes of its input */
#define XBCRYPT_MAX_INPUT 72

typedef struct {
    char transaction_id[64];
    char generation_date[64];
    char report_type[32];
    int is_test;
    int nfiles;
    struct {
        char name[256];
        char url[1024];
        char type[16];
    } files[8];
} mp_report_note;

/* 0 when the body is a well-formed report-ready notification whose
 * signature verifies and whose generation_date is within tolerance_s of now
 * (tolerance_s <= 0: no replay check); -1 with XE_SIGNATURE (bad, missing or
 * stale signature) or XE_ARG (not a notification) otherwise. */
int mp_verify_report_note(const char *body, size_t len, const char *secret, long tolerance_s, time_t now,
                          mp_report_note *out, xerr *err);

/* 0 when x_signature verifies for this request id and data.id; -1 with
 * XE_SIGNATURE otherwise.  request_id or data_id may be NULL (left out of the
 * manifest, as the scheme says). */
int mp_verify_x_signature(const char *x_signature, const char *request_id, const char *data_id,
                          const char *secret, long tolerance_s, time_t now, xerr *err);

/* The cost of a well-formed bcrypt hash ("$2a$", "$2b$" or "$2y$", two
 * digits, "$", 53 characters of bcrypt's base64: 60 in all), or -1.  Reads
 * only the string: no hashing. */
int mp_bcrypt_cost(const char *hash);

/* Constant-time equality of two NUL-terminated strings (time depends on the
 * length of b only). */
int xconst_eq(const char *a, const char *b);

#endif
