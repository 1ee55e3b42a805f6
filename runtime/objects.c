/* objects.c: what Java's objects do at run time beyond their fields:
 * type tests, dispatch on references of static type Object (which may be
 * Strings or arrays: they have no class descriptor), java.lang.Object's
 * native methods (hashCode, getClass, clone's copy) and String.valueOf(Object). */
#include <string.h>

#include "internal.h"

bool lime_rt_object_instance_of(void *v, const LimeClass *c) {
    if (!v) return false;
    const LimeClass *k = ((LimeObject *)v)->cls;
    if (c->flags & LIME_CLASS_INTERFACE) {
        for (const LimeClass *const *i = k->interfaces; i && *i; i++)
            if (*i == c) return true;
        return false;
    }
    for (; k; k = k->super)
        if (k == c) return true;
    return false;
}

/* The interfaces String implements (it has no descriptor): as
 * src/types.c's is_string_interface */
bool lime_rt_string_implements(const LimeClass *c) {
    return !strcmp(c->name, "java.lang.Comparable") || !strcmp(c->name, "java.lang.CharSequence") ||
           !strcmp(c->name, "java.io.Serializable");
}

bool lime_rt_instance_of_string(void *v) { return v && lime_rt_is_string(v); }

bool lime_rt_instance_of(void *v, const LimeClass *c) {
    if (v && lime_rt_is_string(v) && lime_rt_string_implements(c)) return true;
    if (!v || lime_rt_is_string(v) || lime_rt_is_array(v)) return c->super == NULL && !(c->flags & LIME_CLASS_INTERFACE) && v;
    return lime_rt_object_instance_of(v, c);
}

const char *lime_rt_class_name_of(void *v) {
    if (lime_rt_is_string(v)) return "java.lang.String";
    if (lime_rt_is_array(v)) return lime_rt_array_name(v);
    return ((LimeObject *)v)->cls->name;
}

int32_t lime_native_java_lang_Object_hashCode(void *self) { return (int32_t)lime_rt_identity_hash(self); }

/* HashMap's tree bins (lib/java/util/HashTreeNode.java): k's class
 * implements Comparable<itself> (a String does) */
bool lime_native_java_util_HashTreeNode_selfComparable(void *k) {
    if (lime_rt_is_string(k)) return true;
    if (lime_rt_is_array(k)) return false;
    return (((LimeObject *)k)->cls->flags & LIME_CLASS_SELF_COMPARABLE) != 0;
}

/* Object.clone() of a Cloneable object: a new instance of its class with
 * the same field values (references shared, as Java's shallow copy) */
void *lime_native_java_lang_Object_shallowCopy(void *self) {
    const LimeClass *c = ((LimeObject *)self)->cls;
    LimeObject *copy = lime_new_object(c);
    memcpy(copy + 1, (LimeObject *)self + 1, (size_t)c->size - sizeof(LimeObject));
    return copy;
}

/* Class (its descriptor: lime_rt_hook_class_of_Class) has fields { long
 * descriptor; String name; boolean isInterface; boolean isEnum; } after its
 * header (then fields only its Java code sets). */

typedef struct ClassObject {
    const LimeClass *cls;
    const LimeClass *descriptor; /* the class it describes */
    LimeString *name;
    bool is_interface;
    bool is_enum;
} ClassObject;

/* An enum class: a direct subclass of java.lang.Enum (a constant's class
 * body, Op$1, is not one: Class.isEnum()). */
static bool is_enum_class(const LimeClass *c) { return c->super && !strcmp(c->super->name, "java.lang.Enum"); }

/* String's class (String has no descriptor of its own) */
static LimeClass string_class = {.name = "java.lang.String"};

static void *class_object_of(LimeClass *c) {
    if (!c->class_object) {
        ClassObject *o = (ClassObject *)lime_new_object(lime_rt_hook_class_of_Class());
        o->descriptor = c;
        o->name = lime_string_from_utf8(c->name, (int64_t)strlen(c->name));
        o->is_interface = (c->flags & LIME_CLASS_INTERFACE) != 0;
        o->is_enum = is_enum_class(c);
        c->class_object = o; /* the descriptor lies in the program's data: a root for the collector */
    }
    return c->class_object;
}

/* Class.newArray(n): a new C[n] for the class C that self describes */
void *lime_native_java_lang_Class_newArray(void *self, int32_t n) {
    return lime_new_typed_array(lime_rt_array_type_of_class(((ClassObject *)self)->descriptor), n);
}

/* Arrays.newArrayLike(a, n): a new array of a's run-time type */
void *lime_native_java_util_Arrays_newArrayLike(void *a, int32_t n) {
    if (n < 0) lime_throw_negative_array_size(n);
    return lime_rt_new_array_like(a, n);
}

/* Arrays.newArrayOfClass(c, n): a new array of the array class c
 * (String[].class: a String[n]); NullPointerException for null,
 * NegativeArraySizeException for n < 0 */
void *lime_native_java_util_Arrays_newArrayOfClass(void *c, int32_t n) {
    if (!c) lime_throw_null_pointer();
    const LimeArrayType *t = lime_rt_array_type_of_array_class(((ClassObject *)c)->descriptor);
    if (!t) lime_throw("IllegalArgumentException", "not an array class"); /* only through a raw Class */
    if (n < 0) lime_throw_negative_array_size(n);
    return lime_new_typed_array(t, n);
}

void *lime_native_java_lang_Object_getClass(void *self) { return class_object_of((LimeClass *)((LimeObject *)self)->cls); }

/* Class.isInstance(v): v is not null and an instance of the class self
 * describes (an array class: by the array's run-time type) */
bool lime_native_java_lang_Class_isInstance(void *self, void *v) {
    const LimeClass *c = ((ClassObject *)self)->descriptor;
    if (!v) return false;
    if (c == &string_class) return lime_rt_is_string(v);
    if (c->name[0] == '[') return lime_rt_instance_of_array(v, lime_rt_array_type_of_array_class(c));
    return lime_rt_instance_of(v, c);
}

/* Class.castFailure(obj): cast(obj)'s ClassCastException */
void lime_native_java_lang_Class_castFailure(void *self, void *obj) {
    lime_throw("ClassCastException", lime_rt_strf("Cannot cast %s to %s", lime_rt_class_name_of(obj),
                                                  ((ClassObject *)self)->descriptor->name));
}

/* Enum.getDeclaringClass(): the enum, whose direct superclass is
 * java.lang.Enum; a constant with a class body is an object of an
 * anonymous subclass of it. */
void *lime_native_java_lang_Enum_getDeclaringClass(void *self) {
    const LimeClass *c = ((LimeObject *)self)->cls;
    if (c->super && !is_enum_class(c)) c = c->super;
    return class_object_of((LimeClass *)c);
}

/* Strings and arrays as receivers of Object's methods */

static LimeString *string_to_string(void *s) { return s; }
static bool string_equals(void *s, void *o) { return lime_string_equals_O(s, o); }
static int32_t string_hash(void *s) { return lime_string_hashCode_(s); }
static void *string_get_class(void *s) { return class_object_of(&string_class); }
static LimeString *array_to_string(void *a) { return lime_rt_string_of_any(a); }
static bool identity_equals(void *a, void *o) { return a == o; }
static void *array_get_class(void *a) { return lime_rt_array_get_class(a); }

/* The java.lang.Class of a class literal (IR classof): descriptor c's,
 * or String's for NULL. */
void *lime_rt_class_object(LimeClass *c) { return class_object_of(c ? c : &string_class); }

void *lime_rt_virtual(void *v, int32_t slot) {
    if (lime_rt_is_string(v)) {
        void *string_methods[4] = {(void *)string_to_string, (void *)string_equals, (void *)string_hash,
                                   (void *)string_get_class};
        return string_methods[slot];
    }
    if (lime_rt_is_array(v)) {
        void *array_methods[4] = {(void *)array_to_string, (void *)identity_equals,
                                  (void *)lime_native_java_lang_Object_hashCode, (void *)array_get_class};
        return array_methods[slot];
    }
    return ((LimeObject *)v)->cls->vtable[slot];
}

/* Arrays.arrayKind(o) (lib/java/util/Arrays.java): -1 for no array, 0
 * for an array of references or an empty one (the two look alike), else
 * the bytes of a primitive element */
int32_t lime_native_java_util_Arrays_arrayKind(void *o) {
    if (lime_rt_is_string(o) || !lime_rt_is_array(o)) return -1;
    LimeArray *a = o;
    return a->length == 0 || !lime_rt_is_pointer_free(o) ? 0 : a->elem_size;
}

/* Arrays.asArray(o): o, known to be an array of references, as an Object[] */
void *lime_native_java_util_Arrays_asArray(void *o) { return o; }

/* An interface method String also has (Comparable.compareTo, CharSequence.length ...): string_fn
 * for a String, else the object's itable entry. */
void *lime_rt_interface_or_string(void *v, int32_t selector, void *string_fn) {
    if (lime_rt_is_string(v)) return string_fn;
    return (void *)((LimeObject *)v)->cls->itable[selector];
}
