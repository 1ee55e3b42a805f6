/* choices.c: LIME_CHOICES=FILE, the size classes LIME_DEVICE=auto settled,
 * kept for later runs of the same program on the same device (a JIT's
 * profile).  Without the variable nothing is read or written.
 *
 * The file is text, one settle a line, tab-separated:
 *   MANIFEST-SHA256 <tab> DEVICE <tab> TASK <tab> CLASS <tab> WINNER
 * MANIFEST-SHA256 is the digest of the manifest the executable (or the Lime
 * library the task is in) was built with (lime_rt_manifest_digest: a
 * rebuilt program is another program), TASK the task's id in it, DEVICE
 * the device's LIME_LOG description ("Platform / device (arrays shared with
 * the device)": another device, or another way of moving arrays, learns
 * afresh), CLASS the size class (floor(log2 n)) and WINNER the candidate's
 * name (cpu, gpu).  A run reads the lines of its key when a task's device
 * code is ready, presets those classes as settled (sampled again after the
 * first interval, as any settle), and at exit rewrites the file: the lines
 * of other keys, tasks and classes as they were, this run's settles
 * replacing theirs.  A program built without the digest learns nothing;
 * a malformed line is ignored (and dropped when the file is rewritten); a
 * file that cannot be written is one warning.
 *
 * Requires: device.c serialises every call (its mutex). */
#include <errno.h>
#include <stdio.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

typedef struct Choice {
    const char *digest;    /* the task's manifest's */
    char *device;
    int32_t task;          /* its id in that manifest */
    int cls;
    char *winner;
} Choice;

static Choice *notes;
static int nnotes;

/* LIME_CHOICES when set (a task is learned only when its manifest's
 * digest is known) */
static const char *choices_path;
static void read_choices_setting(void) {
    const char *f = getenv("LIME_CHOICES");
    choices_path = f && *f ? f : NULL;
}

/* (read once: a cold task's every call asks, lime_rt_choices_peek, and
 * getenv's scan of the environment was most of an empty map's call) */
static const char *choices_file(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, read_choices_setting);
    return choices_path;
}

/* One line split at tabs into its five fields (line is modified); false
 * when it is not five fields with a number for task and class. */
static bool parse_line(char *line, char *field[5], int32_t *task, int *cls) {
    line[strcspn(line, "\n")] = '\0';
    char *p = line;
    for (int k = 0; k < 5; k++) {
        field[k] = p;
        p = strchr(p, '\t');
        if (k < 4 && !p) return false;
        if (p) *p++ = '\0';
    }
    if (p) return false;
    char *end;
    long t = strtol(field[2], &end, 10);
    if (!*field[2] || *end || t < 0 || t > INT32_MAX) return false;
    long c = strtol(field[3], &end, 10);
    if (!*field[3] || *end || c < 0 || c > 63) return false;
    *task = (int32_t)t;
    *cls = (int)c;
    return true;
}

/* The file's lines, read once, when a task first asks (the file is only
 * written at exit): by manifest digest, device, task and class, the
 * winner. */
static Choice *lines;
static int nlines;
static bool lines_read;

static void read_lines(void) {
    lines_read = true;
    const char *path = choices_file();
    FILE *f = path ? fopen(path, "r") : NULL;
    if (!f) return;
    char line[1024], *field[5];
    int32_t t;
    int cls;
    while (fgets(line, sizeof line, f)) {
        if (!parse_line(line, field, &t, &cls)) continue;
        Choice *more = realloc(lines, (size_t)(nlines + 1) * sizeof *more);
        if (!more) break;
        lines = more;
        lines[nlines++] = (Choice){lime_rt_strf("%s", field[0]), lime_rt_strf("%s", field[1]), t, cls,
                                   lime_rt_strf("%s", field[4])};
    }
    fclose(f);
}

void lime_rt_choices_load(const char *device, int32_t task, LimeRtMeasure *m,
                          void (*learned)(int32_t task, int cls, const char *winner)) {
    if (!choices_file()) return;
    int32_t local;
    const char *digest = lime_rt_manifest_digest(task, &local);
    if (!digest[0]) return;
    if (!lines_read) read_lines();
    /* smallest size class first, whatever order the classes settled in
     * (the log's order does not depend on which class settled first) */
    for (int cls = 0; cls < 32; cls++)
        for (int i = 0; i < nlines; i++) {
            Choice *c = &lines[i];
            if (c->cls == cls && c->task == local && strcmp(c->digest, digest) == 0 &&
                strcmp(c->device, device) == 0 && lime_rt_measure_preset(m, c->cls, c->winner))
                learned(task, c->cls, c->winner);
        }
}

bool lime_rt_choices_has(int32_t task) {
    for (int cls = 0; cls < 32; cls++)
        if (lime_rt_choices_peek(task, cls)) return true;
    return false;
}

const char *lime_rt_choices_peek(int32_t task, int cls) {
    if (!choices_file()) return NULL;
    if (!lines_read) read_lines();
    if (nlines == 0) return NULL; /* (the common case, before the task's digest is looked up) */
    int32_t local;
    const char *digest = lime_rt_manifest_digest(task, &local);
    if (!digest[0]) return NULL;
    if (!lines_read) read_lines();
    const char *device = NULL, *winner = NULL;
    for (int i = 0; i < nlines; i++) {
        Choice *c = &lines[i];
        if (c->task != local || strcmp(c->digest, digest) != 0) continue;
        if (device && strcmp(device, c->device) != 0) return NULL; /* settled on two devices: which is this one? */
        device = c->device;
        if (c->cls == cls) winner = c->winner;
    }
    return winner;
}

static Choice *find_note(const char *digest, const char *device, int32_t task, int cls) {
    for (int i = 0; i < nnotes; i++)
        if (notes[i].task == task && notes[i].cls == cls && strcmp(notes[i].device, device) == 0 &&
            strcmp(notes[i].digest, digest) == 0)
            return &notes[i];
    return NULL;
}

void lime_rt_choices_note(const char *device, int32_t task, int cls, const char *winner) {
    int32_t local;
    const char *digest = lime_rt_manifest_digest(task, &local);
    if (!choices_file() || !digest[0]) return;
    Choice *c = find_note(digest, device, local, cls);
    if (!c) {
        Choice *more = realloc(notes, (size_t)(nnotes + 1) * sizeof *notes);
        if (!more) return;
        notes = more;
        c = &notes[nnotes++];
        *c = (Choice){digest, lime_rt_strf("%s", device), local, cls, NULL};
    }
    free(c->winner);
    c->winner = lime_rt_strf("%s", winner);
}

static void save_failed(const char *path, const char *what) {
    char *w = lime_rt_strf("lime: warning: LIME_CHOICES=%.200s: cannot %s (%s); the choices are not saved\n", path, what,
                           strerror(errno));
    lime_rt_err_bytes(w, strlen(w));
    free(w);
}

void lime_rt_choices_save(void) {
    const char *path = choices_file();
    if (!path || nnotes == 0) return;
    char *tmp = lime_rt_strf("%s.%ld.tmp", path, (long)getpid());
    FILE *out = fopen(tmp, "w");
    if (!out) {
        save_failed(path, "write it");
        free(tmp);
        return;
    }
    FILE *in = fopen(path, "r");
    char line[1024], *field[5];
    int32_t t;
    int cls;
    while (in && fgets(line, sizeof line, in)) {
        if (!parse_line(line, field, &t, &cls)) continue;
        if (find_note(field[0], field[1], t, cls)) continue; /* replaced */
        fprintf(out, "%s\t%s\t%s\t%s\t%s\n", field[0], field[1], field[2], field[3], field[4]);
    }
    if (in) fclose(in);
    for (int i = 0; i < nnotes; i++)
        fprintf(out, "%s\t%s\t%d\t%d\t%s\n", notes[i].digest, notes[i].device, (int)notes[i].task, notes[i].cls,
                notes[i].winner);
    if (fclose(out) != 0 || rename(tmp, path) != 0) {
        save_failed(path, "write it");
        unlink(tmp);
    }
    free(tmp);
}
