/* lime.h: the one public header of liblime, the Lime runtime.
 *
 * Compiled Lime programs (the CPU backend's object code) call these
 * functions; C programs that embed Lime tasks include this header.
 * Every public symbol starts with lime_ / Lime.
 *
 * Memory layout that generated code relies on (all little-endian, 64-bit):
 *   object:  { const LimeClass *cls; fields... }   fields in declaration order,
 *            each at its natural alignment (the CPU backend lays them out).
 *   array:   { int32_t length; uint16_t elem_size, type_id; elements... } elements start
 *            at byte offset 8 (LIME_ARRAY_DATA_OFFSET); references are 8 bytes.
 *   String:  { int32_t length; int32_t hash; uint16_t chars[length]; } UTF-16
 *            code units at byte offset 8, as Java's String.  String constants
 *            are emitted by the compiler as static data of this layout with
 *            hash 0 (computed on demand; a string whose hash is 0 recomputes).
 * All heap memory comes from Boehm GC (lime_alloc); nothing is freed by hand.
 */
#ifndef LIME_RUNTIME_H
#define LIME_RUNTIME_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define LIME_ARRAY_DATA_OFFSET 8
#define LIME_STRING_DATA_OFFSET 8

/* A class's descriptor, made by the compiler (backends/cpu/objects.c). */
typedef struct LimeClass {
    const char *name;      /* Java name, e.g. "Outer$Inner", "java.lang.Object" as the JVM spells it */
    int64_t size;          /* bytes of an instance, header included */
    const struct LimeClass *super;      /* NULL for java.lang.Object and interfaces */
    void *const *vtable;   /* methods by slot: 0 toString, 1 equals, 2 hashCode, 3 getClass, then the program's */
    void *const *itable;   /* interface methods by selector; NULL: implements none */
    const struct LimeClass *const *interfaces; /* every interface it implements, NULL-terminated */
    void *class_object;    /* its java.lang.Class, made by the first getClass() */
    int32_t flags;         /* LIME_CLASS_INTERFACE, LIME_CLASS_POINTER_FREE, LIME_CLASS_SELF_COMPARABLE */
} LimeClass;
#define LIME_CLASS_INTERFACE 1
/* no instance field (its superclasses' included) is a reference: the
 * collector scans only the class word of an instance (runtime/heap.c) */
#define LIME_CLASS_POINTER_FREE 2
/* the class itself declares `implements Comparable<C>` for C its own
 * (non-generic) class: what HashMap's tree bins order by compareTo, as
 * the JDK's comparableClassFor decides */
#define LIME_CLASS_SELF_COMPARABLE 4
/* the per-thread object free lists (runtime/heap.c lime_alloc_lists):
 * LIME_ALLOC_LISTS lists per kind, list g holding objects of g granules
 * of LIME_ALLOC_GRANULE bytes */
#define LIME_ALLOC_LISTS 25
#define LIME_ALLOC_GRANULE 16

typedef struct LimeObject {
    const LimeClass *cls;
} LimeObject;

typedef struct LimeArray {
    int32_t length;
    uint16_t elem_size;    /* bytes of one element, 1..8 */
    uint16_t type_id;      /* its LimeArrayType's id (lime_rt_array_type_id); 0: not known
                              (value arrays, arrays the runtime makes for its own use) */
    /* elements follow at offset 8 */
} LimeArray;

/* The run-time type of a Java array (what getClass(), casts, instanceof
 * and the store check of JLS 10.5 ask), emitted by the compiler, one per
 * array type a program makes or tests; the runtime gives each distinct
 * name a 16-bit id, kept in the header of every array of that type. */
enum {
    LIME_ELEM_PRIMITIVE = 1, /* int[], double[] ... */
    LIME_ELEM_OBJECT,        /* java.lang.Object[] */
    LIME_ELEM_STRING,        /* String[] */
    LIME_ELEM_CLASS,         /* C[] for a class or interface C: elem_class */
    LIME_ELEM_ARRAY,         /* T[][]: elem_array is T[]'s type */
};
typedef struct LimeArrayType {
    const char *name;                       /* the JVM's: "[I", "[Ljava.lang.String;", "[[D", "[LOuter$In;" */
    const struct LimeClass *elem_class;     /* LIME_ELEM_CLASS: the element class (an interface too) */
    const struct LimeArrayType *elem_array; /* LIME_ELEM_ARRAY: the element type */
    int32_t elem_kind;                      /* LIME_ELEM_* */
    int32_t elem_size;                      /* bytes of one element */
    int32_t id;                             /* 0 until the runtime numbers it */
} LimeArrayType;
extern const LimeArrayType lime_array_type_Object, lime_array_type_String, lime_array_type_boolean,
    lime_array_type_byte, lime_array_type_char, lime_array_type_short, lime_array_type_int, lime_array_type_long,
    lime_array_type_float, lime_array_type_double;

typedef struct LimeString {
    int32_t length;
    int32_t hash;
    uint16_t chars[];
} LimeString;

/* ---- start-up and exit ------------------------------------------------ */

/* Called by the generated `main` before anything else: GC, stdout buffers,
 * and args (a String[] built from argv[1..]). */
LimeArray *lime_start(int argc, char **argv);
/* Flushes System.out/System.err and exits with status (System.exit). */
_Noreturn void lime_system_exit_I(int32_t status);
/* Normal end of main: flush and return the process exit status (0). */
int lime_finish(void);

/* ---- C programs calling a Lime library (limec --emit=lib) ---------------
 * `limec --emit=lib Kernels.lime -o libkernels.a` writes a static library
 * and a header (kernels.h) declaring each exportable public static method
 * as a C function, lime_Kernels_saxpy(...) (docs/build-systems.md).
 * Call them from the thread that called lime_init (the collector scans
 * that thread's stack; it does not scan malloc'd memory, so keep the
 * LimeArray pointers a C program holds in variables, not in malloc'd
 * blocks, while it still needs them). */

/* Starts the runtime (the heap, System.out, the stack guard); later calls
 * do nothing.  An exported function calls it if the program did not. */
void lime_init(void);
/* The Java exception the last exported call on this thread ended with, as
 * its toString() ("java.lang.ArithmeticException: / by zero"), or NULL
 * when it returned normally.  A call that throws prints nothing, does not
 * exit, and returns 0 (NULL, false; a value-class result is not written).
 * The text stays valid until the next exported call on this thread. */
const char *lime_exception(void);
/* A Java array T[] of a primitive type (type: &lime_array_type_int ...)
 * holding a copy of length elements at data (NULL: zeros); NULL for a
 * type that is not primitive or a negative length. */
LimeArray *lime_array_new(const LimeArrayType *type, int32_t length, const void *data);
/* A value array T[[]] (a primitive T, or a value class whose fields are
 * primitives, laid out as the generated header's struct): a copy of
 * length elements of elem_size bytes at data (NULL: zeros). */
LimeArray *lime_value_array_new(int32_t elem_size, int32_t length, const void *data);
/* The length of an array and its first element (elements are contiguous,
 * elem_size bytes each). */
static inline int32_t lime_array_length(const LimeArray *a) { return a->length; }
static inline void *lime_array_data(LimeArray *a) { return (char *)a + LIME_ARRAY_DATA_OFFSET; }

/* ---- heap ---------------------------------------------------------------- */

void *lime_alloc(int64_t size);                         /* zeroed, GC-managed */
LimeObject *lime_new_object(const LimeClass *cls);      /* zeroed, cls set */
/* A one-dimensional array; len >= 0 (checked by the caller). */
LimeArray *lime_new_array(int32_t elem_size, int32_t len);
/* The same for an array whose elements are not references (boolean, byte,
 * char, short, int, long, float, double): its memory is never scanned by
 * the collector, so a large double[] cannot keep garbage alive.  Use
 * lime_new_array for arrays of references. */
LimeArray *lime_new_prim_array(int32_t elem_size, int32_t len);
/* As lime_new_prim_array, but the elements are left unset: only for arrays
 * the caller fills completely before anything reads them (map outputs). */
LimeArray *lime_new_prim_array_unset(int32_t elem_size, int32_t len);
/* new T[len] for a Java array type: zeroed, scanned unless its elements
 * are primitive, and carrying the type (getClass, casts, store checks). */
LimeArray *lime_new_typed_array(const LimeArrayType *type, int32_t len);
/* new T[d0]...[d(ndims-1)] of Java array type `type` (at least ndims
 * dimensions; the levels below ndims are left null).  Every dims[i] >= 0
 * (checked by the caller). */
LimeArray *lime_new_typed_multi_array(const LimeArrayType *type, int32_t ndims, const int32_t *dims);
/* new T[d0][d1]...[d(ndims-1)] with total_dims >= ndims dimensions in all;
 * leaf_elem_size is the size of T (used only when ndims == total_dims).
 * Every dims[i] >= 0 (checked by the caller). */
LimeArray *lime_new_multi_array(int32_t ndims, const int32_t *dims, int32_t total_dims, int32_t leaf_elem_size);
/* The same where T is primitive and ndims == total_dims: the leaf arrays
 * are made by lime_new_prim_array.  (lime_new_multi_array makes every
 * level, leaves included, a scanned array: right for references.) */
LimeArray *lime_new_prim_multi_array(int32_t ndims, const int32_t *dims, int32_t total_dims, int32_t leaf_elem_size);

/* lime-devices: every device this machine offers, one line each, on
 * standard output (NAME[:N], what it is; the GPU line LIME_DEVICE=auto takes) */
void lime_devices_print(void);

/* ---- Java exceptions (uncaught: print, flush, exit status 1) ------------- */

_Noreturn void lime_throw_null_pointer(void);
/* with the JVM's helpful message (JEP 358), which the compiler made (UTF-8) */
_Noreturn void lime_throw_null_pointer_message(const char *message);
_Noreturn void lime_throw_index_out_of_bounds(int32_t index, int32_t length);
_Noreturn void lime_throw_arithmetic_div_zero(void);
_Noreturn void lime_throw_negative_array_size(int32_t size);
/* Any other: prints `Exception in thread "main" java.lang.<name>: <message>`
 * (no ": <message>" when message is NULL); a name with a '.' is a full
 * class name ("java.util.MissingFormatArgumentException") and printed as
 * it is.  Where a try may catch it, the program's lime_rt_make_exception
 * makes it an object first. */
_Noreturn void lime_throw(const char *name, const char *message);
/* `throw e`: to the innermost handler of the thread; uncaught, prints
 * `Exception in thread "main" ` and e.toString(), exit status 1. */
_Noreturn void lime_throw_object(void *e);
/* ClassCastException for object v not of class target (NULL: String). */
_Noreturn void lime_throw_class_cast(void *v, const LimeClass *target);

/* try: the compiler allocates LIME_HANDLER_BYTES (16-aligned) per try,
 * calls lime_try_enter(h), then _setjmp(h): 0 runs the try block (and
 * lime_try_leave(h) when control leaves it), otherwise an exception was
 * thrown and lime_try_caught(h) is it.  A jump out of several try blocks
 * leaves the outermost one's handler. */
#define LIME_HANDLER_BYTES 512
void lime_try_enter(void *h);
void lime_try_leave(void *h);
void *lime_try_caught(void *h);

/* ---- objects (runtime/objects.c) ------------------------------------------ */

/* The method in vtable slot `slot` of any reference (a String, an array or
 * an object): the compiler calls it on receivers of static type Object. */
void *lime_rt_virtual(void *v, int32_t slot);
/* instanceof: v may be anything (NULL: false) / v is an object / a String */
bool lime_rt_instance_of(void *v, const LimeClass *c);
bool lime_rt_object_instance_of(void *v, const LimeClass *c);
bool lime_rt_instance_of_string(void *v);
/* X.class: the java.lang.Class of descriptor c (NULL: String's), the
 * object getClass() returns for X's objects */
void *lime_rt_class_object(LimeClass *c);
/* (T[]) v: ClassCastException unless v is null or an array whose type is
 * assignable to `type` (JLS 5.2: S[] to T[] when S's values are T's). */
void lime_rt_check_array_cast(void *v, const LimeArrayType *type);
/* v instanceof T[] */
bool lime_rt_instance_of_array(void *v, const LimeArrayType *type);
/* array[i] = value for an array whose static element type is a reference
 * type that some other array type is assignable to: ArrayStoreException
 * (the value's class name, as HotSpot says) unless value is null or an
 * element of the array's run-time type (JLS 10.5). */
void lime_rt_array_store_check(void *array, void *value);
/* T[].class */
void *lime_rt_array_class_object(const LimeArrayType *type);
/* The id kept in the header of type's arrays (numbered on first use). */
uint16_t lime_rt_array_type_id(const LimeArrayType *type);
/* The method of interface selector `selector` of v, or string_fn when v is
 * a String (which implements Comparable and CharSequence without a descriptor). */
void *lime_rt_interface_or_string(void *v, int32_t selector, void *string_fn);
/* assert (JLS 14.10): whether assertions are enabled (the environment
 * variable LIME_ASSERT=1, read once: the JVM's -ea), and the throw of
 * java.lang.AssertionError with the detail's String, or with no message. */
bool lime_assert_enabled(void);
_Noreturn void lime_assert_fail(LimeString *message);
_Noreturn void lime_assert_fail_none(void);

/* ---- strings ------------------------------------------------------------- */

LimeString *lime_string_from_utf8(const char *bytes, int64_t len);
LimeString *lime_string_concat(LimeString *a, LimeString *b);   /* null -> "null" */
/* String.valueOf / string conversion for concatenation (JLS 5.1.11). */
LimeString *lime_string_of_Z(bool v);
LimeString *lime_string_of_C(uint16_t v);
LimeString *lime_string_of_I(int32_t v);
LimeString *lime_string_of_J(int64_t v);
LimeString *lime_string_of_F(float v);     /* Float.toString */
LimeString *lime_string_of_D(double v);    /* Double.toString */
LimeString *lime_string_of_T(LimeString *v);             /* null -> "null" */
LimeString *lime_string_of_object(LimeObject *v);        /* null -> "null", else Name@hash */
LimeString *lime_string_of_array(LimeArray *v, const char *descriptor); /* "[I@hash" */

/* ---- the library of LANGUAGE.md 1.7 -------------------------------------
 * One function per row of the compiler's builtins table (src/builtins.c):
 * lime_<owner>_<name>_<parameter descriptors>, owner lower-cased with '.'
 * as '_', '[' as 'A'.  Types: Z bool, C uint16_t, B int8_t, S int16_t,
 * I int32_t, J int64_t, F float, D double, T LimeString*, O void* (any
 * reference; its Java class decides how it prints), [X LimeArray*.
 * Instance methods (String) take the receiver (never null: the caller
 * checks) as their first argument. */
#define LIME_PRINT_DECLS(stream)                                       \
    void lime_system_##stream##_println_(void);                        \
    void lime_system_##stream##_println_Z(bool v);                     \
    void lime_system_##stream##_println_C(uint16_t v);                 \
    void lime_system_##stream##_println_I(int32_t v);                  \
    void lime_system_##stream##_println_J(int64_t v);                  \
    void lime_system_##stream##_println_F(float v);                    \
    void lime_system_##stream##_println_D(double v);                   \
    void lime_system_##stream##_println_AC(LimeArray *v);              \
    void lime_system_##stream##_println_T(LimeString *v);              \
    void lime_system_##stream##_println_O(void *v);                    \
    void lime_system_##stream##_print_Z(bool v);                       \
    void lime_system_##stream##_print_C(uint16_t v);                   \
    void lime_system_##stream##_print_I(int32_t v);                    \
    void lime_system_##stream##_print_J(int64_t v);                    \
    void lime_system_##stream##_print_F(float v);                      \
    void lime_system_##stream##_print_D(double v);                     \
    void lime_system_##stream##_print_AC(LimeArray *v);                \
    void lime_system_##stream##_print_T(LimeString *v);                \
    void lime_system_##stream##_print_O(void *v);                      \
    void lime_system_##stream##_flush_(void);
LIME_PRINT_DECLS(out)
LIME_PRINT_DECLS(err)

int64_t lime_system_nanoTime_(void);
/* System.arraycopy; src_elem and dest_elem name the arrays' element types
 * as HotSpot's messages do ("int", "object array" for references; ""
 * for a null argument), passed by the compiler from the static types. */
void lime_system_arraycopy_OIOII(void *src, int32_t src_pos, void *dest, int32_t dest_pos, int32_t length,
                                 const char *src_elem, const char *dest_elem);
int64_t lime_system_currentTimeMillis_(void);

double lime_math_sqrt_D(double x);
double lime_math_cbrt_D(double x);
double lime_math_sin_D(double x);
double lime_math_cos_D(double x);
double lime_math_tan_D(double x);
double lime_math_asin_D(double x);
double lime_math_acos_D(double x);
double lime_math_atan_D(double x);
double lime_math_atan2_DD(double y, double x);
double lime_math_exp_D(double x);
double lime_math_log_D(double x);
/* the same on a lane vector of W doubles in place, W = 4, 8, 16 (vmath.c) */
void lime_vmath_exp_4(double *v);
void lime_vmath_exp_8(double *v);
void lime_vmath_exp_16(double *v);
void lime_vmath_log_4(double *v);
void lime_vmath_log_8(double *v);
void lime_vmath_log_16(double *v);
void lime_vmath_sin_4(double *v);
void lime_vmath_sin_8(double *v);
void lime_vmath_sin_16(double *v);
void lime_vmath_cos_4(double *v);
void lime_vmath_cos_8(double *v);
void lime_vmath_cos_16(double *v);
double lime_math_log10_D(double x);
double lime_math_pow_DD(double x, double y);
double lime_math_floor_D(double x);
double lime_math_ceil_D(double x);
double lime_math_rint_D(double x);
int32_t lime_math_round_F(float x);
int64_t lime_math_round_D(double x);
double lime_math_hypot_DD(double x, double y);
double lime_math_sinh_D(double x);
double lime_math_cosh_D(double x);
double lime_math_tanh_D(double x);
double lime_math_expm1_D(double x);
double lime_math_log1p_D(double x);
float lime_math_signum_F(float x);
float lime_math_nextUp_F(float x);
double lime_math_nextUp_D(double x);
float lime_math_nextDown_F(float x);
double lime_math_nextDown_D(double x);
float lime_math_ulp_F(float x);
double lime_math_ulp_D(double x);
int32_t lime_math_getExponent_F(float x);
int32_t lime_math_getExponent_D(double x);
float lime_math_copySign_FF(float magnitude, float sign);
double lime_math_copySign_DD(double magnitude, double sign);
float lime_math_nextAfter_FD(float start, double direction);
double lime_math_nextAfter_DD(double start, double direction);
float lime_math_scalb_FI(float d, int32_t n);
double lime_math_scalb_DI(double d, int32_t n);
double lime_math_IEEEremainder_DD(double x, double y);
float lime_math_fma_FFF(float a, float b, float c);
double lime_math_fma_DDD(double a, double b, double c);
double lime_math_signum_D(double x);
double lime_math_toRadians_D(double x);
double lime_math_toDegrees_D(double x);
int32_t lime_math_abs_I(int32_t x);
int64_t lime_math_abs_J(int64_t x);
float lime_math_abs_F(float x);
double lime_math_abs_D(double x);
int32_t lime_math_min_II(int32_t a, int32_t b);
int64_t lime_math_min_JJ(int64_t a, int64_t b);
float lime_math_min_FF(float a, float b);
double lime_math_min_DD(double a, double b);
int32_t lime_math_max_II(int32_t a, int32_t b);
int64_t lime_math_max_JJ(int64_t a, int64_t b);
float lime_math_max_FF(float a, float b);
double lime_math_max_DD(double a, double b);

int32_t lime_integer_parseInt_T(LimeString *s);          /* NumberFormatException as Java */
LimeString *lime_integer_toString_I(int32_t v);
int32_t lime_integer_bitCount_I(int32_t v);
int32_t lime_integer_numberOfLeadingZeros_I(int32_t v);
int32_t lime_integer_numberOfTrailingZeros_I(int32_t v);
LimeString *lime_integer_toHexString_I(int32_t v);
LimeString *lime_integer_toBinaryString_I(int32_t v);
int64_t lime_long_parseLong_T(LimeString *s);
LimeString *lime_long_toString_J(int64_t v);
int32_t lime_long_bitCount_J(int64_t v);
int32_t lime_long_numberOfLeadingZeros_J(int64_t v);
int32_t lime_long_numberOfTrailingZeros_J(int64_t v);
LimeString *lime_long_toHexString_J(int64_t v);
LimeString *lime_long_toBinaryString_J(int64_t v);
int32_t lime_integer_parseInt_TI(LimeString *s, int32_t radix);
LimeString *lime_integer_toString_II(int32_t v, int32_t radix);  /* radix outside 2..36: 10 */
LimeString *lime_long_toString_JI(int64_t v, int32_t radix);
int32_t lime_integer_compare_II(int32_t a, int32_t b);
int32_t lime_long_compare_JJ(int64_t a, int64_t b);
int32_t lime_integer_signum_I(int32_t v);
int32_t lime_long_signum_J(int64_t v);
int32_t lime_integer_reverse_I(int32_t v);
int32_t lime_integer_highestOneBit_I(int32_t v);
int32_t lime_integer_lowestOneBit_I(int32_t v);
int32_t lime_math_floorDiv_II(int32_t x, int32_t y);    /* y == 0: ArithmeticException */
int64_t lime_math_floorDiv_JJ(int64_t x, int64_t y);
int32_t lime_math_floorMod_II(int32_t x, int32_t y);
int64_t lime_math_floorMod_JJ(int64_t x, int64_t y);
/* Character: Unicode properties and simple case mappings of the JDK the
 * tables were generated from (runtime/unicode_tables.h) */
bool lime_character_isDigit_C(uint16_t c);
bool lime_character_isDigit_I(int32_t cp);
bool lime_character_isLetter_C(uint16_t c);
bool lime_character_isLetter_I(int32_t cp);
bool lime_character_isLetterOrDigit_C(uint16_t c);
bool lime_character_isLetterOrDigit_I(int32_t cp);
bool lime_character_isWhitespace_C(uint16_t c);
bool lime_character_isWhitespace_I(int32_t cp);
bool lime_character_isUpperCase_C(uint16_t c);
bool lime_character_isUpperCase_I(int32_t cp);
bool lime_character_isLowerCase_C(uint16_t c);
bool lime_character_isLowerCase_I(int32_t cp);
uint16_t lime_character_toUpperCase_C(uint16_t c);
int32_t lime_character_toUpperCase_I(int32_t cp);
uint16_t lime_character_toLowerCase_C(uint16_t c);
int32_t lime_character_toLowerCase_I(int32_t cp);
double lime_double_parseDouble_T(LimeString *s);
LimeString *lime_double_toString_D(double v);
bool lime_double_isNaN_D(double v);
bool lime_double_isInfinite_D(double v);
int64_t lime_double_doubleToLongBits_D(double v);
int64_t lime_double_doubleToRawLongBits_D(double v);
double lime_double_longBitsToDouble_J(int64_t v);
float lime_float_parseFloat_T(LimeString *s);
LimeString *lime_float_toString_F(float v);
bool lime_float_isNaN_F(float v);
bool lime_float_isInfinite_F(float v);
int32_t lime_float_floatToIntBits_F(float v);
int32_t lime_float_floatToRawIntBits_F(float v);
float lime_float_intBitsToFloat_I(int32_t v);

int32_t lime_string_length_(LimeString *s);
uint16_t lime_string_charAt_I(LimeString *s, int32_t i);  /* StringIndexOutOfBoundsException */
bool lime_string_equals_O(LimeString *s, void *o);        /* o: a String or anything else */
int32_t lime_string_compareTo_T(LimeString *s, LimeString *o);  /* o null: NPE */
int32_t lime_string_compareTo_O(LimeString *s, void *o);        /* Comparable's: o no String: ClassCastException */
LimeString *lime_string_substring_I(LimeString *s, int32_t begin);
LimeString *lime_string_substring_II(LimeString *s, int32_t begin, int32_t end);
LimeString *lime_string_subSequence_II(LimeString *s, int32_t begin, int32_t end);
void lime_string_getChars_IIACI(LimeString *s, int32_t begin, int32_t end, LimeArray *dst, int32_t at);
int32_t lime_string_indexOf_T(LimeString *s, LimeString *o);
int32_t lime_string_indexOf_I(LimeString *s, int32_t ch);
bool lime_string_isEmpty_(LimeString *s);
int32_t lime_string_hashCode_(LimeString *s);
LimeArray *lime_string_toCharArray_(LimeString *s);
bool lime_string_contains_T(LimeString *s, LimeString *t);     /* t null: NPE (also below) */
bool lime_string_startsWith_T(LimeString *s, LimeString *p);
bool lime_string_startsWith_TI(LimeString *s, LimeString *p, int32_t off);
bool lime_string_endsWith_T(LimeString *s, LimeString *p);
int32_t lime_string_indexOf_TI(LimeString *s, LimeString *t, int32_t from);
int32_t lime_string_indexOf_II(LimeString *s, int32_t ch, int32_t from);
int32_t lime_string_lastIndexOf_T(LimeString *s, LimeString *t);
int32_t lime_string_lastIndexOf_I(LimeString *s, int32_t ch);
int32_t lime_string_lastIndexOf_TI(LimeString *s, LimeString *t, int32_t from);
int32_t lime_string_lastIndexOf_II(LimeString *s, int32_t ch, int32_t from);
LimeString *lime_string_replace_CC(LimeString *s, uint16_t from, uint16_t to);
LimeString *lime_string_replace_TT(LimeString *s, LimeString *t, LimeString *r);
LimeString *lime_string_trim_(LimeString *s);
LimeString *lime_string_strip_(LimeString *s);
LimeString *lime_string_stripLeading_(LimeString *s);
LimeString *lime_string_stripTrailing_(LimeString *s);
bool lime_string_isBlank_(LimeString *s);
LimeString *lime_string_repeat_I(LimeString *s, int32_t count); /* < 0: IllegalArgumentException */
bool lime_string_equalsIgnoreCase_T(LimeString *s, LimeString *t);
int32_t lime_string_compareToIgnoreCase_T(LimeString *s, LimeString *t);
LimeString *lime_string_concat_T(LimeString *s, LimeString *t);
LimeString *lime_string_valueOf_Z(bool v);
LimeString *lime_string_valueOf_C(uint16_t v);
LimeString *lime_string_valueOf_I(int32_t v);
LimeString *lime_string_valueOf_J(int64_t v);
LimeString *lime_string_valueOf_F(float v);
LimeString *lime_string_valueOf_D(double v);
LimeString *lime_string_valueOf_AC(LimeArray *v);         /* null: NPE */
LimeString *lime_string_valueOf_O(void *v);
LimeString *lime_string_toUpperCase_(LimeString *s);   /* full case mapping: "ß" -> "SS" */
LimeString *lime_string_toLowerCase_(LimeString *s);   /* final sigma, U+0130 */
LimeArray *lime_string_getBytes_(LimeString *s);       /* UTF-8; unpaired surrogates as '?' */
/* String.join: elems null: NPE; null elements print as "null" */
LimeString *lime_string_join_TAT(LimeString *delim, LimeArray *elems);
/* new String(...): the constructors (static, no receiver) */
LimeString *lime_string_new_(void);
LimeString *lime_string_new_T(LimeString *s);
LimeString *lime_string_intern_(LimeString *s);
/* The program's String literals, for intern's pool (the generated main
 * calls it after lime_start). */
void lime_rt_string_literals(LimeString *const *literals, int32_t n);
LimeString *lime_string_new_AC(LimeArray *chars);
LimeString *lime_string_new_ACII(LimeArray *chars, int32_t offset, int32_t count);
LimeString *lime_string_valueOf_ACII(LimeArray *chars, int32_t offset, int32_t count);
LimeString *lime_string_copyValueOf_AC(LimeArray *chars);
LimeString *lime_string_copyValueOf_ACII(LimeArray *chars, int32_t offset, int32_t count);
LimeString *lime_string_new_AB(LimeArray *bytes);      /* UTF-8, malformed input as U+FFFD (Java's rules) */
LimeString *lime_string_new_ABII(LimeArray *bytes, int32_t offset, int32_t length);
int32_t lime_character_compare_CC(uint16_t a, uint16_t b);
int32_t lime_boolean_compare_ZZ(bool a, bool b);
LimeString *lime_boolean_toString_Z(bool v);
bool lime_boolean_parseBoolean_T(LimeString *s);
int32_t lime_double_compare_DD(double a, double b);
int32_t lime_float_compare_FF(float a, float b);
/* java.util.Formatter (format.c).  args: Object[] as Java's varargs make
 * it, primitives boxed by lime_box_of_*; NULL is a null array.  Throws the
 * java.util exceptions with the JVM's messages. */
LimeString *lime_string_format_TAO(LimeString *fmt, LimeArray *args);
void lime_system_out_printf_TAO(LimeString *fmt, LimeArray *args);
void lime_system_out_format_TAO(LimeString *fmt, LimeArray *args);
void lime_system_err_printf_TAO(LimeString *fmt, LimeArray *args);
void lime_system_err_format_TAO(LimeString *fmt, LimeArray *args);
/* Boxing conversion (JLS 5.1.7): java.lang.Boolean, Character, Byte,
 * Short, Integer, Long, Float, Double objects { class, value } */
void *lime_box_of_Z(bool v);
void *lime_box_of_C(uint16_t v);
void *lime_box_of_B(int8_t v);
void *lime_box_of_S(int16_t v);
void *lime_box_of_I(int32_t v);
void *lime_box_of_J(int64_t v);
void *lime_box_of_F(float v);
void *lime_box_of_D(double v);

/* ---- Lime extensions ----------------------------------------------------
 * Data-parallel loops (parallel.c) and value arrays, T[[]] (valuearray.c). */

/* A chunk of a data-parallel loop: runs iterations [start, end). */
typedef void (*LimeRangeFn)(void *env, int64_t start, int64_t end);
/* Runs fn over [0, n) split into chunks across the thread pool and the
 * calling thread; returns when every chunk is done (everything the chunks
 * wrote is then visible to the caller).  n <= 0: no call.  grain < 1 counts
 * as 1.  Chunks are the least multiple of grain not below
 * n / (lime_thread_count() * 8) iterations (the last one may be shorter;
 * a map's chunks are whole vectors of lanes), claimed from an atomic counter.  One call
 * fn(env, 0, n) on the calling thread when n <= grain, when there would be
 * one chunk or one thread, when called from inside a chunk (nested loops
 * run inline) or while another thread's loop holds the pool.  Which thread
 * runs which chunk is unspecified; callers make results independent of it.
 * Chunks on other threads may allocate (lime_alloc etc.).  Exceptions: the
 * loop throws (on the calling thread, after every chunk has stopped) the
 * exception its lowest-indexed failing iteration threw, exactly what a
 * sequential loop from 0 would throw, whatever the threads did: a chunk
 * that throws is abandoned, chunks above the lowest failure so far are not
 * started (parallel.c). */
void lime_parallel_for(int64_t n, int64_t grain, LimeRangeFn fn, void *env);
/* Whether maps run in SIMD lanes (LIME_SIMD, default on; 0: element by
 * element, for comparing the two): 1 or 0. */
int lime_simd_enabled(void);
/* lime_parallel_for with every iteration a chunk of its own (for few,
 * large iterations: a reduce's blocks) that catches what they throw:
 * returns -1 when no iteration threw, else the lowest one that did, its
 * exception kept on this thread for lime_throw_pending (the iterations
 * below it all completed). */
int64_t lime_parallel_for_each(int64_t n, LimeRangeFn fn, void *env);
/* Throws the exception lime_parallel_for_each last caught on this thread. */
_Noreturn void lime_throw_pending(void);
/* The number of threads used: $LIME_THREADS (a decimal integer >= 1, at
 * most 1024) or else the number of CPUs this process may run on (its
 * affinity mask; online CPUs where that is unknown).  Computed once.  The
 * pool (threads - 1 workers + the caller) starts lazily on the first
 * parallel_for with more than one chunk; if worker threads cannot be
 * created, loops run on the caller alone (logged on stderr if LIME_LOG=1). */
int32_t lime_thread_count(void);

/* Stream graphs whose stateful filters keep windows of their past inputs,
 * run in blocks (window.c; backends/cpu/window.c generates the blocks).
 * Items per block: $LIME_BLOCK (1 to 2^30), else 16384; read once. */
int64_t lime_window_block(void);
/* Whether such graphs run in blocks: $LIME_WINDOW, on unless 0/no/false/off. */
bool lime_window_enabled(void);
/* The first time for *logged: with LIME_LOG=1, prints "lime: WHAT on cpu:
 * HOW" on stderr (after System.out is flushed), as the device decisions
 * are printed ("lime: task 4 (stream(step,clip)@9) stream on cpu: ..."). */
void lime_window_log(int32_t *logged, const char *graph, const char *how);
/* A block's own copy of a filter object (every field copied: the caller
 * replaces its window arrays by lime_window_clone_array's copies). */
void *lime_window_clone_object(const void *obj);
/* A new array with arr's length, run-time type and elements. */
void *lime_window_clone_array(const void *arr);

/* java.lang.IllegalArgumentException: map over arrays of different lengths (3 and 4) */
_Noreturn void lime_throw_map_length_mismatch(int32_t a, int32_t b);
/* java.lang.IllegalArgumentException: reduce of an empty array */
_Noreturn void lime_throw_reduce_empty(void);
_Noreturn void lime_throw_filter_rate(const char *filter, int32_t len, int32_t rate);

/* int[[]] {0, 1, ..., n-1} (a primitive array, elem_size 4); n < 0:
 * NegativeArraySizeException with message n. */
LimeArray *lime_range(int32_t n);
/* Lime.range2(w, h) mapped: int[[]] of w*h, element y*w + x is x (axis 0)
 * or y (axis 1); w or h < 0: NegativeArraySizeException; more than
 * 2^31-1 points: IllegalArgumentException. */
LimeArray *lime_range2(int32_t w, int32_t h, int32_t axis);
/* A fresh array with a's length, elem_size and contents; prim: pointer-free
 * elements, allocated as lime_new_prim_array's are (never scanned).  a is
 * never null. */
LimeArray *lime_array_copy(LimeArray *a, bool prim);

/* ---- devices ------------------------------------------------------------ */
/* One operand of a device task: a mapped array, or a broadcast value. */
typedef struct LimeTaskArg {
    LimeArray *array;      /* a mapped array, or a whole array; NULL for a broadcast value */
    const void *value;     /* a broadcast value's bytes (as the kernel parameter's OpenCL type) */
    int32_t size;          /* bytes of the broadcast value, or of one element of the array */
    int32_t whole;         /* 1: array is passed whole to every call (kernel parameters: the
                              elements, then `const int` its length; NULL is the empty array) */
} LimeTaskArg;

/* Runs map task `task` (its id in the manifest) on the device the runtime
 * chooses for it, writing all n elements of out (elem_size bytes each).
 * Returns false when the task is to run on the CPU instead: because the CPU
 * was chosen, or after any device failure (then one warning per task on
 * stderr says why).  A Java exception raised in the kernel is raised here
 * exactly as the CPU would (the process exits): the lowest failing
 * element's, on every device. */
bool lime_device_map(int32_t task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args);
/* The same for a map whose result the compiler found is only ever an
 * operand of other task calls (backends/cpu/kept.c): a device that copies
 * arrays may leave out's elements on the device, unread; the host array's
 * elements are then undefined until lime_device_host(out).  Generated code
 * calls lime_device_host on such an array before any CPU code reads it
 * (the CPU path of a consuming task), and lime_device_release after its
 * last use when it knows it (else the collector's finaliser of the array
 * frees the device's copy). */
bool lime_device_map_kept(int32_t task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args);
/* A stream task offered as one map over its source's items (a backend's
 * one kernel through the chain: args[0] the source, then each windowed
 * filter's start values and other fields).  A device chosen for the task
 * that runs streams declines at once, deciding nothing (the caller offers
 * the task to it as a stream next); else as lime_device_map. */
bool lime_device_chain(int32_t task, int32_t n, LimeArray *out, int32_t nargs, const LimeTaskArg *args);
void lime_device_host(LimeArray *a);
void lime_device_release(LimeArray *a);
/* Reduces in (n >= 1 elements) with reduce task `task` in the canonical order,
 * storing the result (elem_size bytes) at *result.  Same return rule; also
 * false, without a warning, when a combination threw on the device: the
 * CPU's reduce then finds the exception a sequential run meets first. */
bool lime_device_reduce(int32_t task, LimeArray *in, void *result);
/* Whether map (reduce) task `task` is to run on a device: the decision
 * lime_device_map (lime_device_reduce) makes on a task's first call, made
 * here if not yet (and logged the same way).  The generated code asks
 * before it fuses a map into the reduce that consumes it: the fused loop is
 * the CPU's, so it runs only when neither task goes to a device.  A true
 * answer does not promise that the call will succeed (a device failure
 * still returns false from it).  Likewise a graph whose runs of stateless
 * filters no device takes runs as one loop on the CPU. */
bool lime_device_takes_map(int32_t task);
bool lime_device_takes_reduce(int32_t task);
/* When lime_device_takes_* said yes to a task of a chain the CPU would run
 * fused (the map task `first`, the map after it if any, and the reduce
 * that takes the last, over n elements; tasks[] those of them offered to a
 * device): whether to run it apart after all, by auto's measurement of the
 * whole chain (device.c).  Returns -1 to run it fused on the CPU, -2
 * apart, or a timed sample's token (bit 0: apart) that the generated code
 * hands to lime_device_fused_done when the chain has run. */
int64_t lime_device_fused_pick(int32_t first, int64_t n, int32_t ntasks, const int32_t *tasks);
void lime_device_fused_done(int32_t first, int64_t n, int64_t token);
/* The same for a graph's stream task (the generated code calls it once for
 * a stream task no device backend accepted, so that a forced device says
 * why the graph runs elsewhere).  Under a forced device that runs no
 * stream task, deciding a stream task also decides its graph's stateful
 * filters, which then say why they run on the CPU (the stateless ones come
 * as map tasks of their own). */
bool lime_device_takes_stream(int32_t task);
/* Runs stream task `task`: a run of a stream graph's filters from its
 * source, stateless and stateful, which only the fpga device takes (under
 * LIME_DEVICE=fpga; every other choice returns false at once).  src holds
 * the source's items (src->length of them, elements of the manifest's first
 * in_types letter); out (caller-allocated, at least src->length elements of
 * its out_type) receives the last filter's output, one per item.  state:
 * the state_words 32-bit words of the graph's stateful filters as the
 * generated code packs them (lime_fpga.h's word rules; NULL when 0 words),
 * loaded into the model before the first item and overwritten with the
 * model's state after the last, for the caller to unpack into the filter
 * objects.  Same return rule as lime_device_map (false: run the graph on
 * the CPU: state is then untouched, out may be partly written); an item whose
 * filter raises a Java exception raises it here. */
bool lime_device_stream(int32_t task, LimeArray *src, LimeArray *out, uint32_t *state, int32_t state_words);
/* Stream task `task` was to be offered, but its filters' state is not what
 * its device starts from (an array of another length, or a history that
 * must be all zero and is not: a graph run again): this run is the CPU's,
 * as docs/fpga.md documents; LIME_LOG=1 says so when a device had taken the
 * task, which stays on it. */
void lime_device_stream_unfit(int32_t task);

/* LIME_PROFILE for a task run on the CPU: generated code takes
 * lime_profile_cpu_begin() before the run (0 when LIME_PROFILE is off, and
 * then lime_profile_cpu_end does nothing) and passes it to
 * lime_profile_cpu_end after; kind is "map", "reduce" or "stream". */
int64_t lime_profile_cpu_begin(void);
void lime_profile_cpu_end(int32_t task, const char *name, const char *kind, int64_t elements, int64_t begin_ns);

#ifdef __cplusplus
}
#endif
#endif
