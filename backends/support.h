/* support.h: what several backends need and none owns: files and folders,
 * SHA-256 (OpenSSL's libcrypto), child processes, and writing YAML with
 * libyaml.  No backend is named here; no backend is needed to use it. */
#ifndef LIME_BACKEND_SUPPORT_H
#define LIME_BACKEND_SUPPORT_H

#include "base.h"

#include <yaml.h>
#include <sys/types.h>

/* The SHA-256 of bytes as lowercase hex (NULL on failure). */
const char *sha256_hex(const char *data, size_t len);
/* The bytes of a file (binary-safe), NUL-terminated; NULL if unreadable. */
char *read_file_bytes(const char *path, size_t *len);
/* false on any failure (errno says which) */
bool write_file_bytes(const char *path, const char *data, size_t len);
bool copy_file(const char *from, const char *to);
/* Creates path and its missing parents; true when it exists after. */
bool make_dirs(const char *path);
/* Writes text to path; false after reporting "cannot write 'path': why". */
bool write_text_file(const char *path, const char *text);
/* Runs argv (found on PATH) and waits: its exit status, or -1 when it
 * could not run or did not exit normally.  log: stdout and stderr go
 * there (NULL: they are the compiler's). */
int run_program(char *const argv[], const char *log);
/* run_program in two halves, so that two programs run at once:
 * start_program returns the child's pid (-1: no fork), wait_program its
 * exit status as run_program's. */
pid_t start_program(char *const argv[], const char *log);
int wait_program(pid_t pid);
/* The last three lines of a file joined by spaces, for an error message. */
const char *file_tail(const char *path);

/* PREFIX where limec runs from: the parent of the folder holding the limec
 * binary (symbolic links resolved), e.g. /usr/local for /usr/local/bin/limec
 * and build for build/bin/limec.  Nothing is compiled in: an installed tree
 * can move. */
const char *limec_prefix(void);
/* PREFIX/share/lime: the FPGA artifact store (artifacts/) and the FPGA
 * model wrapper (fpga/: model.cpp, build_model.sh, lime_fpga.h). */
const char *lime_data_dir(void);
/* Records a file the compilation read besides its sources (liblime.a, a
 * store module), once, for the depfile (-MD). */
void note_dependency(const char *path);
const Vec *noted_dependencies(void);

/* A YAML document being written with libyaml's emitter into text: every
 * event goes through one function, which remembers a failure (ok false). */
typedef struct Yaml {
    yaml_emitter_t em;
    StrBuf text;
    bool ok;
} Yaml;
void yaml_begin(Yaml *y);                   /* stream and document start */
bool yaml_finish(Yaml *y);                  /* document and stream end; ok */
void yaml_scalar(Yaml *y, const char *s);
void yaml_pair(Yaml *y, const char *key, const char *value);
void yaml_map_start(Yaml *y, bool flow);
void yaml_map_end(Yaml *y);
void yaml_seq_start(Yaml *y);
void yaml_seq_end(Yaml *y);

#endif
