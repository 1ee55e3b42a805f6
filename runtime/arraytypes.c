/* arraytypes.c: the run-time types of Java arrays.  Each array's header
 * holds a 16-bit id (LimeArray.type_id) naming its LimeArrayType in the
 * table below; getClass(), casts to array types, instanceof and the store
 * check of JLS 10.5 (ArrayStoreException) read it.  Id 0 is an array
 * whose type is not known (value arrays, the runtime's own scratch
 * arrays): it answers from its element size and GC kind, as arrays did
 * before they carried types. */
#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#include <gc.h>

#include "internal.h"

#define PRIMITIVE(T, N, SIZE, ID) \
    const LimeArrayType lime_array_type_##T = {.name = N, .elem_kind = LIME_ELEM_PRIMITIVE, .elem_size = SIZE, .id = ID};
PRIMITIVE(boolean, "[Z", 1, 3)
PRIMITIVE(byte, "[B", 1, 4)
PRIMITIVE(char, "[C", 2, 5)
PRIMITIVE(short, "[S", 2, 6)
PRIMITIVE(int, "[I", 4, 7)
PRIMITIVE(long, "[J", 8, 8)
PRIMITIVE(float, "[F", 4, 9)
PRIMITIVE(double, "[D", 8, 10)
const LimeArrayType lime_array_type_Object = {
    .name = "[Ljava.lang.Object;", .elem_kind = LIME_ELEM_OBJECT, .elem_size = 8, .id = 1};
const LimeArrayType lime_array_type_String = {
    .name = "[Ljava.lang.String;", .elem_kind = LIME_ELEM_STRING, .elem_size = 8, .id = 2};
#define PREDEFINED 10

#define MAX_TYPES 65536
/* types[id]: set once, before any array carries id (under lock) */
static const LimeArrayType *types[MAX_TYPES] = {
    [1] = &lime_array_type_Object, [2] = &lime_array_type_String, [3] = &lime_array_type_boolean,
    [4] = &lime_array_type_byte,   [5] = &lime_array_type_char,   [6] = &lime_array_type_short,
    [7] = &lime_array_type_int,    [8] = &lime_array_type_long,   [9] = &lime_array_type_float,
    [10] = &lime_array_type_double,
};
static LimeClass *classes[MAX_TYPES]; /* the LimeClass behind T[].class, made on first use */
static int32_t ntypes = PREDEFINED;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;

/* A type the compiler emitted is writable (its id is cached there); the
 * predefined ones above are constant and numbered already.  Two emitted
 * types of one name (never in one program today) share an id. */
uint16_t lime_rt_array_type_id(const LimeArrayType *type) {
    int32_t id = __atomic_load_n(&type->id, __ATOMIC_ACQUIRE);
    if (id) return (uint16_t)id;
    pthread_mutex_lock(&lock);
    for (id = 1; id <= ntypes && strcmp(types[id]->name, type->name); id++) {}
    if (id > ntypes) {
        if (ntypes + 1 >= MAX_TYPES) lime_throw("InternalError", "more than 65535 array types");
        id = ++ntypes;
        types[id] = type;
    }
    __atomic_store_n(&((LimeArrayType *)type)->id, id, __ATOMIC_RELEASE);
    pthread_mutex_unlock(&lock);
    return (uint16_t)id;
}

static const LimeArrayType *type_of(const LimeArray *a) { return a->type_id ? types[a->type_id] : NULL; }

LimeArray *lime_new_typed_array(const LimeArrayType *type, int32_t len) {
    LimeArray *a = type->elem_kind == LIME_ELEM_PRIMITIVE ? lime_new_prim_array(type->elem_size, len)
                                                          : lime_new_array(type->elem_size, len);
    a->type_id = lime_rt_array_type_id(type);
    return a;
}

static LimeArray *new_levels(const LimeArrayType *type, int32_t level, int32_t ndims, const int32_t *dims) {
    LimeArray *a = lime_new_typed_array(type, dims[level]);
    if (level + 1 < ndims) {
        LimeArray **elems = (LimeArray **)((char *)a + LIME_ARRAY_DATA_OFFSET);
        for (int32_t i = 0; i < a->length; i++) elems[i] = new_levels(type->elem_array, level + 1, ndims, dims);
    }
    return a;
}

LimeArray *lime_new_typed_multi_array(const LimeArrayType *type, int32_t ndims, const int32_t *dims) {
    return new_levels(type, 0, ndims, dims);
}

const LimeArrayType *lime_rt_array_type_of_class(const LimeClass *c) {
    const char *name = lime_rt_strf("[L%s;", c->name);
    pthread_mutex_lock(&lock);
    int32_t id = 1;
    while (id <= ntypes && strcmp(types[id]->name, name)) id++;
    pthread_mutex_unlock(&lock);
    if (id <= ntypes) return types[id];
    LimeArrayType *t = GC_MALLOC_UNCOLLECTABLE(sizeof *t);
    *t = (LimeArrayType){.name = name, .elem_class = c, .elem_kind = LIME_ELEM_CLASS, .elem_size = 8};
    lime_rt_array_type_id(t); /* (another thread's of the same name wins: the same id) */
    return t;
}

LimeArray *lime_rt_new_array_like(const LimeArray *a, int32_t n) {
    const LimeArrayType *t = type_of(a);
    return lime_new_typed_array(t ? t : &lime_array_type_Object, n);
}

/* ---- names ------------------------------------------------------------- */

/* An array of unknown type: a plausible name from its element size and GC kind. */
static const char *guessed_name(const LimeArray *a) {
    if (a->elem_size == 1) return "[B";
    if (a->elem_size == 2) return "[C";
    if (a->elem_size == 4) return "[I";
    if (a->elem_size == 8 && lime_rt_is_pointer_free(a)) return "[J";
    return "[Ljava.lang.Object;";
}

const char *lime_rt_array_name(const LimeArray *a) {
    const LimeArrayType *t = type_of(a);
    return t ? t->name : guessed_name(a);
}

void *lime_rt_array_class_object(const LimeArrayType *type) {
    uint16_t id = lime_rt_array_type_id(type);
    pthread_mutex_lock(&lock);
    if (!classes[id]) {
        LimeClass *c = GC_MALLOC_UNCOLLECTABLE(sizeof *c); /* scanned: it holds the Class object */
        c->name = type->name;
        classes[id] = c;
    }
    LimeClass *c = classes[id];
    pthread_mutex_unlock(&lock);
    return lime_rt_class_object(c);
}

void *lime_rt_array_get_class(const LimeArray *a) {
    const LimeArrayType *t = type_of(a);
    return t ? lime_rt_array_class_object(t) : lime_rt_array_class_object(&lime_array_type_Object);
}

/* ---- assignability (JLS 4.10.3) ----------------------------------------- */

static bool class_assignable(const LimeClass *from, const LimeClass *to) {
    if (to->flags & LIME_CLASS_INTERFACE) {
        for (const LimeClass *const *i = from->interfaces; i && *i; i++)
            if (*i == to) return true;
        return from == to;
    }
    for (; from; from = from->super)
        if (from == to) return true;
    return false;
}


static bool type_assignable(const LimeArrayType *s, const LimeArrayType *t) {
    if (s == t || !strcmp(s->name, t->name)) return true;
    switch (t->elem_kind) {
    case LIME_ELEM_OBJECT: return s->elem_kind != LIME_ELEM_PRIMITIVE;
    case LIME_ELEM_CLASS:
        if (s->elem_kind == LIME_ELEM_STRING) return lime_rt_string_implements(t->elem_class);
        return s->elem_kind == LIME_ELEM_CLASS && class_assignable(s->elem_class, t->elem_class);
    case LIME_ELEM_ARRAY: return s->elem_kind == LIME_ELEM_ARRAY && type_assignable(s->elem_array, t->elem_array);
    default: return false; /* a primitive or String element: the same type only */
    }
}

bool lime_rt_instance_of_array(void *v, const LimeArrayType *type) {
    if (!v || lime_rt_is_string(v) || !lime_rt_is_array(v)) return false;
    const LimeArray *a = v;
    const LimeArrayType *t = type_of(a);
    if (t) return type_assignable(t, type);
    bool prim = type->elem_kind == LIME_ELEM_PRIMITIVE;
    return a->elem_size == type->elem_size &&
           (prim ? lime_rt_is_pointer_free(v) : !lime_rt_is_pointer_free(v) || a->length == 0);
}

void lime_rt_check_array_cast(void *v, const LimeArrayType *type) {
    if (v && !lime_rt_instance_of_array(v, type)) lime_rt_throw_class_cast_to(v, type->name);
}

/* value (not null) may be an element of an array of type t */
static bool element_ok(const LimeArrayType *t, void *value) {
    bool string = lime_rt_is_string(value);
    switch (t->elem_kind) {
    case LIME_ELEM_OBJECT: return true;
    case LIME_ELEM_STRING: return string;
    case LIME_ELEM_CLASS:
        if (string) return lime_rt_string_implements(t->elem_class);
        return !lime_rt_is_array(value) && lime_rt_object_instance_of(value, t->elem_class);
    case LIME_ELEM_ARRAY: return !string && lime_rt_instance_of_array(value, t->elem_array);
    default: return false;
    }
}

void lime_rt_array_store_check(void *array, void *value) {
    const LimeArrayType *t = type_of(array);
    if (value && t && !element_ok(t, value)) lime_throw("ArrayStoreException", lime_rt_class_name_of(value));
}

/* ---- Arrays.copyOf(original, n, newType) ----------------------------------- */

const LimeArrayType *lime_rt_array_type_of_array_class(const LimeClass *c) {
    const LimeArrayType *t = NULL;
    pthread_mutex_lock(&lock);
    for (int32_t id = 1; id <= ntypes && !t; id++)
        if (classes[id] == c) t = types[id];
    pthread_mutex_unlock(&lock);
    return t;
}

/* The JVM's name of array type t's element type: "java.lang.String" for
 * "[Ljava.lang.String;", "int" for "[I", "[I" for "[[I". */
static const char *element_name(const LimeArrayType *t) {
    const char *e = t->name + 1;
    if (e[0] == 'L') return lime_rt_strf("%.*s", (int)strlen(e) - 2, e + 1);
    if (e[0] == '[') return e;
    static const char *const prims[] = {"Z", "boolean", "B", "byte", "C", "char", "S", "short",
                                        "I", "int", "J", "long", "F", "float", "D", "double"};
    for (int i = 0; i < 16; i += 2)
        if (e[0] == prims[i][0]) return prims[i + 1];
    return e;
}

static _Noreturn void copy_mismatch(const char *src_elem, const char *dest_elem) {
    lime_throw("ArrayStoreException",
               lime_rt_strf("arraycopy: type mismatch: can not copy %s[] into %s[]", src_elem, dest_elem));
}

/* Arrays.checkedCopy(src, from, dest, n): System.arraycopy(src, from,
 * dest, 0, n) between arrays of references of any two run-time types, with
 * HotSpot's checks and messages: bounds first; then, when n > 0 and
 * dest's type is not a supertype of src's, each element when dest's type
 * is a subtype of src's (the elements before the first that fails are
 * copied), else a type mismatch. */
void lime_native_java_util_Arrays_checkedCopy(void *src, int32_t from, void *dest, int32_t n) {
    lime_rt_arraycopy_bounds(src, from, dest, 0, n, "object array", "object array");
    LimeArray *s = src, *d = dest;
    const LimeArrayType *st = type_of(s), *dt = type_of(d);
    void **from_elems = (void **)((char *)s + LIME_ARRAY_DATA_OFFSET) + from;
    void **to_elems = (void **)((char *)d + LIME_ARRAY_DATA_OFFSET);
    if (n == 0) return;
    if (dt && dt->elem_kind == LIME_ELEM_PRIMITIVE) copy_mismatch("object array", element_name(dt));
    if (st && dt && !type_assignable(st, dt)) {
        if (!type_assignable(dt, st)) copy_mismatch(element_name(st), element_name(dt));
        for (int32_t i = 0; i < n; i++) {
            if (from_elems[i] && !element_ok(dt, from_elems[i]))
                lime_throw("ArrayStoreException",
                           lime_rt_strf("arraycopy: element type mismatch: can not cast one of the elements of "
                                        "%s[] to the type of the destination array, %s",
                                        element_name(st), element_name(dt)));
            to_elems[i] = from_elems[i];
        }
        return;
    }
    memmove(to_elems, from_elems, (size_t)n * sizeof(void *));
}
