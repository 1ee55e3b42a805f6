/* pnr.c: place and route on an iCE40 part, when one is chosen
 * (LIME_FPGA_PART, which `limec --fpga-part=PART` sets).
 *
 * A task whose synthesis (build.c: synth_ice40, with the part's DSP
 * cells or without) counts more LUTs, flip-flops, DSPs or block RAMs than
 * the part has is not placed: it does not fit, and the reason gives the
 * counts.  Otherwise its top module goes inside an I/O shell (io_shell:
 * its wide ports are far more than a package's pins), synthesised again
 * as ice40.json; nextpnr-ice40 places and routes that (seed 1: the same
 * netlist gives the same result; aiming at 48 MHz, the UP5K's internal
 * oscillator, and going on when it falls short), its timing analysis
 * gives the real maximum clock, and icepack writes the bitstream.  The
 * outcome is a file of the build's cache entry, pnr.txt, one `key value`
 * a line:
 *   part up5k
 *   placed yes | no
 *   why <text>          (placed no: why not)
 *   fmax <MHz>          (placed yes)
 *   lc <used> <total>   (placed yes)
 * with top.bin (the bitstream) and pnr.json (nextpnr's report) beside it.
 *
 * Requires nextpnr-ice40 and icepack on PATH when a part is chosen.
 * Guarantees: fpga_place always writes pnr.txt (a tool that fails is a
 * `placed no` with its message, never a failed build: the model is what
 * runs, the chip's figures are a report). */
#include "fpga.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The parts, with the package nextpnr places into, the cell delays Yosys's
 * `sta` uses for the clock estimate (build.c), and what each holds: logic
 * cells (a LUT4, a flip-flop and a carry each), 4 kbit block RAMs, 16x16
 * DSPs. */
static const FpgaPart PARTS[] = {
    {"up5k", "--up5k", "sg48", "iCE40 UP5K", "ICE40_U", 5280, 30, 8},
    {"hx8k", "--hx8k", "ct256", "iCE40 HX8K", "ICE40_HX", 7680, 32, 0},
    {0},
};

const char *fpga_part_names(void) { return "up5k, hx8k"; }

const FpgaPart *fpga_largest_part(void) {
    const FpgaPart *largest = PARTS;
    for (const FpgaPart *p = PARTS; p->name; p++)
        if (p->lcs > largest->lcs) largest = p;
    return largest;
}

const FpgaPart *fpga_part_named(const char *name) {
    for (const FpgaPart *p = PARTS; p->name; p++)
        if (!strcmp(p->name, name)) return p;
    return NULL;
}

const FpgaPart *fpga_part(void) {
    const char *name = getenv("LIME_FPGA_PART");
    return name && *name ? fpga_part_named(name) : NULL;
}

/* The first number after key in a JSON text, from the position of `within`
 * (NULL: not found; *v unchanged). */
static const char *json_number(const char *text, const char *within, const char *key, double *v) {
    const char *p = within ? strstr(text, within) : text;
    if (p) p = strstr(p, key);
    if (!p) return NULL;
    p += strlen(key);
    while (*p == ' ' || *p == ':' || *p == '"') p++;
    char *end;
    double d = strtod(p, &end);
    if (end == p) return NULL;
    *v = d;
    return end;
}

/* The slowest clock's achieved frequency in nextpnr's report (0: none). */
static double report_fmax(const char *report) {
    const char *p = strstr(report, "\"fmax\"");
    double low = 0, v;
    while (p && (p = json_number(p, NULL, "\"achieved\"", &v)) != NULL)
        if (low == 0 || v < low) low = v;
    return low;
}

/* Why the synthesised counts do not fit the part, or NULL. */
static const char *no_fit(const FpgaPart *part, const FpgaBuild *b) {
    if (b->lut > part->lcs) return xprintf("%d LUTs, more than the %s's %d logic cells", b->lut, part->title, part->lcs);
    if (b->ff > part->lcs) return xprintf("%d flip-flops, more than the %s's %d logic cells", b->ff, part->title, part->lcs);
    if (b->dsp > part->dsp) return xprintf("%d DSPs, more than the %s's %d", b->dsp, part->title, part->dsp);
    if (b->bram > part->bram) return xprintf("%d block RAMs, more than the %s's %d", b->bram, part->title, part->bram);
    return NULL;
}

/* The last line of a tool's log that says what failed (nextpnr: "ERROR: ..."). */
static const char *tool_error(const char *log) {
    const char *text = read_file_bytes(log, NULL), *err = text ? strstr(text, "ERROR: ") : NULL;
    if (!err) return file_tail(log);
    size_t n = strcspn(err, "\n");
    return xprintf("%.*s", (int)(n > 200 ? 200 : n), err);
}

/* A port of the top module: its direction, width and name. */
typedef struct Port {
    bool input;
    int width;
    const char *name;
} Port;

/* The ports of module top in verilog (its header's `input wire [31:0]
 * params,` lines); 0 when it is not found. */
static int ports_of(const char *verilog, const char *top, Port *ports, int max) {
    const char *p = strstr(verilog, xprintf("module %s (", top)), *end = p ? strstr(p, ");") : NULL;
    int n = 0;
    for (const char *line = p; line && line < end && n < max; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
        while (*line == ' ') line++;
        bool in = !strncmp(line, "input ", 6), out = !strncmp(line, "output ", 7);
        if (!in && !out) continue;
        const char *q = line + (in ? 6 : 7);
        while (*q == ' ') q++;
        q += strcspn(q, " ");   /* wire / reg */
        while (*q == ' ') q++;
        int hi = 0;
        if (*q == '[') {
            hi = atoi(q + 1);
            q = strchr(q, ']') + 1;
            while (*q == ' ') q++;
        }
        size_t len = strcspn(q, ",\n /");
        ports[n++] = (Port){in, hi + 1, xprintf("%.*s", (int)len, q)};
    }
    return n;
}

/* A top module lime_pnr_shell around fd's top with a handful of pins: the
 * one-bit ports pass through; the wide inputs are one shift register fed
 * from pin `sin`, the wide outputs one that pin `cap` loads and that
 * shifts out through `sout`.  What a board would put around the task (a
 * serial link to a host) in its simplest form: every core path starts and
 * ends at a register, as inside a real design.  NULL when the top's ports
 * are not found. */
static const char *io_shell(FpgaDesign *fd) {
    Port ports[32];
    int n = ports_of(fd->verilog, fd->top, ports, 32), wide_in = 0, wide_out = 0;
    if (n == 0) return NULL;
    StrBuf v = {0}, pins = {0}, conn = {0}, outs = {0};
    for (int i = 0; i < n; i++) {
        Port *p = &ports[i];
        if (p->width == 1) {
            sb_printf(&pins, "    %s wire %s,\n", p->input ? "input " : "output", p->name);
            sb_printf(&conn, "%s.%s(%s)", conn.len ? ", " : "", p->name, p->name);
        } else if (p->input) {
            sb_printf(&conn, "%s.%s(ins[%d:%d])", conn.len ? ", " : "", p->name, wide_in + p->width - 1, wide_in);
            wide_in += p->width;
        } else {
            sb_printf(&outs, "    wire [%d:0] o_%s;\n", p->width - 1, p->name);
            sb_printf(&conn, "%s.%s(o_%s)", conn.len ? ", " : "", p->name, p->name);
            wide_out += p->width;
        }
    }
    sb_printf(&v, "module lime_pnr_shell (\n%s    input  wire sin,\n    input  wire cap,\n    output wire sout\n);\n",
              sb_str(&pins));
    sb_printf(&v, "%s", sb_str(&outs));
    sb_printf(&v, "    reg [%d:0] ins;\n    always @(posedge clk) ins <= {ins[%d:0], sin};\n", wide_in ? wide_in - 1 : 0,
              wide_in > 1 ? wide_in - 2 : 0);
    sb_printf(&v, "    %s core (%s);\n", fd->top, sb_str(&conn));
    if (wide_out) {
        StrBuf all = {0};
        for (int i = 0; i < n; i++)
            if (!ports[i].input && ports[i].width > 1) sb_printf(&all, "%so_%s", all.len ? ", " : "", ports[i].name);
        sb_printf(&v, "    reg [%d:0] outs;\n    always @(posedge clk) outs <= cap ? {%s} : {outs[%d:0], 1'b0};\n",
                  wide_out - 1, sb_str(&all), wide_out > 1 ? wide_out - 2 : 0);
        sb_printf(&v, "    assign sout = outs[%d];\n", wide_out - 1);
    } else {
        sb_printf(&v, "    assign sout = 1'b0;\n");
    }
    sb_printf(&v, "endmodule\n");
    return sb_str(&v);
}

/* The shell and fd's modules synthesised for the part into work/ice40.json
 * (NULL), else why not. */
static const char *synthesise_shell(const char *work, const FpgaPart *part, FpgaDesign *fd) {
    const char *shell = io_shell(fd);
    if (!shell) return xprintf("the ports of module %s were not found", fd->top);
    const char *path = xprintf("%s/shell.v", work);
    if (!write_file_bytes(path, shell, strlen(shell))) return xprintf("cannot write %s", path);
    StrBuf script = {0};
    sb_printf(&script, "read_verilog%s %s; %s; write_json %s/ice40.json", fpga_sources(fd, work), path,
              fpga_synth_ice40("lime_pnr_shell", part->dsp), work);
    const char *log = xprintf("%s/yosys-pnr.log", work);
    char *argv[] = {"yosys", "-q", "-p", (char *)sb_str(&script), NULL};
    if (run_program(argv, log) != 0) return xprintf("Yosys synthesis of the I/O shell failed: %s", file_tail(log));
    return NULL;
}

void fpga_place(const char *work, const FpgaPart *part, const FpgaBuild *synth, FpgaDesign *fd) {
    StrBuf out = {0};
    sb_printf(&out, "part %s\n", part->name);
    const char *why = no_fit(part, synth);
    const char *json = xprintf("%s/ice40.json", work), *asc = xprintf("%s/top.asc", work);
    const char *report = xprintf("%s/pnr.json", work), *log = xprintf("%s/nextpnr.log", work);
    if (!why) why = synthesise_shell(work, part, fd);
    if (!why) {
        char *argv[] = {"nextpnr-ice40", (char *)part->flag, "--package", (char *)part->package, "--json", (char *)json,
                        "--asc", (char *)asc, "--report", (char *)report, "--freq", "48", "--timing-allow-fail", "--seed", "1", NULL};
        if (run_program(argv, log) != 0) why = xprintf("nextpnr-ice40 failed: %s", tool_error(log));
    }
    if (!why) {
        char *argv[] = {"icepack", (char *)asc, (char *)xprintf("%s/top.bin", work), NULL};
        if (run_program(argv, xprintf("%s/icepack.log", work)) != 0)
            why = xprintf("icepack failed: %s", file_tail(xprintf("%s/icepack.log", work)));
    }
    const char *text = why ? NULL : read_file_bytes(report, NULL);
    double fmax = text ? report_fmax(text) : 0, used = 0, total = 0;
    if (!why && fmax <= 0) why = "nextpnr's report gives no clock (a design without a clocked path)";
    if (why) {
        sb_printf(&out, "placed no\nwhy %s\n", why);
    } else {
        json_number(text, "\"ICESTORM_LC\"", "\"used\"", &used);
        json_number(text, "\"ICESTORM_LC\"", "\"available\"", &total);
        sb_printf(&out, "placed yes\nfmax %.2f\nlc %d %d\n", fmax, (int)used, (int)total);
    }
    unlink(asc);  /* the bitstream holds it all */
    unlink(json); /* (megabytes) */
    write_file_bytes(xprintf("%s/pnr.txt", work), sb_str(&out), strlen(sb_str(&out)));
}

/* The value of `key` in pnr.txt's text (NULL: absent). */
static const char *pnr_value(const char *text, const char *key) {
    size_t len = strlen(key);
    for (const char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL)
        if (!strncmp(line, key, len) && line[len] == ' ') return xprintf("%.*s", (int)strcspn(line + len + 1, "\n"), line + len + 1);
    return NULL;
}

void fpga_read_place(const char *entry, FpgaBuild *b) {
    const char *text = read_file_bytes(xprintf("%s/pnr.txt", entry), NULL);
    if (!text) return;
    b->part = pnr_value(text, "part");
    const char *placed = pnr_value(text, "placed"), *fmax = pnr_value(text, "fmax"), *lc = pnr_value(text, "lc");
    b->placed = placed && !strcmp(placed, "yes");
    b->estimate_mhz = b->fmax_mhz;
    if (b->placed && fmax) b->fmax_mhz = atof(fmax);
    if (lc) sscanf(lc, "%d %d", &b->lc_used, &b->lc_total);
    b->no_place = b->placed ? NULL : pnr_value(text, "why");
}
