/* manifest.c: prog.artifacts/manifest.yaml, read with libyaml, and the
 * SHA-256 check of each artifact (OpenSSL's libcrypto).
 *
 * Requires: a manifest as docs/manifest.md writes it down (`lime: 1`, the
 * schema version LIME_RT_MANIFEST_VERSION; any other is rejected).
 * Guarantees: every task with its id, name, kind, location and elem_size,
 * and every entry of its `backends:` read the same way whatever its name
 * (accepted, reason, covered_by, and all its keys as strings); each device
 * reads its own keys from its entry (lime_rt_entry_*), so this file names
 * no backend.  Unknown keys are kept and ignored, so later compilers may
 * add fields.
 *
 * The folder is $LIME_ARTIFACTS when set and not empty, else the one a
 * Lime library linked into a C program names (LimeLibrary.artifacts: the
 * absolute path of libNAME.a.artifacts where limec wrote it), else the
 * executable's path (/proc/self/exe) with ".artifacts" appended.
 *
 * A C program may link several Lime libraries: each has its own manifest,
 * read when one of its tasks is first decided, with its tasks' ids moved
 * by the library's task_base (interop.c), so that the rest of the runtime
 * sees one process-wide id per task; lime_rt_manifest(task) is the
 * manifest of the task's library.
 *
 * Trust: the executable carries the SHA-256 of the manifest limec wrote
 * with it (lime_manifest_sha256, emitted by the CPU backend); a manifest
 * with any other SHA-256 is refused, whichever folder it is in, and with it
 * every artifact (lime_rt_manifest_refused: a warning, not a choice).  The
 * manifest names each artifact's SHA-256, so an artifact is trusted only
 * through it.  An artifact's path must stay in the folder: relative, no
 * "." or ".." component, and no symbolic link on the way (each component
 * is opened with O_NOFOLLOW).  An executable linked without the digest
 * (an empty lime_manifest_sha256, the runtime's weak default) reads any
 * manifest, as before.  The file
 * is read once, on the first device call; what it says is kept in malloc'd
 * memory (it holds no GC pointers) until the process exits. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <openssl/evp.h>
#include <yaml.h>

#include "internal.h"

/* The SHA-256 (hex) of the manifest the executable was built with; the
 * compiled program defines it, this weak empty default stands when it
 * does not (no digest: no check). */
__attribute__((weak)) const char lime_manifest_sha256[65] = "";

/* A manifest as read, once: an executable's, or a library's (its
 * manifest_state) */
typedef struct Loaded {
    bool loaded, refused;
    LimeRtManifest manifest;
    const LimeRtManifest *result;
    char *why;             /* when result is NULL */
} Loaded;
static Loaded program;  /* an executable's */
static char why_buf[PATH_MAX + 256];

static char *xstrdup(const char *s) {
    char *p = strdup(s ? s : "");
    if (!p) {
        fputs("lime: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

static char *artifacts_dir(const LimeLibrary *lib) {
    const char *env = getenv("LIME_ARTIFACTS");
    if (env && *env) return xstrdup(env);
    if (lib && lib->artifacts) return xstrdup(lib->artifacts);
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

static bool is_false(const char *s) {
    return s && (strcmp(s, "false") == 0 || strcmp(s, "False") == 0 || strcmp(s, "FALSE") == 0 ||
                 strcmp(s, "no") == 0 || strcmp(s, "off") == 0);
}

/* A number >= 0 (false when malformed or out of range). */
static bool to_number(const char *s, double *v) {
    if (!s || !*s) return false;
    char *end;
    *v = strtod(s, &end);
    return *end == '\0' && *v >= 0.0 && *v < 1e300;
}

static void *xcalloc(size_t n, size_t size) {
    void *p = calloc(n ? n : 1, size);
    if (!p) {
        fputs("lime: out of memory\n", stderr);
        exit(1);
    }
    return p;
}

/* Every key of mapping map with its scalar value (NULL: not a scalar). */
static LimeRtPairs read_pairs(yaml_document_t *doc, yaml_node_t *map) {
    LimeRtPairs ps = {0, NULL};
    if (!map || map->type != YAML_MAPPING_NODE) return ps;
    size_t count = (size_t)(map->data.mapping.pairs.top - map->data.mapping.pairs.start);
    ps.pairs = xcalloc(count, sizeof *ps.pairs);
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
        const char *k = scalar(yaml_document_get_node(doc, p->key));
        if (!k) continue;
        const char *v = scalar(yaml_document_get_node(doc, p->value));
        ps.pairs[ps.n].key = xstrdup(k);
        ps.pairs[ps.n].value = v ? xstrdup(v) : NULL;
        ps.n++;
    }
    return ps;
}

/* The pair of key `key` (the first), or NULL. */
static const LimeRtPair *find(const LimeRtPairs *ps, const char *key) {
    for (int32_t i = 0; i < ps->n; i++)
        if (strcmp(ps->pairs[i].key, key) == 0) return &ps->pairs[i];
    return NULL;
}

/* backends.<name> of one task: the generic keys, and every key kept for
 * the device of that name. */
static void read_backend(yaml_document_t *doc, const char *name, yaml_node_t *node, LimeRtBackend *b) {
    b->name = xstrdup(name);
    b->keys = read_pairs(doc, node);
    b->accepted = lime_rt_entry_bool(b, "accepted");
    const char *reason = lime_rt_entry_str(b, "reason");
    b->reason = reason ? xstrdup(reason) : NULL;
    b->covered = find(&b->keys, "covered_by") != NULL;
}

/* A task's backends mapping, one entry per key in file order. */
static void read_backends(yaml_document_t *doc, yaml_node_t *map, LimeRtTaskInfo *ti) {
    if (!map || map->type != YAML_MAPPING_NODE) return;
    size_t count = (size_t)(map->data.mapping.pairs.top - map->data.mapping.pairs.start);
    ti->backends = xcalloc(count, sizeof *ti->backends);
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
        const char *name = scalar(yaml_document_get_node(doc, p->key));
        if (name) read_backend(doc, name, yaml_document_get_node(doc, p->value), &ti->backends[ti->nbackends++]);
    }
}

/* Fills m from doc; false (why_buf set) when it is not a manifest. */
static bool read_document(yaml_document_t *doc, const char *path, LimeRtManifest *m) {
    yaml_node_t *root = yaml_document_get_root_node(doc);
    if (!root || root->type != YAML_MAPPING_NODE) {
        snprintf(why_buf, sizeof why_buf, "%s is not a Lime manifest (no top-level mapping)", path);
        return false;
    }
    long version;
    if (!to_int(scalar(get(doc, root, "lime")), &version) || version != LIME_RT_MANIFEST_VERSION) {
        snprintf(why_buf, sizeof why_buf, "%s is not a version %d Lime manifest (lime: %s)", path,
                 LIME_RT_MANIFEST_VERSION, scalar(get(doc, root, "lime")) ? scalar(get(doc, root, "lime")) : "missing");
        return false;
    }
    m->program = xstrdup(scalar(get(doc, root, "program")));
    m->keys = read_pairs(doc, root);
    yaml_node_t *tasks = get(doc, root, "tasks");
    if (!tasks) return true; /* no tasks: every task is absent */
    if (tasks->type != YAML_SEQUENCE_NODE) {
        snprintf(why_buf, sizeof why_buf, "%s: tasks is not a list", path);
        return false;
    }
    size_t count = (size_t)(tasks->data.sequence.items.top - tasks->data.sequence.items.start);
    m->tasks = calloc(count ? count : 1, sizeof *m->tasks);
    if (!m->tasks) {
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
        LimeRtTaskInfo *ti = &m->tasks[m->ntasks++];
        ti->id = (int32_t)id;
        ti->name = xstrdup(scalar(get(doc, t, "name")));
        ti->kind = xstrdup(scalar(get(doc, t, "kind")));
        ti->location = xstrdup(scalar(get(doc, t, "location")));
        ti->elem_size = to_int(scalar(get(doc, t, "elem_size")), &es) && es > 0 ? (int32_t)es : 0;
        ti->keys = read_pairs(doc, t);
        read_backends(doc, get(doc, t, "backends"), ti);
    }
    return true;
}

/* Reads dir/manifest.yaml into m (dir is kept); NULL with why_buf set
 * when it is missing or not a manifest. */
/* The bytes of an open file (malloc'd, NUL after them); NULL on failure
 * (errno set).  Closes fd. */
static char *read_fd(int fd, size_t *len_out) {
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap);
    while (buf) {
        if (len + 1 >= cap) {
            char *nb = realloc(buf, cap * 2);
            if (!nb) {
                free(buf);
                buf = NULL;
                errno = ENOMEM;
                break;
            }
            buf = nb;
            cap *= 2;
        }
        ssize_t k = read(fd, buf + len, cap - 1 - len);
        if (k < 0 && errno == EINTR) continue;
        if (k < 0) {
            free(buf);
            buf = NULL;
            break;
        }
        if (k == 0) break;
        len += (size_t)k;
    }
    close(fd);
    if (buf) {
        buf[len] = '\0';
        *len_out = len;
    }
    return buf;
}

/* hex (65 bytes) = the SHA-256 of bytes; false when it cannot be computed. */
static bool sha256_hex_of(const char *bytes, size_t len, char hex[65]) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (!EVP_Digest(bytes, len, md, &mdlen, EVP_sha256(), NULL) || mdlen != 32) return false;
    for (int i = 0; i < 32; i++) snprintf(hex + 2 * i, 3, "%02x", md[i]);
    return true;
}

/* digest: the SHA-256 the manifest must have (NULL or "": any); base:
 * added to every task id; *refused set when the digest differs. */
static const LimeRtManifest *load(LimeRtManifest *m, char *dir, const char *digest, int32_t base, bool *refused) {
    m->dir = dir;
    if (!m->dir) {
        snprintf(why_buf, sizeof why_buf, "cannot find the executable (/proc/self/exe) to locate its artifacts");
        return NULL;
    }
    char path[PATH_MAX + 32];
    snprintf(path, sizeof path, "%s/manifest.yaml", m->dir);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    size_t len = 0;
    char *text = fd < 0 ? NULL : read_fd(fd, &len);
    if (!text) {
        snprintf(why_buf, sizeof why_buf, "cannot read %s (%s)", path, strerror(errno));
        return NULL;
    }
    char hex[65];
    if (digest && digest[0] && (!sha256_hex_of(text, len, hex) || strncasecmp(hex, digest, 64) != 0)) {
        snprintf(why_buf, sizeof why_buf,
                 "%s is not the manifest this executable was built with (its SHA-256 is %.64s, the executable's %.64s)",
                 path, hex, digest);
        *refused = true;
        free(text);
        return NULL;
    }
    yaml_parser_t parser;
    yaml_document_t doc;
    bool ok = false;
    if (!yaml_parser_initialize(&parser)) {
        snprintf(why_buf, sizeof why_buf, "cannot read %s (libyaml: out of memory)", path);
        free(text);
        return NULL;
    }
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    if (!yaml_parser_load(&parser, &doc)) {
        snprintf(why_buf, sizeof why_buf, "%s:%zu:%zu: malformed YAML: %s", path, parser.problem_mark.line + 1,
                 parser.problem_mark.column + 1, parser.problem ? parser.problem : "error");
    } else {
        ok = read_document(&doc, path, m);
        yaml_document_delete(&doc);
    }
    yaml_parser_delete(&parser);
    free(text);
    for (int32_t i = 0; ok && i < m->ntasks; i++) m->tasks[i].id += base;
    return ok ? m : NULL;
}

/* The manifest of task's library (the executable's when it is none),
 * read on the first call for it. */
static Loaded *loaded_for(int32_t task) {
    LimeLibrary *lib = lime_rt_library_of_task(task, NULL);
    Loaded *l = lib ? lib->manifest_state : &program;
    if (!l) l = lib->manifest_state = xcalloc(1, sizeof *l);
    if (!l->loaded) {
        l->loaded = true;
        l->result = load(&l->manifest, artifacts_dir(lib), lib ? lib->manifest_sha256 : lime_manifest_sha256,
                         lib ? lib->task_base : 0, &l->refused);
        if (!l->result) l->why = xstrdup(why_buf);
    }
    return l;
}

bool lime_rt_manifest_refused(int32_t task) { return loaded_for(task)->refused; }

const LimeRtManifest *lime_rt_manifest(int32_t task, const char **why) {
    Loaded *l = loaded_for(task);
    if (!l->result && why) *why = l->why;
    return l->result;
}

const char *lime_rt_manifest_digest(int32_t task, int32_t *local) {
    int32_t in_library;
    LimeLibrary *lib = lime_rt_library_of_task(task, &in_library);
    *local = lib ? in_library : task;
    return lib ? lib->manifest_sha256 : lime_manifest_sha256;
}

const LimeRtManifest *lime_rt_manifest_read(const char *dir, const char **why) {
    LimeRtManifest *m = xcalloc(1, sizeof *m);
    bool refused = false;
    const LimeRtManifest *r = load(m, xstrdup(dir), NULL, 0, &refused);
    if (!r && why) *why = why_buf;
    return r;
}

const LimeRtTaskInfo *lime_rt_manifest_task(const LimeRtManifest *m, int32_t id) {
    for (int32_t i = 0; m && i < m->ntasks; i++)
        if (m->tasks[i].id == id) return &m->tasks[i];
    return NULL;
}

const char *lime_rt_task_str(const LimeRtTaskInfo *t, const char *key) {
    const LimeRtPair *p = t ? find(&t->keys, key) : NULL;
    return p ? p->value : NULL;
}

const LimeRtTaskInfo *lime_rt_graph_task(const LimeRtManifest *m, const LimeRtTaskInfo *t, const char *kind,
                                         int32_t *from) {
    const char *graph = lime_rt_task_str(t, "graph");
    for (int32_t i = *from; graph && m && i < m->ntasks; i++) {
        const char *g = lime_rt_task_str(&m->tasks[i], "graph");
        if (g && strcmp(g, graph) == 0 && strcmp(m->tasks[i].kind, kind) == 0) {
            *from = i + 1;
            return &m->tasks[i];
        }
    }
    *from = m ? m->ntasks : 0;
    return NULL;
}

const LimeRtBackend *lime_rt_task_backend(const LimeRtTaskInfo *t, const char *name) {
    for (int32_t i = 0; t && i < t->nbackends; i++)
        if (strcmp(t->backends[i].name, name) == 0) return &t->backends[i];
    return NULL;
}

/* ---- a backend's keys --------------------------------------------------- */

const char *lime_rt_entry_str(const LimeRtBackend *b, const char *key) {
    const LimeRtPair *p = b ? find(&b->keys, key) : NULL;
    return p ? p->value : NULL;
}

int32_t lime_rt_entry_count(const LimeRtBackend *b, const char *key) {
    long v;
    return to_int(lime_rt_entry_str(b, key), &v) && v >= 0 ? (int32_t)v : 0;
}

double lime_rt_entry_number(const LimeRtBackend *b, const char *key) {
    double v;
    return to_number(lime_rt_entry_str(b, key), &v) ? v : 0.0;
}

bool lime_rt_entry_bool(const LimeRtBackend *b, const char *key) { return to_bool(lime_rt_entry_str(b, key)); }

bool lime_rt_entry_parses(const LimeRtBackend *b, const LimeRtKeyDef *k) {
    const char *s = lime_rt_entry_str(b, k->key);
    long i;
    double d;
    switch (k->type) {
    case LIME_RT_STRING: return s != NULL;
    case LIME_RT_COUNT: return to_int(s, &i) && i >= 0;
    case LIME_RT_NUMBER: return to_number(s, &d);
    case LIME_RT_BOOL: return to_bool(s) || is_false(s);
    }
    return false;
}

/* ---- artifacts ---------------------------------------------------------- */

char *lime_rt_artifact_path(const LimeRtManifest *m, const char *rel) {
    return lime_rt_strf("%s/%s", m->dir, rel);
}

/* Opens artifact rel inside dir, refusing a path that leaves it: absolute,
 * an empty, "." or ".." component, or a symbolic link at any component.
 * A file descriptor, or -1 with *why (malloc'd). */
static int open_beneath(const char *dir, const char *rel, const char *path, char **why) {
    if (rel[0] == '/') {
        *why = lime_rt_strf("the manifest's artifact path %s is absolute: artifacts stay in %s", rel, dir);
        return -1;
    }
    int at = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (at < 0) {
        *why = lime_rt_strf("cannot read %s (%s)", path, strerror(errno));
        return -1;
    }
    char *copy = lime_rt_strf("%s", rel), *save = NULL;
    for (char *part = strtok_r(copy, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
        if (!strcmp(part, ".") || !strcmp(part, "..")) {
            *why = lime_rt_strf("the manifest's artifact path %s leaves the artifacts folder %s", rel, dir);
            close(at);
            at = -1;
            break;
        }
        bool last = save == NULL || *save == '\0';
        int next = openat(at, part, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | (last ? 0 : O_DIRECTORY));
        int err = errno;
        close(at);
        at = next;
        if (at < 0) {
            *why = err == ELOOP || err == ENOTDIR
                       ? lime_rt_strf("cannot read %s (%s is a symbolic link or not a folder: artifacts stay in %s)",
                                      path, part, dir)
                       : lime_rt_strf("cannot read %s (%s)", path, strerror(err));
            break;
        }
    }
    free(copy);
    return at;
}

char *lime_rt_read_artifact_bytes(const LimeRtManifest *m, const char *rel, const char *sha256_hex, size_t *len_out,
                                  char **why) {
    if (!rel || !*rel) {
        *why = lime_rt_strf("the manifest names no artifact for it");
        return NULL;
    }
    char *path = lime_rt_artifact_path(m, rel);
    char *buf = NULL;
    size_t len = 0;
    char hex[65];
    if (!sha256_hex || !*sha256_hex) {
        *why = lime_rt_strf("the manifest gives no sha256 for %s", path);
    } else if (lime_rt_fault("artifact-missing")) {
        *why = lime_rt_strf("cannot read %s (No such file or directory) [LIME_FAULT=artifact-missing]", path);
    } else {
        int fd = open_beneath(m->dir, rel, path, why);
        if (fd >= 0 && !(buf = read_fd(fd, &len))) *why = lime_rt_strf("cannot read %s (%s)", path, strerror(errno));
    }
    if (buf && !sha256_hex_of(buf, len, hex)) {
        *why = lime_rt_strf("cannot compute the SHA-256 of %s", path);
        free(buf);
        buf = NULL;
    } else if (buf && lime_rt_fault("artifact-altered")) {
        *why = lime_rt_strf("artifact %s does not match the manifest [LIME_FAULT=artifact-altered]", path);
        free(buf);
        buf = NULL;
    } else if (buf && (strlen(sha256_hex) != 64 || strncasecmp(hex, sha256_hex, 64) != 0)) {
        *why = lime_rt_strf("artifact %s does not match the manifest (its SHA-256 is %s, not %s)", path, hex, sha256_hex);
        free(buf);
        buf = NULL;
    }
    if (buf && len_out) *len_out = len;
    free(path);
    return buf;
}

char *lime_rt_read_artifact(const LimeRtManifest *m, const char *rel, const char *sha256_hex, char **why) {
    return lime_rt_read_artifact_bytes(m, rel, sha256_hex, NULL, why);
}
