/* artifacts.c: prog.artifacts/ beside the executable: every backend's
 * verdict on every task, the GPU's OpenCL sources, and manifest.yaml (with
 * libyaml) naming each artifact with its SHA-256 (OpenSSL's libcrypto).
 * The runtime reads the manifest to choose a device per task. */
#include "backend.h"
#include "fpga/fpga.h"
#include "gpu/gpu.h"

#include <errno.h>
#include <openssl/evp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

const char *sha256_hex(const char *data, size_t len) {
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned mdlen = 0;
    if (!EVP_Digest(data, len, md, &mdlen, EVP_sha256(), NULL)) return NULL;
    StrBuf sb = {0};
    for (unsigned i = 0; i < mdlen; i++) sb_printf(&sb, "%02x", md[i]);
    return xstrdup(sb_str(&sb));
}

/* Size and alignment of one element in memory, as the CPU backend lays it
 * out (C's natural layout; a value class is a struct of its fields). */
static int elem_layout(Type *t, int *align) {
    switch (t->kind) {
    case TY_BOOLEAN: case TY_BYTE: *align = 1; return 1;
    case TY_SHORT: case TY_CHAR: *align = 2; return 2;
    case TY_INT: case TY_FLOAT: *align = 4; return 4;
    case TY_CLASS:
        if (t->cls->is_value) {
            int size = 0, max_align = 1;
            for (int i = 0; i < t->cls->fields.len; i++) {
                FieldDecl *f = t->cls->fields.items[i];
                if (f->mods & MOD_STATIC) continue;
                int a, s = elem_layout(f->ty, &a);
                size = (size + a - 1) / a * a + s;
                if (a > max_align) max_align = a;
            }
            *align = max_align;
            return (size + max_align - 1) / max_align * max_align;
        }
        /* fall through */
    default: *align = 8; return 8;
    }
}

static int elem_size(Type *t) {
    int align;
    return elem_layout(t, &align);
}

static bool make_dir(const char *path) {
    if (mkdir(path, 0777) == 0 || errno == EEXIST) return true;
    error_plain("cannot create '%s': %s", path, strerror(errno));
    return false;
}

static bool write_file(const char *path, const char *text) {
    FILE *f = fopen(path, "w");
    if (!f) {
        error_plain("cannot write '%s': %s", path, strerror(errno));
        return false;
    }
    fputs(text, f);
    if (fclose(f)) {
        error_plain("cannot write '%s'", path);
        return false;
    }
    return true;
}

/* libyaml emitter helpers: every event through one function. */
typedef struct Yaml {
    yaml_emitter_t em;
    bool ok;
} Yaml;

static void emit_event(Yaml *y, yaml_event_t *ev) {
    if (y->ok && !yaml_emitter_emit(&y->em, ev)) y->ok = false;
}

static void scalar(Yaml *y, const char *s) {
    yaml_event_t ev;
    yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)s, (int)strlen(s), 1, 1, YAML_ANY_SCALAR_STYLE);
    emit_event(y, &ev);
}

static void pair(Yaml *y, const char *k, const char *v) {
    scalar(y, k);
    scalar(y, v);
}

static void map_start(Yaml *y, bool flow) {
    yaml_event_t ev;
    yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1, flow ? YAML_FLOW_MAPPING_STYLE : YAML_BLOCK_MAPPING_STYLE);
    emit_event(y, &ev);
}

static void map_end(Yaml *y) {
    yaml_event_t ev;
    yaml_mapping_end_event_initialize(&ev);
    emit_event(y, &ev);
}

static int write_handler(void *data, unsigned char *buffer, size_t size) {
    sb_printf((StrBuf *)data, "%.*s", (int)size, buffer);
    return 1;
}

static const char *base_name(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* The FPGA's entry of task t: its build (Yosys, Verilator; cached) when
 * the backend accepted it (rejected: NULL why is the reason), else the
 * reason.  A failed build also rejects the task, with what failed. */
static void fpga_entry(Yaml *y, IrProgram *p, IrTask *t, const char *dir, Reason *rejected) {
    const char *failed = NULL;
    FpgaBuild b = {0};
    if (!rejected && !t->fpga_accepted) failed = "not built: --target leaves out fpga";
    else if (!rejected && !fpga_build(p, t, dir, &b, &failed)) {
        t->fpga_accepted = false;
        fprintf(stderr, "limec: warning: fpga: task%d %s not built, it runs on the CPU: %s\n", t->id, t->name, failed);
    }
    if (rejected || failed) {
        t->fpga_accepted = false;
        pair(y, "accepted", "false");
        /* a graph's fused map: the stream task runs its work on the FPGA */
        IrTask *stream = t->kind == TASK_MAP && t->graph ? t->graph->stream : NULL;
        bool covered = rejected && stream && stream->fpga_accepted;
        const char *reason = rejected ? xprintf("%s (line %d)", rejected->text, rejected->loc.line) : failed;
        if (rejected && stream && !covered && strstr(rejected->text, stream->name))
            reason = xprintf("%s, whose FPGA build failed", reason);
        pair(y, "reason", reason);
        if (covered) pair(y, "covered_by", xprintf("%d", stream->id));
        return;
    }
    Reason why;
    Dfg *d = fpga_dfg(p, t, &why);
    FpgaDesign *fd = fpga_design(p, t);
    pair(y, "accepted", "true");
    pair(y, "artifact", b.so_rel);
    pair(y, "sha256", b.so_sha256);
    pair(y, "verilog", b.verilog_rel);
    if (b.report_rel) pair(y, "report", b.report_rel);
    pair(y, "top", fd->top);
    pair(y, "in_types", d->in_types);
    pair(y, "param_types", d->param_types);
    pair(y, "out_type", xprintf("%c", d->out_type));
    pair(y, "state_words", xprintf("%d", d->state_words));
    pair(y, "latency", xprintf("%d", fd->latency));
    pair(y, "ii", xprintf("%d", fd->ii));
    pair(y, "fmax_mhz", xprintf("%.1f", b.fmax_mhz));
    pair(y, "family", "ice40");
    pair(y, "lut", xprintf("%d", b.lut));
    pair(y, "ff", xprintf("%d", b.ff));
    pair(y, "carry", xprintf("%d", b.carry));
    pair(y, "dsp", xprintf("%d", b.dsp));
    pair(y, "bram", xprintf("%d", b.bram));
    pair(y, "cached", b.cached ? "true" : "false");
    if (d->solutions.len) {
        StrBuf sols = {0};
        for (int i = 0; i < d->solutions.len; i++) {
            Solution *s = d->solutions.items[i];
            sb_printf(&sols, "%s%s for filter %d (%s)", i ? ", " : "", s->module, s->filter, s->what);
        }
        pair(y, "solutions", sb_str(&sols));
    }
}

bool write_artifacts(IrProgram *p, const char *exe) {
    const char *dir = xprintf("%s.artifacts", exe);
    if (!make_dir(dir) || !make_dir(xprintf("%s/gpu", dir))) return false;
    fpga_build_all(p, dir);   /* in parallel; the entries below then take them from the cache */
    StrBuf text = {0};
    Yaml y = {.ok = true};
    yaml_emitter_initialize(&y.em);
    yaml_emitter_set_output(&y.em, write_handler, &text);
    yaml_emitter_set_unicode(&y.em, 1);
    yaml_event_t ev;
    yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING);
    emit_event(&y, &ev);
    yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1);
    emit_event(&y, &ev);
    map_start(&y, false);
    pair(&y, "lime", "1");
    pair(&y, "program", base_name(exe));
    scalar(&y, "tasks");
    yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1, YAML_BLOCK_SEQUENCE_STYLE);
    emit_event(&y, &ev);
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        map_start(&y, false);
        pair(&y, "id", xprintf("%d", t->id));
        pair(&y, "name", t->name);
        pair(&y, "kind", task_kind_name(t->kind));
        pair(&y, "location", t->loc.file ? xprintf("%s:%d:%d", t->loc.file->name, t->loc.line, t->loc.col) : "?");
        if (t->graph) {
            /* which graph, and the positions of the filters the task runs (a
             * stream or a fused run of stateless filters: several) */
            int n = t->kind == TASK_STREAM || t->kind == TASK_MAP ? t->nchain : 1;
            pair(&y, "graph", xprintf("%d", t->graph->id));
            pair(&y, "filters", n > 1 ? xprintf("%d-%d", t->graph_pos, t->graph_pos + n - 1) : xprintf("%d", t->graph_pos));
        }
        if (t->out && t->out != ty_void && (is_primitive(t->out) || is_value_type(t->out)))
            pair(&y, "elem_size", xprintf("%d", elem_size(t->out)));
        scalar(&y, "backends");
        map_start(&y, false);
        for (int b = 0; b < lime_backend_count; b++) {
            const Backend *be = lime_backends[b];
            Reason why = {0};
            bool ok = be->accepts(p, t, &why);
            if (ok && !strcmp(be->name, "gpu") && !t->gpu_accepted) {
                ok = false;
                why.loc = t->loc;
                snprintf(why.text, sizeof why.text, "not built: --target leaves out gpu");
            }
            scalar(&y, be->name);
            map_start(&y, true);
            if (!strcmp(be->name, "fpga")) {
                fpga_entry(&y, p, t, dir, ok ? NULL : &why);
                map_end(&y);
                continue;
            }
            pair(&y, "accepted", ok ? "true" : "false");
            if (!ok) pair(&y, "reason", xprintf("%s (line %d)", why.text, why.loc.line));
            if (ok && !strcmp(be->name, "gpu")) {
                const char *src = gpu_task_source(p, t);
                const char *rel = xprintf("gpu/task%d.cl", t->id);
                if (!write_file(xprintf("%s/%s", dir, rel), src)) return false;
                pair(&y, "artifact", rel);
                pair(&y, "sha256", sha256_hex(src, strlen(src)));
                pair(&y, "kernel", xprintf("lime_task_%d", t->id));
            }
            map_end(&y);
        }
        map_end(&y);
        map_end(&y);
    }
    yaml_sequence_end_event_initialize(&ev);
    emit_event(&y, &ev);
    map_end(&y);
    yaml_document_end_event_initialize(&ev, 1);
    emit_event(&y, &ev);
    yaml_stream_end_event_initialize(&ev);
    emit_event(&y, &ev);
    yaml_emitter_delete(&y.em);
    if (!y.ok) {
        error_plain("cannot write the manifest of '%s' (libyaml)", exe);
        return false;
    }
    return write_file(xprintf("%s/manifest.yaml", dir), sb_str(&text));
}

/* --emit=opencl: the OpenCL source of every task the GPU accepts. */
void print_opencl(FILE *out, IrProgram *p) {
    int n = 0;
    for (int i = 0; i < p->tasks.len; i++) {
        IrTask *t = p->tasks.items[i];
        Reason why = {0};
        if (!gpu_accepts(p, t, &why)) {
            fprintf(out, "/* task%d %s: not on the GPU: %s */\n\n", t->id, t->name, why.text);
            continue;
        }
        fprintf(out, "/* ===== task%d %s: gpu/task%d.cl ===== */\n%s\n", t->id, t->name, t->id, gpu_task_source(p, t));
        n++;
    }
    if (!p->tasks.len) fprintf(out, "/* no tasks */\n");
}
