/* gpu.h: the GPU backend: which tasks OpenCL C can run faithfully, and
 * their OpenCL C 1.2 source. */
#ifndef LIME_GPU_H
#define LIME_GPU_H

#include "../backend.h"

bool gpu_accepts(IrProgram *p, IrTask *t, Reason *why);
/* The complete OpenCL C program of an accepted task: its kernel
 * `lime_task_<id>` and every function the body calls. */
const char *gpu_task_source(IrProgram *p, IrTask *t);

/* java.lang.Math's transcendental members, which kernels compute with the
 * runtime's own source (mathsrc.c): whether b is one; the OpenCL C of the
 * members (Builtin *) a kernel calls, appended to out (nothing for none). */
bool gpu_math_member(const Builtin *b);
void gpu_math_source(StrBuf *out, const Vec *members);

#endif
