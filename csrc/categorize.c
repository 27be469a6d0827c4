/* Categories and brands from the data of expetl/data/ledger_rules.json.
 *
 * The item, department, store and brand vocabularies are each compiled at
 * load into a word trie kept in one open-addressing hash (a "lexicon"):
 * key = (parent node, word bytes, exact or prefix), value = child node.  A
 * node that ends a term carries the term's rank (its group's position in
 * the file) and level.  Matching a description walks the trie from every
 * word position, so an item costs O(words x longest term) probes; the hash
 * of a word is computed once, incrementally, and the prefix lengths that
 * exist under a node are a bit mask, so a prefix term costs one probe per
 * length that some term has, never a scan of the vocabulary. */
#include "categorize.h"

#include "normalize.h"

#include <cjson/cJSON.h>
#include <glib.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define TOK_MAX 48       /* words of a description looked at */
#define WORD_MAX 63      /* a longer word is cut (prefix masks are 64 bits) */
#define FOLD_MAX 512     /* folded bytes of one description */
#define DEPTH_MAX 8      /* words in one term */

/* ---- folding and words --------------------------------------------------- */

/* Two-byte UTF-8 Latin-1 supplement letters (C3 80..BF) folded to ASCII
 * upper case; 0 for the two that are not letters (× ÷). */
static char fold_c3(unsigned char c2)
{
    static const char map[64] = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYPS"
                                "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYPY";
    return map[c2 - 0x80];
}

typedef struct {
    uint16_t off;
    uint8_t len;
    bool prefix; /* the term's word ended in '*' */
} word;

typedef struct lexicon lexicon;
static int32_t lx_find_word(const lexicon *lx, const char *w, size_t len);

/* Fold s into buf and cut it into words (see categorize.h).  Words with a
 * digit and stopwords are dropped; with terms set, a '*' right after a word
 * makes it a prefix.  Returns the number of words; *dropped_all is set when
 * the text had letters but every word was dropped. */
static size_t fold_words(const char *s, size_t n, const lexicon *stop, bool terms, char *buf, word *w,
                         size_t wmax)
{
    size_t k = 0, nw = 0, start = 0;
    bool digit = false;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i <= n; i++) {
        int c = i < n ? u[i] : -1;
        char out = 0;
        bool join = false;
        if (c >= 'a' && c <= 'z')
            out = (char)(c - 32);
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
            out = (char)c;
        else if (c == 0xC3 && i + 1 < n && u[i + 1] >= 0x80 && u[i + 1] <= 0xBF)
            out = fold_c3(u[++i]);
        else if (c == '\'' || c == '`')
            join = true; /* HELLMANN'S → HELLMANNS, McDonald's → MCDONALDS */
        else if (c == 0xC2 && i + 1 < n && u[i + 1] == 0xB4)
            join = true, i++; /* ´ */
        else if (c == 0xE2 && i + 2 < n && u[i + 1] == 0x80 && (u[i + 2] == 0x98 || u[i + 2] == 0x99))
            join = true, i += 2; /* ‘ ’ */
        else if (c >= 0xC0 && c != -1) {
            /* any other multi-byte character separates words */
            while (i + 1 < n && (u[i + 1] & 0xC0) == 0x80)
                i++;
        }
        if (join)
            continue;
        if (out && k < FOLD_MAX - 1) {
            if (out >= '0' && out <= '9')
                digit = true;
            buf[k++] = out;
            continue;
        }
        /* a separator (or the end): close the word */
        size_t len = k - start;
        bool star = terms && c == '*';
        if (len > 0) {
            if (len > WORD_MAX) {
                k = start + WORD_MAX;
                len = WORD_MAX;
            }
            bool keep = !digit && nw < wmax && !(stop && lx_find_word(stop, buf + start, len) >= 0);
            if (keep)
                w[nw++] = (word){(uint16_t)start, (uint8_t)len, star};
            else
                k = start;
        }
        start = k;
        digit = false;
        if (k >= FOLD_MAX - 1)
            break;
    }
    buf[k] = '\0';
    return nw;
}

/* ---- lexicon -------------------------------------------------------------- */

typedef struct {
    uint64_t h;     /* 0 = empty */
    uint32_t parent, child;
    uint32_t off;   /* key bytes in lexicon.keys */
    uint8_t len;
    uint8_t prefix;
} lx_slot;

/* A term's value: its group's rank (file order) and the level of the group
 * (a list of groups of one standing, items only), packed as level << 20 |
 * rank so that the smaller value is the earlier group. */
#define LR_RANK(lr) ((lr) & 0xFFFFFu)
#define LR_LEVEL(lr) ((lr) >> 20)
#define LR_MAX_RANK 0xFFFFFu
#define LR_MAX_LEVEL 0x7FFu

typedef struct {
    int32_t lr;        /* best level/rank of a term ending here, -1 none */
    uint64_t preflens; /* bit L: some prefix key of length L hangs under this node */
} lx_node;

#define LX_FILTER_WORDS 1024 /* 65536 bits: 8 KiB, stays in cache */

#define LX_BIGRAMS (26 * 27)

struct lexicon {
    /* the prefix lengths under the root by a word's first two letters
     * (second index 26: a one-letter word): a word probes only the prefix
     * lengths of terms that start like it, not every length in use */
    uint64_t root_pref[LX_BIGRAMS];
    /* one bit per key hash: most probes (a word that starts no term, a
     * prefix length that no term has under this word) end here without
     * touching the table */
    uint64_t filter[LX_FILTER_WORDS];
    lx_slot *slots;
    size_t nslots, used; /* nslots a power of two */
    lx_node *nodes;
    size_t nnodes, capnodes;
    char *keys;
    size_t nkeys, capkeys;
    int depth; /* words in the longest term */
};

static inline uint64_t lx_seed(uint32_t parent) { return 0xcbf29ce484222325ULL ^ ((uint64_t)parent * 0x9E3779B97F4A7C15ULL); }
static inline uint64_t lx_step(uint64_t h, char c) { return (h ^ (unsigned char)c) * 0x100000001b3ULL; }
static inline uint64_t lx_final(uint64_t h, bool prefix)
{
    h ^= prefix ? 0x5bd1e995u : 0x27d4eb2fu;
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 32;
    return h | 1; /* never 0, the empty mark */
}

static inline bool lx_maybe(const lexicon *lx, uint64_t h)
{
    return lx->filter[(h >> 6) % LX_FILTER_WORDS] >> (h & 63) & 1;
}

static int32_t lx_probe(const lexicon *lx, uint64_t h, uint32_t parent, const char *w, size_t len, bool prefix)
{
    if (!lx->nslots || !lx_maybe(lx, h))
        return -1;
    size_t mask = lx->nslots - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        const lx_slot *s = &lx->slots[i];
        if (!s->h)
            return -1;
        if (s->h == h && s->parent == parent && s->len == len && s->prefix == prefix &&
            !memcmp(lx->keys + s->off, w, len))
            return (int32_t)s->child;
    }
}

static int32_t lx_find_word(const lexicon *lx, const char *w, size_t len)
{
    uint64_t h = lx_seed(0);
    for (size_t i = 0; i < len; i++)
        h = lx_step(h, w[i]);
    int32_t c = lx_probe(lx, lx_final(h, false), 0, w, len, false);
    return c >= 0 ? lx->nodes[c].lr : -1;
}

static int lx_grow(lexicon *lx)
{
    size_t n = lx->nslots ? lx->nslots * 2 : 256;
    lx_slot *s = calloc(n, sizeof *s);
    if (!s)
        return -1;
    for (size_t i = 0; i < lx->nslots; i++) {
        const lx_slot *o = &lx->slots[i];
        if (!o->h)
            continue;
        size_t j = (size_t)o->h & (n - 1);
        while (s[j].h)
            j = (j + 1) & (n - 1);
        s[j] = *o;
    }
    free(lx->slots);
    lx->slots = s;
    lx->nslots = n;
    return 0;
}

static int32_t lx_new_node(lexicon *lx)
{
    if (lx->nnodes >= INT32_MAX - 1 ||
        xvec_reserve((void **)&lx->nodes, &lx->capnodes, lx->nnodes + 1, sizeof *lx->nodes))
        return -1;
    lx->nodes[lx->nnodes] = (lx_node){-1, 0};
    return (int32_t)lx->nnodes++;
}

/* The child of parent under key w (created when missing); -1 on no memory. */
static int32_t lx_child(lexicon *lx, uint32_t parent, const char *w, size_t len, bool prefix)
{
    uint64_t h = lx_seed(parent);
    for (size_t i = 0; i < len; i++)
        h = lx_step(h, w[i]);
    h = lx_final(h, prefix);
    int32_t c = lx_probe(lx, h, parent, w, len, prefix);
    if (c >= 0)
        return c;
    if ((lx->used + 1) * 2 > lx->nslots && lx_grow(lx))
        return -1;
    if (xvec_reserve((void **)&lx->keys, &lx->capkeys, lx->nkeys + len, 1))
        return -1;
    int32_t child = lx_new_node(lx);
    if (child < 0)
        return -1;
    memcpy(lx->keys + lx->nkeys, w, len);
    size_t mask = lx->nslots - 1, i = (size_t)h & mask;
    while (lx->slots[i].h)
        i = (i + 1) & mask;
    lx->slots[i] = (lx_slot){h, parent, (uint32_t)child, (uint32_t)lx->nkeys, (uint8_t)len, prefix};
    lx->filter[(h >> 6) % LX_FILTER_WORDS] |= 1ULL << (h & 63);
    lx->nkeys += len;
    lx->used++;
    if (prefix) {
        lx->nodes[parent].preflens |= 1ULL << len;
        if (parent == 0)
            for (size_t b = 0; b < LX_BIGRAMS; b++)
                if ((size_t)(w[0] - 'A') == b / 27 && (len == 1 || (size_t)(w[1] - 'A') == b % 27))
                    lx->root_pref[b] |= 1ULL << len;
    }
    return child;
}

static int lx_init(lexicon *lx)
{
    memset(lx, 0, sizeof *lx);
    return lx_new_node(lx) == 0 ? 0 : -1; /* node 0: the root */
}

static void lx_free(lexicon *lx)
{
    free(lx->slots);
    free(lx->nodes);
    free(lx->keys);
    memset(lx, 0, sizeof *lx);
}

/* Add a term (words already folded, in buf) with its packed level/rank; the
 * earliest group of equal terms stays. */
static int lx_add(lexicon *lx, const char *buf, const word *w, size_t nw, int32_t lr)
{
    uint32_t node = 0;
    for (size_t i = 0; i < nw; i++) {
        int32_t c = lx_child(lx, node, buf + w[i].off, w[i].len, w[i].prefix);
        if (c < 0)
            return -1;
        node = (uint32_t)c;
    }
    if (lx->nodes[node].lr < 0 || lr < lx->nodes[node].lr)
        lx->nodes[node].lr = lr;
    if ((int)nw > lx->depth)
        lx->depth = (int)nw;
    return 0;
}

/* Match order: the earlier level; in a level the term that starts first
 * in the text (the head noun of a Spanish description comes first:
 * GASEOSA ... SIN AZUCAR, YOGUR ... FRUTILLA); then the earlier group. */
typedef struct {
    size_t start;
    uint64_t best; /* UINT64_MAX: none */
} lx_hit;

static void lx_visit(const lexicon *lx, uint32_t node, const char *buf, const word *w, size_t i, size_t nw,
                     int depth, lx_hit *hit);

static void lx_walk(const lexicon *lx, uint32_t node, const char *buf, const word *w, size_t i, size_t nw,
                    int depth, lx_hit *hit)
{
    if (i >= nw || depth >= lx->depth)
        return;
    const char *s = buf + w[i].off;
    size_t len = w[i].len;
    uint64_t pl = lx->nodes[node].preflens;
    if (node == 0 && pl && s[0] >= 'A' && s[0] <= 'Z' && (len == 1 || (s[1] >= 'A' && s[1] <= 'Z')))
        pl = lx->root_pref[(size_t)(s[0] - 'A') * 27 + (len == 1 ? 26 : (size_t)(s[1] - 'A'))];
    uint64_t h = lx_seed(node);
    for (size_t k = 0; k < len; k++) {
        h = lx_step(h, s[k]);
        if (pl >> (k + 1) & 1) {
            int32_t c = lx_probe(lx, lx_final(h, true), node, s, k + 1, true);
            if (c >= 0)
                lx_visit(lx, (uint32_t)c, buf, w, i, nw, depth, hit);
        }
    }
    int32_t c = lx_probe(lx, lx_final(h, false), node, s, len, false);
    if (c >= 0)
        lx_visit(lx, (uint32_t)c, buf, w, i, nw, depth, hit);
}

static void lx_visit(const lexicon *lx, uint32_t node, const char *buf, const word *w, size_t i, size_t nw,
                     int depth, lx_hit *hit)
{
    int32_t lr = lx->nodes[node].lr;
    if (lr >= 0) {
        uint64_t key = (uint64_t)LR_LEVEL((uint32_t)lr) << 40 | (uint64_t)hit->start << 32 | LR_RANK((uint32_t)lr);
        if (key < hit->best)
            hit->best = key;
    }
    lx_walk(lx, node, buf, w, i + 1, nw, depth + 1, hit);
}

/* The rank of the best term found in the words; -1 when none. */
static int32_t lx_match(const lexicon *lx, const char *buf, const word *w, size_t nw)
{
    lx_hit hit = {0, UINT64_MAX};
    for (size_t i = 0; i < nw; i++) {
        hit.start = i;
        lx_walk(lx, 0, buf, w, i, nw, 0, &hit);
    }
    return hit.best == UINT64_MAX ? -1 : (int32_t)(hit.best & 0xFFFFFu);
}

/* ---- the rules ------------------------------------------------------------ */

typedef struct {
    int16_t cat;   /* index into the taxonomy, -1 none */
    bool flag;     /* items: override (beats the department); departments: defer */
    int32_t brand; /* stores / brands: index into brand_names, -1 none */
    uint16_t level; /* items: the level (list of groups) the group is in */
} rank_info;

typedef struct {
    lexicon lx;
    rank_info *info;
    size_t n, cap;
} matcher;

typedef struct {
    char cuit[12];
    int32_t brand;
} cuit_brand;

struct cat_rules {
    int version;
    size_t ncat, npseudo; /* ids[0..ncat) real, then npseudo pseudo-categories */
    char **ids, **names;
    int16_t fallback, marketplace, store_unknown;
    lexicon stop;
    matcher items, depts, stores, brands;
    char **brand_names;
    size_t nbrands, capbrands;
    int32_t brand_marketplace, brand_tax, brand_other; /* indexes into brand_names */
    cuit_brand *cuits;
    size_t ncuits;
};

static int matcher_init(matcher *m)
{
    memset(m, 0, sizeof *m);
    return lx_init(&m->lx);
}

static void matcher_free(matcher *m)
{
    lx_free(&m->lx);
    free(m->info);
}

void cat_rules_free(cat_rules *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->ncat + r->npseudo; i++) {
        free(r->ids[i]);
        free(r->names[i]);
    }
    free(r->ids);
    free(r->names);
    lx_free(&r->stop);
    matcher_free(&r->items);
    matcher_free(&r->depts);
    matcher_free(&r->stores);
    matcher_free(&r->brands);
    for (size_t i = 0; i < r->nbrands; i++)
        free(r->brand_names[i]);
    free(r->brand_names);
    free(r->cuits);
    free(r);
}

/* Loader helpers: each returns 0, or -1 with err set (the message names the
 * key, so a broken data file says where). */

static int bad(xerr *err, const char *fmt, const char *what)
{
    xerr_set(err, XE_ARG, fmt, what);
    return -1;
}

static int nomem(xerr *err)
{
    xerr_set(err, XE_NOMEM, "out of memory loading the ledger rules");
    return -1;
}

static int16_t cat_index(const cat_rules *r, const char *id)
{
    for (size_t i = 0; i < r->ncat; i++)
        if (!strcmp(r->ids[i], id))
            return (int16_t)i;
    return -1;
}

/* A category id that a product or a merchant may have (not a pseudo one). */
static int get_cat(const cat_rules *r, const cJSON *o, const char *key, const char *where, int16_t *out, xerr *err)
{
    const cJSON *c = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsString(c)) {
        xerr_set(err, XE_ARG, "ledger rules: %s: \"%s\" must be a category id", where, key);
        return -1;
    }
    *out = cat_index(r, c->valuestring);
    if (*out < 0) {
        for (size_t i = r->ncat; i < r->ncat + r->npseudo; i++)
            if (!strcmp(r->ids[i], c->valuestring)) {
                xerr_set(err, XE_ARG, "ledger rules: %s: \"%s\" is a pseudo-category of the report, "
                         "never the category of a product or a merchant", where, c->valuestring);
                return -1;
            }
        xerr_set(err, XE_ARG, "ledger rules: %s: unknown category id \"%.64s\"", where, c->valuestring);
        return -1;
    }
    return 0;
}

static int load_taxonomy(cat_rules *r, const cJSON *root, xerr *err)
{
    const cJSON *tax = cJSON_GetObjectItemCaseSensitive(root, "taxonomy");
    const cJSON *ps = cJSON_GetObjectItemCaseSensitive(root, "pseudo");
    if (!cJSON_IsArray(tax) || !cJSON_GetArraySize(tax))
        return bad(err, "ledger rules: %s must be a non-empty array of {id, name}", "taxonomy");
    if (ps && !cJSON_IsArray(ps))
        return bad(err, "ledger rules: %s must be an array of {id, name}", "pseudo");
    size_t nt = (size_t)cJSON_GetArraySize(tax), np = ps ? (size_t)cJSON_GetArraySize(ps) : 0;
    if (nt + np > 1000)
        return bad(err, "ledger rules: %s: too many categories", "taxonomy");
    r->ids = calloc(nt + np, sizeof *r->ids);
    r->names = calloc(nt + np, sizeof *r->names);
    if (!r->ids || !r->names)
        return nomem(err);
    for (size_t k = 0; k < nt + np; k++) {
        const cJSON *e = k < nt ? cJSON_GetArrayItem(tax, (int)k) : cJSON_GetArrayItem(ps, (int)(k - nt));
        const cJSON *id = cJSON_GetObjectItemCaseSensitive(e, "id");
        const cJSON *nm = cJSON_GetObjectItemCaseSensitive(e, "name");
        if (!cJSON_IsString(id) || !cJSON_IsString(nm) || !id->valuestring[0])
            return bad(err, "ledger rules: every %s entry needs a string id and name", k < nt ? "taxonomy" : "pseudo");
        /* ids are what the warehouse's category columns (varchar(32)) hold */
        if (strlen(id->valuestring) > CAT_ID_MAX || strspn(id->valuestring, "abcdefghijklmnopqrstuvwxyz0123456789_") !=
                                                       strlen(id->valuestring) ||
            !g_utf8_validate(nm->valuestring, -1, NULL)) {
            xerr_set(err, XE_ARG, "ledger rules: category id \"%.64s\" must be 1 to %d of a-z, 0-9, _ (and its name "
                     "UTF-8)", id->valuestring, CAT_ID_MAX);
            return -1;
        }
        for (size_t j = 0; j < k; j++)
            if (!strcmp(r->ids[j], id->valuestring)) {
                xerr_set(err, XE_ARG, "ledger rules: category id \"%.64s\" listed twice", id->valuestring);
                return -1;
            }
        if (!(r->ids[k] = strdup(id->valuestring)) || !(r->names[k] = strdup(nm->valuestring)))
            return nomem(err);
        if (k < nt)
            r->ncat++;
        else
            r->npseudo++;
    }
    return 0;
}

static int load_stopwords(cat_rules *r, const cJSON *root, xerr *err)
{
    const cJSON *sw = cJSON_GetObjectItemCaseSensitive(root, "stopwords");
    if (!cJSON_IsArray(sw))
        return bad(err, "ledger rules: %s must be an array of words", "stopwords");
    const cJSON *e;
    cJSON_ArrayForEach(e, sw)
    {
        char buf[FOLD_MAX];
        word w[2];
        if (!cJSON_IsString(e))
            return bad(err, "ledger rules: %s must be an array of words", "stopwords");
        size_t nw = fold_words(e->valuestring, strlen(e->valuestring), NULL, false, buf, w, 2);
        if (nw != 1) {
            xerr_set(err, XE_ARG, "ledger rules: stopword \"%.64s\" is not one word without digits", e->valuestring);
            return -1;
        }
        if (lx_add(&r->stop, buf, w, 1, 0))
            return nomem(err);
    }
    return 0;
}

static int add_rank(matcher *m, rank_info ri, xerr *err)
{
    if (m->n >= LR_MAX_RANK) {
        xerr_set(err, XE_ARG, "ledger rules: more than %u groups", LR_MAX_RANK);
        return -1;
    }
    if (XVEC_PUSH(m->info, m->n, m->cap, ri))
        return nomem(err);
    return 0;
}

/* The terms of one group, all at rank m->n - 1. */
static int add_terms(cat_rules *r, matcher *m, const cJSON *g, const char *where, xerr *err)
{
    const cJSON *terms = cJSON_GetObjectItemCaseSensitive(g, "terms");
    if (!cJSON_IsArray(terms)) {
        xerr_set(err, XE_ARG, "ledger rules: %s: \"terms\" must be an array of strings", where);
        return -1;
    }
    const cJSON *t;
    cJSON_ArrayForEach(t, terms)
    {
        char buf[FOLD_MAX];
        word w[DEPTH_MAX + 1];
        if (!cJSON_IsString(t)) {
            xerr_set(err, XE_ARG, "ledger rules: %s: \"terms\" must be an array of strings", where);
            return -1;
        }
        size_t nw = fold_words(t->valuestring, strlen(t->valuestring), &r->stop, true, buf, w, DEPTH_MAX + 1);
        /* a term that folds to nothing would never match; one that loses a
         * word to digits would match something else than it says */
        bool lost = false;
        for (const char *p = t->valuestring; *p; p++)
            if (*p >= '0' && *p <= '9')
                lost = true;
        if (nw == 0 || nw > DEPTH_MAX || lost) {
            xerr_set(err, XE_ARG, "ledger rules: %s: term \"%.64s\" must have 1 to %d words of letters "
                     "besides stopwords", where, t->valuestring, DEPTH_MAX);
            return -1;
        }
        uint32_t lr = (uint32_t)m->info[m->n - 1].level << 20 | (uint32_t)(m->n - 1);
        if (lx_add(&m->lx, buf, w, nw, (int32_t)lr))
            return nomem(err);
    }
    return 0;
}

/* One list of groups at one level; flagkey names the groups' boolean
 * (departments: defer), or NULL with the flag given (items: the level's
 * override). */
static int load_groups(cat_rules *r, matcher *m, const cJSON *arr, const char *name, const char *flagkey,
                       bool flag, uint16_t level, xerr *err)
{
    if (!cJSON_IsArray(arr))
        return bad(err, "ledger rules: %s must be an array of {category, terms}", name);
    int k = 0;
    const cJSON *g;
    cJSON_ArrayForEach(g, arr)
    {
        char where[96];
        snprintf(where, sizeof where, "%s[%d]", name, k++);
        rank_info ri = {-1, flag, -1, level};
        if (!cJSON_IsObject(g))
            return bad(err, "ledger rules: %s must be an object", where);
        if (get_cat(r, g, "category", where, &ri.cat, err))
            return -1;
        const cJSON *f = flagkey ? cJSON_GetObjectItemCaseSensitive(g, flagkey) : NULL;
        if (f && !cJSON_IsBool(f)) {
            xerr_set(err, XE_ARG, "ledger rules: %s: \"%s\" must be true or false", where, flagkey);
            return -1;
        }
        if (flagkey)
            ri.flag = cJSON_IsTrue(f);
        if (add_rank(m, ri, err) || add_terms(r, m, g, where, err))
            return -1;
    }
    return 0;
}

/* items: a list of levels {override, groups}.  A level beats the levels
 * after it; the department sits between the override levels and the
 * others, so the override levels must come first. */
static int load_items(cat_rules *r, const cJSON *root, xerr *err)
{
    const cJSON *levels = cJSON_GetObjectItemCaseSensitive(root, "items");
    if (!cJSON_IsArray(levels) || cJSON_GetArraySize(levels) > (int)LR_MAX_LEVEL)
        return bad(err, "ledger rules: %s must be an array of levels {override, groups}", "items");
    uint16_t level = 0;
    bool plain_seen = false;
    const cJSON *lv;
    cJSON_ArrayForEach(lv, levels)
    {
        char where[64];
        snprintf(where, sizeof where, "items[%u]", (unsigned)level);
        const cJSON *ov = cJSON_GetObjectItemCaseSensitive(lv, "override");
        if (ov && !cJSON_IsBool(ov))
            return bad(err, "ledger rules: %s: \"override\" must be true or false", where);
        bool override = cJSON_IsTrue(ov);
        if (override && plain_seen)
            return bad(err, "ledger rules: %s: override levels must come before the others", where);
        plain_seen |= !override;
        snprintf(where, sizeof where, "items[%u].groups", (unsigned)level);
        if (load_groups(r, &r->items, cJSON_GetObjectItemCaseSensitive(lv, "groups"), where, NULL, override, level,
                        err))
            return -1;
        level++;
    }
    return 0;
}

static int brand_index(cat_rules *r, const char *name, int32_t *out, xerr *err)
{
    if (strlen(name) > CAT_BRAND_MAX || !g_utf8_validate(name, -1, NULL)) {
        xerr_set(err, XE_ARG, "ledger rules: brand \"%.64s\" must be UTF-8 of at most %d bytes", name, CAT_BRAND_MAX);
        return -1;
    }
    for (size_t i = 0; i < r->nbrands; i++)
        if (!strcmp(r->brand_names[i], name)) {
            *out = (int32_t)i;
            return 0;
        }
    char *d = strdup(name);
    if (!d || r->nbrands >= INT32_MAX / 2 || XVEC_PUSH(r->brand_names, r->nbrands, r->capbrands, d)) {
        free(d);
        return nomem(err);
    }
    *out = (int32_t)(r->nbrands - 1);
    return 0;
}

static int cmp_cuit(const void *a, const void *b)
{
    return strcmp(((const cuit_brand *)a)->cuit, ((const cuit_brand *)b)->cuit);
}

static int load_brands(cat_rules *r, const cJSON *root, xerr *err)
{
    const cJSON *b = cJSON_GetObjectItemCaseSensitive(root, "brands");
    if (!cJSON_IsObject(b))
        return bad(err, "ledger rules: %s must be an object", "brands");
    const cJSON *bc = cJSON_GetObjectItemCaseSensitive(b, "by_cuit");
    if (!cJSON_IsObject(bc))
        return bad(err, "ledger rules: %s must be an object CUIT → brand", "brands.by_cuit");
    size_t n = (size_t)cJSON_GetArraySize(bc);
    r->cuits = calloc(n ? n : 1, sizeof *r->cuits);
    if (!r->cuits)
        return nomem(err);
    const cJSON *e;
    cJSON_ArrayForEach(e, bc)
    {
        bool valid = false;
        cuit_brand cb;
        if (e->string[0] == '_')
            continue; /* comments */
        if (!cJSON_IsString(e) || !e->valuestring[0] || strlen(e->string) != 11 ||
            xn_cuit(e->string, 11, cb.cuit, &valid) || !valid) {
            xerr_set(err, XE_ARG, "ledger rules: brands.by_cuit: \"%.32s\" must be an 11-digit CUIT with a valid "
                     "check digit naming a brand", e->string);
            return -1;
        }
        if (brand_index(r, e->valuestring, &cb.brand, err))
            return -1;
        r->cuits[r->ncuits++] = cb;
    }
    qsort(r->cuits, r->ncuits, sizeof *r->cuits, cmp_cuit);
    static const char *const special[] = {"marketplace", "tax", "other"};
    int32_t *slot[] = {&r->brand_marketplace, &r->brand_tax, &r->brand_other};
    for (int i = 0; i < 3; i++) {
        const cJSON *s = cJSON_GetObjectItemCaseSensitive(b, special[i]);
        if (!cJSON_IsString(s) || !s->valuestring[0]) {
            xerr_set(err, XE_ARG, "ledger rules: brands.%s must be a non-empty string", special[i]);
            return -1;
        }
        if (brand_index(r, s->valuestring, slot[i], err))
            return -1;
    }
    const cJSON *bw = cJSON_GetObjectItemCaseSensitive(b, "by_word");
    if (!cJSON_IsArray(bw))
        return bad(err, "ledger rules: %s must be an array of {brand, category, terms}", "brands.by_word");
    int k = 0;
    cJSON_ArrayForEach(e, bw)
    {
        char where[96];
        snprintf(where, sizeof where, "brands.by_word[%d]", k++);
        rank_info ri = {-1, false, -1, 0};
        const cJSON *name = cJSON_GetObjectItemCaseSensitive(e, "brand");
        if (!cJSON_IsString(name) || !name->valuestring[0])
            return bad(err, "ledger rules: %s: \"brand\" must be a non-empty string", where);
        if (cJSON_GetObjectItemCaseSensitive(e, "category") && get_cat(r, e, "category", where, &ri.cat, err))
            return -1;
        if (brand_index(r, name->valuestring, &ri.brand, err) || add_rank(&r->brands, ri, err) ||
            add_terms(r, &r->brands, e, where, err))
            return -1;
    }
    return 0;
}

static int load_stores(cat_rules *r, const cJSON *root, xerr *err)
{
    const cJSON *s = cJSON_GetObjectItemCaseSensitive(root, "stores");
    if (!cJSON_IsObject(s))
        return bad(err, "ledger rules: %s must be an object", "stores");
    if (get_cat(r, s, "marketplace", "stores", &r->marketplace, err) ||
        get_cat(r, s, "unknown", "stores", &r->store_unknown, err))
        return -1;
    return load_groups(r, &r->stores, cJSON_GetObjectItemCaseSensitive(s, "words"), "stores.words", NULL, false, 0,
                       err);
}

int cat_rules_load(const char *json, size_t n, cat_rules **out, xerr *err)
{
    *out = NULL;
    cat_rules *r = calloc(1, sizeof *r);
    if (!r)
        return nomem(err);
    if (lx_init(&r->stop) || matcher_init(&r->items) || matcher_init(&r->depts) || matcher_init(&r->stores) ||
        matcher_init(&r->brands)) {
        cat_rules_free(r);
        return nomem(err);
    }
    cJSON *root = cJSON_ParseWithLength(json, n);
    int rc = -1;
    if (!root) {
        xerr_set(err, XE_ARG, "ledger rules: not valid JSON");
        goto out;
    }
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(root, "version");
    if (!cJSON_IsNumber(v) || v->valuedouble != 1) {
        xerr_set(err, XE_ARG, "ledger rules: \"version\" must be 1 (this engine reads version 1)");
        goto out;
    }
    r->version = 1;
    if (load_taxonomy(r, root, err) || get_cat(r, root, "fallback", "top level", &r->fallback, err) ||
        load_stopwords(r, root, err) || load_items(r, root, err) ||
        load_groups(r, &r->depts, cJSON_GetObjectItemCaseSensitive(root, "departments"), "departments", "defer",
                    false, 0, err) ||
        load_stores(r, root, err) || load_brands(r, root, err))
        goto out;
    rc = 0;
out:
    cJSON_Delete(root);
    if (rc)
        cat_rules_free(r);
    else
        *out = r;
    return rc;
}

/* ---- queries -------------------------------------------------------------- */

static int32_t match_text(const cat_rules *r, const matcher *m, const char *s, char *buf, word *w)
{
    if (!s || !*s)
        return -1;
    size_t nw = fold_words(s, strnlen(s, 4096), &r->stop, false, buf, w, TOK_MAX);
    return lx_match(&m->lx, buf, w, nw);
}

const char *cat_item(const cat_rules *r, const char *department, const char *description)
{
    char buf[FOLD_MAX];
    word w[TOK_MAX];
    int32_t it = match_text(r, &r->items, description, buf, w);
    if (it >= 0 && r->items.info[it].flag)
        return r->ids[r->items.info[it].cat];
    int16_t deferred = -1;
    int32_t d = match_text(r, &r->depts, department, buf, w);
    if (d >= 0) {
        if (!r->depts.info[d].flag)
            return r->ids[r->depts.info[d].cat];
        deferred = r->depts.info[d].cat; /* a mixed department: the product decides first */
    }
    if (it >= 0)
        return r->ids[r->items.info[it].cat];
    return r->ids[deferred >= 0 ? deferred : r->fallback];
}

const char *cat_store(const cat_rules *r, const char *store_name, bool marketplace)
{
    char buf[FOLD_MAX];
    word w[TOK_MAX];
    if (marketplace)
        return r->ids[r->marketplace];
    /* what kind of business the name says (FARMACIA, PARRILLA) first, then
     * the brand's own category */
    int32_t s = match_text(r, &r->stores, store_name, buf, w);
    if (s >= 0)
        return r->ids[r->stores.info[s].cat];
    int32_t b = match_text(r, &r->brands, store_name, buf, w);
    if (b >= 0 && r->brands.info[b].cat >= 0)
        return r->ids[r->brands.info[b].cat];
    return r->ids[r->store_unknown];
}

const char *cat_brand_cuit(const cat_rules *r, const char *cuit)
{
    cuit_brand key;
    size_t k = 0;
    if (!cuit)
        return NULL;
    for (const char *p = cuit; *p; p++) {
        if (*p >= '0' && *p <= '9') {
            if (k == 11)
                return NULL;
            key.cuit[k++] = *p;
        } else if (*p != '-' && *p != ' ')
            return NULL;
    }
    if (k != 11)
        return NULL;
    key.cuit[11] = '\0';
    const cuit_brand *hit = bsearch(&key, r->cuits, r->ncuits, sizeof key, cmp_cuit);
    return hit ? r->brand_names[hit->brand] : NULL;
}

/* ---- brand names ---------------------------------------------------------- */

/* Legal forms of Argentine companies, as their letters read without dots or
 * spaces ("S. R. L." → SRL); stripped from the end of a legal name. */
static const char *const legal_forms[] = {
    "SA", "SRL", "SAS", "SAU", "SCA", "SCS", "SC", "SH", "SE", "SAIC", "SAICF", "SAICI", "SAICYF", "SACI",
    "SACIF", "SACIFI", "SACIFIA", "SAIyC", "CICSA", "SACEI", "SAI", "SACEIFI", "LTDA", "SRLTDA", "SGR",
    "SOCIEDADANONIMA", "SOCIEDADDERESPONSABILIDADLIMITADA", "SOCIEDADANONIMAUNIPERSONAL",
    "SOCIEDADPORACCIONESSIMPLIFICADA", "YCIA", "YCIASA", "YCIASRL", "COOPLTDA", "LLC", NULL};

/* Particles kept in lower case inside a brand ("Distribuidora ... del Sur"). */
static const char *const particles[] = {"DE", "DEL", "LA", "LAS", "LOS", "EL", "Y", "E", "EN", "DA", "DO", NULL};

static bool in_list(const char *const *list, const char *s)
{
    for (; *list; list++)
        if (!strcasecmp(*list, s))
            return true;
    return false;
}

typedef struct {
    const char *p;
    size_t len;
} span;

/* Whitespace-separated words of s (at most max). */
static size_t split_ws(const char *s, span *sp, size_t max)
{
    size_t n = 0;
    while (*s && n < max) {
        while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r' || *s == ',')
            s++;
        if (!*s)
            break;
        const char *b = s;
        while (*s && *s != ' ' && *s != '\t' && *s != '\n' && *s != '\r' && *s != ',')
            s++;
        sp[n++] = (span){b, (size_t)(s - b)};
    }
    return n;
}

/* The letters of a word folded to upper ASCII, everything else dropped. */
static size_t letters(const char *p, size_t len, char *out, size_t cap)
{
    char tmp[FOLD_MAX];
    size_t k = 0;
    size_t n = xn_fold(p, len, tmp, sizeof tmp);
    for (size_t i = 0; i < n && k + 1 < cap; i++)
        if (tmp[i] >= 'A' && tmp[i] <= 'Z')
            out[k++] = tmp[i];
    out[k] = '\0';
    return k;
}

/* Drop legal-form words from the end: the longest run of trailing words
 * whose letters spell a legal form, repeatedly ("Y CIA S.A."). */
static size_t strip_legal(span *sp, size_t n)
{
    bool again = true;
    while (again && n > 1) {
        again = false;
        for (size_t k = n - 1 < 4 ? n - 1 : 4; k >= 1; k--) {
            char cat[128] = "";
            size_t used = 0;
            for (size_t i = n - k; i < n; i++) {
                char l[64];
                size_t m = letters(sp[i].p, sp[i].len, l, sizeof l);
                if (used + m + 1 > sizeof cat)
                    break;
                memcpy(cat + used, l, m + 1);
                used += m;
            }
            if (used && in_list(legal_forms, cat)) {
                n -= k;
                again = true;
                break;
            }
        }
    }
    return n;
}

static void put(char *out, size_t cap, size_t *k, const char *s, size_t n)
{
    if (*k >= cap)
        return;
    size_t room = cap - 1 - *k;
    if (n > room) {
        n = room;
        while (n && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--; /* never cut a UTF-8 sequence */
    }
    memcpy(out + *k, s, n);
    *k += n;
    out[*k] = '\0';
}

/* One word in title case: first letter upper, the rest lower, for ASCII and
 * the Latin-1 letters (Á É Í Ó Ú Ñ Ü...); upper is kept for acronyms
 * without a vowel (YPF, BGH) and words with digits or inner dots. */
static void title_word(const char *p, size_t len, bool first, char *out, size_t cap, size_t *k)
{
    char l[64];
    size_t nl = letters(p, len, l, sizeof l);
    bool vowel = strpbrk(l, "AEIOU") != NULL, dots = false, digits = false;
    for (size_t i = 0; i < len; i++) {
        if (p[i] >= '0' && p[i] <= '9')
            digits = true;
        if (p[i] == '.' && i + 1 < len)
            dots = true;
    }
    if ((!vowel && nl > 1 && nl <= 4) || digits || dots) {
        put(out, cap, k, p, len);
        return;
    }
    bool lower_all = !first && in_list(particles, l);
    bool start = !lower_all;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)p[i];
        char b[2];
        size_t bn = 1;
        b[0] = (char)c;
        if (c == 0xC3 && i + 1 < len) {
            unsigned char c2 = (unsigned char)p[++i];
            bool up = c2 >= 0x80 && c2 <= 0x9E && c2 != 0x97, lo = c2 >= 0xA0 && c2 <= 0xBE && c2 != 0xB7;
            if (start && lo)
                c2 = (unsigned char)(c2 - 0x20);
            else if (!start && up)
                c2 = (unsigned char)(c2 + 0x20);
            b[1] = (char)c2;
            bn = 2;
            start = false;
        } else if (c >= 'A' && c <= 'Z') {
            if (!start)
                b[0] = (char)(c + 32);
            start = false;
        } else if (c >= 'a' && c <= 'z') {
            if (start)
                b[0] = (char)(c - 32);
            start = false;
        } else if (c == '-' || c == '/' || c == '(')
            start = !lower_all; /* Coca-Cola, Cuyo/Norte */
        put(out, cap, k, b, bn);
    }
}

static void join_title(const span *sp, size_t n, char *out, size_t cap)
{
    size_t k = 0;
    out[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        size_t len = sp[i].len;
        while (len && (sp[i].p[len - 1] == '.' || sp[i].p[len - 1] == '-') && i == n - 1)
            len--; /* a trailing "." or "-" of the last kept word */
        if (!len)
            continue;
        if (k)
            put(out, cap, &k, " ", 1);
        title_word(sp[i].p, len, k == 0, out, cap, &k);
    }
}

void cat_brand_name(const char *legal_name, char *out, size_t cap)
{
    span sp[32];
    if (!cap)
        return;
    out[0] = '\0';
    if (!legal_name)
        return;
    size_t n = split_ws(legal_name, sp, 32);
    join_title(sp, strip_legal(sp, n), out, cap);
}

/* Words that only say "branch" ("Sucursal 12", "Suc. 3", "N° 5"). */
static const char *const branch_words[] = {"SUC", "SUCURSAL", "SUCURSALES", "LOCAL", "NRO", "NUM", "NUMERO",
                                           "N", "NO", "TIENDA", NULL};

void cat_brand_store(const cat_rules *r, const char *store_name, char *out, size_t cap)
{
    char buf[FOLD_MAX];
    word w[TOK_MAX];
    if (!cap)
        return;
    out[0] = '\0';
    if (!store_name)
        return;
    int32_t b = match_text(r, &r->brands, store_name, buf, w);
    if (b >= 0) {
        size_t k = 0;
        const char *name = r->brand_names[r->brands.info[b].brand];
        put(out, cap, &k, name, strlen(name));
        return;
    }
    /* no brand known: the name as printed, without branch numbers or codes */
    span sp[32], keep[32];
    size_t n = split_ws(store_name, sp, 32), nk = 0;
    for (size_t i = 0; i < n; i++) {
        char l[64];
        bool code = xn_has_digit(sp[i].p, sp[i].len) || sp[i].p[0] == '#';
        bool punct = letters(sp[i].p, sp[i].len, l, sizeof l) == 0 && !code;
        if (code || punct)
            continue;
        /* a branch word followed by a number, or last */
        if (in_list(branch_words, l) && (i + 1 == n || xn_has_digit(sp[i + 1].p, sp[i + 1].len) ||
                                         sp[i + 1].p[0] == '#'))
            continue;
        keep[nk++] = sp[i];
    }
    size_t k = 0;
    for (size_t i = 0; i < nk; i++) {
        if (k)
            put(out, cap, &k, " ", 1);
        put(out, cap, &k, keep[i].p, keep[i].len);
    }
}

/* ---- views ---------------------------------------------------------------- */

const char *cat_brand_marketplace(const cat_rules *r) { return r->brand_names[r->brand_marketplace]; }
const char *cat_brand_tax(const cat_rules *r) { return r->brand_names[r->brand_tax]; }
const char *cat_brand_other(const cat_rules *r) { return r->brand_names[r->brand_other]; }

size_t cat_taxonomy_count(const cat_rules *r) { return r->ncat + r->npseudo; }

int cat_taxonomy_at(const cat_rules *r, size_t i, const char **id, const char **name, bool *pseudo)
{
    if (i >= r->ncat + r->npseudo)
        return -1;
    *id = r->ids[i];
    *name = r->names[i];
    *pseudo = i >= r->ncat;
    return 0;
}

int cat_rules_version(const cat_rules *r) { return r->version; }
