/* The C interface of the Lime library libkernels.a, written by limec --emit=lib.
 * Link: cc prog.c libkernels.a $(pkg-config --libs lime) -lOpenCL -lyaml -lcrypto   (docs/build-systems.md)
 * Each function starts the runtime if lime_init() was not called.  A Java
 * exception ends a call: it returns 0 (NULL, false; no result written)
 * and lime_exception() says which (runtime/lime.h). */
#ifndef LIME_KERNELS_H
#define LIME_KERNELS_H

#include <stdbool.h>
#include <stdint.h>
#include <lime.h>

#ifdef __cplusplus
extern "C" {
#endif

/* value class Kernels.Point */
typedef struct lime_Kernels_Point {
    double x;
    double y;
} lime_Kernels_Point;

/* value class Kernels.Segment */
typedef struct lime_Kernels_Segment {
    lime_Kernels_Point from;
    lime_Kernels_Point to;
    bool open;
} lime_Kernels_Segment;

/* static float[[]] Kernels.saxpy(float,float[[]],float[[]]) */
LimeArray *lime_Kernels_saxpy(float a, LimeArray *x /* float[[]] */, LimeArray *y /* float[[]] */);

/* static float Kernels.dot(float[[]],float[[]]) */
float lime_Kernels_dot(LimeArray *x /* float[[]] */, LimeArray *y /* float[[]] */);

/* static int[[]] Kernels.quotients(int[[]],int[[]]) */
LimeArray *lime_Kernels_quotients(LimeArray *a /* int[[]] */, LimeArray *b /* int[[]] */);

/* static Kernels.Point Kernels.mid(Segment) */
void lime_Kernels_mid(const lime_Kernels_Segment *s, lime_Kernels_Point *lime_result);

/* static double Kernels.length(Point[[]]) */
double lime_Kernels_length(LimeArray *path /* Kernels.Point[[]] */);

/* static int Kernels.divide(int,int) */
int32_t lime_Kernels_divide(int32_t a, int32_t b);

/* static boolean Kernels.isEven(long) */
bool lime_Kernels_isEven(int64_t v);

/* static char Kernels.upper(char) */
uint16_t lime_Kernels_upper(uint16_t c);

/* static byte Kernels.negate(byte) */
int8_t lime_Kernels_negate(int8_t b);

/* static void Kernels.fill(int[],int) */
void lime_Kernels_fill(LimeArray *a /* int[] */, int32_t from);

/* static long[] Kernels.squares(int) */
LimeArray *lime_Kernels_squares(int32_t n);

/* static int Kernels.base() */
int32_t lime_Kernels_base(void);

/* static int Kernels.calls() */
int32_t lime_Kernels_calls(void);

/* static void Kernels.fail(int) */
void lime_Kernels_fail(int32_t code);

/* Not exported (C cannot pass what they take or return):
 *   Kernels.name(): its result is a String
 *   Kernels.count(String[]): parameter 'words' is a String[]
 */

#ifdef __cplusplus
}
#endif
#endif /* LIME_KERNELS_H */
