/* stage.h: URL dispatch and the file:// backend. */
#include "stage.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <glib.h>

struct stage {
    int kind; /* 0 file, 1 s3 */
    char *root;   /* file: the folder, no trailing '/' */
    char *bucket, *prefix; /* s3: prefix "" or ending in '/' */
    s3_stage *s3;
};

#define TMP_PREFIX ".expetl-tmp-"

int stage_key_ok(const char *key, xerr *err)
{
    size_t n = key ? strlen(key) : 0;
    if (n == 0 || n > XLIM_KEY) {
        xerr_set(err, XE_ARG, "stage key must be 1 to %d bytes", XLIM_KEY);
        return -1;
    }
    const char *seg = key;
    for (const char *p = key;; p++) {
        if ((unsigned char)*p < 0x20 && *p != '\0') {
            xerr_set(err, XE_ARG, "stage key has a control character");
            return -1;
        }
        if (*p == '/' || *p == '\0') {
            size_t sl = (size_t)(p - seg);
            if (sl == 0 || (sl == 1 && seg[0] == '.') || (sl == 2 && seg[0] == '.' && seg[1] == '.') ||
                (sl >= strlen(TMP_PREFIX) && !strncmp(seg, TMP_PREFIX, strlen(TMP_PREFIX)))) {
                xerr_set(err, XE_ARG, "stage key '%.200s' has an empty, '.', '..' or reserved segment",
                         key);
                return -1;
            }
            if (*p == '\0')
                break;
            seg = p + 1;
        }
    }
    return 0;
}

static char *dupn(const char *s, size_t n)
{
    char *r = malloc(n + 1);
    if (r) {
        memcpy(r, s, n);
        r[n] = '\0';
    }
    return r;
}

int stage_open(stage **out, const char *url, const stage_opts *o, xerr *err)
{
    stage *s = calloc(1, sizeof *s);
    *out = NULL;
    if (!s) {
        xerr_set(err, XE_NOMEM, "out of memory");
        return -1;
    }
    if (!strncmp(url, "file://", 7)) {
        const char *path = url + 7;
        size_t n = strlen(path);
        while (n > 1 && path[n - 1] == '/')
            n--;
        if (path[0] != '/') {
            xerr_set(err, XE_ARG, "a file stage URL needs an absolute path: file:///path");
            free(s);
            return -1;
        }
        if (!(s->root = dupn(path, n)))
            goto nomem;
        s->kind = 0;
        /* a run killed mid-write left its temp files: gone once stale (best
         * effort: a stage that cannot be read fails on its first use) */
        size_t reaped;
        xerr ignored = {0};
        stage_reap_tmp(s, STAGE_TMP_MAX_AGE, &reaped, &ignored);
    } else if (!strncmp(url, "s3://", 5)) {
        const char *b = url + 5;
        size_t bl = strcspn(b, "/");
        if (bl < 3 || bl > 63) {
            xerr_set(err, XE_ARG, "an S3 stage URL needs a bucket name: s3://bucket/prefix");
            free(s);
            return -1;
        }
        const char *p = b + bl;
        while (*p == '/')
            p++;
        size_t pl = strlen(p);
        while (pl && p[pl - 1] == '/')
            pl--;
        if (!(s->bucket = dupn(b, bl)))
            goto nomem;
        if (!(s->prefix = malloc(pl + 2)))
            goto nomem;
        memcpy(s->prefix, p, pl);
        s->prefix[pl] = '\0';
        if (pl && stage_key_ok(s->prefix, err) != 0) {
            stage_close(s);
            return -1;
        }
        if (pl) {
            s->prefix[pl] = '/';
            s->prefix[pl + 1] = '\0';
        }
        s->kind = 1;
        if (!(s->s3 = s3_open(s->bucket, s->prefix, o, err))) {
            stage_close(s);
            return -1;
        }
    } else {
        xerr_set(err, XE_ARG, "stage URL must start with file:// or s3://");
        free(s);
        return -1;
    }
    *out = s;
    return 0;
nomem:
    stage_close(s);
    xerr_set(err, XE_NOMEM, "out of memory");
    return -1;
}

void stage_close(stage *s)
{
    if (!s)
        return;
    s3_close(s->s3);
    free(s->root);
    free(s->bucket);
    free(s->prefix);
    free(s);
}

const char *stage_scheme(const stage *s) { return s->kind ? "s3" : "file"; }

bool stage_threadsafe(const stage *s) { return s->kind == 0; }

int stage_url_of(const stage *s, const char *key, xbuf *out)
{
    out->len = 0;
    if (s->kind)
        return xbuf_printf(out, "s3://%s/%s%s", s->bucket, s->prefix, key);
    return xbuf_printf(out, "file://%s/%s", s->root, key);
}

/* ---- file backend ------------------------------------------------------ */

static char *fpath(const stage *s, const char *key, xerr *err)
{
    if (stage_key_ok(key, err) != 0)
        return NULL;
    size_t n = strlen(s->root) + strlen(key) + 2;
    char *p = malloc(n);
    if (!p) {
        xerr_set(err, XE_NOMEM, "out of memory");
        return NULL;
    }
    snprintf(p, n, "%s/%s", s->root, key);
    return p;
}

static int mkdirs(char *path, xerr *err)
{
    /* create every parent folder of path */
    for (char *p = path + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = '\0';
        int r = mkdir(path, 0777);
        int e = errno;
        *p = '/';
        if (r != 0 && e != EEXIST) {
            xerr_set(err, XE_IO, "mkdir %s: %s", path, strerror(e));
            return -1;
        }
    }
    return 0;
}

static int file_put(stage *s, const char *key, const void *data, size_t len, xerr *err)
{
    char *path = fpath(s, key, err), *tmp = NULL;
    int fd = -1, rc = -1;
    if (!path)
        return -1;
    const char *slash = strrchr(path, '/');
    size_t dl = (size_t)(slash - path);
    size_t tl = dl + sizeof("/" TMP_PREFIX "XXXXXX");
    if (!(tmp = malloc(tl))) {
        xerr_set(err, XE_NOMEM, "out of memory");
        goto done;
    }
    snprintf(tmp, tl, "%.*s/" TMP_PREFIX "XXXXXX", (int)dl, path);
    /* the folder usually exists: make it only when the file cannot be made */
    if ((fd = mkstemp(tmp)) < 0 && errno == ENOENT && mkdirs(path, err) == 0) {
        snprintf(tmp, tl, "%.*s/" TMP_PREFIX "XXXXXX", (int)dl, path);
        fd = mkstemp(tmp);
    }
    if (fd < 0) {
        if (!err->code)
            xerr_set(err, XE_IO, "create %s: %s", tmp, strerror(errno));
        goto done;
    }
    const char *p = data;
    size_t left = len;
    while (left) {
        ssize_t w = write(fd, p, left);
        if (w < 0) {
            if (errno == EINTR)
                continue;
            xerr_set(err, XE_IO, "write %s: %s", tmp, strerror(errno));
            goto done;
        }
        p += w;
        left -= (size_t)w;
    }
    /* no fsync per file: stage_sync() flushes the whole file system once
     * per batch, before anything staged is loaded (one syncfs instead of
     * one fsync per file, the biggest cost of staging many receipts) */
    if (fchmod(fd, 0644) != 0) {
        xerr_set(err, XE_IO, "chmod %s: %s", tmp, strerror(errno));
        goto done;
    }
    if (close(fd) != 0) {
        fd = -1;
        xerr_set(err, XE_IO, "close %s: %s", tmp, strerror(errno));
        goto done;
    }
    fd = -1;
    if (rename(tmp, path) != 0) {
        xerr_set(err, XE_IO, "rename to %s: %s", path, strerror(errno));
        goto done;
    }
    free(tmp);
    tmp = NULL;
    rc = 0;
done:
    if (fd >= 0)
        close(fd);
    if (tmp) {
        unlink(tmp);
        free(tmp);
    }
    free(path);
    return rc;
}

static int file_get(stage *s, const char *key, xbuf *out, xerr *err)
{
    char *path = fpath(s, key, err);
    int rc = -1;
    if (!path)
        return -1;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT || errno == ENOTDIR) {
            xerr_set(err, XE_NOTFOUND, "no such key: %.300s", key);
            snprintf(err->rcode, sizeof err->rcode, "NoSuchKey");
        } else
            xerr_set(err, XE_IO, "open %s: %s", path, strerror(errno));
        free(path);
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        xerr_set(err, XE_IO, "%s is not a regular file", path);
        goto done;
    }
    out->len = 0;
    char buf[65536];
    for (;;) {
        ssize_t r = read(fd, buf, sizeof buf);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            xerr_set(err, XE_IO, "read %s: %s", path, strerror(errno));
            goto done;
        }
        if (r == 0)
            break;
        if (xbuf_put(out, buf, (size_t)r) != 0) {
            xerr_set(err, XE_NOMEM, "out of memory");
            goto done;
        }
    }
    if (xbuf_cstr(out) != 0) {
        xerr_set(err, XE_NOMEM, "out of memory");
        goto done;
    }
    rc = 0;
done:
    close(fd);
    free(path);
    return rc;
}

static void fill_stat(stage_obj *o, const struct stat *st)
{
    struct tm tm;
    o->size = (long long)st->st_size;
    gmtime_r(&st->st_mtime, &tm);
    strftime(o->last_modified, sizeof o->last_modified, "%Y-%m-%dT%H:%M:%SZ", &tm);
    snprintf(o->etag, sizeof o->etag, "\"%llx-%lld\"", (unsigned long long)st->st_mtime,
             (long long)st->st_size);
}

static int file_head(stage *s, const char *key, stage_obj *obj, xerr *err)
{
    char *path = fpath(s, key, err);
    if (!path)
        return -1;
    struct stat st;
    int r = stat(path, &st);
    free(path);
    if (r != 0 || !S_ISREG(st.st_mode))
        return 0;
    memset(obj, 0, sizeof *obj);
    fill_stat(obj, &st);
    return 1;
}

static int list_push(stage_list_t *l, const char *key, const struct stat *st)
{
    stage_obj o;
    memset(&o, 0, sizeof o);
    if (!(o.key = strdup(key)))
        return -1;
    fill_stat(&o, st);
    if (XVEC_PUSH(l->v, l->n, l->cap, o) != 0) {
        free(o.key);
        return -1;
    }
    return 0;
}

static int walk(const char *dir, xbuf *rel, const char *prefix, stage_list_t *out, xerr *err)
{
    DIR *d = opendir(dir);
    if (!d) {
        if (errno == ENOENT)
            return 0;
        xerr_set(err, XE_IO, "opendir %s: %s", dir, strerror(errno));
        return -1;
    }
    size_t base = rel->len;
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") ||
            !strncmp(e->d_name, TMP_PREFIX, strlen(TMP_PREFIX)))
            continue;
        rel->len = base;
        if ((base && xbuf_putc(rel, '/')) || xbuf_put(rel, e->d_name, strlen(e->d_name))) {
            xerr_set(err, XE_NOMEM, "out of memory");
            rc = -1;
            break;
        }
        /* prune folders that cannot hold a key under prefix */
        size_t pl = strlen(prefix), cl = rel->len < pl ? rel->len : pl;
        if (strncmp(rel->p, prefix, cl) != 0)
            continue;
        char *full = malloc(strlen(dir) + strlen(e->d_name) + 2);
        if (!full) {
            xerr_set(err, XE_NOMEM, "out of memory");
            rc = -1;
            break;
        }
        sprintf(full, "%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(full, &st) == 0) {
            if (S_ISDIR(st.st_mode))
                rc = walk(full, rel, prefix, out, err);
            else if (S_ISREG(st.st_mode) && rel->len >= pl && list_push(out, rel->p, &st) != 0) {
                xerr_set(err, XE_NOMEM, "out of memory");
                rc = -1;
            }
        }
        free(full);
    }
    rel->len = base;
    if (rel->p)
        rel->p[base] = '\0';
    closedir(d);
    return rc;
}

static int cmp_obj(const void *a, const void *b)
{
    return strcmp(((const stage_obj *)a)->key, ((const stage_obj *)b)->key);
}

static int file_list(stage *s, const char *prefix, stage_list_t *out, xerr *err)
{
    xbuf rel = {0};
    int rc = walk(s->root, &rel, prefix ? prefix : "", out, err);
    xbuf_free(&rel);
    if (rc == 0 && out->n)
        qsort(out->v, out->n, sizeof *out->v, cmp_obj);
    return rc;
}

static int file_delete(stage *s, const char *key, xerr *err)
{
    char *path = fpath(s, key, err);
    if (!path)
        return -1;
    int r = unlink(path);
    int e = errno;
    free(path);
    if (r != 0 && e != ENOENT) {
        xerr_set(err, XE_IO, "delete %.300s: %s", key, strerror(e));
        return -1;
    }
    return 0;
}

/* Temp files of writes that never finished (a killed run) under dir,
 * removed when older than cutoff; every other file is left alone. */
static int reap(const char *dir, int depth, double cutoff, size_t *removed, xerr *err)
{
    DIR *d = opendir(dir);
    if (!d)
        return errno == ENOENT || errno == ENOTDIR ? 0 : (xerr_set(err, XE_IO, "opendir %s: %s", dir,
                                                                    strerror(errno)), -1);
    int rc = 0;
    struct dirent *e;
    while (rc == 0 && (e = readdir(d))) {
        bool tmp = !strncmp(e->d_name, TMP_PREFIX, strlen(TMP_PREFIX));
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, "..") || (e->d_name[0] == '.' && !tmp))
            continue;
        char *full = g_strdup_printf("%s/%s", dir, e->d_name);
        struct stat st;
        if (lstat(full, &st) == 0) {
            if (S_ISDIR(st.st_mode) && depth < 32)
                rc = reap(full, depth + 1, cutoff, removed, err);
            else if (tmp && S_ISREG(st.st_mode) && (double)st.st_mtim.tv_sec + st.st_mtim.tv_nsec / 1e9 < cutoff &&
                     unlink(full) == 0)
                (*removed)++;
        }
        g_free(full);
    }
    closedir(d);
    return rc;
}

int stage_reap_tmp(stage *s, long max_age_s, size_t *removed, xerr *err)
{
    *removed = 0;
    if (s->kind)
        return 0; /* S3 writes are atomic: nothing is left half-written */
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    double cutoff = (double)now.tv_sec + now.tv_nsec / 1e9 - (double)(max_age_s > 0 ? max_age_s : 0);
    return reap(s->root, 0, cutoff, removed, err);
}

/* ---- dispatch ---------------------------------------------------------- */

int stage_put(stage *s, const char *key, const void *data, size_t len, const char *ctype, xerr *err)
{
    if (stage_key_ok(key, err) != 0)
        return -1;
    return s->kind ? s3_put(s->s3, key, data, len, ctype, err) : file_put(s, key, data, len, err);
}

int stage_get(stage *s, const char *key, xbuf *out, xerr *err)
{
    if (stage_key_ok(key, err) != 0)
        return -1;
    return s->kind ? s3_get(s->s3, key, out, err) : file_get(s, key, out, err);
}

int stage_head(stage *s, const char *key, stage_obj *obj, xerr *err)
{
    if (stage_key_ok(key, err) != 0)
        return -1;
    return s->kind ? s3_head(s->s3, key, obj, err) : file_head(s, key, obj, err);
}

int stage_list(stage *s, const char *prefix, stage_list_t *out, xerr *err)
{
    memset(out, 0, sizeof *out);
    int r = s->kind ? s3_list(s->s3, prefix ? prefix : "", out, err) : file_list(s, prefix, out, err);
    if (r != 0)
        stage_list_free(out);
    return r;
}

void stage_list_free(stage_list_t *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->v[i].key);
    free(l->v);
    memset(l, 0, sizeof *l);
}

int stage_delete(stage *s, const char *key, xerr *err)
{
    if (stage_key_ok(key, err) != 0)
        return -1;
    return s->kind ? s3_delete(s->s3, key, err) : file_delete(s, key, err);
}

int stage_sync(stage *s, xerr *err)
{
    if (s->kind)
        return 0; /* S3 acknowledges a PUT once it is durable */
    int fd = open(s->root, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return 0; /* nothing staged yet */
        xerr_set(err, XE_IO, "open %s: %s", s->root, strerror(errno));
        return -1;
    }
    int r = syncfs(fd);
    int e = errno;
    close(fd);
    if (r != 0) {
        xerr_set(err, XE_IO, "syncfs %s: %s", s->root, strerror(e));
        return -1;
    }
    return 0;
}

int stage_delete_many(stage *s, const char *const *keys, size_t n, xerr *err)
{
    for (size_t i = 0; i < n; i++)
        if (stage_key_ok(keys[i], err) != 0)
            return -1;
    if (s->kind)
        return s3_delete_many(s->s3, keys, n, err);
    for (size_t i = 0; i < n; i++)
        if (file_delete(s, keys[i], err) != 0)
            return -1;
    return 0;
}
