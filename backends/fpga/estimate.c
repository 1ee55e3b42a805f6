/* estimate.c: a task's size before it is synthesised, from the store's own
 * measurements, so that a plain compile need not spend minutes of Yosys on
 * a design no supported chip holds (fpga.c asks before building).
 *
 * Each store descriptor (artifacts/ * / *.yaml) carries the resources
 * artifacts/measure.sh measured for one set of parameters:
 *     parameters: {WIDTH: 32, DEPTH: 4}
 *     ice40: {lut: 1, ff: 132, carry: 0, dsp: 0, bram: 0}   # synth_ice40 -dsp; stat
 * An instance in the task's Verilog counts max(lut, ff) logic cells (an
 * iCE40 logic cell holds one LUT4 and one flip-flop), scaled by its WIDTH
 * and DEPTH against the measured ones.  The glue between the units (delay
 * lines are units too: stream_delay) is not counted, nor what Yosys
 * removes after flattening: an estimate, for that one decision only;
 * Yosys's count after synthesis is what the manifest reports.  A module
 * without measured resources counts 0. */
#include "fpga.h"

#include <stdlib.h>
#include <string.h>

typedef struct MeasuredUnit {
    int lut, ff;
    int width, depth; /* the measured parameters; 0: none */
} MeasuredUnit;

/* The number after `key` in text up to end (e.g. "WIDTH: " in a
 * descriptor's parameters, ".WIDTH(" in an instance); 0 when absent. */
static int number_after(const char *text, const char *end, const char *key) {
    size_t len = strlen(key);
    for (const char *p = text; p && p + len <= end; p++)
        if (!strncmp(p, key, len)) return atoi(p + len);
    return 0;
}

/* Line of text starting at p: its end (the newline or the terminator). */
static const char *line_end(const char *p) {
    const char *nl = strchr(p, '\n');
    return nl ? nl : p + strlen(p);
}

/* The descriptor beside a store module's Verilog (X.v -> X.yaml). */
static MeasuredUnit measured(const char *verilog_file) {
    MeasuredUnit u = {0};
    size_t n = strlen(verilog_file);
    if (n < 2 || strcmp(verilog_file + n - 2, ".v")) return u;
    char *yaml = read_file_bytes(xprintf("%.*s.yaml", (int)(n - 2), verilog_file), NULL);
    const char *params = yaml ? strstr(yaml, "\n  parameters: {") : NULL;
    const char *ice40 = yaml ? strstr(yaml, "\n  ice40: {") : NULL;
    if (!ice40) return u;
    u.lut = number_after(ice40, line_end(ice40 + 1), "lut: ");
    u.ff = number_after(ice40, line_end(ice40 + 1), "ff: ");
    if (params) {
        u.width = number_after(params, line_end(params + 1), "WIDTH: ");
        u.depth = number_after(params, line_end(params + 1), "DEPTH: ");
    }
    return u;
}

/* One instance's cells: the measured ones scaled by its parameters. */
static double instance_cells(MeasuredUnit u, const char *line, const char *end) {
    double cells = u.lut > u.ff ? u.lut : u.ff;
    int width = number_after(line, end, ".WIDTH("), depth = number_after(line, end, ".DEPTH(");
    if (u.width && width) cells *= (double)width / u.width;
    if (u.depth && depth) cells *= (double)depth / u.depth;
    return cells;
}

/* Is the line (leading spaces skipped) an instance of module? */
static bool instantiates(const char *line, const char *module) {
    while (*line == ' ') line++;
    size_t len = strlen(module);
    return !strncmp(line, module, len) && (line[len] == ' ' || line[len] == '#');
}

int fpga_estimate_cells(const FpgaDesign *fd) {
    double cells = 0;
    for (int i = 0; i < fd->files.len; i++) {
        const char *file = fd->files.items[i], *slash = strrchr(file, '/');
        const char *module = xprintf("%.*s", (int)strcspn(slash ? slash + 1 : file, "."), slash ? slash + 1 : file);
        MeasuredUnit u = measured(file);
        for (const char *line = fd->verilog; *line; line = *line_end(line) ? line_end(line) + 1 : line_end(line))
            if (instantiates(line, module)) cells += instance_cells(u, line, line_end(line));
    }
    return (int)(cells + 0.5);
}
