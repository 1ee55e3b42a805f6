/* manifest.c: prog.artifacts/manifest.yaml, read with libyaml, and the
 * SHA-256 check of each artifact (OpenSSL's libcrypto).
 *
 * The folder is $LIME_ARTIFACTS when set and not empty, else the
 * executable's path (/proc/self/exe) with ".artifacts" appended.  The file
 * is read once, on the first device call; what it says is kept in malloc'd
 * memory (it holds no GC pointers) until the process exits.  Unknown keys
 * are ignored, so later compilers may add fields. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <yaml.h>

#include "internal.h"

static bool loaded;
static LimeRtManifest manifest;
static const LimeRtManifest *result;
static char why_buf[PATH_MAX + 256];

static char *xstrdup(const char *s) {
    char *p = strdup(s ? s : "");
    if (!p) {
        fputs("lime: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static char *artifacts_dir(void) {
    const char *env = getenv("LIME_ARTIFACTS");
    if (env && *env) return xstrdup(env);
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 16);
    if (n <= 0) return NULL;
    exe[n] = '\0';
    strcat(exe, ".artifacts");
    return xstrdup(exe);
}

/* ---- the document ------------------------------------------------------- */

static yaml_node_t *get(yaml_document_t *doc, yaml_node_t *map, const char *key) {
    if (!map || map->type != YAML_MAPPING_NODE) return NULL;
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
        yaml_node_t *k = yaml_document_get_node(doc, p->key);
        if (k && k->type == YAML_SCALAR_NODE && strcmp((const char *)k->data.scalar.value, key) == 0)
            return yaml_document_get_node(doc, p->value);
    }
    return NULL;
}

static const char *scalar(yaml_node_t *n) {
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

static bool to_int(const char *s, long *v) {
    if (!s || !*s) return false;
    char *end;
    errno = 0;
    *v = strtol(s, &end, 10);
    return errno == 0 && *end == '\0' && *v >= INT32_MIN && *v <= INT32_MAX;
}

static bool to_bool(const char *s) {
    return s && (strcmp(s, "true") == 0 || strcmp(s, "True") == 0 || strcmp(s, "TRUE") == 0 ||
                 strcmp(s, "yes") == 0 || strcmp(s, "on") == 0);
}

static char *opt_str(yaml_node_t *n) {
    const char *s = scalar(n);
    return s ? xstrdup(s) : NULL;
}

/* An integer >= 0, or 0 when absent or malformed. */
static int32_t opt_count(yaml_node_t *n) {
    long v;
    return to_int(scalar(n), &v) && v >= 0 ? (int32_t)v : 0;
}

/* A number >= 0, or 0 when absent or malformed. */
static double opt_number(yaml_node_t *n) {
    const char *s = scalar(n);
    if (!s || !*s) return 0.0;
    char *end;
    double v = strtod(s, &end);
    return *end == '\0' && v >= 0.0 && v < 1e300 ? v : 0.0;
}

/* backends.fpga of one task. */
static void read_fpga(yaml_document_t *doc, yaml_node_t *fpga, LimeRtFpgaSpec *f) {
    f->accepted = to_bool(scalar(get(doc, fpga, "accepted")));
    f->reason = opt_str(get(doc, fpga, "reason"));
    f->artifact = opt_str(get(doc, fpga, "artifact"));
    f->sha256 = opt_str(get(doc, fpga, "sha256"));
    f->verilog = opt_str(get(doc, fpga, "verilog"));
    f->top = opt_str(get(doc, fpga, "top"));
    f->in_types = opt_str(get(doc, fpga, "in_types"));
    f->param_types = opt_str(get(doc, fpga, "param_types"));
    f->out_type = opt_str(get(doc, fpga, "out_type"));
    f->state_words = opt_count(get(doc, fpga, "state_words"));
    f->covered = get(doc, fpga, "covered_by") != NULL;
    f->latency = opt_count(get(doc, fpga, "latency"));
    f->ii = opt_count(get(doc, fpga, "ii"));
    f->fmax_mhz = opt_number(get(doc, fpga, "fmax_mhz"));
    f->lut = opt_count(get(doc, fpga, "lut"));
    f->ff = opt_count(get(doc, fpga, "ff"));
    f->dsp = opt_count(get(doc, fpga, "dsp"));
    f->bram = opt_count(get(doc, fpga, "bram"));
}

/* Fills manifest from doc; false (why_buf set) when it is not a manifest. */
static bool read_document(yaml_document_t *doc, const char *path) {
    yaml_node_t *root = yaml_document_get_root_node(doc);
    if (!root || root->type != YAML_MAPPING_NODE) {
        snprintf(why_buf, sizeof why_buf, "%s is not a Lime manifest (no top-level mapping)", path);
        return false;
    }
    long version;
    if (!to_int(scalar(get(doc, root, "lime")), &version) || version != 1) {
        snprintf(why_buf, sizeof why_buf, "%s is not a version 1 Lime manifest (lime: %s)", path,
                 scalar(get(doc, root, "lime")) ? scalar(get(doc, root, "lime")) : "missing");
        return false;
    }
    manifest.program = xstrdup(scalar(get(doc, root, "program")));
    yaml_node_t *tasks = get(doc, root, "tasks");
    if (!tasks) return true; /* no tasks: every task is absent */
    if (tasks->type != YAML_SEQUENCE_NODE) {
        snprintf(why_buf, sizeof why_buf, "%s: tasks is not a list", path);
        return false;
    }
    size_t count = (size_t)(tasks->data.sequence.items.top - tasks->data.sequence.items.start);
    manifest.tasks = calloc(count ? count : 1, sizeof *manifest.tasks);
    if (!manifest.tasks) {
        snprintf(why_buf, sizeof why_buf, "%s: out of memory", path);
        return false;
    }
    for (yaml_node_item_t *it = tasks->data.sequence.items.start; it < tasks->data.sequence.items.top; it++) {
        yaml_node_t *t = yaml_document_get_node(doc, *it);
        long id, es;
        if (!t || t->type != YAML_MAPPING_NODE || !to_int(scalar(get(doc, t, "id")), &id)) {
            snprintf(why_buf, sizeof why_buf, "%s: task %d has no integer id", path, (int)(it - tasks->data.sequence.items.start));
            return false;
        }
        LimeRtTaskInfo *ti = &manifest.tasks[manifest.ntasks++];
        ti->id = (int32_t)id;
        ti->name = xstrdup(scalar(get(doc, t, "name")));
        ti->kind = xstrdup(scalar(get(doc, t, "kind")));
        ti->location = xstrdup(scalar(get(doc, t, "location")));
        ti->elem_size = to_int(scalar(get(doc, t, "elem_size")), &es) && es > 0 ? (int32_t)es : 0;
        yaml_node_t *gpu = get(doc, get(doc, t, "backends"), "gpu");
        ti->gpu_accepted = to_bool(scalar(get(doc, gpu, "accepted")));
        ti->gpu_reason = opt_str(get(doc, gpu, "reason"));
        ti->gpu_artifact = opt_str(get(doc, gpu, "artifact"));
        ti->gpu_sha256 = opt_str(get(doc, gpu, "sha256"));
        ti->gpu_kernel = opt_str(get(doc, gpu, "kernel"));
        read_fpga(doc, get(doc, get(doc, t, "backends"), "fpga"), &ti->fpga);
    }
    return true;
}

static const LimeRtManifest *load(void) {
    manifest.dir = artifacts_dir();
    if (!manifest.dir) {
        snprintf(why_buf, sizeof why_buf, "cannot find the executable (/proc/self/exe) to locate its artifacts");
        return NULL;
    }
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/manifest.yaml", manifest.dir);
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(why_buf, sizeof why_buf, "cannot read %s (%s)", path, strerror(errno));
        return NULL;
    }
    yaml_parser_t parser;
    yaml_document_t doc;
    bool ok = false;
    if (!yaml_parser_initialize(&parser)) {
        snprintf(why_buf, sizeof why_buf, "cannot read %s (libyaml: out of memory)", path);
        fclose(f);
        return NULL;
    }
    yaml_parser_set_input_file(&parser, f);
    if (!yaml_parser_load(&parser, &doc)) {
        snprintf(why_buf, sizeof why_buf, "%s:%zu:%zu: malformed YAML: %s", path, parser.problem_mark.line + 1,
                 parser.problem_mark.column + 1, parser.problem ? parser.problem : "error");
    } else {
        ok = read_document(&doc, path);
        yaml_document_delete(&doc);
    }
    yaml_parser_delete(&parser);
    fclose(f);
    return ok ? &manifest : NULL;
}

const LimeRtManifest *lime_rt_manifest(const char **why) {
    if (!loaded) {
        loaded = true;
        result = load();
    }
    if (!result && why) *why = why_buf;
    return result;
}

const LimeRtTaskInfo *lime_rt_manifest_task(const LimeRtManifest *m, int32_t id) {
    for (int32_t i = 0; m && i < m->ntasks; i++)
        if (m->tasks[i].id == id) return &m->tasks[i];
    return NULL;
}

/* ---- artifacts ---------------------------------------------------------- */

char *lime_rt_artifact_path(const LimeRtManifest *m, const char *rel) {
    return rel[0] == '/' ? lime_rt_strf("%s", rel) : lime_rt_strf("%s/%s", m->dir, rel);
}

char *lime_rt_read_artifact_bytes(const LimeRtManifest *m, const char *rel, const char *sha256_hex, size_t *len_out,
                                  char **why) {
    if (!rel || !*rel) {
        *why = lime_rt_strf("the manifest names no artifact for it");
        return NULL;
    }
    char *path = lime_rt_artifact_path(m, rel);
    char *buf = NULL;
    if (!sha256_hex || !*sha256_hex) {
        *why = lime_rt_strf("the manifest gives no sha256 for %s", path);
        goto out;
    }
    FILE *f = fopen(path, "rb");
    if (!f) {
        *why = lime_rt_strf("cannot read %s (%s)", path, strerror(errno));
        goto out;
    }
    size_t cap = 1 << 16, len = 0;
    buf = malloc(cap);
    for (;;) {
        if (!buf) break;
        if (len + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) { free(buf); buf = NULL; break; }
            buf = nb;
            cap *= 2;
        }
        size_t k = fread(buf + len, 1, cap - 1 - len, f);
        len += k;
        if (k == 0) break;
    }
    bool rerr = ferror(f);
    fclose(f);
    if (!buf || rerr) {
        *why = lime_rt_strf("cannot read %s (%s)", path, buf ? "read error" : "out of memory");
        free(buf);
        buf = NULL;
        goto out;
    }
    buf[len] = '\0';
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (!EVP_Digest(buf, len, md, &mdlen, EVP_sha256(), NULL) || mdlen != 32) {
        free(buf);
        buf = NULL;
        *why = lime_rt_strf("cannot compute the SHA-256 of %s", path);
        goto out;
    }
    char hex[65];
    for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", md[i]);
    if (strlen(sha256_hex) != 64 || strncasecmp(hex, sha256_hex, 64) != 0) {
        free(buf);
        buf = NULL;
        *why = lime_rt_strf("artifact %s does not match the manifest (its SHA-256 is %s, not %s)", path, hex, sha256_hex);
        goto out;
    }
    if (len_out) *len_out = len;
out:
    free(path);
    return buf;
}

char *lime_rt_read_artifact(const LimeRtManifest *m, const char *rel, const char *sha256_hex, char **why) {
    return lime_rt_read_artifact_bytes(m, rel, sha256_hex, NULL, why);
}
