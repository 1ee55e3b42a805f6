// model.cpp: the C ABI of runtime/lime_fpga.h around one Verilated task
// (the class Vtask), compiled into every prog.artifacts/fpga/taskN.so.
//
// How a model is built (backends/fpga/build_model.sh does exactly this):
//
//   verilator --cc --exe --build -j 0 -O2 -Wno-fatal --prefix Vtask --top-module lime_taskN \
//       -Mdir BUILD_DIR -o taskN.so \
//       -CFLAGS "-fPIC -fvisibility=hidden -fvisibility-inlines-hidden -I<repo>/runtime \
//                -DLIME_TASK_ID=N -DLIME_IN_WORDS=I -DLIME_OUT_WORDS=O -DLIME_PARAM_WORDS=P \
//                -DLIME_STATE_WORDS=S -DLIME_LATENCY=L -DLIME_II=ii" \
//       -LDFLAGS "-shared -Wl,-Bsymbolic -Wl,--exclude-libs,ALL" \
//       VERILOG_DIR/*.v <repo>/backends/fpga/model.cpp
//   -> BUILD_DIR/taskN.so
//
// --exe with -LDFLAGS -shared makes Verilator's own makefile link the model,
// this file and the Verilator runtime (all compiled -fPIC through -CFLAGS)
// into one shared object with no undefined symbols but libstdc++'s.  Every
// task's .so holds classes of the same names (Vtask, its root, the
// Verilator runtime); hidden visibility and -Bsymbolic keep each .so bound
// to its own copies when a program loads several, so only the seven
// functions below are exported.  The word counts are checked against the
// Verilog port widths at compile time, and reported by lime_fpga_info for
// the runtime to check against the manifest.
//
// Port widths: 32*W bits for W words, a 32-bit ignored port for 0 words;
// Verilator gives such a port the type IData (1 word), QData (2) or
// VlWide<W> (3 or more); the overloads of to_port/from_port below cover
// each.
#include <cstdint>
#include <new>
#include <type_traits>

#include "Vtask.h"
#include "lime_fpga.h"
#include "verilated.h"

#if !defined(LIME_TASK_ID) || !defined(LIME_IN_WORDS) || !defined(LIME_OUT_WORDS) || !defined(LIME_PARAM_WORDS) || \
    !defined(LIME_STATE_WORDS) || !defined(LIME_LATENCY) || !defined(LIME_II)
#error "model.cpp needs -DLIME_TASK_ID -DLIME_IN_WORDS -DLIME_OUT_WORDS -DLIME_PARAM_WORDS -DLIME_STATE_WORDS -DLIME_LATENCY -DLIME_II"
#endif

#ifndef LIME_ARRAYS           // broadcast arrays: the top has the memories' write port
#define LIME_ARRAYS 0
#endif
#ifndef LIME_ARRAY_DEPTH
#define LIME_ARRAY_DEPTH 0
#endif

#define LIME_EXPORT extern "C" __attribute__((visibility("default")))

namespace {

// Words in a port of type T.
template <typename T> struct PortWords;
template <> struct PortWords<IData> { static constexpr int value = 1; };
template <> struct PortWords<QData> { static constexpr int value = 2; };
template <std::size_t N> struct PortWords<VlWide<N>> { static constexpr int value = (int)N; };
template <std::size_t N> struct PortWords<EData[N]> { static constexpr int value = (int)N; };  // Verilator 4.0

template <typename Port> constexpr int port_words() { return PortWords<typename std::remove_reference<Port>::type>::value; }

constexpr int at_least_one(int w) { return w > 0 ? w : 1; }

static_assert(port_words<decltype(Vtask::in_data)>() == at_least_one(LIME_IN_WORDS), "in_data is not 32*LIME_IN_WORDS bits");
static_assert(port_words<decltype(Vtask::out_data)>() == at_least_one(LIME_OUT_WORDS), "out_data is not 32*LIME_OUT_WORDS bits");
static_assert(port_words<decltype(Vtask::params)>() == at_least_one(LIME_PARAM_WORDS), "params is not 32*LIME_PARAM_WORDS bits");
static_assert(port_words<decltype(Vtask::state_in)>() == at_least_one(LIME_STATE_WORDS), "state_in is not 32*LIME_STATE_WORDS bits");
static_assert(port_words<decltype(Vtask::state_out)>() == at_least_one(LIME_STATE_WORDS), "state_out is not 32*LIME_STATE_WORDS bits");

// n words (n may be 0, or w NULL: all zero) onto a port, word k at bits [32k+31:32k].
uint32_t word(const uint32_t *w, int n, int k) { return w && k < n ? w[k] : 0; }
void to_port(IData &p, const uint32_t *w, int n) { p = word(w, n, 0); }
void to_port(QData &p, const uint32_t *w, int n) { p = (QData)word(w, n, 0) | (QData)word(w, n, 1) << 32; }
template <std::size_t N> void to_port(VlWide<N> &p, const uint32_t *w, int n) {
    for (int k = 0; k < (int)N; k++) p.at(k) = word(w, n, k);
}
template <std::size_t N> void to_port(EData (&p)[N], const uint32_t *w, int n) {
    for (int k = 0; k < (int)N; k++) p[k] = word(w, n, k);
}

// A port's low n words into w.
void from_port(IData p, uint32_t *w, int n) {
    if (n > 0) w[0] = p;
}
void from_port(QData p, uint32_t *w, int n) {
    for (int k = 0; k < n && k < 2; k++) w[k] = (uint32_t)(p >> (32 * k));
}
template <std::size_t N> void from_port(const VlWide<N> &p, uint32_t *w, int n) {
    for (int k = 0; k < n && k < (int)N; k++) w[k] = p.at(k);
}
template <std::size_t N> void from_port(const EData (&p)[N], uint32_t *w, int n) {
    for (int k = 0; k < n && k < (int)N; k++) w[k] = p[k];
}

struct Model {
    VerilatedContext ctx;
    Vtask top;
    Model() : top(&ctx, "lime_task") {}
};

// One rising edge with the inputs as they are; clk is low again after it.
void clock(Model *m) {
    m->top.clk = 1;
    m->top.eval();
    m->ctx.timeInc(1);
    m->top.clk = 0;
    m->top.eval();
    m->ctx.timeInc(1);
}

// The same facts as an ELF note (lime_fpga.h), which the runtime reads from
// the file before it loads anything of it (no constructor of a model that
// is not the task's runs).
__attribute__((section(".note.lime"), used, aligned(4)))
const LimeFpgaNote note = {sizeof LIME_FPGA_NOTE_NAME, sizeof(LimeFpgaInfo), LIME_FPGA_NOTE_INFO, LIME_FPGA_NOTE_NAME,
                           {LIME_FPGA_ABI, LIME_TASK_ID, LIME_IN_WORDS, LIME_OUT_WORDS, LIME_PARAM_WORDS,
                            LIME_STATE_WORDS, LIME_LATENCY, LIME_II, LIME_ARRAYS, LIME_ARRAY_DEPTH}};

}  // namespace

LIME_EXPORT const LimeFpgaInfo *lime_fpga_info(void) { return &note.info; }

LIME_EXPORT void *lime_fpga_new(void) {
    Model *m;
    try {
        m = new Model;
    } catch (...) {
        return nullptr;
    }
    Vtask &t = m->top;
    t.clk = 0;
    t.load = 0;
    t.in_valid = 0;
    t.out_ready = 0;
    to_port(t.params, nullptr, 0);
    to_port(t.state_in, nullptr, 0);
    to_port(t.in_data, nullptr, 0);
#if LIME_ARRAYS > 0
    t.mem_we = 0;
#endif
    t.rst = 1;
    t.eval();
    clock(m);
    clock(m);
    t.rst = 0;
    t.eval();
    return m;
}

LIME_EXPORT void lime_fpga_free(void *model) {
    Model *m = static_cast<Model *>(model);
    if (!m) return;
    m->top.final();
    delete m;
}

LIME_EXPORT void lime_fpga_load(void *model, const uint32_t *params, const uint32_t *state) {
    Model *m = static_cast<Model *>(model);
    Vtask &t = m->top;
    to_port(t.params, params, LIME_PARAM_WORDS);
    to_port(t.state_in, state, LIME_STATE_WORDS);
    t.in_valid = 0;
    t.out_ready = 0;
    t.load = 1;
    t.eval();
    clock(m);
    t.load = 0;
    t.eval();
}

LIME_EXPORT void lime_fpga_load_array(void *model, int32_t k, const uint32_t *words, int32_t n, int32_t elem_words) {
#if LIME_ARRAYS > 0
    Model *m = static_cast<Model *>(model);
    Vtask &t = m->top;
    if (k < 0 || k >= LIME_ARRAYS || n > LIME_ARRAY_DEPTH || elem_words < 1 || elem_words > 2) return;
    t.in_valid = 0;
    t.out_ready = 0;
    t.mem_we = 1;
    t.mem_sel = (CData)k;
    for (int32_t i = 0; i < n; i++) {
        const uint32_t *w = words + (size_t)i * elem_words;
        t.mem_addr = (SData)i;
        t.mem_wdata = (QData)w[0] | (elem_words == 2 ? (QData)w[1] << 32 : 0);
        t.eval();
        clock(m);
    }
    t.mem_we = 0;
    t.eval();
#else
    (void)model, (void)k, (void)words, (void)n, (void)elem_words;
#endif
}

LIME_EXPORT void lime_fpga_state(void *model, uint32_t *state) {
    Model *m = static_cast<Model *>(model);
    m->top.eval();
    from_port(m->top.state_out, state, LIME_STATE_WORDS);
}

LIME_EXPORT void lime_fpga_cycle(void *model, int32_t in_valid, const uint32_t *in_data, int32_t out_ready,
                                 LimeFpgaPorts *ports) {
    Model *m = static_cast<Model *>(model);
    Vtask &t = m->top;
    t.in_valid = in_valid ? 1 : 0;
    if (in_valid) to_port(t.in_data, in_data, LIME_IN_WORDS);
    t.out_ready = out_ready ? 1 : 0;
    t.eval();
    ports->in_ready = t.in_ready ? 1 : 0;
    ports->out_valid = t.out_valid ? 1 : 0;
    ports->out_exc = t.out_exc;
    if (t.out_valid && ports->out_data) from_port(t.out_data, ports->out_data, LIME_OUT_WORDS);
    clock(m);
}
