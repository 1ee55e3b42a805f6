/* cache.c: the FPGA model cache ($LIME_CACHE/fpga, else
 * $XDG_CACHE_HOME/lime/fpga, else ~/.cache/lime/fpga): one folder per
 * build key (build.c), plus Verilator's run-time objects (verilator-rt).
 * It is kept under a size limit, $LIME_CACHE_MAX (bytes, or with a k, m
 * or g suffix; default 2g): after a build, the models used least
 * recently go first (a cache hit touches its folder).  `limec
 * --cache-clean` empties it. */
#define _XOPEN_SOURCE 700
#include "fpga.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_LIMIT (2ull << 30)

const char *fpga_cache_root(void) {
    const char *env = getenv("LIME_CACHE");
    if (env && *env) return xprintf("%s/fpga", env);
    env = getenv("XDG_CACHE_HOME");
    if (env && *env) return xprintf("%s/lime/fpga", env);
    env = getenv("HOME");
    return xprintf("%s/.cache/lime/fpga", env && *env ? env : "/tmp");
}

void fpga_cache_touch(const char *entry) { utimensat(AT_FDCWD, entry, NULL, 0); }

static unsigned long long tree_bytes;
static int add_bytes(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)path, (void)flag, (void)ftw;
    tree_bytes += (unsigned long long)st->st_blocks * 512;
    return 0;
}

static unsigned long long bytes_of(const char *path) {
    tree_bytes = 0;
    nftw(path, add_bytes, 16, FTW_PHYS);
    return tree_bytes;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st, (void)flag, (void)ftw;
    return remove(path) ? -1 : 0;
}

static bool remove_entry(const char *path) { return nftw(path, remove_one, 16, FTW_DEPTH | FTW_PHYS) == 0; }

/* A finished model's folder: a 64-digit hex key (not a build's .tmp folder) */
static bool is_model_entry(const char *name) { return strlen(name) == 64 && strspn(name, "0123456789abcdef") == 64; }

typedef struct Entry {
    char *path;
    time_t used;
    unsigned long long bytes;
} Entry;

static int older_first(const void *a, const void *b) {
    time_t x = ((const Entry *)a)->used, y = ((const Entry *)b)->used;
    return x < y ? -1 : x > y;
}

/* The finished models in the cache, least recently used first */
static Entry *cached_models(const char *root, int *count) {
    *count = 0;
    DIR *dir = opendir(root);
    if (!dir) return NULL;
    Vec found = {0};
    for (struct dirent *d; (d = readdir(dir));) {
        if (!is_model_entry(d->d_name)) continue;
        Entry *e = xalloc(sizeof *e);
        e->path = xprintf("%s/%s", root, d->d_name);
        struct stat st;
        if (stat(e->path, &st) != 0) continue;
        e->used = st.st_mtime;
        e->bytes = bytes_of(e->path);
        vec_push(&found, e);
    }
    closedir(dir);
    Entry *all = xalloc(sizeof(Entry) * (size_t)(found.len + 1));
    for (int i = 0; i < found.len; i++) all[i] = *(Entry *)found.items[i];
    qsort(all, (size_t)found.len, sizeof *all, older_first);
    *count = found.len;
    return all;
}

/* "512m", "2g", "1000000": bytes; 0 when it is not a size */
static unsigned long long parse_size(const char *s) {
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s) return 0;
    if (*end == 'k' || *end == 'K') v <<= 10, end++;
    else if (*end == 'm' || *end == 'M') v <<= 20, end++;
    else if (*end == 'g' || *end == 'G') v <<= 30, end++;
    return *end ? 0 : v;
}

static unsigned long long cache_limit(void) {
    const char *env = getenv("LIME_CACHE_MAX");
    if (!env || !*env) return DEFAULT_LIMIT;
    unsigned long long v = parse_size(env);
    if (v) return v;
    fprintf(stderr, "limec: warning: LIME_CACHE_MAX=%.100s is not a size (such as 500m or 2g); using 2g\n", env);
    return DEFAULT_LIMIT;
}

void fpga_cache_trim(const char *keep) {
    unsigned long long limit = cache_limit(), total = 0;
    int n;
    Entry *all = cached_models(fpga_cache_root(), &n);
    for (int i = 0; i < n; i++) total += all[i].bytes;
    for (int i = 0; i < n && total > limit; i++) {
        if (keep && !strcmp(all[i].path, keep)) continue; /* the model this build just made */
        if (remove_entry(all[i].path)) total -= all[i].bytes;
    }
}

bool fpga_cache_clean(FILE *out) {
    const char *root = fpga_cache_root();
    int n;
    Entry *all = cached_models(root, &n);
    unsigned long long bytes = 0;
    bool ok = true;
    for (int i = 0; i < n; i++) {
        if (remove_entry(all[i].path)) bytes += all[i].bytes;
        else {
            error_plain("cannot remove %s: %s", all[i].path, strerror(errno));
            ok = false;
        }
    }
    const char *rt = xprintf("%s/verilator-rt", root);
    struct stat st;
    if (stat(rt, &st) == 0) {
        unsigned long long b = bytes_of(rt);
        if (remove_entry(rt)) bytes += b;
    }
    fprintf(out, "limec: fpga: removed %d cached model%s (%.1f MiB) from %s\n", n, n == 1 ? "" : "s",
            (double)bytes / (1 << 20), root);
    return ok;
}
