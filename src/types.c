/* types.c: the Type universe.  Types are interned: two types are equal
 * exactly when their pointers are equal. */
#include "ast.h"

#include <string.h>

static Type prim_types[] = {
    [TY_VOID] = {TY_VOID}, [TY_BOOLEAN] = {TY_BOOLEAN}, [TY_BYTE] = {TY_BYTE},
    [TY_SHORT] = {TY_SHORT}, [TY_CHAR] = {TY_CHAR}, [TY_INT] = {TY_INT},
    [TY_LONG] = {TY_LONG}, [TY_FLOAT] = {TY_FLOAT}, [TY_DOUBLE] = {TY_DOUBLE},
    [TY_NULL] = {TY_NULL}, [TY_STRING] = {TY_STRING}, [TY_OBJECT] = {TY_OBJECT},
    [TY_CLASS] = {TY_CLASS}, [TY_ARRAY] = {TY_ARRAY}, [TY_VALUE_ARRAY] = {TY_VALUE_ARRAY},
    [TY_GRAPH] = {TY_GRAPH}, [TY_TYPEVAR] = {TY_TYPEVAR}, [TY_WILDCARD] = {TY_WILDCARD}, [TY_ERROR] = {TY_ERROR},
};

Type *ty_void = &prim_types[TY_VOID], *ty_boolean = &prim_types[TY_BOOLEAN],
     *ty_byte = &prim_types[TY_BYTE], *ty_short = &prim_types[TY_SHORT],
     *ty_char = &prim_types[TY_CHAR], *ty_int = &prim_types[TY_INT],
     *ty_long = &prim_types[TY_LONG], *ty_float = &prim_types[TY_FLOAT],
     *ty_double = &prim_types[TY_DOUBLE], *ty_null = &prim_types[TY_NULL],
     *ty_string = &prim_types[TY_STRING], *ty_object = &prim_types[TY_OBJECT],
     *ty_error = &prim_types[TY_ERROR];

static Type lambda_type = {.kind = TY_NULL};
Type *ty_lambda = &lambda_type;

Type *array_of(Type *elem) {
    if (!elem->array_of) {
        Type *t = xalloc(sizeof *t);
        t->kind = TY_ARRAY;
        t->elem = elem;
        elem->array_of = t;
    }
    return elem->array_of;
}

Type *value_array_of(Type *elem, int fixed_len) {
    for (Type *t = elem->value_arrays; t; t = t->next_value_array)
        if (t->fixed_len == fixed_len) return t;
    Type *t = xalloc(sizeof *t);
    t->kind = TY_VALUE_ARRAY;
    t->elem = elem;
    t->fixed_len = fixed_len;
    t->next_value_array = elem->value_arrays;
    elem->value_arrays = t;
    return t;
}

bool is_value_type(Type *t) {
    return t->kind == TY_VALUE_ARRAY || (t->kind == TY_CLASS && t->cls->is_value);
}

bool is_any_array(Type *t) { return t->kind == TY_ARRAY || t->kind == TY_VALUE_ARRAY; }

Type *class_type(ClassDecl *cls) {
    if (!cls->type) {
        Type *t = xalloc(sizeof *t);
        t->kind = TY_CLASS;
        t->cls = cls;
        cls->type = t;
    }
    return cls->type;
}

Type *class_type_args(ClassDecl *cls, Type **args, int n) {
    Type *raw = class_type(cls);
    if (n <= 0) return raw;
    for (Type *t = raw->parameterized; t; t = t->parameterized)
        if (t->ntargs == n && !memcmp(t->targs, args, sizeof(Type *) * (size_t)n)) return t;
    Type *t = xalloc(sizeof *t);
    t->kind = TY_CLASS;
    t->cls = cls;
    t->targs = xalloc(sizeof(Type *) * (size_t)n);
    memcpy(t->targs, args, sizeof(Type *) * (size_t)n);
    t->ntargs = n;
    t->parameterized = raw->parameterized;
    raw->parameterized = t;
    return t;
}

Type *type_var(struct TypeParam *tp) {
    Type *t = xalloc(sizeof *t);
    t->kind = TY_TYPEVAR;
    t->tparam = tp;
    t->bound = ty_object;
    return t;
}

Type *wildcard(Type *bound, bool is_super) {
    if (!bound) return &prim_types[TY_WILDCARD];
    if (!bound->wildcards[is_super]) {
        Type *t = xalloc(sizeof *t);
        t->kind = TY_WILDCARD;
        t->bound = bound;
        t->is_super = is_super;
        bound->wildcards[is_super] = t;
    }
    return bound->wildcards[is_super];
}

Type *wildcard_upper(Type *arg, Type *declared) {
    if (arg->kind != TY_WILDCARD) return arg;
    return arg->bound && !arg->is_super ? arg->bound : declared;
}

Type *non_wildcard(Type *t) {
    if (t->kind != TY_CLASS || !t->ntargs) return t;
    Type **a = xalloc(sizeof(Type *) * (size_t)t->ntargs);
    bool same = true;
    for (int i = 0; i < t->ntargs; i++) {
        a[i] = t->targs[i];
        if (a[i]->kind == TY_WILDCARD)
            a[i] = a[i]->bound ? a[i]->bound : ((struct TypeParam *)t->cls->type_params.items[i])->type->bound;
        same &= a[i] == t->targs[i];
    }
    return same ? t : class_type_args(t->cls, a, t->ntargs);
}

Type *erase(Type *t) {
    if (!t) return t;
    switch (t->kind) {
    case TY_TYPEVAR: return erase(t->bound);
    case TY_WILDCARD: return t->bound && !t->is_super ? erase(t->bound) : ty_object;
    case TY_CLASS: return t->ntargs ? class_type(t->cls) : t;
    case TY_ARRAY: {
        Type *e = erase(t->elem);
        return e == t->elem ? t : array_of(e);
    }
    case TY_VALUE_ARRAY: {
        Type *e = erase(t->elem);
        return e == t->elem ? t : value_array_of(e, t->fixed_len);
    }
    case TY_BITS: return bits_container(t);
    default: return t;
    }
}

Type *subst(Type *t, struct TypeParam **params, Type **args, int n) {
    if (!t || n == 0) return t;
    switch (t->kind) {
    case TY_TYPEVAR:
        for (int i = 0; i < n; i++)
            if (t->tparam == params[i]) return args[i];
        return t;
    case TY_WILDCARD: {
        Type *b = subst(t->bound, params, args, n);
        if (b == t->bound) return t;
        /* `? extends T` with T a wildcard itself: `? extends X` stays one, anything else is `?` */
        if (b->kind == TY_WILDCARD) return b->is_super == t->is_super ? b : wildcard(NULL, false);
        return wildcard(b, t->is_super);
    }
    case TY_ARRAY: {
        Type *e = subst(t->elem, params, args, n);
        return e == t->elem ? t : array_of(e);
    }
    case TY_CLASS: {
        if (!t->ntargs) return t;
        Type **a = xalloc(sizeof(Type *) * (size_t)t->ntargs);
        bool same = true;
        for (int i = 0; i < t->ntargs; i++) {
            a[i] = subst(t->targs[i], params, args, n);
            same &= a[i] == t->targs[i];
        }
        return same ? t : class_type_args(t->cls, a, t->ntargs);
    }
    default: return t;
    }
}

bool is_integral(Type *t) {
    return t->kind == TY_BYTE || t->kind == TY_SHORT || t->kind == TY_CHAR ||
           t->kind == TY_INT || t->kind == TY_LONG;
}
bool is_numeric(Type *t) { return is_integral(t) || t->kind == TY_FLOAT || t->kind == TY_DOUBLE; }
bool is_primitive(Type *t) { return is_numeric(t) || t->kind == TY_BOOLEAN; }
bool is_reference(Type *t) {
    return t->kind == TY_NULL || t->kind == TY_STRING || t->kind == TY_OBJECT ||
           (t->kind == TY_CLASS && !t->cls->is_value) || t->kind == TY_ARRAY || t->kind == TY_TYPEVAR;
}

static const char *prim_name(TypeKind k) {
    switch (k) {
    case TY_VOID: return "void";
    case TY_BOOLEAN: return "boolean";
    case TY_BYTE: return "byte";
    case TY_SHORT: return "short";
    case TY_CHAR: return "char";
    case TY_INT: return "int";
    case TY_LONG: return "long";
    case TY_FLOAT: return "float";
    case TY_DOUBLE: return "double";
    case TY_NULL: return "<null>";
    case TY_STRING: return "String";
    case TY_OBJECT: return "Object";
    case TY_ERROR: return "<error>";
    default: return NULL;
    }
}

const char *class_full_name(ClassDecl *c) {
    return c->package ? xprintf("%s.%s", c->package, c->qualname) : c->qualname;
}

static const char *wildcard_name(Type *t, const char *(*name)(Type *)) {
    if (!t->bound) return "?";
    return xprintf("? %s %s", t->is_super ? "super" : "extends", name(t->bound));
}

/* C<A,? extends B,?,? super D>, each argument named by name(). */
static const char *parameterized_name(Type *t, const char *cname, const char *(*name)(Type *)) {
    StrBuf sb = {0};
    sb_printf(&sb, "%s<", cname);
    for (int i = 0; i < t->ntargs; i++) sb_printf(&sb, "%s%s", i ? "," : "", name(t->targs[i]));
    sb_putc(&sb, '>');
    return xstrdup(sb_str(&sb));
}

const char *type_name(Type *t) {
    if (t->kind == TY_ARRAY) return xprintf("%s[]", type_name(t->elem));
    if (t->kind == TY_VALUE_ARRAY && t->fixed_len >= 0) return xprintf("%s[[%d]]", type_name(t->elem), t->fixed_len);
    if (t->kind == TY_VALUE_ARRAY) return xprintf("%s[[]]", type_name(t->elem));
    if (t->kind == TY_GRAPH) return xprintf("graph of %s", type_name(t->elem));
    if (t->kind == TY_BITS) return t->fixed_len == 1 ? "bit" : xprintf("bit[[%d]]", t->fixed_len);
    if (t->kind == TY_CLASS && t->ntargs) return parameterized_name(t, t->cls->qualname, type_name);
    if (t->kind == TY_CLASS) return t->cls->qualname;
    if (t->kind == TY_TYPEVAR) return t->tparam->name;
    if (t->kind == TY_WILDCARD) return wildcard_name(t, type_name);
    return prim_name(t->kind);
}

/* As javac names types in messages: a nested class by its simple name. */
const char *type_user_name(Type *t) {
    if (t->kind == TY_CLASS && t->ntargs) return parameterized_name(t, t->cls->name, type_user_name);
    if (t->kind == TY_CLASS) return t->cls->name;
    if (t->kind == TY_ARRAY) return xprintf("%s[]", type_user_name(t->elem));
    if (t->kind == TY_VALUE_ARRAY && t->fixed_len >= 0) return xprintf("%s[[%d]]", type_user_name(t->elem), t->fixed_len);
    if (t->kind == TY_VALUE_ARRAY) return xprintf("%s[[]]", type_user_name(t->elem));
    if (t->kind == TY_GRAPH) return xprintf("graph of %s", type_user_name(t->elem));
    if (t->kind == TY_WILDCARD) return wildcard_name(t, type_user_name);
    return type_name(t);
}

const char *type_ir_name(Type *t) {
    switch (t->kind) {
    case TY_BOOLEAN: return "bool";
    case TY_BYTE: return "i8";
    case TY_SHORT: return "i16";
    case TY_CHAR: return "u16";
    case TY_INT: return "i32";
    case TY_LONG: return "i64";
    case TY_FLOAT: return "f32";
    case TY_DOUBLE: return "f64";
    case TY_ARRAY: return xprintf("%s[]", type_ir_name(t->elem));
    case TY_VALUE_ARRAY: return xprintf("%s[[]]", type_ir_name(t->elem));
    case TY_BITS: return xprintf("b%d", t->fixed_len);
    default: return type_name(t);
    }
}

/* The rank of a numeric type in the widening order (JLS 5.1.2); char is
 * handled apart because char and byte/short do not widen into each other. */
static int numeric_rank(Type *t) {
    switch (t->kind) {
    case TY_BYTE: return 1;
    case TY_SHORT: return 2;
    case TY_CHAR: return 2;
    case TY_INT: return 3;
    case TY_LONG: return 4;
    case TY_FLOAT: return 5;
    case TY_DOUBLE: return 6;
    default: return 0;
    }
}

bool is_widening_primitive(Type *from, Type *to) {
    if (from == to || !is_numeric(from) || !is_numeric(to)) return false;
    if (to->kind == TY_CHAR) return false;               /* nothing widens to char */
    if (from->kind == TY_CHAR && to->kind == TY_SHORT) return false;
    return numeric_rank(from) < numeric_rank(to);
}

Type *unary_promote(Type *a) {
    if (!is_numeric(a)) return NULL;
    return numeric_rank(a) <= 3 ? ty_int : a;
}

Type *binary_promote(Type *a, Type *b) {
    if (!is_numeric(a) || !is_numeric(b)) return NULL;
    if (a == ty_double || b == ty_double) return ty_double;
    if (a == ty_float || b == ty_float) return ty_float;
    if (a == ty_long || b == ty_long) return ty_long;
    return ty_int;
}

bool is_string_interface(Type *t) {
    if (t->kind != TY_CLASS || !t->cls->is_library || !t->cls->is_interface || !t->cls->package) return false;
    if (!strcmp(t->cls->package, "java.io")) return !strcmp(t->cls->name, "Serializable");
    return !strcmp(t->cls->package, "java.lang") && (!strcmp(t->cls->name, "Comparable") || !strcmp(t->cls->name, "CharSequence"));
}

bool is_method_convertible(Type *from, Type *to) {
    if (from == to || from == ty_error || to == ty_error) return true;
    if (from->kind == TY_VALUE_ARRAY && to->kind == TY_VALUE_ARRAY)
        return from->elem == to->elem && to->fixed_len < 0;   /* T[[N]] -> T[[]] */
    if (is_value_type(from) || is_value_type(to)) return false;
    if (is_primitive(from) || is_primitive(to)) return is_widening_primitive(from, to);
    if (from == ty_null) return is_reference(to);
    if (to == ty_object) return is_reference(from);
    /* String implements Comparable<String> and CharSequence (the runtime dispatches their methods) */
    if (from == ty_string && is_string_interface(to)) return true;
    if (from->kind == TY_TYPEVAR) return to->kind == TY_TYPEVAR ? from->tparam == to->tparam || is_method_convertible(from->bound, to)
                                                            : is_method_convertible(from->bound, to);
    if (to->kind == TY_TYPEVAR) return false;
    /* C<A> to D<B>: by erasure (type arguments are not checked) */
    if (from->kind == TY_CLASS && to->kind == TY_CLASS) return class_is_subtype(from->cls, to->cls);
    /* arrays of references are covariant (JLS 4.10.3; Lime's arrays carry
     * no element type, so no ArrayStoreException is checked) */
    if (from->kind == TY_ARRAY && to->kind == TY_ARRAY && is_reference(from->elem) && is_reference(to->elem))
        return is_method_convertible(from->elem, to->elem);
    return false;
}
