/* boxing.c: the wrapper classes of java.lang (lib/java/lang/Integer.java
 * and the others, written in Java) and the boxing and unboxing
 * conversions between them and the primitive types (JLS 5.1.7, 5.1.8).
 *
 * The checker makes each conversion an ND_CONV between a primitive and a
 * wrapper (or a supertype of one: Object, Number); the lowering makes
 * boxing a call of the wrapper's valueOf (which keeps the JVM's caches,
 * so == on boxed values is the JVM's) and unboxing a null check and a
 * call of its xxxValue(). */
#include "front.h"

#include <string.h>

static const char *wrapper_names[] = {
    [TY_BOOLEAN] = "Boolean", [TY_BYTE] = "Byte", [TY_SHORT] = "Short", [TY_CHAR] = "Character",
    [TY_INT] = "Integer", [TY_LONG] = "Long", [TY_FLOAT] = "Float", [TY_DOUBLE] = "Double",
};
static ClassDecl *wrappers[TY_DOUBLE + 1];

void boxing_init(Program *prog) {
    memset(wrappers, 0, sizeof wrappers);
    for (int i = 0; i < prog->top_classes.len; i++) {
        ClassDecl *c = prog->top_classes.items[i];
        if (!c->is_library || !c->package || strcmp(c->package, "java.lang")) continue;
        for (int k = TY_BOOLEAN; k <= TY_DOUBLE; k++)
            if (!strcmp(c->name, wrapper_names[k])) wrappers[k] = c;
    }
    for (int k = TY_BOOLEAN; k <= TY_DOUBLE; k++) LIME_ASSERT(wrappers[k] && "the library has every wrapper class");
}

ClassDecl *box_class(Type *prim) {
    if (!prim || prim->kind < TY_BOOLEAN || prim->kind > TY_DOUBLE) return NULL;
    return wrappers[prim->kind];
}

Type *box_type(Type *prim) {
    ClassDecl *c = box_class(prim);
    return c ? class_type(c) : NULL;
}

Type *unbox_type(Type *t) {
    if (t && t->kind == TY_TYPEVAR) return unbox_type(t->bound);  /* <T extends Integer> */
    if (!t || t->kind != TY_CLASS) return NULL;
    for (int k = TY_BOOLEAN; k <= TY_DOUBLE; k++)
        if (wrappers[k] && t->cls == wrappers[k]) {
            static Type **prims[] = {[TY_BOOLEAN] = &ty_boolean, [TY_BYTE] = &ty_byte, [TY_SHORT] = &ty_short,
                                     [TY_CHAR] = &ty_char, [TY_INT] = &ty_int, [TY_LONG] = &ty_long,
                                     [TY_FLOAT] = &ty_float, [TY_DOUBLE] = &ty_double};
            return *prims[k];
        }
    return NULL;
}

Type *unboxed_or_self(Type *t) {
    Type *u = unbox_type(t);
    return u ? u : t;
}

/* JLS 5.3, a loose invocation context: a strict one (is_method_convertible),
 * or boxing then a widening reference conversion, or unboxing then a
 * widening primitive conversion. */
bool is_loose_convertible(Type *from, Type *to) {
    if (is_method_convertible(from, to)) return true;
    Type *b = is_primitive(from) ? box_type(from) : NULL;
    if (b) return is_reference(to) && !is_value_type(to) && is_method_convertible(b, to);
    Type *u = unbox_type(from);
    if (u) return is_primitive(to) && (u == to || is_widening_primitive(u, to));
    return false;
}

/* A method of the wrapper class c: valueOf(prim) (static) or name() (instance). */
static MethodDecl *wrapper_method(ClassDecl *c, const char *name, Type *param) {
    for (int i = 0; i < c->methods.len; i++) {
        MethodDecl *m = c->methods.items[i];
        if (strcmp(m->name, name) || m->params.len != (param ? 1 : 0)) continue;
        if (param && ((LocalVar *)m->params.items[0])->ty != param) continue;
        return m;
    }
    LIME_UNREACHABLE();
}

MethodDecl *box_method(Type *prim) { return wrapper_method(box_class(prim), "valueOf", prim); }

MethodDecl *unbox_method(Type *prim) {
    return wrapper_method(box_class(prim), xprintf("%sValue", type_name(prim)), NULL);
}

/* Builtins of the library table (src/builtins.c) whose owner is library
 * class c (its simple name): a static member c does not declare is
 * looked up there. */
const char *builtin_owner_of(ClassDecl *c) {
    if (!c || !c->is_library || c->outer || !builtin_owner_exists(c->name)) return NULL;
    return c->name;
}
