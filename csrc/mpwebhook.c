#include "mpwebhook.h"

#include <crypt.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cjson/cJSON.h>
#include <glib.h>

int xconst_eq(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    unsigned char d = (unsigned char)(la != lb);
    for (size_t i = 0; i < lb; i++)
        d |= (unsigned char)((i < la ? (unsigned char)a[i] : 0) ^ (unsigned char)b[i]);
    return d == 0;
}

int mp_bcrypt_cost(const char *h)
{
    static const char b64[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /* $2x$ (the pre-2011 buggy variant) is left out: nobody signs with it */
    if (strlen(h) != 60 || h[0] != '$' || h[1] != '2' || !strchr("aby", h[2]) || h[3] != '$' ||
        !isdigit((unsigned char)h[4]) || !isdigit((unsigned char)h[5]) || h[6] != '$')
        return -1;
    for (const char *c = h + 7; *c; c++)
        if (!strchr(b64, *c))
            return -1;
    return (h[4] - '0') * 10 + (h[5] - '0');
}

/* A string member copied into out (numbers accepted for ids). */
static int member(const cJSON *o, const char *name, char *out, size_t n)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    if (cJSON_IsString(v) && v->valuestring) {
        if (strlen(v->valuestring) >= n)
            return -1;
        memcpy(out, v->valuestring, strlen(v->valuestring) + 1);
        return 0;
    }
    if (cJSON_IsNumber(v)) {
        snprintf(out, n, "%.0f", v->valuedouble);
        return 0;
    }
    return -1;
}

static int stale(const char *iso, long tolerance_s, time_t now, xerr *err)
{
    if (tolerance_s <= 0)
        return 0;
    GDateTime *dt = g_date_time_new_from_iso8601(iso, NULL);
    if (!dt) {
        xerr_set(err, XE_SIGNATURE, "generation_date '%.40s' is not a date", iso);
        return -1;
    }
    gint64 t = g_date_time_to_unix(dt);
    g_date_time_unref(dt);
    if ((gint64)now - t > tolerance_s || t - (gint64)now > tolerance_s) {
        xerr_set(err, XE_SIGNATURE, "notification dated %.40s is outside the %ld s window (a replay?)", iso,
                 tolerance_s);
        return -1;
    }
    return 0;
}

int mp_verify_report_note(const char *body, size_t len, const char *secret, long tolerance_s, time_t now,
                          mp_report_note *out, xerr *err)
{
    char signature[128];
    int rc = -1;
    memset(out, 0, sizeof *out);
    if (!secret || !*secret) {
        xerr_set(err, XE_ARG, "no webhook secret configured");
        return -1;
    }
    if (len > XLIM_WEBHOOK_BODY) {
        xerr_set(err, XE_ARG, "notification body of %zu bytes is over the limit", len);
        return -1;
    }
    cJSON *j = cJSON_ParseWithLength(body, len);
    if (!cJSON_IsObject(j)) {
        xerr_set(err, XE_ARG, "the notification is not a JSON object");
        goto done;
    }
    if (member(j, "transaction_id", out->transaction_id, sizeof out->transaction_id) ||
        member(j, "generation_date", out->generation_date, sizeof out->generation_date) ||
        member(j, "signature", signature, sizeof signature)) {
        xerr_set(err, XE_SIGNATURE, "transaction_id, generation_date or signature missing");
        goto done;
    }
    member(j, "report_type", out->report_type, sizeof out->report_type);
    out->is_test = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(j, "is_test"));
    const cJSON *files = cJSON_GetObjectItemCaseSensitive(j, "files"), *f;
    cJSON_ArrayForEach(f, files)
    {
        if (out->nfiles >= (int)(sizeof out->files / sizeof *out->files))
            break;
        if (!cJSON_IsObject(f))
            continue;
        int k = out->nfiles;
        if (member(f, "name", out->files[k].name, sizeof out->files[k].name) == 0) {
            member(f, "url", out->files[k].url, sizeof out->files[k].url);
            member(f, "type", out->files[k].type, sizeof out->files[k].type);
            out->nfiles++;
        }
    }
    int cost = mp_bcrypt_cost(signature);
    if (cost < 0) {
        xerr_set(err, XE_SIGNATURE, "the signature is not a bcrypt hash ($2a$, $2b$ or $2y$, two-digit cost)");
        goto done;
    }
    if (cost < XBCRYPT_COST_MIN || cost > XBCRYPT_COST_MAX) {
        /* refused unhashed: the cost comes from the sender */
        xerr_set(err, XE_SIGNATURE, "bcrypt cost %d is outside %d..%d", cost, XBCRYPT_COST_MIN, XBCRYPT_COST_MAX);
        goto done;
    }
    /* used exactly as received, as the scheme says */
    char *msg = g_strdup_printf("%s-%s-%s", out->transaction_id, secret, out->generation_date);
    struct crypt_data *cd = calloc(1, sizeof *cd); /* 32 KiB: not on the stack */
    int ok = 0;
    if (!cd) {
        explicit_bzero(msg, strlen(msg));
        g_free(msg);
        xerr_set(err, XE_NOMEM, "out of memory");
        goto done;
    }
    /* crypt_rn returns NULL (never a "*0" marker string) on failure */
    const char *h = crypt_rn(msg, signature, cd, (int)sizeof *cd);
    ok = h && xconst_eq(h, signature);
    explicit_bzero(msg, strlen(msg));
    g_free(msg);
    explicit_bzero(cd, sizeof *cd);
    free(cd);
    if (!ok) {
        xerr_set(err, XE_SIGNATURE, "the notification signature does not verify");
        goto done;
    }
    /* bcrypt reads the first 72 bytes of what it hashes: past them the
     * generation date is not signed, and a captured notification could be
     * sent again with a fresh one (the staleness check void).  Checked only
     * once the signature verifies: who gets here knows the password, and
     * an unsigned request learns nothing of its length. */
    size_t room = strlen(out->transaction_id) + strlen(out->generation_date) + 2;
    if (room + strlen(secret) > XBCRYPT_MAX_INPUT) {
        xerr_set(err, XE_SIGNATURE,
                 "bcrypt signs only the first %d bytes, and with this password the generation date is past them: "
                 "set a password for encryption of at most %zu bytes",
                 XBCRYPT_MAX_INPUT, room < XBCRYPT_MAX_INPUT ? XBCRYPT_MAX_INPUT - room : 0);
        goto done;
    }
    if (stale(out->generation_date, tolerance_s, now, err) != 0)
        goto done;
    rc = 0;
done:
    cJSON_Delete(j);
    return rc;
}

int mp_verify_x_signature(const char *xsig, const char *request_id, const char *data_id, const char *secret,
                          long tolerance_s, time_t now, xerr *err)
{
    char ts[32] = "", v1[80] = "";
    if (!secret || !*secret) {
        xerr_set(err, XE_ARG, "no webhook secret configured");
        return -1;
    }
    if (!xsig || strlen(xsig) > 512) {
        xerr_set(err, XE_SIGNATURE, "x-signature header missing");
        return -1;
    }
    /* "ts=…,v1=…" in any order, spaces allowed */
    for (const char *p = xsig; *p;) {
        while (*p == ' ' || *p == ',')
            p++;
        size_t kl = strcspn(p, "=,");
        if (p[kl] != '=') {
            p += kl;
            continue;
        }
        const char *v = p + kl + 1;
        size_t vl = strcspn(v, ",");
        while (vl && v[vl - 1] == ' ')
            vl--;
        if (kl == 2 && !strncmp(p, "ts", 2) && vl < sizeof ts)
            snprintf(ts, sizeof ts, "%.*s", (int)vl, v);
        else if (kl == 2 && !strncmp(p, "v1", 2) && vl < sizeof v1)
            snprintf(v1, sizeof v1, "%.*s", (int)vl, v);
        p = v + strcspn(v, ",");
    }
    if (!ts[0] || !v1[0]) {
        xerr_set(err, XE_SIGNATURE, "x-signature lacks ts or v1");
        return -1;
    }
    for (char *c = v1; *c; c++)
        *c = (char)tolower((unsigned char)*c);
    GString *m = g_string_new(NULL);
    if (data_id && *data_id) {
        g_string_append(m, "id:");
        for (const char *c = data_id; *c; c++)
            g_string_append_c(m, (char)tolower((unsigned char)*c)); /* ids are used in lower case */
        g_string_append_c(m, ';');
    }
    if (request_id && *request_id)
        g_string_append_printf(m, "request-id:%s;", request_id);
    g_string_append_printf(m, "ts:%s;", ts);
    gchar *mac = g_compute_hmac_for_data(G_CHECKSUM_SHA256, (const guchar *)secret, strlen(secret),
                                         (const guchar *)m->str, m->len);
    g_string_free(m, TRUE);
    int ok = mac && xconst_eq(v1, mac);
    g_free(mac);
    if (!ok) {
        xerr_set(err, XE_SIGNATURE, "x-signature does not verify");
        return -1;
    }
    if (tolerance_s > 0) {
        char *end;
        long long t = strtoll(ts, &end, 10);
        if (*end || end == ts) {
            xerr_set(err, XE_SIGNATURE, "x-signature ts is not a number");
            return -1;
        }
        if (strlen(ts) >= 13)
            t /= 1000; /* milliseconds, as the documentation says (examples use seconds) */
        if ((long long)now - t > tolerance_s || t - (long long)now > tolerance_s) {
            xerr_set(err, XE_SIGNATURE, "x-signature ts is outside the %ld s window (a replay?)", tolerance_s);
            return -1;
        }
    }
    return 0;
}
