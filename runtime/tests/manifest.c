/* manifest.c: what the runtime's own manifest reader (runtime/manifest.c)
 * and device table (runtime/devices.c) make of manifests limec wrote; see
 * manifest.sh, which compares these lines with the files and with
 * docs/manifest.md.
 *
 *   manifest NAME=DIR...
 *
 * prints, one fact a line (fields separated by tabs):
 *   version V                 the schema version the reader accepts
 *   device D KEY              a key device D reads from an accepted entry
 *   read NAME                 DIR/manifest.yaml was read (else: unread NAME why)
 *   top NAME KEY              a top-level key
 *   task NAME ID KIND TASKNAME
 *   taskkey NAME KEY          a task's key
 *   entry NAME B KEY          a key of backend B's entry
 *   accepted NAME B KIND      backend B accepted a task of this kind
 *   missing NAME ID B KEY     B is a device that accepted task ID, and KEY,
 *                             which the device reads, is absent or does not
 *                             parse
 * Exit status 0 (manifest.sh judges). */
#include <stdio.h>
#include <string.h>

#include "internal.h"

static void keys(const char *what, const char *name, const char *b, const LimeRtPairs *ps) {
    for (int32_t i = 0; i < ps->n; i++) {
        if (b)
            printf("%s\t%s\t%s\t%s\n", what, name, b, ps->pairs[i].key);
        else
            printf("%s\t%s\t%s\n", what, name, ps->pairs[i].key);
    }
}

/* (the test links every device: runtime/tests/lib.sh) */
static const LimeRtDevice *device_named(const char *name) {
    for (const LimeRtDeviceSlot *d = lime_rt_devices; d->name; d++)
        if (strcmp(d->name, name) == 0) return d->device;
    return NULL;
}

static void backend(const char *name, const LimeRtTaskInfo *t, const LimeRtBackend *b) {
    keys("entry", name, b->name, &b->keys);
    if (!b->accepted) return;
    printf("accepted\t%s\t%s\t%s\n", name, b->name, t->kind);
    const LimeRtDevice *d = device_named(b->name);
    for (const LimeRtKeyDef *k = d ? d->keys : NULL; k && k->key; k++)
        if (!lime_rt_entry_parses(b, k)) printf("missing\t%s\t%d\t%s\t%s\n", name, (int)t->id, b->name, k->key);
}

int main(int argc, char **argv) {
    printf("version\t%d\n", LIME_RT_MANIFEST_VERSION);
    for (const LimeRtDeviceSlot *d = lime_rt_devices; d->name; d++)
        for (const LimeRtKeyDef *k = d->device->keys; k->key; k++)
            printf("device\t%s\t%s\n", d->name, k->key);
    for (int a = 1; a < argc; a++) {
        char *eq = strchr(argv[a], '=');
        if (!eq) continue;
        *eq = '\0';
        const char *name = argv[a], *why = NULL;
        const LimeRtManifest *m = lime_rt_manifest_read(eq + 1, &why);
        if (!m) {
            printf("unread\t%s\t%s\n", name, why);
            continue;
        }
        printf("read\t%s\n", name);
        keys("top", name, NULL, &m->keys);
        for (int32_t i = 0; i < m->ntasks; i++) {
            const LimeRtTaskInfo *t = &m->tasks[i];
            printf("task\t%s\t%d\t%s\t%s\n", name, (int)t->id, t->kind, t->name);
            keys("taskkey", name, NULL, &t->keys);
            for (int32_t j = 0; j < t->nbackends; j++) backend(name, t, &t->backends[j]);
        }
    }
    return 0;
}
