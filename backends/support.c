/* support.c: files, hashes, child processes and YAML for the backends
 * (support.h).  Memory comes from the compiler's arena (util.c). */
#include "support.h"

#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

const char *sha256_hex(const char *data, size_t len) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned mdlen = 0;
    if (!EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL)) return NULL;
    StrBuf sb = {0};
    for (unsigned i = 0; i < mdlen; i++) sb_printf(&sb, "%02x", md[i]);
    return xstrdup(sb_str(&sb));
}

/* ---- files ---------------------------------------------------------------- */

char *read_file_bytes(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 65536, n = 0, got;
    char *buf = xalloc(cap + 1);
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            buf = xrealloc_arr(buf, cap + 1, cap * 2 + 1, 1);
            cap *= 2;
        }
    }
    fclose(f);
    buf[n] = 0;
    if (len) *len = n;
    return buf;
}

bool write_file_bytes(const char *path, const char *data, size_t len) {
    FILE *f = fopen(path, "wb");
    if (!f) return false;
    bool ok = fwrite(data, 1, len, f) == len;
    return fclose(f) == 0 && ok;
}

bool copy_file(const char *from, const char *to) {
    size_t len;
    char *data = read_file_bytes(from, &len);
    return data && write_file_bytes(to, data, len);
}

bool make_dirs(const char *path) {
    char *p = xstrdup(path);
    for (char *s = p + 1; *s; s++) {
        if (*s != '/') continue;
        *s = 0;
        mkdir(p, 0777);
        *s = '/';
    }
    return mkdir(p, 0777) == 0 || errno == EEXIST;
}

bool write_text_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (!f) {
        error_plain("cannot write '%s': %s", path, strerror(errno));
        return false;
    }
    bool wrote = fputs(text, f) >= 0;
    int saved = errno;
    if (fclose(f) != 0 || !wrote) {
        error_plain("cannot write '%s': %s", path, strerror(wrote ? errno : saved));
        return false;
    }
    return true;
}

const char *file_tail(const char *path) {
    char *text = read_file_bytes(path, NULL);
    if (!text) return "(no log)";
    size_t n = strlen(text);
    while (n && text[n - 1] == '\n') text[--n] = 0;
    int lines = 0;
    char *p = text + n;
    while (p > text && lines < 3)
        if (*--p == '\n') lines++;
    if (*p == '\n') p++;
    for (char *q = p; *q; q++)
        if (*q == '\n') *q = ' ';
    return p;
}

/* ---- where limec is installed ------------------------------------------ */

const char *limec_prefix(void) {
    static const char *prefix;
    if (prefix) return prefix;
    char self[4096];
    ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    if (n <= 0) return prefix = ".";
    self[n] = 0;
    char *bin = dirname(self);          /* PREFIX/bin */
    return prefix = xstrdup(dirname(bin));
}

const char *lime_data_dir(void) { return xprintf("%s/share/lime", limec_prefix()); }

/* ---- the files a compilation read, for depfiles -------------------------- */

static Vec dependencies;   /* const char*, each once */

void note_dependency(const char *path) {
    for (int i = 0; i < dependencies.len; i++)
        if (!strcmp(dependencies.items[i], path)) return;
    vec_push(&dependencies, xstrdup(path));
}

const Vec *noted_dependencies(void) { return &dependencies; }

/* ---- child processes ---------------------------------------------------- */

pid_t start_program(char *const argv[], const char *log) {
    pid_t pid = fork();
    if (pid != 0) return pid;
    if (log) {
        int fd = open(log, O_WRONLY | O_CREAT | O_TRUNC, 0666);
        if (fd >= 0) {
            dup2(fd, 1);
            dup2(fd, 2);
            close(fd);
        }
        execvp(argv[0], argv);
        fprintf(stderr, "cannot run %s: %s (is it installed? scripts/deps.sh installs it)\n", argv[0], strerror(errno));
    } else
        execvp(argv[0], argv);
    _exit(127);
}

int wait_program(pid_t pid) {
    if (pid < 0) return -1;
    int status;
    while (waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int run_program(char *const argv[], const char *log) { return wait_program(start_program(argv, log)); }

/* ---- YAML ------------------------------------------------------------------ */

static void emit_event(Yaml *y, yaml_event_t *ev) {
    if (y->ok && !yaml_emitter_emit(&y->em, ev)) y->ok = false;
}

static int write_handler(void *data, unsigned char *buffer, size_t size) {
    sb_printf((StrBuf *)data, "%.*s", (int)size, buffer);
    return 1;
}

void yaml_begin(Yaml *y) {
    *y = (Yaml){.ok = true};
    yaml_emitter_initialize(&y->em);
    yaml_emitter_set_output(&y->em, write_handler, &y->text);
    yaml_emitter_set_unicode(&y->em, 1);
    yaml_event_t ev;
    yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
    emit_event(y, &ev);
    yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
    emit_event(y, &ev);
}

bool yaml_finish(Yaml *y) {
    yaml_event_t ev;
    yaml_document_end_event_initialize(&ev, 1);
    emit_event(y, &ev);
    yaml_stream_end_event_initialize(&ev);
    emit_event(y, &ev);
    yaml_emitter_delete(&y->em);
    return y->ok;
}

void yaml_scalar(Yaml *y, const char *s) {
    yaml_event_t ev;
    yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 1, YAML_ANY_SCALAR_STYLE);
    emit_event(y, &ev);
}

void yaml_pair(Yaml *y, const char *key, const char *value) {
    yaml_scalar(y, key);
    yaml_scalar(y, value);
}

void yaml_map_start(Yaml *y, bool flow) {
    yaml_event_t ev;
    yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
    emit_event(y, &ev);
}

void yaml_map_end(Yaml *y) {
    yaml_event_t ev;
    yaml_mapping_end_event_initialize(&ev);
    emit_event(y, &ev);
}

void yaml_seq_start(Yaml *y) {
    yaml_event_t ev;
    yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE);
    emit_event(y, &ev);
}

void yaml_seq_end(Yaml *y) {
    yaml_event_t ev;
    yaml_sequence_end_event_initialize(&ev);
    emit_event(y, &ev);
}
