/* gpu.h: the GPU backend: which tasks OpenCL C can run faithfully, and
 * their OpenCL C 1.2 source. */
#ifndef LIME_GPU_H
#define LIME_GPU_H

#include "../backend.h"

bool gpu_accepts(IrProgram *p, IrTask *t, Reason *why);
/* The stream task whose one kernel runs filter task t (a windowed filter
 * or a run of stateless filters of its graph), or NULL (accept.c). */
IrTask *gpu_chain_of(IrProgram *p, IrTask *t);
/* The complete OpenCL C program of an accepted task: its kernel
 * `lime_task_<id>` and every function the body calls. */
const char *gpu_task_source(IrProgram *p, IrTask *t);
/* A stream task's chain kernel: which first filters it composes into one
 * linear filter and the taps (kernel.c, chain_linear), or NULL. */
const char *gpu_chain_linear_text(IrProgram *p, IrTask *t);
/* The items each work-item of a graph's one kernel takes (kernel.c,
 * chain_source: the NDRange is ceil(n / GPU_CHAIN_ITEMS) work-items; each
 * filter then runs once per item, plus a warm-up of the windows' reach
 * before the work-item's first); its manifest entry's items_per_work_item.
 * 64: the fastest of 16, 32 and 64 on PoCL (bench/results/gpu-stream-ab.md). */
#ifndef GPU_CHAIN_ITEMS
#define GPU_CHAIN_ITEMS 64
#endif
/* A task's kernel: how many items each work-item takes (1 but for a
 * stream graph's one kernel, GPU_CHAIN_ITEMS; not a multi-rate graph's). */
int gpu_items_per_work_item(IrTask *t);
/* Whether a kernel may hold objects of class c (not a value class): as
 * OpenCL structs copied by value (accept.c says when that is Java's
 * semantics); a constructor's `this` as a pointer to the one being made. */
bool gpu_object_class_ok(ClassDecl *c);
/* The arrays a kernel function makes for itself (arrays.c): in private
 * memory, one buffer per allocation site.  temp[t]: temp t holds such an
 * array; local[l]: local l holds only such arrays; len[t] >= 0: temp t is
 * a site's new array of that many elements, of type site_ty[t]. */
typedef struct PrivateArrays {
    bool *temp, *local;
    int *len;
    Type **site_ty;        /* a site's temp: its array type */
} PrivateArrays;
/* f's private arrays; false with *why when f makes an array a kernel
 * cannot keep so (arrays.c says when it can). */
bool gpu_private_arrays(IrFunc *f, PrivateArrays *pa, Reason *why);
/* The same for multi-rate filter f in a kernel over whole periods
 * (kernel.c): param, its T[[N]] parameter is a private array (the
 * caller's); result, it may return a private array (copied at the return
 * into the caller's buffer). */
bool gpu_rate_arrays(IrFunc *f, PrivateArrays *pa, Reason *why, bool param, bool result);
/* A multi-rate graph's stream task on the GPU as a map over whole
 * periods (accept.c, multirate_ok; kernel.c, multirate_source): the most
 * firings and pushes a period's straight-line code may take
 * (ir_graph_period). */
enum { GPU_PERIOD_MAX_STEPS = 512 };

/* Whether f is a constructor of a class that is not a value class (its
 * `this` the object being made). */
bool gpu_is_ctor(IrFunc *f);

/* java.lang.Math's transcendental members, which kernels compute with the
 * runtime's own source (mathsrc.c): whether b is one; the OpenCL C of the
 * members (Builtin *) a kernel calls, appended to out (nothing for none). */
bool gpu_math_member(const Builtin *b);

/* Library members (members.c): whether a kernel computes b bit-exactly;
 * the OpenCL C of a call of it on args (its result of type ret); the
 * helpers every kernel program starts with (those in double when dbl). */
bool gpu_builtin_ok(const Builtin *b);
const char *gpu_member_call(const Builtin *b, const char **args, Type *ret);
void gpu_prelude(StrBuf *out, bool dbl);
void gpu_math_source(StrBuf *out, const Vec *members);

#endif
