/* check.c: names, types, conversions and constants (JLS chapters 5, 6, 8,
 * 14, 15 for the subset of LANGUAGE.md section 1).  The values of
 * constants are computed by fold.c, overloads resolved by overload.c, and
 * the isolation rule of `local` methods checked by isolation.c.
 *
 * Requires: parsed classes in prog.  Guarantees after a successful run:
 * every expression node has ty; every ND_NAME/ND_FIELD/ND_CALL/ND_NEW is
 * resolved (var, field, method, builtin, cls or lib_owner); every implicit
 * conversion is an explicit ND_CONV node; constant expressions carry cval;
 * break/continue carry their target statement; every method lists its
 * locals.  Reachability and definite assignment are flow.c's job. */
#include "front.h"

#include <ctype.h>

#include <string.h>

typedef struct Scope {
    struct Scope *parent;
    Vec vars;              /* LocalVar* declared in this block */
    NameMap index;         /* once the block has SCOPE_INDEX_FROM locals: vars by
                              name, the latest of each name */
} Scope;

typedef struct Checker {
    Program *prog;
    ClassDecl *cls;        /* the class whose code is being checked */
    MethodDecl *method;    /* owner of the locals (a synthetic one for initialisers) */
    bool static_ctx;       /* no `this` */
    bool in_ctor;          /* inside a constructor body */
    bool in_static_init;   /* inside a static initialiser (may assign static finals) */
    Scope *scope;
    Vec targets;           /* enclosing loops, switches and labelled statements */
    struct Checker *enclosing; /* an anonymous class's code: the code that makes it (its locals are captured) */
    Vec switch_exprs;      /* the switch expressions being checked, innermost last (their yields: Node.args) */
    Node *discarded;       /* the expression of the expression statement being checked: its value is unused */
    Type *call_target;     /* the type the value of the method call being checked goes to (expr_to), or NULL */
    bool map_operand;      /* checking `@ x.range2(...)`, where Lime.range2 may be */
} Checker;

static Node *expr(Checker *ck, Node *n);
static void stmt(Checker *ck, Node *n);
static void use_class(ClassDecl *c);
static const char *signature(MethodDecl *m, const char *name);
static Node *expr_to(Checker *ck, Node *e, Type *target);
static Node *switch_expr(Checker *ck, Node *n);
static Node *call_method_in(Checker *ck, Node *n, ClassDecl *cls, bool through_class, bool implicit_this);
static void type_params(Checker *ck, Vec *tps);
static void const_field(Checker *ck, FieldDecl *f);
static bool diamond_anonymous(ClassDecl *c);
static ClassDecl *lang_class(Checker *ck, const char *name);
static Node *made_node(NodeKind k, Loc loc, const char *name);
static void resolve_extends(Checker *ck, ClassDecl *c);
static void layout_class(Checker *ck, ClassDecl *c);

/* ------------------------------------------------------------ conversions */

static Node *wrap_conv(Node *e, Type *to) {
    if (e->ty == to) return e;
    Node *c = new_node(ND_CONV, e->loc);
    c->lhs = e;
    c->ty = to;
    if (has_const(e)) {
        c->cval = is_primitive(to) ? const_convert(e->cval, to) : cv_none();
        if (to == ty_string && e->cval.ty == ty_string) c->cval = e->cval;
    }
    return c;
}

static bool in_lambda_return;   /* report_incompatible: the value a lambda returns (javac's own message) */

static void report_incompatible(Loc loc, Type *from, Type *to) {
    if (in_lambda_return && from != ty_void)
        error_at(loc, "incompatible types: bad return type in lambda expression\n    %s cannot be converted to %s",
                 type_user_name(from), type_user_name(to));
    else if (is_numeric(from) && is_numeric(to))
        error_at(loc, "incompatible types: possible lossy conversion from %s to %s", type_user_name(from), type_user_name(to));
    else if (from == ty_void)
        error_at(loc, "'void' type not allowed here");
    else
        error_at(loc, "incompatible types: %s cannot be converted to %s", type_user_name(from), type_user_name(to));
}

static bool is_value_class(Type *t) { return t->kind == TY_CLASS && t->cls->is_value; }

/* ---- bit[[N]] (src/bits.c): never a compile-time constant; converted
 * implicitly only from itself and from integral constants it holds whole */

/* e as the word type w where that is implicit, else NULL. */
static Node *bits_operand(Node *e, Type *w) {
    if (e->ty == w) return e;
    if (has_const(e) && is_integral(e->cval.ty) && bits_const_fits(e->cval, bits_width(w))) return wrap_conv(e, w);
    return NULL;
}

/* Reports e (not convertible to w implicitly) where a w was needed. */
static void report_not_bits(Node *e, Type *w) {
    if (has_const(e) && is_integral(e->cval.ty))
        error_at(e->loc, "incompatible types: constant %lld does not fit in %s (cast it to truncate)", (long long)e->cval.i,
                 type_user_name(w));
    else if (is_bits(e->ty))
        error_at(e->loc, "incompatible types: bit width mismatch: %s cannot be converted to %s", type_user_name(e->ty),
                 type_user_name(w));
    else report_incompatible(e->loc, e->ty, w);
}

/* Casts to and from bit[[N]]: from and to integral types and other widths. */
static bool bits_castable(Type *from, Type *to) {
    return (is_bits(from) || is_integral(from)) && (is_bits(to) || is_integral(to));
}

/* A shift count or rotation distance: an int (byte, short, char widen to it). */
static Node *bits_count(Node *e) {
    if (e->ty == ty_error) return e;
    if (is_integral(e->ty) && e->ty != ty_long) return wrap_conv(e, ty_int);
    report_incompatible(e->loc, e->ty, ty_int);
    e->ty = ty_error;
    return e;
}

/* e converted to to, a conversion already known to be allowed; boxing
 * and unboxing (JLS 5.1.7, 5.1.8, src/boxing.c) compile the wrapper class
 * whose valueOf or xxxValue the lowering calls. */
static void use_boxing(Type *from, Type *to) {
    if (is_value_class(from) != is_value_class(to) && from != ty_error && to != ty_error)
        use_class(box_class(is_value_class(from) ? from : to));  /* a value class's box */
    else if (is_primitive(from) && !is_primitive(to) && to != ty_error) use_class(box_class(from));
    else if (is_primitive(to) && unbox_type(from)) use_class(box_class(unbox_type(from)));
    else if (is_primitive(to) && is_reference(from)) use_class(box_class(to)); /* (int) obj: via Integer */
}

static Node *conv_boxing(Node *e, Type *to) {
    use_boxing(e->ty, to);
    return wrap_conv(e, to);
}

/* A wrapper-typed operand of a numeric or boolean operator, unboxed
 * (JLS 5.6, 15.15, 15.17 ...); others unchanged. */
static Node *unbox_operand(Node *e) {
    Type *u = unbox_type(e->ty);
    return u ? conv_boxing(e, u) : e;
}

/* An operand of string concatenation: a value boxed, so that its box's
 * toString makes the text (a value class's, or Object's: V@hash). */
static Node *concat_operand(Node *e) { return is_value_class(e->ty) ? conv_boxing(e, ty_object) : e; }

/* Whether e's type arguments come from Lime's inference, which javac's
 * (JLS 18, with the target type) may make more precise: a generic
 * method's result, a diamond, a conditional or switch expression (their
 * least upper bound).  Their type arguments are not compared. */
static bool inferred_type(Node *e) {
    while (e->kind == ND_CONV) e = e->lhs;
    switch (e->kind) {
    case ND_CALL: return e->method && e->method->type_params.len;
    case ND_NEW: return e->type_node && e->type_node->diamond;
    case ND_COND: case ND_SWITCH_EXPR: return true;
    default: return false;
    }
}

/* The library's own code (lib/) and its methods' parameters are not held
 * to type arguments: its signatures are simpler than the JDK's
 * (List.sort(Comparator<E>) for Comparator<? super E>). */
static bool library_code;

/* e of a type convertible to `to` by erasure: its type arguments too
 * (List<Integer> is no List<Number>), else reported. */
static bool check_type_args(Node *e, Type *to) {
    if (library_code || inferred_type(e) || type_args_convertible(e->ty, to)) return true;
    report_incompatible(e->loc, e->ty, to);
    return false;
}

/* Assignment conversion (JLS 5.2).  Reports and returns e unchanged on failure. */
static Node *coerce_assign(Node *e, Type *to) {
    Type *from = e->ty;
    if (from == ty_error || to == ty_error || from == to) return e;
    if (is_bits(to)) {
        Node *b = bits_operand(e, to);
        if (!b) report_not_bits(e, to);
        return b ? b : e;
    }
    if (is_method_convertible(from, to)) return check_type_args(e, to) ? wrap_conv(e, to) : e;
    if (has_const(e) && const_fits(e->cval, to)) return wrap_conv(e, to);
    if (is_loose_convertible(from, to)) return conv_boxing(e, to);
    /* Byte b = 10, Character c = 65: a narrowed constant, boxed */
    Type *u = unbox_type(to);
    if (u && has_const(e) && const_fits(e->cval, u)) return conv_boxing(wrap_conv(e, u), to);
    report_incompatible(e->loc, from, to);
    return e;
}

/* Method invocation conversion (JLS 5.3): no constant narrowing. */
static Node *coerce_arg(Node *e, Type *to) {
    if (e->ty == ty_error || to == ty_error || e->ty == to) return e;
    LIME_ASSERT(is_loose_convertible(e->ty, to));
    if (!check_type_args(e, to)) return e;
    return conv_boxing(e, to);
}

/* Casting with boxing or unboxing (JLS 5.5): (Integer) 5, (Object) 5,
 * (long) anInteger, (int) anObject (a checked cast to Integer, then
 * unboxing).  1: allowed, 0: not, -1: neither side is a primitive. */
static int castable_boxing(Type *from, Type *to) {
    if (is_primitive(from) == is_primitive(to) || from == ty_void || to == ty_void) return -1;
    if (is_primitive(from)) return is_reference(to) && !is_value_type(to) && to != ty_null && is_method_convertible(box_type(from), to);
    Type *u = unbox_type(from);
    if (u) return u == to || is_widening_primitive(u, to);
    Type *b = box_type(to);
    return b && (from == ty_object || (from->kind == TY_CLASS && !from->cls->is_value && class_is_subtype(b->cls, from->cls)));
}

static Type *leaf_elem(Type *t) {
    while (t->kind == TY_ARRAY) t = t->elem;
    return t;
}

/* An array type that arrays carry at run time (backends/cpu: an element
 * that is not a value, at every level) */
static bool runtime_typed_array(Type *t) {
    if (t->kind != TY_ARRAY) return false;
    Type *leaf = erase(leaf_elem(t));
    return !is_value_type(leaf) && leaf->kind != TY_VALUE_ARRAY;
}

static bool castable(Type *from, Type *to) {
    if (from == to || from == ty_error || to == ty_error) return true;
    if (is_bits(from) || is_bits(to)) return bits_castable(from, to);
    if (is_numeric(from) && is_numeric(to)) return true;
    /* a value class: boxing to a supertype of its box, or a checked cast
     * to its box and unboxing */
    if (is_value_class(from) && is_reference(to)) return to != ty_null && is_method_convertible(box_type(from), to);
    if (is_value_class(to) && is_reference(from)) return castable(from, box_type(to));
    int boxing = castable_boxing(from, to);
    if (boxing >= 0) return boxing;
    if (is_primitive(from) || is_primitive(to)) return false;
    if (to == ty_void || from == ty_void) return false;
    if (is_method_convertible(from, to)) return true;
    if (to == ty_string && is_string_interface(erase(from))) return true;   /* (String) aComparable, aCharSequence */
    /* a type variable or a parameterized type: by erasure (the cast is unchecked) */
    if (from->kind == TY_TYPEVAR || to->kind == TY_TYPEVAR || (from->kind == TY_CLASS && from->ntargs) ||
        (to->kind == TY_CLASS && to->ntargs))
        return castable(erase(from), erase(to));
    /* (T[]) anObjectArray: the same array type by erasure (unchecked) */
    if (from->kind == TY_ARRAY && to->kind == TY_ARRAY && erase(from) == erase(to)) return true;
    /* S[] to T[]: S and T the same primitive, or castable references (JLS 5.5.1) */
    if (from->kind == TY_ARRAY && to->kind == TY_ARRAY)
        return !is_primitive(from->elem) && !is_primitive(to->elem) && runtime_typed_array(to) &&
               castable(from->elem, to->elem);
    /* narrowing reference conversion (JLS 5.1.6), checked at run time */
    if (from == ty_object)
        return is_reference(to) && !is_value_type(to) && (to->kind != TY_ARRAY || runtime_typed_array(to));
    if (from->kind == TY_CLASS && to->kind == TY_CLASS && !from->cls->is_value && !to->cls->is_value) {
        ClassDecl *a = from->cls, *b = to->cls;
        if (class_is_subtype(b, a)) return true;
        if (a->is_interface && b->is_interface) return true;
        if (a->is_interface) return !(b->mods & MOD_FINAL) || class_is_subtype(b, a);
        if (b->is_interface) return !(a->mods & MOD_FINAL) || class_is_subtype(a, b);
    }
    return false;
}

/* ------------------------------------------------------------ lookup */

static ClassDecl *top_level_of(ClassDecl *c) {
    while (c->outer) c = c->outer;
    return c;
}

/* The member class c declares by that name, or NULL (a local class is
 * no member: only its scope sees it, through Node.local_cls). */
static ClassDecl *nested_class(ClassDecl *c, const char *name) {
    for (int i = 0; i < c->nested.len; i++) {
        ClassDecl *n = c->nested.items[i];
        if (!n->is_local && !strcmp(n->name, name)) return n;
    }
    return NULL;
}

/* ------------------------------------------------- packages and imports */

static FieldDecl *find_field(ClassDecl *c, const char *name);
static bool is_static_field_decl(FieldDecl *f);

static bool same_package(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

/* parts[from..to) joined with '.' */
static const char *join_parts(Vec *parts, int from, int to) {
    StrBuf sb = {0};
    for (int i = from; i < to; i++) sb_printf(&sb, "%s%s", i > from ? "." : "", (char *)parts->items[i]);
    return xstrdup(sb_str(&sb));
}

static const char *last_part(Import *im) { return im->parts.items[im->parts.len - 1]; }

/* A package of the program (some file declares it), or with prefix a
 * prefix of one ("a" of "a.b"). */
static bool user_package(Program *prog, const char *pkg, bool prefix) {
    size_t n = strlen(pkg);
    for (int i = 0; i < prog->units.len; i++) {
        const char *p = ((CompUnit *)prog->units.items[i])->package;
        if (!p) continue;
        if (!strcmp(p, pkg) || (prefix && !strncmp(p, pkg, n) && p[n] == '.')) return true;
    }
    return false;
}

static bool package_prefix(Program *prog, const char *pkg) {
    return user_package(prog, pkg, true) || library_package(pkg, true);
}

/* The Java platform's own packages: what Lime does not provide of them is
 * "not in Lime's library" (not "does not exist"). */
static bool platform_name(const char *first) {
    return !strcmp(first, "java") || !strcmp(first, "javax") || !strcmp(first, "jdk");
}

static ClassDecl *top_class_in(Program *prog, const char *pkg, const char *name) {
    for (int i = 0; i < prog->top_classes.len; i++) {
        ClassDecl *c = prog->top_classes.items[i];
        if (same_package(c->package, pkg) && !strcmp(c->name, name)) return c;
    }
    return NULL;
}

/* The class the qualified name parts[0..n) names: a user class (a package,
 * a top-level class, nested classes) or a library class (*lib). */
static bool qualified_class(Program *prog, Vec *parts, int n, ClassDecl **cls, const char **lib) {
    *cls = NULL;
    *lib = NULL;
    for (int k = 1; k < n; k++) {
        const char *pkg = join_parts(parts, 0, k);
        if (!user_package(prog, pkg, false)) continue;
        ClassDecl *c = top_class_in(prog, pkg, parts->items[k]);
        for (int i = k + 1; c && i < n; i++) c = nested_class(c, parts->items[i]);
        if (c) {
            *cls = c;
            return true;
        }
    }
    if (n >= 2) *lib = library_class(join_parts(parts, 0, n - 1), parts->items[n - 1]);
    return *lib != NULL;
}

static bool has_static_method_named(ClassDecl *c, const char *name) {
    for (int i = 0; i < c->methods.len; i++) {
        MethodDecl *m = c->methods.items[i];
        if (!strcmp(m->name, name) && (m->mods & MOD_STATIC)) return true;
    }
    return false;
}

static bool builtin_static_member(const char *lib, const char *name, bool methods, bool fields) {
    const Builtin *bs[64];
    int nb = builtin_lookup(lib, name, bs, 64);
    for (int i = 0; i < nb && i < 64; i++) {
        if (!(bs[i]->flags & BI_STATIC)) continue;
        if ((bs[i]->flags & BI_FIELD) ? fields : methods) return true;
    }
    return false;
}

/* Reports class pkg.name of the platform (java.*, javax.*), which Lime's
 * library lacks: as Java's when the JDK has it (javalib_packages.h,
 * javalib_table.h), else with javac's error. */
static void report_platform_class(Loc loc, const char *pkg, const char *name) {
    const char *known = java_class_package(name);
    if (java_package_has_class(pkg, name) || (known && !strcmp(known, pkg)))
        error_at(loc, "%s.%s is Java's but not in Lime's library", pkg, name);
    else if (java_package_exists(pkg) || library_package(pkg, false))
        error_at(loc, "cannot find symbol: class '%s' in package '%s'", name, pkg);
    else
        error_at(loc, "package %s does not exist", pkg);
}

/* Whether the JDK has class parts[0..n): a top-level class of an exported
 * package, or a class nested in one (named through it). */
static bool jdk_has_class(Vec *parts, int n) {
    for (int k = n - 1; k >= 1; k--)
        if (java_package_has_class(join_parts(parts, 0, k), parts->items[k])) return true;
    return false;
}

/* Why parts[0..n) of an import names no class; nothing when it is a class
 * of the JDK that Lime's library lacks (im->jdk_only: javac accepts the
 * import, and only a use of the class is an error). */
static void report_missing_class(Program *prog, Import *im, int n) {
    const char *full = join_parts(&im->parts, 0, n);
    const char *pkg = join_parts(&im->parts, 0, n - 1);
    Loc dot = *(Loc *)im->dot_locs.items[n - 1];
    ClassDecl *outer;
    const char *lib;
    if (n >= 2 && jdk_has_class(&im->parts, n)) {
        if (!im->is_static) im->jdk_only = full;
        else report_platform_class(im->name_loc, pkg, im->parts.items[n - 1]);   /* a static import's class */
    } else if (n < 2) error_at(im->name_loc, "cannot find symbol: class '%s'", full);
    else if (user_package(prog, pkg, false) || java_package_exists(pkg))
        error_at(dot, "cannot find symbol: class '%s' in package '%s'", (char *)im->parts.items[n - 1], pkg);
    else if (qualified_class(prog, &im->parts, n - 1, &outer, &lib) && outer)
        error_at(dot, "cannot find symbol: class '%s' in class '%s'", (char *)im->parts.items[n - 1], outer->name);
    else error_at(dot, "package %s does not exist", pkg);
}

/* Resolves every import of every file (JLS 7.5) and reports javac's
 * errors: a name that is no class, package or static member, and two
 * single-type imports, or one and a class of the file, of one simple
 * name. */

/* Whether Java's class owner has a member (a field, or a method of any
 * arity) named name. */
static bool java_has_any_member(const char *owner, const char *name) {
    for (int nargs = -1; nargs <= 16; nargs++)
        if (java_has_member(owner, name, nargs)) return true;
    return java_has_member(owner, name, 127);
}

/* Whether two single-type imports name one class. */
static bool same_imported_class(Import *a, Import *b) {
    if (a->jdk_only || b->jdk_only) return a->jdk_only && b->jdk_only && !strcmp(a->jdk_only, b->jdk_only);
    return a->cls == b->cls && same_package(a->lib ? library_class_package(a->lib) : NULL,
                                            b->lib ? library_class_package(b->lib) : NULL);
}

static void check_imports(Program *prog) {
    for (int u = 0; u < prog->units.len; u++) {
        CompUnit *unit = prog->units.items[u];
        for (int j = 0; j < unit->imports.len; j++) {
            Import *im = unit->imports.items[j];
            int n = im->parts.len;
            if (!im->is_static && im->on_demand) {
                const char *pkg = join_parts(&im->parts, 0, n);
                /* a package of the JDK that Lime lacks is accepted: a use of one of its classes is the error */
                if (user_package(prog, pkg, false) || library_package(pkg, false) || java_package_exists(pkg)) im->pkg = pkg;
                else if (!qualified_class(prog, &im->parts, n, &im->cls, &im->lib) && !jdk_has_class(&im->parts, n)) {
                    error_at(im->loc, "package %s does not exist", pkg);
                    continue;
                }
                im->ok = true;
                continue;
            }
            int ncls = im->is_static && !im->on_demand ? n - 1 : n;
            if (ncls < 2 && im->is_static) {
                error_at(im->name_loc, "static import only from classes and interfaces");
                continue;
            }
            if (!qualified_class(prog, &im->parts, ncls, &im->cls, &im->lib)) {
                report_missing_class(prog, im, ncls);
                continue;
            }
            if (im->is_static && im->cls && im->cls->is_library && builtin_owner_of(im->cls)) {
                /* a wrapper class of lib/: its static members are the library table's */
                im->lib = builtin_owner_of(im->cls);
                im->wrapper = im->cls;
                im->cls = NULL;
            }
            ClassDecl *hidden = im->cls;   /* the class, or an enclosing one, not public in another package */
            while (hidden && ((hidden->mods & MOD_PUBLIC) || same_package(top_level_of(hidden)->package, unit->package)))
                hidden = hidden->outer;
            if (hidden) {
                error_at(*(Loc *)im->dot_locs.items[ncls - 1], "'%s' is not public in '%s'; cannot be accessed from outside package",
                         hidden->name, hidden->outer ? hidden->outer->qualname : hidden->package);
                continue;
            }
            if (im->is_static && !im->on_demand) {
                const char *m = last_part(im);
                bool found = im->cls ? (find_field(im->cls, m) && is_static_field_decl(find_field(im->cls, m))) ||
                                           has_static_method_named(im->cls, m) || nested_class(im->cls, m)
                                     : builtin_static_member(im->lib, m, true, true) ||
                                           builtin_owner_exists(xprintf("%s.%s", im->lib, m)) ||
                                           (im->wrapper && has_static_method_named(im->wrapper, m));
                if (!found) {
                    const char *owner = im->lib ? im->lib : im->cls->name;
                    if ((im->lib || im->cls->is_library) && java_has_any_member(owner, m))
                        error_at(im->name_loc, "%s.%s is Java's but not in Lime's library", owner, m);
                    else error_at(im->loc, "cannot find symbol: static '%s' in class '%s'", m, owner);
                    continue;
                }
            }
            im->ok = true;
        }
        /* single-type imports of one simple name */
        for (int j = 0; j < unit->imports.len; j++) {
            Import *im = unit->imports.items[j];
            if (!(im->ok || im->jdk_only) || im->is_static || im->on_demand) continue;
            const char *name = last_part(im);
            bool reported = false;
            for (int k = 0; k < j && !reported; k++) {
                Import *o = unit->imports.items[k];
                if (!(o->ok || o->jdk_only) || o->is_static || o->on_demand || strcmp(last_part(o), name)) continue;
                if (same_imported_class(o, im)) continue;   /* the same class twice */
                error_at(im->loc, "a type with the same simple name %s is already defined by the single-type-import of %s",
                         name, join_parts(&o->parts, 0, o->parts.len));
                reported = true;
            }
            for (int k = 0; k < prog->top_classes.len && !reported; k++) {
                ClassDecl *c = prog->top_classes.items[k];
                if (c->unit == unit && !strcmp(c->name, name) && c != im->cls) {
                    error_at(im->loc, "%s is already defined in this compilation unit", name);
                    reported = true;
                }
            }
        }
    }
}

/* The single-type import of a JDK class that Lime's library lacks, of
 * simple name `name`, in unit u, or NULL: it shadows what on-demand imports
 * and java.lang would give, and a use of the name is the error. */
static Import *jdk_only_import(CompUnit *u, const char *name) {
    for (int i = 0; u && i < u->imports.len; i++) {
        Import *im = u->imports.items[i];
        if (im->jdk_only && !strcmp(last_part(im), name)) return im;
    }
    return NULL;
}

/* A simple class name through the file's imports and its package (JLS
 * 6.4.1, 7.5), after the classes in scope: single-type imports (and
 * static imports of member classes), the classes of the package, then
 * on-demand imports.  A library class sets *lib and returns NULL. */
static ClassDecl *imported_class(Checker *ck, ClassDecl *from, const char *name, Loc loc, const char **lib) {
    Program *prog = ck->prog;
    ClassDecl *top = top_level_of(from);
    CompUnit *u = top->unit;
    *lib = NULL;
    if (jdk_only_import(u, name)) return NULL;
    for (int i = 0; u && i < u->imports.len; i++) {
        Import *im = u->imports.items[i];
        if (!im->ok || im->on_demand || strcmp(last_part(im), name)) continue;
        if (im->is_static) {
            ClassDecl *c = im->cls ? nested_class(im->cls, name) : NULL;
            if (c) return c;
            continue;
        }
        *lib = im->lib;
        return im->cls;
    }
    ClassDecl *c = top_class_in(prog, top->package, name);
    if (c) return c;
    /* on demand: the first import that has the class, whether Lime's
     * library has it or only the JDK; a second one of another class is
     * ambiguous */
    ClassDecl *found = NULL;
    const char *found_name = NULL;   /* the class's full name */
    for (int i = 0; u && i < u->imports.len; i++) {
        Import *im = u->imports.items[i];
        if (!im->ok || !im->on_demand) continue;
        ClassDecl *c2 = NULL;
        const char *l2 = NULL;
        if (im->pkg) {
            if (user_package(prog, im->pkg, false)) c2 = top_class_in(prog, im->pkg, name);
            if (!c2) l2 = library_class(im->pkg, name);
        } else if (im->cls) c2 = nested_class(im->cls, name);
        bool jdk = !c2 && !l2 && im->pkg && java_package_has_class(im->pkg, name);
        if (!c2 && !l2 && !jdk) continue;
        const char *full = c2 ? class_full_name(c2) : xprintf("%s.%s", im->pkg, name);
        if (found_name && !strcmp(found_name, full)) continue;
        if (found_name) {
            /* (two classes Lime lacks: the use is reported as that instead, once) */
            if (!found && !*lib && jdk) continue;
            error_at(loc, "reference to '%s' is ambiguous (both class %s and class %s match)", name, found_name, full);
            if (!found && !*lib) {   /* the class found is one Lime has: no second error */
                found = c2;
                *lib = l2;
            }
            break;
        }
        found_name = full;
        found = c2;
        *lib = l2;
    }
    return found;
}

/* A simple class name as seen from `from`: the class itself, members of
 * it and of its enclosing classes, then through imports and the package. */
/* A member class named name of c: declared in c or inherited from its
 * superclasses and superinterfaces (JLS 8.5); depth bounds a cycle not
 * broken yet. */
static ClassDecl *member_class(ClassDecl *c, const char *name, int depth) {
    if (!c || depth > 64) return NULL;
    ClassDecl *n = nested_class(c, name);
    if (n) return n;
    if ((n = member_class(c->super, name, depth + 1))) return n;
    for (int i = 0; i < c->ifaces.len; i++)
        if ((n = member_class(c->ifaces.items[i], name, depth + 1))) return n;
    return NULL;
}

static ClassDecl *find_class(Checker *ck, ClassDecl *from, const char *name, Loc loc) {
    for (ClassDecl *c = from; c; c = c->outer) {
        if (!strcmp(c->name, name)) return c;
        ClassDecl *n = member_class(c, name, 0);
        if (n && (n->mods & MOD_PRIVATE) && top_level_of(n) != top_level_of(from))
            error_at(loc, "%s has private access in %s", n->name, n->outer->qualname);
        if (n) return n;
    }
    const char *lib;
    ClassDecl *c = imported_class(ck, from, name, loc, &lib);
    /* java.lang is imported on demand into every file */
    if (!c && !lib && !jdk_only_import(from ? top_level_of(from)->unit : NULL, name))
        c = top_class_in(ck->prog, "java.lang", name);
    /* the library's own code sees every library class by its simple name */
    if (!c && !lib && from && top_level_of(from)->is_library)
        for (int i = 0; i < ck->prog->top_classes.len && !c; i++) {
            ClassDecl *k = ck->prog->top_classes.items[i];
            if (k->is_library && !strcmp(k->name, name)) c = k;
        }
    if (c) use_class(c);
    return c;
}

/* A static field (or library owner: "System.out") imported by the file
 * (JLS 7.5.3, 7.5.4): single-static imports first, then
 * static-import-on-demand; two classes giving it is ambiguous. */
static Import *static_import_of(Checker *ck, const char *name, Loc loc) {
    CompUnit *u = top_level_of(ck->cls)->unit;
    for (int pass = 0; u && pass < 2; pass++) {
        Import *found = NULL;
        for (int i = 0; i < u->imports.len; i++) {
            Import *im = u->imports.items[i];
            if (!im->ok || !im->is_static || im->on_demand != (pass == 1)) continue;
            if (!im->on_demand && strcmp(last_part(im), name)) continue;
            FieldDecl *f = im->cls ? find_field(im->cls, name) : NULL;
            bool has = im->cls ? f && is_static_field_decl(f)
                               : builtin_static_member(im->lib, name, false, true) ||
                                     builtin_owner_exists(xprintf("%s.%s", im->lib, name));
            if (!has) continue;
            if (!found) {
                found = im;
            } else if (found->cls != im->cls || (found->lib && im->lib && strcmp(found->lib, im->lib))) {
                error_at(loc, "reference to '%s' is ambiguous (both variable %s in %s and variable %s in %s match)", name,
                         name, found->cls ? class_full_name(found->cls) : found->lib, name,
                         im->cls ? class_full_name(im->cls) : im->lib);
                return found;
            }
        }
        if (found) return found;
    }
    return NULL;
}

static ClassDecl *object_class;   /* java.lang.Object, once check_program found it */

static FieldDecl *find_field(ClassDecl *c, const char *name) { return class_find_field(c, name); }

static bool is_static_field_decl(FieldDecl *f) { return (f->mods & MOD_STATIC) != 0; }

static bool has_method_named(ClassDecl *c, const char *name) {
    return class_methods_named(c, name, object_class).len > 0;
}

/* The class whose members a value of type t has: a class, an interface,
 * or Object; NULL for other types. */
static ClassDecl *class_of_type(Type *t) {
    if (t->kind == TY_TYPEVAR) return class_of_type(t->bound);
    if (t->kind == TY_CLASS) return t->cls;
    if (t->kind == TY_OBJECT) return object_class;
    return NULL;
}

/* A class of the library (lib/) is compiled only when the program reaches
 * it: its superclasses and interfaces come with it. */
static Vec library_worklist;
static bool marking_used;   /* only code (not signatures) makes a library class used */
static Vec reached_late;    /* MethodDecl*: unreached on_call_only methods a call has reached since */

/* The library's heavy package (java.util.stream, java.util.regex) of
 * type t, other than own (the package of the code that names it); NULL
 * for another type. */
static const char *heavy_package(Type *t, const char *own) {
    if (!t || t->kind != TY_CLASS || !t->cls) return NULL;
    const char *p = top_level_of(t->cls)->package;
    if (!p || (strcmp(p, "java.util.stream") && strcmp(p, "java.util.regex"))) return NULL;
    return own && !strcmp(own, p) ? NULL : p;
}
/* Whether m's result or a parameter is of a heavy package not its own. */
static bool heavy_signature(MethodDecl *m) {
    const char *own = top_level_of(m->owner)->package;
    if (heavy_package(m->ret, own)) return true;
    for (int i = 0; i < m->params.len; i++)
        if (heavy_package(((LocalVar *)m->params.items[i])->ty, own)) return true;
    return false;
}

/* A library method that makes a stream or takes or gives a regular
 * expression (Collection.stream(), the static Arrays.stream(...),
 * Optional.stream(), BufferedReader.lines(), Scanner.hasNext(Pattern)),
 * or shares its name with one in its class (Scanner.hasNext(String)),
 * outside the package it names: checked and compiled only when a call
 * names it, so that the classes of java.util.stream and java.util.regex
 * are compiled only into the programs that use them. Only a method that
 * nothing but a call naming it can run: a static or default method, one
 * of a final class, or one that neither overrides nor implements another
 * nor is overridden (a call of it runs it, or the program's own
 * override). */
static bool on_call_only(MethodDecl *m) {
    ClassDecl *c = m->owner;
    if (!c || !m->body || !top_level_of(c)->is_library) return false;
    /* Object.clone: every program has Object, but clone's body (and with
     * it CloneNotSupportedException, Throwable and its printing) only
     * where a call resolves to it; a call of an override never dispatches
     * to it, since the override's subclasses inherit the override */
    if (c == object_class && !strcmp(m->name, "clone")) return true;
    /* Object's wait and notify (final): their checks (LimeMonitors, the
     * exceptions) only where a call names them */
    if (c == object_class && (!strcmp(m->name, "wait") || !strcmp(m->name, "notify") || !strcmp(m->name, "notifyAll")))
        return true;
    /* (layout marks overrides and implementations before any body is checked) */
    bool only_named = (m->mods & (MOD_DEFAULT | MOD_STATIC | MOD_FINAL | MOD_PRIVATE)) || (c->mods & MOD_FINAL) ||
                      (!m->overrides && !m->overridden && !method_overrides(m));
    if (!only_named) return false;
    if (heavy_signature(m)) return true;
    for (int i = 0; i < c->methods.len; i++) {
        MethodDecl *k = c->methods.items[i];
        if (k != m && !strcmp(k->name, m->name) && heavy_signature(k)) return true;
    }
    return false;
}

/* A call names m: an unreached on_call_only method's body is checked after all. */
static void reach_method(MethodDecl *m) {
    if (!marking_used || m->reached) return;
    m->reached = true;
    if (m->unreached_body) vec_push(&reached_late, m);
}
static void use_class(ClassDecl *c) {
    if (!marking_used) return;
    if (c && c->boxed) {
        c->used = true;  /* a value class's box (boxing.c) */
        return;
    }
    for (; c && c->is_library && !c->used; c = c->super) {
        c->used = true;
        vec_push(&library_worklist, c);
        for (int i = 0; i < c->ifaces.len; i++) use_class(c->ifaces.items[i]);
        /* a member class is compiled with its top-level class
         * (class_is_compiled): a superclass that is one (HashTreeNode
         * extends LinkedHashMap.Entry) needs it */
        if (c->outer) use_class(top_level_of(c));
    }
}

/* A generic member's type t where it is used: the lowering casts to its
 * erasure (List<String>.get(i) to String, a T to its bound), whose class
 * must therefore be compiled. */
static Type *erased_used(Type *t) {
    ClassDecl *c = t ? class_of_type(erase(t)) : NULL;
    if (c) use_class(c);
    return t;
}

enum { SCOPE_INDEX_FROM = 16 }; /* a block with fewer locals is searched in order */

/* Adds v to block s (in scope from here to the block's end). */
static void scope_add(Scope *s, LocalVar *v) {
    vec_push(&s->vars, v);
    if (s->index.len) namemap_put(&s->index, v->name, v);
    else if (s->vars.len >= SCOPE_INDEX_FROM)
        for (int i = 0; i < s->vars.len; i++) namemap_put(&s->index, ((LocalVar *)s->vars.items[i])->name, s->vars.items[i]);
}

/* The local `name` in scope (the latest of the innermost block that has one). */
static LocalVar *find_local(Checker *ck, const char *name) {
    for (Scope *s = ck->scope; s; s = s->parent) {
        if (s->index.len) {
            LocalVar *v = namemap_get(&s->index, name);
            if (v) return v;
            continue;
        }
        for (int i = s->vars.len - 1; i >= 0; i--) {
            LocalVar *v = s->vars.items[i];
            if (!strcmp(v->name, name)) return v;
        }
    }
    return NULL;
}

static bool is_library_class(const char *name) {
    return !strcmp(name, "Math") || !strcmp(name, "Integer") || !strcmp(name, "Long") ||
           !strcmp(name, "Double") || !strcmp(name, "Float") || !strcmp(name, "System") ||
           !strcmp(name, "String") || !strcmp(name, "Lime") || !strcmp(name, "Character") ||
           !strcmp(name, "Short") || !strcmp(name, "Byte") || !strcmp(name, "Boolean") || !strcmp(name, "StrictMath");
}

static bool other_package(Checker *ck, ClassDecl *c) {
    return !same_package(top_level_of(c)->package, top_level_of(ck->cls)->package);
}

/* Access to a member (JLS 6.6.1): private within its top-level class;
 * package access (and protected: there are no subclasses yet) within its
 * package. */
/* c, or a class enclosing it, is a subclass of owner. */
static bool in_subclass(ClassDecl *c, ClassDecl *owner) {
    for (; c; c = c->outer)
        if (class_is_subtype(c, owner)) return true;
    return false;
}

static void check_private_access(Checker *ck, Loc loc, int mods, const char *what, ClassDecl *owner) {
    if ((mods & MOD_PRIVATE) && top_level_of(owner) != top_level_of(ck->cls))
        error_at(loc, "'%s' has private access in '%s'", what, owner->qualname);
    else if (!(mods & (MOD_PUBLIC | MOD_PRIVATE)) && other_package(ck, owner) &&
             !((mods & MOD_PROTECTED) && in_subclass(ck->cls, owner))) /* JLS 6.6.2 (the receiver's class not checked) */
        error_at(loc, (mods & MOD_PROTECTED) ? "'%s' has protected access in '%s'"
                                             : "'%s' is not public in '%s'; cannot be accessed from outside package",
                 what, owner->qualname);
}

/* A protected instance member of another package used through a
 * reference (JLS 6.6.2.1): the reference's class must be the class whose
 * code uses it, or a subclass (of that class or of an enclosing class that
 * is a subclass of the member's owner).  `o.clone()` on an Object o is
 * javac's "clone() has protected access in Object". */
static void check_protected_receiver(Checker *ck, Loc loc, int mods, const char *what, ClassDecl *owner, Type *recv) {
    if (!(mods & MOD_PROTECTED) || !other_package(ck, owner)) return;
    ClassDecl *rc = class_of_type(recv);
    for (ClassDecl *c = ck->cls; c; c = c->outer)
        if (class_is_subtype(c, owner) && rc && class_is_subtype(rc, c)) return;
    error_at(loc, "'%s' has protected access in '%s'", what, owner->qualname);
}

/* Access to a class from another package: it and its enclosing classes
 * must be public.  Returns false after reporting. */
static bool check_class_access(Checker *ck, Loc loc, ClassDecl *c) {
    for (ClassDecl *k = c; k; k = k->outer) {
        if ((k->mods & MOD_PUBLIC) || !other_package(ck, k)) continue;
        error_at(loc, "'%s' is not public in '%s'; cannot be accessed from outside package", k->name,
                 k->outer ? k->outer->qualname : k->package);
        return false;
    }
    return true;
}

/* ------------------------------------------------------------ types */

/* A type parameter named name in scope: the method's, then its class's
 * and the enclosing classes'. */
static TypeParam *type_param_in(Vec *tps, const char *name) {
    for (int i = 0; i < tps->len; i++) {
        TypeParam *tp = tps->items[i];
        if (strcmp(tp->name, name)) continue;
        if (!tp->type) tp->type = type_var(tp); /* its bounds come with type_params() */
        return tp;
    }
    return NULL;
}

/* The type parameter a simple name denotes in ck's code (JLS 6.3): the
 * method's, then each enclosing class's and, for a local, anonymous or
 * lambda class, the declaring method's; a static class sees none beyond
 * itself (a static member class: beyond its class; a local record, enum
 * or interface: beyond itself). */
static TypeParam *find_type_param(Checker *ck, const char *name) {
    TypeParam *tp = ck->method ? type_param_in(&ck->method->type_params, name) : NULL;
    for (ClassDecl *c = ck->cls; c && !tp; c = c->outer) {
        if ((tp = type_param_in(&c->type_params, name))) break;
        if (c->mods & MOD_STATIC) {
            if (c->is_local) return NULL;
            break;
        }
        if (c->decl_method) tp = type_param_in(&c->decl_method->type_params, name);
    }
    /* (an anonymous class or lambda: the code that makes it) */
    if (!tp && ck->enclosing) return find_type_param(ck->enclosing, name);
    return tp;
}

/* Whether some enclosing class or method of ck's code has a type
 * parameter of that name that a static context hides (JLS 6.5.5.1). */
static bool type_param_hidden(Checker *ck, const char *name) {
    for (; ck; ck = ck->enclosing) {
        if (ck->method && type_param_in(&ck->method->type_params, name)) return true;
        for (ClassDecl *c = ck->cls; c; c = c->outer)
            if (type_param_in(&c->type_params, name) || (c->decl_method && type_param_in(&c->decl_method->type_params, name)))
                return true;
    }
    return false;
}

static Type *resolve_type(Checker *ck, Node *tn);

/* C or C<args> as tn writes it (JLS 4.5): the argument count checked,
 * a wildcard argument a TY_WILDCARD. */
static Type *type_with_args(Checker *ck, Node *tn, ClassDecl *c) {
    if (!tn->targs.len) return class_type(c);
    if (!c->type_params.len) {
        error_at(tn->loc, "type %s does not take parameters", c->qualname);
        return ty_error;
    }
    if (tn->targs.len != c->type_params.len) {
        error_at(tn->loc, "wrong number of type arguments; required %d", c->type_params.len);
        return ty_error;
    }
    Type **args = xalloc(sizeof(Type *) * (size_t)tn->targs.len);
    for (int i = 0; i < tn->targs.len; i++) {
        Node *a = tn->targs.items[i];
        Type *at = a->wildcard && !a->lhs ? NULL : resolve_type(ck, a->wildcard ? a->lhs : a);
        if (at && at != ty_error && is_value_class(at)) at = box_type(at);  /* List<V>: of V's boxes */
        if (at == ty_error) return ty_error;
        if (at && (!is_reference(at) || is_value_type(at))) {
            error_at(a->loc, "unexpected type\n  required: reference\n  found:    %s", type_user_name(at));
            return ty_error;
        }
        a->ty = args[i] = a->wildcard ? wildcard(at, a->wildcard == WILD_SUPER) : at;
    }
    return class_type_args(c, args, tn->targs.len);
}

/* The package of a JDK class that Lime's library does not provide, or
 * NULL (a class Lime provides but the unit does not import is javac's
 * "cannot find symbol", not a missing class). */
static const char *java_class_missing(Checker *ck, const char *name) {
    const char *pkg = java_class_package(name);
    return pkg && !top_class_in(ck->prog, pkg, name) ? pkg : NULL;
}

/* The package of a JDK class (javalib_packages.h) that Lime's library
 * lacks and simple name `name` names through java.lang or an on-demand
 * import (import java.util.*;), NULL when none. */
static const char *jdk_on_demand_missing(Checker *ck, const char *name) {
    if (java_package_has_class("java.lang", name) && !top_class_in(ck->prog, "java.lang", name)) return "java.lang";
    CompUnit *u = top_level_of(ck->cls)->unit;
    for (int i = 0; u && i < u->imports.len; i++) {
        Import *im = u->imports.items[i];
        if (im->ok && im->pkg && java_package_has_class(im->pkg, name) && !top_class_in(ck->prog, im->pkg, name))
            return im->pkg;
    }
    return NULL;
}

/* Reports simple name `name`, found nowhere, when it is a JDK class that
 * Lime's library lacks; whether it was one. */
static bool report_jdk_class_missing(Checker *ck, Loc loc, const char *name) {
    Import *only = jdk_only_import(top_level_of(ck->cls)->unit, name);
    if (only)
        error_at(loc, "%s is Java's but not in Lime's library", only->jdk_only);
    else if (java_class_missing(ck, name))
        error_at(loc, "%s.%s is Java's but not in Lime's library", java_class_missing(ck, name), name);
    else if (jdk_on_demand_missing(ck, name))
        error_at(loc, "%s.%s is Java's but not in Lime's library", jdk_on_demand_missing(ck, name), name);
    else
        return false;
    return true;
}

/* The word type bit[[N]] of d's [[N]]: N a constant 1..BITS_MAX_WIDTH. */
static Type *bits_word_type(Checker *ck, DimSpec *d) {
    Node *e = d->len = expr(ck, d->len);
    if (e->ty == ty_error) return ty_error;
    if (!(e->cval.ty && is_integral(e->cval.ty) && e->cval.ty != ty_long)) {
        error_at(e->loc, "the width of bit[[N]] must be a constant expression");
        return ty_error;
    }
    if (e->cval.i < 1 || e->cval.i > BITS_MAX_WIDTH) {
        error_at(e->loc, "the width of bit[[N]] must be 1 to %d, not %lld", BITS_MAX_WIDTH, (long long)e->cval.i);
        return ty_error;
    }
    return bits_type((int)e->cval.i);
}

/* Resolves a syntactic type.  `var` yields NULL (the caller infers). */
static Type *resolve_type(Checker *ck, Node *tn) {
    if (tn->ty) return tn->ty;
    if (tn->is_var) return NULL;
    Type *t;
    if (tn->prim != TY_CLASS) {
        switch (tn->prim) {
        case TY_VOID: t = ty_void; break;
        case TY_BOOLEAN: t = ty_boolean; break;
        case TY_BYTE: t = ty_byte; break;
        case TY_SHORT: t = ty_short; break;
        case TY_CHAR: t = ty_char; break;
        case TY_INT: t = ty_int; break;
        case TY_LONG: t = ty_long; break;
        case TY_FLOAT: t = ty_float; break;
        case TY_DOUBLE: t = ty_double; break;
        default: t = NULL; break;
        }
        if (!t) t = ty_error;
        if (t == ty_void && tn->dims > 0) {
            error_at(tn->loc, "'void' type not allowed here");
            t = ty_error;
        }
    } else {
        const char *first = tn->qual.items[0];
        ClassDecl *c = NULL;
        t = NULL;
        TypeParam *tp = tn->qual.len == 1 ? find_type_param(ck, first) : NULL;
        if (tp) {
            /* (a method's, seen by a class in it before the method's signature: its bounds come then) */
            if (!tp->type) tp->type = type_var(tp);
            t = tp->type;
        } else if (tn->qual.len == 1 && !strcmp(first, "String")) t = ty_string;
        else {
            ClassDecl *outer = c = tn->local_cls ? tn->local_cls : find_class(ck, ck->cls, first, tn->loc);
            for (int i = 1; c && i < tn->qual.len; i++) c = nested_class(c, tn->qual.items[i]);
            const char *lib = NULL;
            if (!c && tn->qual.len > 1 && !outer && qualified_class(ck->prog, &tn->qual, tn->qual.len, &c, &lib) && lib) {
                /* java.lang.String */
                if (!strcmp(lib, "String")) t = ty_string;
                else if (!strcmp(lib, "Object")) t = ty_object;
            }
            /* (a library class named by its qualified name, java.math.BigDecimal,
             * is compiled as one named by its simple name is: find_class) */
            if (c && c != outer) use_class(c);
            if (c) t = check_class_access(ck, tn->loc, c) ? type_with_args(ck, tn, c) : ty_error;
        }
        if (!t && tn->qual.len == 1 && !tn->targs.len && !strcmp(first, "bit")) t = bits_type(1);  /* Lime's bit */
        if (!t && tn->qual.len > 1 && platform_name(first)) {
            report_platform_class(tn->loc, join_parts(&tn->qual, 0, tn->qual.len - 1), tn->qual.items[tn->qual.len - 1]);
            t = ty_error;
        }
        if (!t && tn->qual.len > 1 && user_package(ck->prog, join_parts(&tn->qual, 0, tn->qual.len - 1), false)) {
            error_at(tn->loc, "cannot find symbol: class '%s' in package '%s'", (char *)tn->qual.items[tn->qual.len - 1],
                     join_parts(&tn->qual, 0, tn->qual.len - 1));
            t = ty_error;
        }
        if (!t) {
            StrBuf sb = {0};
            for (int i = 0; i < tn->qual.len; i++) sb_printf(&sb, "%s%s", i ? "." : "", (char *)tn->qual.items[i]);
            if (tn->qual.len == 1 && type_param_hidden(ck, first))
                error_at(tn->loc, "non-static type variable %s cannot be referenced from a static context", first);
            else if (!(tn->qual.len == 1 && report_jdk_class_missing(ck, tn->loc, first)))
                error_at(tn->loc, "cannot find symbol: class '%s'", sb_str(&sb));
            t = ty_error;
        }
    }
    for (int i = 0; i < tn->dims && t != ty_error; i++) {
        DimSpec *d = i < tn->vdims.len ? tn->vdims.items[i] : NULL;
        if (i == 0 && t == bits_type(1) && d && d->is_value && d->len) {
            t = bits_word_type(ck, d);   /* bit[[N]]: a word, not a value array of bits */
            continue;
        }
        if (!d || !d->is_value) {
            t = array_of(t);
            continue;
        }
        int len = -1;
        if (d->len) {
            Node *e = d->len = expr(ck, d->len);
            if (e->ty != ty_error && !(e->cval.ty && is_integral(e->cval.ty) && e->cval.ty != ty_long)) {
                error_at(e->loc, "value array length must be a constant expression");
                return tn->ty = ty_error;
            }
            if (e->ty == ty_error) return tn->ty = ty_error;
            if (e->cval.i < 0) {
                error_at(e->loc, "value array length must not be negative");
                return tn->ty = ty_error;
            }
            len = (int)e->cval.i;
        }
        t = value_array_of(t, len);
    }
    tn->ty = t;
    return t;
}

/* ------------------------------------------------------------ scopes */

static void push_scope(Checker *ck) {
    Scope *s = xalloc(sizeof *s);
    s->parent = ck->scope;
    ck->scope = s;
}

static void pop_scope(Checker *ck) { ck->scope = ck->scope->parent; }

static const char *method_context_name(Checker *ck) {
    MethodDecl *m = ck->method;
    if (!m || !m->sig) return xprintf("class '%s'", ck->cls->qualname);
    if (m->is_ctor) return xprintf("constructor '%s'", m->sig);
    if (!strcmp(m->name, "<clinit>") || !strcmp(m->name, "<init-block>"))
        return xprintf("class '%s'", ck->cls->qualname);
    return xprintf("method '%s'", m->sig);
}

/* Declares a local: Java forbids redeclaring a local of an enclosing scope
 * of the same method (fields may be shadowed). */
static void declare_local(Checker *ck, LocalVar *v) {
    LocalVar *old = find_local(ck, v->name);
    if (old && !(old->is_pattern && v->is_pattern))
        error_at(v->loc, "variable '%s' is already defined in %s", v->name, method_context_name(ck));
    scope_add(ck->scope, v);
    v->index = ck->method->locals.len;
    vec_push(&ck->method->locals, v);
}

/* ------------------------------------------------------------ literals */

static void literal(Node *n) {
    Token *t = n->lit;
    switch (t->kind) {
    case TK_INT_LIT: {
        uint64_t limit = t->is_decimal ? (n->negated_literal ? 2147483648u : 2147483647u) : 0xFFFFFFFFu;
        n->ty = ty_int;
        if (t->too_large || t->ival > limit) {
            error_at(n->loc, "integer number too large: %.*s", t->len, t->start);
            n->ty = ty_error;
            return;
        }
        n->cval = cv_int(ty_int, (int64_t)t->ival);
        return;
    }
    case TK_LONG_LIT: {
        n->ty = ty_long;
        bool bad = t->too_large ||
                   (t->is_decimal && t->ival > (n->negated_literal ? (uint64_t)1 << 63 : (uint64_t)INT64_MAX));
        if (bad) {
            error_at(n->loc, "integer number too large: %.*s", t->len, t->start);
            n->ty = ty_error;
            return;
        }
        n->cval = cv_int(ty_long, (int64_t)t->ival);
        return;
    }
    case TK_FLOAT_LIT: n->ty = ty_float; n->cval = cv_fp(ty_float, t->fval); return;
    case TK_DOUBLE_LIT: n->ty = ty_double; n->cval = cv_fp(ty_double, t->fval); return;
    case TK_CHAR_LIT: n->ty = ty_char; n->cval = cv_int(ty_char, (int64_t)t->ival); return;
    case TK_STRING_LIT:
        n->ty = ty_string;
        n->cval = (ConstVal){.ty = ty_string, .s = t->sval, .slen = t->slen};
        return;
    case TK_KW_TRUE: n->ty = ty_boolean; n->cval = cv_int(ty_boolean, 1); return;
    case TK_KW_FALSE: n->ty = ty_boolean; n->cval = cv_int(ty_boolean, 0); return;
    case TK_KW_NULL: n->ty = ty_null; return;
    default: LIME_UNREACHABLE();
    }
}

/* ------------------------------------------------------------ names */

static bool is_static_field(FieldDecl *f) { return (f->mods & MOD_STATIC) != 0; }

/* A field used through a simple name or `C.f`: sets ty and cval. */
static void use_field(Checker *ck, Node *n, FieldDecl *f) {
    use_class(f->owner);
    n->field = f;
    n->ty = f->ty ? f->ty : ty_error;
    if (is_static_field(f) && (f->mods & MOD_FINAL)) {
        const_field(ck, f);
        n->cval = f->cval;
    }
}

/* How many outer instances lead from `this` (of ck->cls) to an object of
 * class c, or -1 when there is no such chain (a static class on the way,
 * an anonymous class made in a static context). */
/* `this` and `super` in a lambda body are the enclosing instance's (JLS
 * 15.27.2): how many outer instances lead from the object of lambda class
 * c to it (*k: its class), or -1 in a static context. */
static int lambda_this_hops(ClassDecl *c, ClassDecl **k) {
    int hops = 0;
    for (; c->is_lambda; c = c->outer, hops++)
        if (!c->outer_this) return -1;
    *k = c;
    return hops;
}

static int outer_hops(Checker *ck, ClassDecl *c) {
    int hops = 0;
    for (ClassDecl *k = ck->cls; k; k = k->outer, hops++) {
        if (!k->is_lambda && (k == c || class_is_subtype(k, c))) return hops;
        if (!k->is_inner || !k->outer_this) return -1;
    }
    return -1;
}

/* The field of anonymous class ck->cls holding a copy of the local
 * variable `name` of the code that makes it (JLS 8.1.3: it must be
 * final or effectively final), made on first use; NULL if that code has
 * no such variable (nor a copy of one). */
static FieldDecl capture_refused; /* capture(): a static class's code names a variable it cannot use (reported) */

static bool is_static_local(ClassDecl *c) { return c->is_local && (c->mods & MOD_STATIC); }

static FieldDecl *capture(Checker *ck, const char *name, Loc loc) {
    ClassDecl *c = ck->cls;
    for (int i = 0; i < c->captures.len; i++) {
        Capture *cap = c->captures.items[i];
        if (!strcmp(cap->var->name, name)) return cap->field;
    }
    Checker *outer = ck->enclosing;
    LocalVar *v = find_local(outer, name);
    Node *src = new_node(ND_NAME, loc);
    src->name = name;
    if (!v) {
        /* a copy the enclosing anonymous class holds */
        if (!outer->enclosing || find_field(outer->cls, name)) return NULL;
        FieldDecl *of = capture(outer, name, loc);
        if (!of || of == &capture_refused) return of;
        for (int i = 0; i < outer->cls->captures.len; i++) {
            Capture *oc = outer->cls->captures.items[i];
            if (oc->field == of) v = oc->var;
        }
        src->field = of;
        src->ty = of->ty;
    } else {
        src->var = v;
        src->ty = v->ty;
    }
    if (is_static_local(c)) {
        /* a local record, enum or interface (JLS 14.3, 6.5.6.1) */
        error_at(loc, "non-static variable '%s' cannot be referenced from a static context", name);
        return &capture_refused;
    }
    FieldDecl *f = xalloc(sizeof *f);
    f->name = intern(xprintf("val$%s", name), (int)strlen(name) + 4);
    f->loc = loc;
    f->mods = MOD_FINAL | MOD_PRIVATE;
    f->owner = c;
    f->ty = src->ty;
    f->index = c->ninstance_fields++;
    f->const_state = 2;
    vec_push(&c->fields, f);
    Capture *cap = xalloc(sizeof *cap);
    cap->var = v;
    cap->field = f;
    cap->source = src;
    vec_push(&c->captures, cap);
    return f;
}

/* n (a name or a qualified name) names the class c, if it may. */
static Node *names_class(Checker *ck, Node *n, ClassDecl *c) {
    if (check_class_access(ck, n->loc, c)) n->cls = c;
    else n->ty = ty_error;
    return n;
}

/* "out" or "err" when owner.name is System.out or System.err, else NULL. */
static const char *std_stream_name(const char *owner, const char *name) {
    if (!owner || strcmp(owner, "System") || (strcmp(name, "out") && strcmp(name, "err"))) return NULL;
    return name;
}

const char *std_stream_of(const Node *n) {
    if (!n || n->kind != ND_CALL || !n->method || strncmp(n->name, "lime$std", 8)) return NULL;
    return n->name + 8;
}

/* n (System.out, System.err, or out/err statically imported) as a value:
 * the library's PrintStream object, PrintStream.lime$stdout() or
 * lime$stderr() (lib/java/io/PrintStream.java).  Direct calls such as
 * System.out.println(x) stay calls of the library table (std_stream_call). */
static Node *std_stream_value(Checker *ck, Node *n, const char *which) {
    ClassDecl *ps = top_class_in(ck->prog, "java.io", "PrintStream");
    LIME_ASSERT(ps);
    Node *owner = new_node(ND_NAME, n->loc);
    owner->name = ps->name;
    owner->cls = ps;
    n->kind = ND_CALL;
    n->lhs = owner;
    n->lib_owner = NULL;
    n->name = intern(which[0] == 'o' ? "lime$stdout" : "lime$stderr", 11);
    n->args = (Vec){0};
    return call_method_in(ck, n, ps, true, false);
}

/* Whether call's first argument is a java.util.Locale: String's,
 * PrintStream's and PrintWriter's Locale overloads are the library's. */
static bool first_arg_is_locale(Node *call) {
    Type *t = call->args.len ? ((Node *)call->args.items[0])->ty : NULL;
    return t && t->kind == TY_CLASS && t->cls && t->cls->is_library && !strcmp(t->cls->qualname, "Locale") &&
           t->cls->package && !strcmp(t->cls->package, "java.util");
}

/* Whether call (of a member of library owner) is a call of the library
 * table, as every System.out.print, println and flush is, and printf and
 * format whose result is unused: these cost no object.  Other calls on
 * System.out (write, append, a chained printf, printf with a Locale) go
 * to the PrintStream. */
static bool std_stream_direct(Checker *ck, Node *call, const char *owner) {
    if (strcmp(owner, "System.out") && strcmp(owner, "System.err")) return true;
    const char *m = call->name;
    if (!strcmp(m, "print") || !strcmp(m, "println") || !strcmp(m, "flush")) return true;
    return (!strcmp(m, "printf") || !strcmp(m, "format")) && ck->discarded == call && !first_arg_is_locale(call);
}

/* n names the library field owner.name (a constant: Math.PI): sets it up, or false. */
static bool library_field(Node *n, const char *owner) {
    const Builtin *b[4];
    int nb = builtin_lookup(owner, n->name, b, 4);
    if (nb != 1 || !(b[0]->flags & BI_FIELD)) return false;
    n->builtin = b[0];
    n->ty = builtin_ret_type(b[0]);
    n->cval = b[0]->cval;
    n->is_static_ref = true;
    return true;
}

/* A simple name in expression position; allow_type lets it name a class
 * (user or library) for a following `.member`. */
static Node *name_expr(Checker *ck, Node *n, bool allow_type) {
    LocalVar *v = find_local(ck, n->name);
    if (v) {
        n->var = v;
        n->ty = v->ty ? v->ty : ty_error;
        if (v->is_final && v->cval.ty) n->cval = v->cval;
        return n;
    }
    FieldDecl *not_inherited = NULL;   /* a superclass's private field of the name, for the error */
    for (ClassDecl *c = ck->cls; c; c = c->outer) {
        /* a lambda's own members (this$0, copies) are not names in its body */
        FieldDecl *f = c->is_lambda ? NULL : class_member_field(c, n->name);
        if (!f && !c->is_lambda && !not_inherited) not_inherited = find_field(c, n->name);
        if (!f && c == ck->cls && ck->enclosing) {
            /* a local variable of the code that makes this anonymous class */
            f = capture(ck, n->name, n->loc);
            if (f == &capture_refused) {
                n->ty = ty_error;
                return n;
            }
            if (f) {
                n->field = f;
                n->ty = f->ty;
                return n;
            }
        }
        if (!f) continue;
        int hops = 0;
        if (!is_static_field(f) && (ck->static_ctx || (c != ck->cls && (hops = outer_hops(ck, c)) < 0))) {
            error_at(n->loc, "non-static variable '%s' cannot be referenced from a static context", n->name);
            n->ty = ty_error;
            return n;
        }
        use_field(ck, n, f);
        n->outer_hops = hops;
        if (!is_static_field(f)) n->ty = erased_used(class_member_type(class_this_type(c), f->owner, n->ty));
        return n;
    }
    Import *im = static_import_of(ck, n->name, n->loc);
    if (im && im->cls) {
        FieldDecl *f = find_field(im->cls, n->name);
        check_private_access(ck, n->loc, f->mods, f->name, f->owner);
        use_field(ck, n, f);
        return n;
    }
    if (im) {
        if (library_field(n, im->lib)) return n;
        const char *std = std_stream_name(im->lib, n->name);
        if (std && !allow_type) return std_stream_value(ck, n, std);
        if (allow_type) {   /* out of System.out */
            n->lib_owner = xprintf("%s.%s", im->lib, n->name);
            return n;
        }
    }
    if (allow_type) {
        /* C.m(), C.f: the member makes C compiled where it is C's own (a
         * library class's builtin members need none of its code) */
        bool marking = marking_used;
        marking_used = false;
        ClassDecl *c = n->local_cls ? n->local_cls : find_class(ck, ck->cls, n->name, n->loc);
        marking_used = marking;
        if (c) return names_class(ck, n, c);
        if (is_library_class(n->name)) {
            n->lib_owner = builtin_owner_of_class(n->name);
            return n;
        }
        if (package_prefix(ck->prog, n->name)) {
            n->pkg = n->name;
            return n;
        }
        if (report_jdk_class_missing(ck, n->loc, n->name)) {
            n->ty = ty_error;
            return n;
        }
    }
    if (not_inherited && (not_inherited->mods & MOD_PRIVATE))
        error_at(n->loc, "'%s' has private access in '%s'", n->name, not_inherited->owner->qualname);
    else if (not_inherited)
        error_at(n->loc, "'%s' is not public in '%s'; cannot be accessed from outside package", n->name,
                 not_inherited->owner->qualname);
    else error_at(n->loc, "cannot find symbol: variable '%s'", n->name);
    n->ty = ty_error;
    return n;
}

static Node *expr_or_type(Checker *ck, Node *n);

/* What a package has no class of, as javac words it (n: pkg.name). */
static void report_package_miss(Checker *ck, Node *n) {
    const char *pkg = n->lhs->pkg;
    /* the platform's packages (java...) first: the library's classes (lib/) make them packages of the program too */
    if (platform_name(xprintf("%.*s", (int)strcspn(pkg, "."), pkg)) || library_package(pkg, true))
        report_platform_class(n->loc, pkg, n->name);
    else if (user_package(ck->prog, pkg, false)) error_at(n->loc, "cannot find symbol: class '%s' in package '%s'", n->name, pkg);
    else error_at(n->loc, "package %s does not exist", pkg);
    n->ty = ty_error;
}

/* pkg.name: a class of the package (user or library) or a longer package name. */
static Node *package_member(Checker *ck, Node *n, bool allow_type) {
    const char *pkg = n->lhs->pkg;
    if (allow_type) {
        ClassDecl *c = user_package(ck->prog, pkg, false) ? top_class_in(ck->prog, pkg, n->name) : NULL;
        if (c) return names_class(ck, n, c);
        const char *lib = library_class(pkg, n->name);
        if (lib && is_library_class(lib)) {
            n->lib_owner = lib;
            return n;
        }
        const char *full = xprintf("%s.%s", pkg, n->name);
        if (package_prefix(ck->prog, full)) {
            n->pkg = full;
            return n;
        }
    }
    report_package_miss(ck, n);
    return n;
}

/* owner.name, a constant of the library table (builtins.c): sets n. */
static bool builtin_static_field(Node *n, const char *owner) {
    const Builtin *b[4];
    if (!owner || builtin_lookup(owner, n->name, b, 4) != 1 || !(b[0]->flags & BI_FIELD)) return false;
    n->builtin = b[0];
    n->ty = builtin_ret_type(b[0]);
    n->cval = b[0]->cval;
    n->is_static_ref = true;
    return true;
}

/* n (Owner.field, Owner a class of the runtime's table: System.in) as a
 * call of the static method of library class pkg.cls that returns the
 * field's object. */
static Node *library_object_field(Checker *ck, Node *n, const char *pkg, const char *cls, const char *method) {
    ClassDecl *c = top_class_in(ck->prog, pkg, cls);
    LIME_ASSERT(c);
    n->lhs->lib_owner = NULL;
    n->lhs->cls = c;
    n->kind = ND_CALL;
    n->name = intern(method, (int)strlen(method));
    n->args = (Vec){0};
    return call_method_in(ck, n, c, true, false);
}

/* lhs.name where lhs may be a class, a library class or a value. */
static Node *field_expr(Checker *ck, Node *n, bool allow_type) {
    Node *lhs = n->lhs = expr_or_type(ck, n->lhs);
    if (lhs->pkg) return package_member(ck, n, allow_type);
    /* System.in: the library's standard input stream */
    if (lhs->lib_owner && !strcmp(lhs->lib_owner, "System") && !strcmp(n->name, "in"))
        return library_object_field(ck, n, "java.io", "InputStream", "lime$stdin");
    if (lhs->lib_owner && !strcmp(lhs->lib_owner, "String") && !strcmp(n->name, "CASE_INSENSITIVE_ORDER"))
        return library_object_field(ck, n, "java.lang", "CaseInsensitiveComparator", "lime$instance");
    const char *std = std_stream_name(lhs->lib_owner, n->name);
    if (std && !allow_type) return std_stream_value(ck, n, std);
    if (lhs->lib_owner) {
        const char *owner = xprintf("%s.%s", lhs->lib_owner, n->name);
        if (allow_type && builtin_owner_exists(owner)) {
            n->lib_owner = owner;
            return n;
        }
        if (library_field(n, lhs->lib_owner)) return n;
        if (java_has_member(lhs->lib_owner, n->name, -1))
            error_at(n->loc, "%s.%s is Java's but not in Lime's library", lhs->lib_owner, n->name);
        else
            error_at(n->loc, "cannot find symbol: variable '%s.%s'", lhs->lib_owner, n->name);
        n->ty = ty_error;
        return n;
    }
    if (lhs->cls) {
        FieldDecl *f = find_field(lhs->cls, n->name);
        if (f) {
            n->is_static_ref = true;
            if (!is_static_field(f)) {
                error_at(n->loc, "non-static variable '%s' cannot be referenced from a static context", n->name);
                n->ty = ty_error;
                return n;
            }
            check_private_access(ck, n->loc, f->mods, f->name, f->owner);
            use_field(ck, n, f);
            return n;
        }
        ClassDecl *inner = allow_type ? nested_class(lhs->cls, n->name) : NULL;
        if (inner) return names_class(ck, n, inner);
        if (builtin_static_field(n, builtin_owner_of(lhs->cls))) return n;
        if (lhs->cls->is_library && java_has_member(lhs->cls->qualname, n->name, -1))
            error_at(n->loc, "%s.%s is Java's but not in Lime's library", lhs->cls->qualname, n->name);
        else
            error_at(n->loc, "cannot find symbol: variable '%s'", n->name);
        n->ty = ty_error;
        return n;
    }
    Type *t = lhs->ty;
    if (t == ty_error) {
        n->ty = ty_error;
        return n;
    }
    if (is_any_array(t) && !strcmp(n->name, "length")) {
        n->is_array_length = true;
        n->ty = ty_int;
        return n;
    }
    if (box_value_type(t)) t = (lhs = n->lhs = conv_boxing(lhs, box_value_type(t)))->ty;  /* a value's field */
    while (t->kind == TY_TYPEVAR && t->bound) t = t->bound; /* E extends C: C's fields (JLS 4.4) */
    if (t->kind == TY_CLASS) {
        FieldDecl *f = find_field(t->cls, n->name);
        if (f) {
            check_private_access(ck, n->loc, f->mods, f->name, f->owner);
            use_field(ck, n, f);
            if (!is_static_field(f)) n->ty = erased_used(class_member_type(t, f->owner, n->ty));
            if (is_static_field(f)) n->cval = cv_none(); /* evaluated through an expression */
            return n;
        }
    }
    if (is_primitive(t)) error_at(n->loc, "%s cannot be dereferenced", type_user_name(t));
    else error_at(n->loc, "cannot find symbol: variable '%s'", n->name);
    n->ty = ty_error;
    return n;
}

static Node *expr_or_type(Checker *ck, Node *n) {
    if (n->kind == ND_NAME && !n->parenthesized) return name_expr(ck, n, true);
    if (n->kind == ND_FIELD && !n->parenthesized) return field_expr(ck, n, true);
    return expr(ck, n);
}

/* ------------------------------------------------------------ calls */

/* Checks call arguments; a mapped argument `@ a` gets the type of a's
 * elements, so that overload resolution sees what one call receives. */
static void check_args(Checker *ck, Vec *args) {
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        if (a->kind == ND_LAMBDA || a->kind == ND_METHOD_REF) {
            a->ty = ty_lambda; /* typed by the parameter overload resolution picks (lambda_to) */
            continue;
        }
        if (a->kind != ND_MAP_ARG) {
            args->items[i] = expr(ck, a);
            continue;
        }
        bool saved = ck->map_operand;
        ck->map_operand = a->lhs->kind == ND_CALL && a->lhs->name && !strcmp(a->lhs->name, "range2");
        a->lhs = expr(ck, a->lhs);
        ck->map_operand = saved;
        Type *t = a->lhs->ty;
        if (t == ty_error) a->ty = ty_error;
        else if (a->lhs->lime_op == LIME_OP_RANGE2) a->ty = ty_int;   /* x (check_args_to adds y) */
        else if (!is_any_array(t)) {
            error_at(a->loc, "map '@' needs an array argument, found %s", type_user_name(t));
            a->ty = ty_error;
        } else a->ty = t->elem;
    }
}

static bool has_map_arg(Vec *args) {
    for (int i = 0; i < args->len; i++)
        if (((Node *)args->items[i])->kind == ND_MAP_ARG) return true;
    return false;
}

static Node *lambda_to(Checker *ck, Node *lam, Type *target);

/* The array varargs_args made of a call's variable arguments while the
 * element type was still open (List.of(), List.of(null), List.of(() -> 1):
 * its elements say nothing of E), given the type the target inferred
 * (List<Integer> x = c ? ... : List.of(): an Integer[]); a lambda element
 * becomes an object of that type.  A reference array's element type is
 * only static in Lime, so else only the node's type changes. */
static void retype_open_varargs(Checker *ck, Node *a, Type *to) {
    if (a->kind != ND_NEW_ARRAY || !a->rhs || a->rhs->kind != ND_ARRAY_INIT || a->ty == to || !a->ty ||
        a->ty->kind != TY_ARRAY || !to || to->kind != TY_ARRAY || !is_reference(a->ty->elem) || !is_reference(to->elem) ||
        is_value_type(to->elem))
        return;
    for (int i = 0; i < a->rhs->args.len; i++) {
        Node *e = a->rhs->args.items[i];
        while (e->kind == ND_CONV) e = e->lhs;
        if (e->ty != ty_null && e->ty != ty_lambda) return;
    }
    for (int i = 0; i < a->rhs->args.len; i++) {
        Node *e = a->rhs->args.items[i];
        while (e->kind == ND_CONV) e = e->lhs;
        if (e->ty == ty_lambda) a->rhs->args.items[i] = lambda_to(ck, e, to->elem);
    }
    a->ty = a->rhs->ty = to;
}

static void coerce_args(Checker *ck, Vec *args, Candidate *c) {
    bool saved = library_code, lib = c->m && top_level_of(c->m->owner)->is_library;
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        if (a->ty == ty_lambda) a = lambda_to(ck, a, c->params[i]);
        retype_open_varargs(ck, a, c->params[i]);
        library_code = saved || lib;
        args->items[i] = coerce_arg(a, c->params[i]);
        library_code = saved;
    }
}

static Candidate *methods_named(ClassDecl *c, const char *name, int *count) {
    Vec ms = class_methods_named(c, name, object_class);
    Candidate *cands = xalloc(sizeof(Candidate) * (size_t)(ms.len + 1));
    for (int i = 0; i < ms.len; i++) candidate_of_method(&cands[i], ms.items[i]);
    *count = ms.len;
    return cands;
}

/* System.arraycopy(src, srcPos, dest, destPos, length): the runtime checks
 * and messages need each array's element type, which a Lime array does not
 * carry, so src and dest must have array types (or be null) at compile
 * time: the CPU backend passes their element types along.  Lime has no
 * array covariance, so a static array type is the array's own type.
 * Between arrays of two different reference types the JVM checks every
 * element (and copies up to the first that fails): not supported. */
static bool arraycopy_types_ok(Node *n) {
    Type *t[2] = {((Node *)n->args.items[0])->ty, ((Node *)n->args.items[2])->ty};
    for (int i = 0; i < 2; i++) {
        if (t[i] == ty_error) return false;
        if (t[i] != ty_null && t[i]->kind != TY_ARRAY) {
            error_at(((Node *)n->args.items[i * 2])->loc,
                     "System.arraycopy: the %s must have an array type in Lime, not %s", i ? "destination" : "source",
                     type_name(t[i]));
            return false;
        }
    }
    if (t[0] != ty_null && t[1] != ty_null && !is_primitive(t[0]->elem) && !is_primitive(t[1]->elem) &&
        !is_method_convertible(t[0]->elem, t[1]->elem)) {
        error_at(n->loc, "System.arraycopy from %s to %s (a check of each element) is not supported", type_name(t[0]),
                 type_name(t[1]));
        return false;
    }
    return true;
}

/* e boxed (JLS 5.1.7) when primitive: a call of the hidden Box.of; NULL
 * when e cannot become an Object. */
static Node *box_to_object(Node *e) {
    if (is_value_class(e->ty)) return conv_boxing(e, ty_object);  /* a value's box (boxing.c) */
    if (!is_primitive(e->ty)) return is_method_convertible(e->ty, ty_object) ? e : NULL;
    const Builtin *bs[8];
    int nb = builtin_lookup("Box", "of", bs, 8);
    for (int i = 0; i < nb; i++) {
        Type *p;
        builtin_param_types(bs[i], &p, 1);
        if (p != e->ty) continue;
        Node *b = new_node(ND_CALL, e->loc);
        b->name = "valueOf";
        b->builtin = bs[i];
        vec_push(&b->args, e);
        b->ty = ty_object;
        return b;
    }
    return NULL;
}

/* A variable-arity call of a library member (JLS 15.12.2.4): when no
 * member applies by its fixed arity, the arguments from the last
 * parameter's position on become one array of its element type (new
 * T[]{...}), primitives boxed for Object....  Left as it is when they do
 * not convert: overload resolution reports. */
/* Do the arguments fit candidate c's parameters before its variable-arity
 * one, and (with elems) the rest its element type? */
static bool varargs_fit(Candidate *c, Vec *args, bool elems) {
    int fixed = c->nparams - 1;
    if (args->len < fixed) return false;
    for (int i = 0; i < fixed; i++)
        if (!overload_arg_fits(args->items[i], c->params[i])) return false;
    for (int i = fixed; elems && i < args->len; i++) {
        Type *t = ((Node *)args->items[i])->ty;
        if (t == ty_lambda || !is_loose_convertible(t, c->params[fixed]->elem)) return false;
    }
    return true;
}

static void varargs_args(Node *n, Candidate *cands, int nc) {
    int v = -1;
    for (int i = 0; i < nc; i++) {
        if (overload_applicable(&cands[i], &n->args)) return;
        if ((cands[i].b ? (cands[i].b->flags & BI_VARARGS) != 0 : cands[i].m->is_varargs) &&
            (v < 0 || !varargs_fit(&cands[v], &n->args, true)))
            v = i;
    }
    if (v < 0) return;
    for (int i = 0; i < n->args.len; i++)
        if (((Node *)n->args.items[i])->ty == ty_error || ((Node *)n->args.items[i])->kind == ND_MAP_ARG) return;
    int fixed = cands[v].nparams - 1;
    if (!varargs_fit(&cands[v], &n->args, false)) return;
    Type *at = cands[v].params[fixed], *elem = at->elem;
    Type *last = n->args.len > fixed ? ((Node *)n->args.items[n->args.len - 1])->ty : NULL;
    if (n->args.len == fixed + 1 && elem == ty_object && last->kind == TY_ARRAY && !is_primitive(last->elem) &&
        !is_value_type(last->elem)) {
        /* a String[] (any reference array) is the Object[] itself, as javac
         * passes it (with a warning); Lime arrays have no element type at run time */
        n->args.items[fixed] = wrap_conv(n->args.items[fixed], at);
        return;
    }
    Node *init = new_node(ND_ARRAY_INIT, n->loc);
    for (int i = fixed; i < n->args.len; i++) {
        Node *e = n->args.items[i];
        /* a builtin's Object... gets the runtime's hidden boxes; a method of
         * Java code gets Integer.valueOf..., whose objects casts accept */
        Node *c = elem == ty_object && cands[v].b ? box_to_object(e)
                  : is_loose_convertible(e->ty, elem) ? coerce_arg(e, elem) : NULL;
        if (!c) return;
        vec_push(&init->args, c);
    }
    init->ty = at;
    Node *arr = new_node(ND_NEW_ARRAY, n->loc);
    arr->rhs = init;
    arr->ty = at;
    n->args.len = fixed;
    vec_push(&n->args, arr);
}

/* A call no library member of its arity takes, of a method Java's class
 * has: reported as missing from Lime's library; returns false then. */
static bool java_member_missing(Node *n, const char *owner, Candidate *cands, int nc) {
    for (int i = 0; i < n->args.len; i++)
        if (((Node *)n->args.items[i])->ty == ty_error) return true;
    for (int i = 0; i < nc; i++)
        if (cands[i].nparams == n->args.len || ((cands[i].b->flags & BI_VARARGS) && n->args.len >= cands[i].nparams - 1))
            return true;
    if (!java_has_member(owner, n->name, n->args.len)) return true;
    error_at(n->loc, "%s.%s(%s) is Java's but not in Lime's library", owner, n->name, arg_types_text(&n->args));
    return false;
}

/* A call of String's that passes a CharSequence other than a String (or
 * an Iterable), or of a member String has only there (chars): a call of
 * lib/java/lang/LimeStrings.java's member, the receiver of an instance
 * member its first argument.  NULL: not one. */
static bool declares_method_named(ClassDecl *c, const char *name);

/* The character of s.split(regex) for a constant regex the JDK splits
 * on directly (one ASCII character that is no metacharacter, or a
 * backslash and an ASCII character that is no letter or digit), else -1:
 * lib/java/lang/LimeRegex.java's splitChar for constants. */
static int constant_split_char(Node *regex) {
    if (!regex || regex->cval.ty != ty_string || !regex->cval.s) return -1;
    const unsigned char *r = (const unsigned char *)regex->cval.s;
    if (regex->cval.slen == 1 && r[0] < 128 && !strchr(".$|()[{^?*+\\", r[0])) return r[0];
    if (regex->cval.slen == 2 && r[0] == '\\' && r[1] < 128 && !isalnum(r[1])) return r[1];
    return -1;
}

static bool is_regex_member(const char *name) {
    return !strcmp(name, "split") || !strcmp(name, "matches") || !strcmp(name, "replaceAll") ||
           !strcmp(name, "replaceFirst");
}

/* String's members the builtin table has for every argument but a
 * Locale: LimeStrings has their Locale overloads */
static bool is_locale_overloaded(const char *name) {
    return !strcmp(name, "format") || !strcmp(name, "toUpperCase") || !strcmp(name, "toLowerCase");
}
/* a member the builtin table lacks, or an argument of a class type (a
 * CharSequence that is no String, an Iterable) */
static bool passes_other_charsequence(Node *n) {
    const Builtin *b;
    bool other = !builtin_lookup("String", n->name, &b, 1);
    for (int i = 0; i < n->args.len; i++) {
        Type *t = ((Node *)n->args.items[i])->ty;
        other |= t && (t->kind == TY_CLASS || t->kind == TY_TYPEVAR);
    }
    return other;
}

static Node *string_charsequence_call(Checker *ck, Node *n, bool is_static) {
    /* split on a constant character needs no regular-expression engine
     * (LimeStrings.splitOnChar); the other regex members are LimeRegex's */
    const char *member = n->name;
    int member_args = n->args.len;
    int split_char = !is_static && !strcmp(n->name, "split") && (n->args.len == 1 || n->args.len == 2)
                         ? constant_split_char(n->args.items[0])
                         : -1;
    ClassDecl *ls = top_class_in(ck->prog, "java.lang", is_regex_member(n->name) && split_char < 0 ? "LimeRegex" : "LimeStrings");
    if (split_char >= 0) { /* s.split(",", limit) as splitOnChar(s, ',', limit) */
        Node *c = n->args.items[0];
        c->ty = ty_int;
        c->cval = (ConstVal){.ty = ty_int, .i = split_char};
        if (n->args.len == 1) {
            Node *zero = made_node(ND_LITERAL, n->loc, NULL);
            zero->ty = ty_int;
            zero->cval = (ConstVal){.ty = ty_int, .i = 0};
            vec_push(&n->args, zero);
        }
        n->name = intern("splitOnChar", 11);
    }
    if (!ls || !declares_method_named(ls, n->name)) return NULL;
    /* (s.toUpperCase(null): javac's one candidate is the Locale overload) */
    bool locale = first_arg_is_locale(n) || (!is_static && n->args.len == 1 && ((Node *)n->args.items[0])->ty == ty_null);
    if (!(is_locale_overloaded(n->name) ? locale : passes_other_charsequence(n))) return NULL;
    use_class(ls);
    if (!is_static) {
        vec_push(&n->args, NULL);
        memmove(&n->args.items[1], &n->args.items[0], sizeof(void *) * (size_t)(n->args.len - 1));
        n->args.items[0] = n->lhs;
        n->string_member = member;
        n->string_member_args = member_args;
    }
    n->lhs = names_class(ck, made_node(ND_NAME, n->loc, ls->name), ls);
    return call_method_in(ck, n, ls, true, false);
}

static Node *call_builtin(Checker *ck, Node *n, const char *owner, bool need_static) {
    if (!strcmp(owner, "String")) {
        Node *r = string_charsequence_call(ck, n, need_static);
        if (r) return r;
    }
    const Builtin *bs[32];
    int nb = builtin_lookup(owner, n->name, bs, 32);
    Candidate cands[32];
    int nc = 0;
    for (int i = 0; i < nb && i < 32; i++) {
        if (bs[i]->flags & BI_FIELD) continue;
        if (need_static && !(bs[i]->flags & BI_STATIC)) continue;
        candidate_of_builtin(&cands[nc++], bs[i]);
    }
    varargs_args(n, cands, nc);
    if (!java_member_missing(n, owner, cands, nc)) {
        n->ty = ty_error;
        return n;
    }
    int k = resolve_overload(cands, nc, &n->args, n->name, n->loc);
    if (k < 0) {
        n->ty = ty_error;
        return n;
    }
    if (!strcmp(owner, "System") && !strcmp(n->name, "arraycopy") && !arraycopy_types_ok(n)) {
        n->ty = ty_error;
        return n;
    }
    coerce_args(ck, &n->args, &cands[k]);
    n->builtin = cands[k].b;
    n->ty = builtin_ret_type(n->builtin);
    return n;
}

/* The least upper bound of two reference types (JLS 4.10.4) as Lime
 * approximates it: one of them when the other converts to it, else the
 * closest common superclass or superinterface of a (as a sees it), else
 * Object.  (javac's may be an intersection type; the first class of it.) */
static Type *used_super(Type *a, ClassDecl *k) {
    use_class(k);   /* (the value is used as one: the class is compiled) */
    return class_as_super(a, k);
}

static Type *lub(Type *a, Type *b) {
    if (a == b || b == ty_null) return a;
    if (a == ty_null) return b;
    if (is_method_convertible(a, b)) return b;
    if (is_method_convertible(b, a)) return a;
    if (a->kind == TY_TYPEVAR) return lub(a->bound, b);
    if (b->kind == TY_TYPEVAR) return lub(a, b->bound);
    if (a == ty_string && b->kind == TY_CLASS) return lub(b, a);
    if (a->kind != TY_CLASS || (b->kind != TY_CLASS && b != ty_string)) return ty_object;
    for (ClassDecl *k = a->cls->super; k && k != object_class; k = k->super)
        if (is_method_convertible(b, class_type(k))) return used_super(a, k);
    Vec todo = {0};
    vec_push(&todo, a->cls);
    for (int i = 0; i < todo.len; i++) {   /* the superinterfaces, nearest first */
        ClassDecl *k = todo.items[i];
        if (i > 0 && k->is_interface && is_method_convertible(b, class_type(k))) return used_super(a, k);
        if (k->super) vec_push(&todo, k->super);
        for (int j = 0; j < k->ifaces.len; j++) vec_push(&todo, k->ifaces.items[j]);
    }
    return ty_object;
}

/* The inference of a generic method's type arguments at one call (JLS 18,
 * the common cases), and for `new C<>(...)` of C's as well: vars are the
 * type parameters inferred (C's first for a diamond, nclass of them),
 * bound what each is inferred as so far (NULL: nothing yet), params the
 * candidate's parameter types before they are substituted. */
typedef struct Inference {
    TypeParam **vars;
    Type **bound;
    bool *fixed;           /* given explicitly (x.<A>m()): not widened by what is inferred */
    Type **weak;           /* from `? super T` only (T <: A): T's when nothing else binds it (apply_weak) */
    bool *exact;           /* bound is an equality (Class<T> = Class<A>): lower bounds do not widen it */
    Type **captured;       /* T = a capture of this wildcard (List<T> against List<?>): bound is its upper bound */
    bool beyond_args;      /* inferring from the target type or a lambda's body, not the arguments' types:
                            * its wildcards are no captures, its bounds (approximate) are not checked for clashes */
    bool *widened;         /* bound is the lub of several lower bounds (not checked against an equality) */
    /* the first contradiction among the bounds (JLS 18.3, javac's
     * "incompatible bounds"): variable clash has equality clash_eq and
     * clash_with, another equality (clash_equal) or a lower bound; NULL: none */
    TypeParam *clash;
    Type *clash_eq, *clash_with;
    bool clash_equal;
    int n, nclass;
    Type **params;
} Inference;

/* How a type t relates to a type a it is inferred from (JLS 18.2.3):
 * a must be compatible with t (an argument for a parameter, A <: T), the
 * same type (a type argument of a class type, Class<T> against
 * Class<Class>: T = Class), or a supertype of it (`? super T` against A:
 * T <: A). */
typedef enum { INFER_LOWER, INFER_EQUAL, INFER_UPPER } InferRel;

/* Whether lower bound `lower` cannot be below equality `eq` (JLS 18.3):
 * only where that is plain by erasure, class types of unrelated classes
 * (Integer below String); type arguments are left to the arguments'
 * conversion. */
static bool bounds_clash_lower(Type *eq, Type *lower) {
    if (!eq || !lower || lower->kind == TY_TYPEVAR || eq->kind == TY_TYPEVAR) return false;
    if (lower->kind == TY_WILDCARD || eq->kind == TY_WILDCARD) return false;
    return !is_method_convertible(erase(lower), erase(eq));
}

/* Whether r, bound to variable i of inf (already an equality) as rel
 * says, contradicts it: another class as an equality, a lower bound not
 * below it, or anything but the capture's own bound below the capture of
 * a wildcard (List<?> and "s" for List<T>, T). */
static bool bounds_clash(Inference *inf, int i, Type *r, InferRel rel) {
    Type *eq = inf->bound[i];
    if (!eq || r->kind == TY_TYPEVAR || eq->kind == TY_TYPEVAR || r->kind == TY_WILDCARD) return false;
    if (rel == INFER_EQUAL) return !inf->captured[i] && erase(r) != erase(eq);
    if (inf->captured[i]) return erase(r) != erase(eq);
    return bounds_clash_lower(eq, r);
}

/* Binds the variables of inf that type t mentions from type a (an
 * argument's, or for a return type the target's), as rel says t relates
 * to a: T from a reference (the lub of all lower bounds, unless an
 * equality fixes it: the first equality wins, a bound that contradicts it
 * is inf->clash), T[] from an array, C<T> from a C<A>
 * or a subtype of it, each type argument of C an equality unless a
 * wildcard (`? extends T` a lower bound, `? super T` an upper one). */
static void infer_rel(Inference *inf, Type *t, Type *a, InferRel rel) {
    if (!t || !a || a == ty_error || a == ty_null || a == ty_lambda) return;
    if (a->kind == TY_WILDCARD && !a->is_super && rel == INFER_EQUAL && t->kind == TY_TYPEVAR && !inf->beyond_args) {
        /* T = a capture of an argument's wildcard (List<T> against List<?>,
         * JLS 5.1.10): T is its upper bound, the parameter keeps the wildcard.
         * (`? super A` gives A, as a lower bound.) */
        for (int i = 0; i < inf->n; i++) {
            if (inf->vars[i] != t->tparam || inf->fixed[i] || inf->exact[i]) continue;
            inf->bound[i] = a->bound && !a->is_super ? a->bound : inf->vars[i]->type->bound;
            inf->exact[i] = true;
            inf->captured[i] = a;
        }
        return;
    }
    if (a->kind == TY_WILDCARD) {
        /* C<? extends A> or C<? super A> gives A, as a bound, not an equality */
        a = a->bound;
        if (rel == INFER_EQUAL) rel = INFER_LOWER;
    }
    if (t->kind == TY_WILDCARD) rel = t->is_super ? INFER_UPPER : INFER_LOWER;
    if (t->kind == TY_WILDCARD) t = t->bound;
    if (!t || !a) return;
    if (t->kind == TY_TYPEVAR) {
        for (int i = 0; i < inf->n; i++) {
            if (inf->vars[i] != t->tparam || inf->fixed[i] || !(is_reference(a) || box_type(a))) continue;
            Type *r = is_reference(a) ? a : box_type(a);
            if (rel == INFER_UPPER && inf->weak) {
                /* (a Collector<Object, ?, Long> for a Collector<? super T, A, D> says little of T) */
                if (!inf->weak[i]) inf->weak[i] = r;
                continue;
            }
            if (inf->exact[i]) {
                if (!inf->clash && !inf->beyond_args && bounds_clash(inf, i, r, rel)) {
                    inf->clash = inf->vars[i];
                    inf->clash_with = r;
                    inf->clash_equal = rel == INFER_EQUAL;
                    inf->clash_eq = inf->bound[i];
                }
                continue;
            }
            if (rel == INFER_EQUAL) {
                if (!inf->clash && !inf->beyond_args && inf->bound[i] && !inf->widened[i] && bounds_clash_lower(r, inf->bound[i])) {
                    inf->clash = inf->vars[i];
                    inf->clash_with = inf->bound[i];
                    inf->clash_equal = false;
                    inf->clash_eq = r;
                }
                inf->bound[i] = r;
                inf->exact[i] = true;
            } else {
                if (inf->bound[i] && inf->bound[i] != r) inf->widened[i] = true;
                inf->bound[i] = inf->bound[i] ? lub(inf->bound[i], r) : r;
            }
        }
        return;
    }
    if (t->kind == TY_ARRAY && a->kind == TY_ARRAY) infer_rel(inf, t->elem, a->elem, rel);
    if (t->kind == TY_CLASS && t->ntargs && a->kind == TY_CLASS) {
        Type *view = class_as_super(a, t->cls);
        if (view && view->ntargs == t->ntargs)
            for (int i = 0; i < t->ntargs; i++) infer_rel(inf, t->targs[i], view->targs[i], INFER_EQUAL);
    }
}

static void infer_from(Inference *inf, Type *t, Type *a) { infer_rel(inf, t, a, INFER_LOWER); }

/* From a return type r and the type the call's value goes to (JLS 18.5.2):
 * r's view as the target's class against the target's arguments. */
static void infer_from_target(Inference *inf, Type *r, Type *target) {
    if (!r || !target || r->kind == TY_TYPEVAR || target->kind != TY_CLASS || !target->ntargs) {
        /* (a bare T: the target itself, Function<Integer, Integer> f = id(x -> x + 1)) */
        if (r && r->kind == TY_TYPEVAR && target && is_reference(target) && target != ty_null) infer_from(inf, r, target);
        return;
    }
    Type *view = class_as_super(r, target->cls);
    inf->beyond_args = true;
    if (view && view->ntargs == target->ntargs)
        for (int i = 0; i < view->ntargs; i++) infer_rel(inf, view->targs[i], target->targs[i], INFER_EQUAL);
    inf->beyond_args = false;
}

/* The variables that only `? super T` parameters bound (infer_from) get
 * those bounds, once the arguments, the target and the lambdas are in. */
static void apply_weak(Inference *inf) {
    for (int i = 0; inf->weak && i < inf->n; i++)
        if (!inf->bound[i] && inf->weak[i]) inf->bound[i] = inf->weak[i];
}

static bool mentions_unbound(Inference *inf, Type *t) {
    if (!t) return false;
    switch (t->kind) {
    case TY_TYPEVAR:
        for (int i = 0; i < inf->n; i++)
            if (inf->vars[i] == t->tparam) return !inf->bound[i];
        return false;
    case TY_WILDCARD: return mentions_unbound(inf, t->bound);
    case TY_ARRAY: return mentions_unbound(inf, t->elem);
    case TY_CLASS:
        for (int i = 0; i < t->ntargs; i++)
            if (mentions_unbound(inf, t->targs[i])) return true;
        return false;
    default: return false;
    }
}

/* t with what is inferred so far (a variable not bound yet stays itself,
 * or with fill: becomes its declared bound, and stays that). */
static Type *inferred(Inference *inf, Type *t, bool fill) {
    if (!inf->n) return t;
    Type **args = xalloc(sizeof(Type *) * (size_t)inf->n);
    for (int i = 0; i < inf->n; i++) {
        if (!inf->bound[i] && fill) inf->bound[i] = inf->vars[i]->type->bound;
        args[i] = inf->bound[i] ? inf->bound[i] : inf->vars[i]->type;
    }
    return subst(t, inf->vars, args, inf->n);
}

/* A parameter type t with what is inferred, where a variable is the
 * capture of a wildcard (inf->captured) that wildcard in type argument
 * positions (the argument List<?> is a List<capture of ?>), its upper
 * bound elsewhere. */
static Type *inferred_param(Inference *inf, Type *t) {
    Type *r = inferred(inf, t, true);   /* (also fills the open variables' bounds, read below) */
    if (t->kind != TY_CLASS) return r;
    bool any = false;
    Type **args = xalloc(sizeof(Type *) * (size_t)inf->n);
    for (int i = 0; i < inf->n; i++) {
        args[i] = inf->captured[i] ? inf->captured[i] : inf->bound[i];
        any |= inf->captured[i] != NULL;
    }
    return any ? subst(t, inf->vars, args, inf->n) : r;
}

/* The arguments of a variable-arity call that are its trailing elements,
 * not one array (JLS 15.12.2.4): from index nparams-1 on. */
static bool spreads_varargs(MethodDecl *m, Vec *args) {
    if (!m->is_varargs || args->len < m->params.len - 1) return false;
    if (args->len != m->params.len) return true;
    Type *last = ((Node *)args->items[args->len - 1])->ty;
    return last && last != ty_null && last->kind != TY_ARRAY && last != ty_error;
}

/* A candidate's parameter types as seen through the receiver type recv,
 * with the type variables of a generic method (and of class diamond, for
 * `new C<>(...)`) given by the call (explicit: `C.<String>f()`, NULL:
 * none) or else inferred from the arguments, a variable they leave open
 * standing for its bound until finish_inference.  (Type arguments given
 * to a method that is not generic are ignored, as JLS 15.12.2.1 says.) */
static void specialise(Candidate *c, Type *recv, Vec *args, Vec *explicit, Inference *inf, ClassDecl *diamond) {
    MethodDecl *m = c->m;
    memset(inf, 0, sizeof *inf);
    for (int i = 0; i < c->nparams; i++) c->params[i] = class_member_type(recv, m->owner, c->params[i]);
    inf->nclass = diamond ? diamond->type_params.len : 0;
    inf->n = inf->nclass + m->type_params.len;
    if (!inf->n) return;
    inf->vars = xalloc(sizeof(TypeParam *) * (size_t)inf->n);
    for (int i = 0; i < inf->n; i++)
        inf->vars[i] = i < inf->nclass ? diamond->type_params.items[i] : m->type_params.items[i - inf->nclass];
    inf->bound = xalloc(sizeof(Type *) * (size_t)inf->n);
    inf->fixed = xalloc(sizeof(bool) * (size_t)inf->n);
    inf->weak = xalloc(sizeof(Type *) * (size_t)inf->n);
    inf->exact = xalloc(sizeof(bool) * (size_t)inf->n);
    inf->captured = xalloc(sizeof(Type *) * (size_t)inf->n);
    inf->widened = xalloc(sizeof(bool) * (size_t)inf->n);
    if (explicit && explicit->len == m->type_params.len)
        for (int i = 0; i < explicit->len; i++) {
            Type *t = ((Node *)explicit->items[i])->ty;
            if (!t || t == ty_error) continue;
            inf->bound[inf->nclass + i] = t;
            inf->fixed[inf->nclass + i] = true;
        }
    inf->params = xalloc(sizeof(Type *) * (size_t)(c->nparams + 1));
    memcpy(inf->params, c->params, sizeof(Type *) * (size_t)c->nparams);
    bool spread = spreads_varargs(m, args);
    for (int i = 0; i < args->len && i < c->nparams; i++) {
        Type *p = spread && i == c->nparams - 1 ? c->params[i]->elem : c->params[i];
        infer_from(inf, p, ((Node *)args->items[i])->ty);
    }
    for (int i = c->nparams; spread && i < args->len; i++)
        infer_from(inf, c->params[c->nparams - 1]->elem, ((Node *)args->items[i])->ty);
    Type **saved = xalloc(sizeof(Type *) * (size_t)inf->n);
    memcpy(saved, inf->bound, sizeof(Type *) * (size_t)inf->n);
    apply_weak(inf);
    for (int i = 0; i < c->nparams; i++) {
        c->params[i] = inferred(inf, inf->params[i], true);
        /* a lambda for an open variable T of the method keeps T: it is
         * potentially compatible (JLS 15.12.2.1), T from the target later */
        if (i < args->len && ((Node *)args->items[i])->ty == ty_lambda && inf->params[i]->kind == TY_TYPEVAR)
            for (int v = inf->nclass; v < inf->n; v++)
                if (inf->vars[v] == inf->params[i]->tparam && !saved[v]) c->params[i] = inf->params[i];
    }
    memcpy(inf->bound, saved, sizeof(Type *) * (size_t)inf->n); /* open ones stay open */
}

static Node *lambda_make(Checker *ck, Node *lam, Type *target, Vec *more, Type **ret);
static void lambda_finish(Checker *ck, Node *made, Type *target);

/* The type X of a method reference X::m whose function type takes X's
 * object first (an instance method of X, JLS 15.13.1), or NULL (another
 * kind, or X not a simple type name). */
static Type *ref_receiver_type(Checker *ck, Node *ref, int nparams) {
    Node *q = ref->lhs;
    if (nparams < 1 || !strcmp(ref->name, "new") || q->kind != ND_NAME || find_local(ck, q->name)) return NULL;
    if (!strcmp(q->name, "String")) {
        const Builtin *bs[32];
        int nb = builtin_lookup("String", ref->name, bs, 32);
        for (int i = 0; i < nb && i < 32; i++) {
            Type *pt[16];
            if ((bs[i]->flags & BI_STATIC) && builtin_param_types(bs[i], pt, 16) == nparams) return NULL;
        }
        return ty_string;
    }
    if (find_type_param(ck, q->name)) return NULL;
    ClassDecl *c = find_class(ck, ck->cls, q->name, q->loc);
    if (!c) return NULL;
    Vec ms = class_methods_named(c, ref->name, object_class);
    for (int i = 0; i < ms.len; i++) {
        MethodDecl *m = ms.items[i];
        if ((m->mods & MOD_STATIC) && m->params.len == nparams) return NULL;
    }
    return class_this_type(c) == class_type(c) ? class_type(c) : NULL; /* (a generic X: its arguments are not known) */
}

/* Can method reference ref take nparams arguments?  Only for a simple
 * type name (Person::name): false when none of its methods named so has
 * that arity (a static one nparams, an instance one nparams - 1), true
 * otherwise or when that is not known (JLS 15.12.2.1's "potentially
 * compatible": thenComparing(Person::name) is the Function overload). */
static bool method_ref_arity_fits(Checker *ck, Node *ref, int nparams) {
    Node *q = ref->lhs;
    if (ref->type_node || !q || q->kind != ND_NAME || !strcmp(ref->name, "new") || find_local(ck, q->name) ||
        find_field(ck->cls, q->name))
        return true;
    ClassDecl *c = find_class(ck, ck->cls, q->name, q->loc);
    Vec ms = c ? class_methods_named(c, ref->name, object_class) : (Vec){0};
    if (!ms.len || (c && builtin_owner_of(c))) return true;
    for (int i = 0; i < ms.len; i++) {
        MethodDecl *m = ms.items[i];
        int need = (m->mods & MOD_STATIC) ? nparams : nparams - 1, k = m->params.len;
        if (need >= 0 && (k == need || (m->is_varargs && need >= k - 1))) return true;
    }
    return false;
}

static bool method_refs_fit(Checker *ck, Candidate *c, Vec *args) {
    for (int j = 0; j < args->len && j < c->nparams; j++) {
        Node *a = args->items[j];
        Type *p = c->params[j];
        if (a->kind != ND_METHOD_REF || a->ty != ty_lambda || p->kind != TY_CLASS || !p->cls->is_interface) continue;
        MethodDecl *sam = class_functional_method(p->cls, object_class);
        if (sam && !method_ref_arity_fits(ck, a, sam->params.len)) return false;
    }
    return true;
}

/* Drops the candidates (and their inferences) a method reference argument
 * cannot fit, unless that leaves none; returns how many are left. */
static int prune_by_method_refs(Checker *ck, Candidate *cands, Inference *infs, int nc, Vec *args) {
    bool *fits = xalloc(sizeof(bool) * (size_t)(nc + 1));
    int left = 0;
    for (int i = 0; i < nc; i++) left += fits[i] = method_refs_fit(ck, &cands[i], args);
    if (left == 0 || left == nc) return nc;
    int k = 0;
    for (int i = 0; i < nc; i++)
        if (fits[i]) {
            cands[k] = cands[i];
            infs[k++] = infs[i];
        }
    return k;
}

/* A lambda argument whose function type's return type mentions open
 * variables (JLS 18.2.1): its body is checked first, and what it returns
 * binds them.  Its parameter types close the variables they mention. */
static void infer_from_lambda(Checker *ck, Inference *inf, Vec *args, int i) {
    Type *p = non_wildcard(inferred(inf, inf->params[i], false));
    ClassDecl *fi = p->kind == TY_CLASS ? p->cls : NULL;
    MethodDecl *sam = fi ? class_functional_method(fi, object_class) : NULL;
    Node *lam = args->items[i];
    if (!sam || (lam->kind == ND_LAMBDA && lam->vars.len != sam->params.len)) return;
    /* an explicitly typed lambda's parameters, the receiver of a method
     * reference Type::instanceMethod, are what the function type takes */
    for (int k = 0; k < sam->params.len; k++) {
        Type *sp = class_member_type(p, sam->owner, ((LocalVar *)sam->params.items[k])->ty);
        LocalVar *v = lam->kind == ND_LAMBDA ? lam->vars.items[k] : NULL;
        Type *given = v && v->type_node ? resolve_type(ck, v->type_node) : !v && k == 0 ? ref_receiver_type(ck, lam, sam->params.len) : NULL;
        if (given && given != ty_error) infer_from(inf, sp, given);
    }
    p = non_wildcard(inferred(inf, inf->params[i], false));
    if (!mentions_unbound(inf, class_member_type(p, sam->owner, sam->ret))) return;
    for (int k = 0; k < sam->params.len; k++)
        if (mentions_unbound(inf, class_member_type(p, sam->owner, ((LocalVar *)sam->params.items[k])->ty))) {
            /* the lambda's parameter types must be known first: what is open of them is its bound */
            for (int v = 0; v < inf->n; v++)
                if (!inf->bound[v] && mentions_unbound(inf, class_member_type(p, sam->owner, ((LocalVar *)sam->params.items[k])->ty)))
                    inf->bound[v] = inf->vars[v]->type->bound;
            p = non_wildcard(inferred(inf, inf->params[i], false));
        }
    Type *r = NULL;
    Node *made = lambda_make(ck, lam, p, NULL, &r);
    args->items[i] = made;
    inf->beyond_args = true;
    if (made->ty != ty_error && r) infer_from(inf, class_member_type(p, sam->owner, sam->ret), r);
    inf->beyond_args = false;
}

/* A variable still open that the method's throws clause names is
 * RuntimeException when its bound allows (JLS 18.4): the call throws
 * nothing checked. */
static void throws_runtime_exception(Checker *ck, Inference *inf, MethodDecl *m) {
    for (int i = 0; i < m->throws.len; i++) {
        Type *t = ((Node *)m->throws.items[i])->ty;
        for (int v = 0; t && t->kind == TY_TYPEVAR && v < inf->n; v++) {
            if (inf->vars[v] != t->tparam || inf->bound[v]) continue;
            Type *rt = class_type(lang_class(ck, "RuntimeException"));
            if (is_method_convertible(rt, t->bound)) inf->bound[v] = rt;
        }
    }
}

/* n's callee m throws, seen through recv and with what inf inferred
 * (Node.thrown), where its throws clause names type variables. */
static void call_thrown(Node *n, MethodDecl *m, Type *recv, Inference *inf) {
    n->thrown.len = 0;
    bool generic = false;
    for (int i = 0; i < m->throws.len; i++) {
        Type *t = ((Node *)m->throws.items[i])->ty;
        generic |= t && t->kind == TY_TYPEVAR;
    }
    for (int i = 0; generic && i < m->throws.len; i++) {
        Type *t = ((Node *)m->throws.items[i])->ty;
        if (t && t->kind == TY_TYPEVAR) t = inferred(inf, class_member_type(recv, m->owner, t), true);
        vec_push(&n->thrown, t);
    }
}

/* Completes the inference for the candidate overload resolution chose:
 * explicit type arguments (x.<A>m()), then the target type, then the
 * lambdas' bodies; what stays open is its bound.  The candidate's
 * parameter types become the inferred ones; returns ret (the declared
 * return type seen through the receiver) with them. */
static Type *finish_inference(Checker *ck, Node *n, Candidate *c, Inference *inf, Vec *args, Type *ret, Type *target) {
    if (!inf->n) return ret;
    MethodDecl *m = c->m;
    /* (explicit type arguments, x.<A>m(), are bound by specialise) */
    if (n->kind == ND_CALL && n->targs.len && n->targs.len != m->type_params.len)
        error_at(n->loc, "wrong number of type arguments; required %d", m->type_params.len);
    if (target && mentions_unbound(inf, ret)) infer_from_target(inf, ret, target);
    for (int i = 0; i < args->len && i < c->nparams; i++)
        if (((Node *)args->items[i])->ty == ty_lambda && mentions_unbound(inf, inf->params[i])) infer_from_lambda(ck, inf, args, i);
    apply_weak(inf);
    throws_runtime_exception(ck, inf, m);
    for (int i = 0; i < c->nparams; i++) {
        c->params[i] = inferred_param(inf, inf->params[i]);
        Node *a = i < args->len ? args->items[i] : NULL;
        if (a && a->kind == ND_NEW && a->anon && a->anon->is_lambda && a->anon->methods.len &&
            ((MethodDecl *)a->anon->methods.items[0])->infers_ret)
            lambda_finish(ck, a, c->params[i]);
    }
    return inferred(inf, ret, true);
}

/* cands (nc of them, room for 32 more) plus the static members named
 * name of builtin owner (a library class's, builtins.c). */
static int add_builtin_candidates(Candidate *cands, int nc, const char *owner, const char *name) {
    const Builtin *bs[32];
    int nb = owner ? builtin_lookup(owner, name, bs, 32) : 0;
    for (int i = 0; i < nb && i < 32; i++)
        if ((bs[i]->flags & BI_STATIC) && !(bs[i]->flags & BI_FIELD)) candidate_of_builtin(&cands[nc++], bs[i]);
    return nc;
}

/* A call of a library class's method that no overload Lime has of the
 * call's arity takes, where Java's class has one of that arity
 * (Scanner.hasNext(String) when Lime had only hasNext()): reported as
 * Java's but not in Lime's library, not as the caller's mistake; true
 * then. (An overload of the same arity but other types stays "no
 * suitable method": it may be the caller's.) */
static bool library_overload_missing(Node *n, ClassDecl *cls, Candidate *cands, int nc) {
    if (!top_level_of(cls)->is_library) return false;
    for (int i = 0; i < n->args.len; i++)
        if (((Node *)n->args.items[i])->ty == ty_error) return false;
    for (int i = 0; i < nc; i++) {
        bool varargs = cands[i].m ? cands[i].m->is_varargs : (cands[i].b->flags & BI_VARARGS) != 0;
        if (cands[i].nparams == n->args.len || (varargs && n->args.len >= cands[i].nparams - 1)) return false;
    }
    if (!java_has_member(cls->qualname, n->name, n->args.len)) return false;
    error_at(n->loc, "%s.%s(%s) is Java's but not in Lime's library", cls->qualname, n->name, arg_types_text(&n->args));
    return true;
}

/* Object, or the library class among c and its supertypes, whose JDK
 * counterpart has a member name taking nargs arguments, or NULL: a call
 * that finds no such method there is then Java's, not in Lime's library
 * (a Thread subclass's start(), an object's notify()). */
static const char *jdk_ancestor_with(ClassDecl *c, const char *name, int nargs) {
    if (java_has_member("Object", name, nargs)) return "Object";
    for (ClassDecl *k = c; k; k = k->super) {
        if (top_level_of(k)->is_library && java_has_member(k->qualname, name, nargs)) return k->qualname;
        for (int i = 0; i < k->ifaces.len; i++) {
            const char *in = jdk_ancestor_with(k->ifaces.items[i], name, nargs);
            if (in) return in;
        }
    }
    return NULL;
}

/* javac's message for a call of the one method named so, whose type
 * arguments' bounds clash (inf->clash). */
static void report_bounds_clash(Node *n, Candidate *c, Inference *inf) {
    MethodDecl *m = c->m;
    StrBuf req = {0};
    for (int i = 0; i < m->params.len; i++) {
        Type *t = ((LocalVar *)m->params.items[i])->ty;
        if (m->is_varargs && i == m->params.len - 1 && t && t->kind == TY_ARRAY)
            sb_printf(&req, "%s%s...", i ? "," : "", type_user_name(t->elem));
        else sb_printf(&req, "%s%s", i ? "," : "", type_user_name(t));
    }
    /* the arguments' types, an argument's wildcard as javac's CAP#k (its capture) */
    StrBuf found = {0};
    int caps = 0;
    for (int i = 0; i < n->args.len; i++) {
        Type *t = ((Node *)n->args.items[i])->ty;
        bool wild = false;
        for (int k = 0; t && t->kind == TY_CLASS && k < t->ntargs; k++) wild |= t->targs[k]->kind == TY_WILDCARD;
        if (!wild) {
            sb_printf(&found, "%s%s", i ? "," : "", type_user_name(t));
            continue;
        }
        sb_printf(&found, "%s%s<", i ? "," : "", type_user_name(erase(t)));
        for (int k = 0; k < t->ntargs; k++)
            if (t->targs[k]->kind == TY_WILDCARD) sb_printf(&found, "%sCAP#%d", k ? "," : "", ++caps);
            else sb_printf(&found, "%s%s", k ? "," : "", type_user_name(t->targs[k]));
        sb_printf(&found, ">");
    }
    const char *v = inf->clash->name;
    int ci = 0;
    while (ci < inf->n && inf->vars[ci] != inf->clash) ci++;
    const char *eq = ci < inf->n && inf->captured[ci] ? "CAP#1" : type_user_name(inf->clash_eq);
    const char *other = type_user_name(inf->clash_with);
    const char *reason = inf->clash_equal
                             ? xprintf("inference variable %s has incompatible equality constraints %s,%s", v, other, eq)
                             : xprintf("inference variable %s has incompatible bounds\n    equality constraints: %s\n"
                                       "    lower bounds: %s", v, eq, other);
    error_at(n->loc, "method %s in %s %s cannot be applied to given types;\n  required: %s\n  found:    %s\n  reason: %s",
             n->name, m->owner->is_interface ? "interface" : "class", type_user_name(class_this_type(m->owner)),
             sb_str(&req), sb_str(&found), reason);
}

static Node *call_method_in(Checker *ck, Node *n, ClassDecl *cls, bool through_class, bool implicit_this) {
    int nc;
    Candidate *cands = methods_named(cls, n->name, &nc);
    Candidate *all = xalloc(sizeof(Candidate) * (size_t)(nc + 33));
    memcpy(all, cands, sizeof(Candidate) * (size_t)nc);
    cands = all;
    int nmethods = nc;
    /* what the receiver's type arguments make of the members */
    Type *recv = through_class ? NULL : implicit_this ? class_this_type(cls) : n->lhs ? n->lhs->ty : NULL;
    Type *target = ck->call_target;
    ck->call_target = NULL;
    Vec *explicit = NULL;
    if (n->targs.len) {
        explicit = &n->targs;
        for (int i = 0; i < n->targs.len; i++) {
            Node *a = n->targs.items[i];
            if (a->wildcard) {
                error_at(a->loc, "illegal start of type");
                a->ty = ty_error;
                continue;
            }
            Type *t = resolve_type(ck, a);
            if (t && is_primitive(t)) error_at(a->loc, "unexpected type\n  required: reference\n  found:    %s", type_user_name(t));
            if (!t || !is_reference(t)) a->ty = ty_error;
        }
    }
    Inference *infs = xalloc(sizeof(Inference) * (size_t)(nc + 1));
    for (int i = 0; i < nc; i++) {
        specialise(&cands[i], recv, &n->args, explicit, &infs[i], NULL);
        cands[i].clash = infs[i].clash != NULL;
    }
    nmethods = nc = prune_by_method_refs(ck, cands, infs, nc, &n->args);
    varargs_args(n, cands, nc);
    nc = add_builtin_candidates(cands, nc, builtin_owner_of(cls), n->name);
    if (nc == 1 && nmethods == 1 && infs[0].clash) {
        report_bounds_clash(n, &cands[0], &infs[0]);
        n->ty = ty_error;
        return n;
    }
    if (library_overload_missing(n, cls, cands, nc)) {
        n->ty = ty_error;
        return n;
    }
    int k = resolve_overload(cands, nc, &n->args, n->name, n->loc);
    if (k < 0) {
        n->ty = ty_error;
        return n;
    }
    if (k >= nmethods) {
        /* a static member of the library table */
        if (n->lhs && !n->lhs->cls) {
            n->ty = ty_error;
            error_at(n->loc, "a static library member called through an instance is not supported");
            return n;
        }
        coerce_args(ck, &n->args, &cands[k]);
        n->builtin = cands[k].b;
        n->is_static_ref = true;
        n->ty = builtin_ret_type(n->builtin);
        return n;
    }
    MethodDecl *m = cands[k].m;
    bool is_static = (m->mods & MOD_STATIC) != 0;
    int hops = implicit_this && !is_static && cls != ck->cls ? outer_hops(ck, cls) : 0;
    n->outer_hops = hops;
    if (!is_static && (through_class || (implicit_this && (ck->static_ctx || hops < 0)))) {
        error_at(n->loc, "non-static method '%s' cannot be referenced from a static context", m->sig);
        n->ty = ty_error;
        return n;
    }
    check_private_access(ck, n->loc, m->mods, m->sig, m->owner);
    if (!is_static && n->lhs && n->lhs->kind != ND_SUPER && recv)
        check_protected_receiver(ck, n->loc, m->mods, m->sig, m->owner, recv);
    Type *ret = m->ret ? class_member_type(recv, m->owner, m->ret) : ty_error;
    ret = finish_inference(ck, n, &cands[k], &infs[k], &n->args, ret, target);
    call_thrown(n, m, recv, &infs[k]);
    coerce_args(ck, &n->args, &cands[k]);
    use_class(m->owner);
    reach_method(m);
    n->method = m;
    n->is_static_ref = is_static;
    n->ty = erased_used(ret);
    return n;
}

static Node *ctor_call(Checker *ck, Node *n, ClassDecl *cls, Vec *args) {
    use_class(cls);
    Candidate *cands = xalloc(sizeof(Candidate) * (size_t)(cls->ctors.len + 1));
    Inference *infs = xalloc(sizeof(Inference) * (size_t)(cls->ctors.len + 1));
    /* new C<>(...) with nothing to say C's type arguments yet: inferred as a generic method's */
    ClassDecl *diamond = n->kind == ND_NEW && n->type_node && n->type_node->diamond && n->ty &&
                                 n->ty->kind == TY_CLASS && !n->ty->ntargs && cls->type_params.len
                             ? cls
                             : NULL;
    Type *recv = n->kind != ND_NEW ? NULL : diamond ? class_this_type(cls) : n->ty;
    int nc = 0;
    for (int i = 0; i < cls->ctors.len; i++) {
        candidate_of_method(&cands[nc], cls->ctors.items[i]);
        specialise(&cands[nc], recv, args, NULL, &infs[nc], diamond);
        nc++;
    }
    if (nc == 0) {
        /* the implicit default constructor */
        if (cls == object_class) return n;
        if (args->len != 0) {
            error_at(n->loc, "constructor %s in class %s cannot be applied to given types", cls->name, cls->qualname);
            return NULL;
        }
        return n;
    }
    if (args == &n->args) varargs_args(n, cands, nc);
    int k = resolve_overload(cands, nc, args, cls->name, n->loc);
    if (k < 0) return NULL;
    /* an anonymous class may call a protected constructor (JLS 6.6.2.2) */
    if (!(n->kind == ND_NEW && n->anon && (cands[k].m->mods & MOD_PROTECTED)))
        check_private_access(ck, n->loc, cands[k].m->mods, cands[k].m->sig, cls);
    finish_inference(ck, n, &cands[k], &infs[k], args, recv, NULL);
    call_thrown(n, cands[k].m, recv, &infs[k]);
    if (diamond) n->ty = class_type_args(cls, infs[k].bound, infs[k].nclass);
    coerce_args(ck, args, &cands[k]);
    n->method = cands[k].m;
    return n;
}

static Node *plain_call_expr(Checker *ck, Node *n);
static Node *bits_member_call(Node *n);

/* Lime's members: Lime.range(n); a.toArray() and a.source() on arrays;
 * g.collect() and g.finish() on stream graphs.  Returns NULL when n is
 * not one of them. */
static Node *lime_member_call(Checker *ck, Node *n) {
    Node *lhs = n->lhs;
    if (lhs->lib_owner && !strcmp(lhs->lib_owner, "Lime")) {
        if (!strcmp(n->name, "range") && n->args.len == 1) {
            Node *a = n->args.items[0] = coerce_assign(n->args.items[0], ty_int);
            n->lime_op = LIME_OP_RANGE;
            n->ty = a->ty == ty_error ? ty_error : value_array_of(ty_int, -1);
            return n;
        }
        if (!strcmp(n->name, "range2") && n->args.len == 2) {
            Node *w = n->args.items[0] = coerce_assign(n->args.items[0], ty_int);
            Node *h = n->args.items[1] = coerce_assign(n->args.items[1], ty_int);
            if (!ck->map_operand) {
                error_at(n->loc, "Lime.range2(w, h) is a 2-D index space: map over it, f(@ Lime.range2(w, h), ...) calls f(x, y, ...)");
                n->ty = ty_error;
                return n;
            }
            n->lime_op = LIME_OP_RANGE2;
            n->ty = w->ty == ty_error || h->ty == ty_error ? ty_error : value_array_of(ty_int, -1);
            return n;
        }
        error_at(n->loc, "cannot find symbol: method 'Lime.%s(%s)'", n->name, arg_types_text(&n->args));
        n->ty = ty_error;
        return n;
    }
    Type *t = lhs->ty;
    if (!t || t == ty_error) return NULL;
    if (is_bits(t)) return bits_member_call(n);
    if (is_any_array(t) && !strcmp(n->name, "source") && n->args.len == 0) {
        Graph *g = xalloc(sizeof *g);
        g->id = ck->prog->graphs.len;
        g->loc = n->loc;
        g->source_elem = t->elem;
        Type *gt = xalloc(sizeof *gt);
        gt->kind = TY_GRAPH;
        gt->elem = t->elem;
        gt->graph = g;
        g->type = gt;
        vec_push(&ck->prog->graphs, g);
        n->lime_op = LIME_OP_SOURCE;
        n->ty = gt;
        return n;
    }
    if (t->kind == TY_ARRAY && !strcmp(n->name, "clone") && n->args.len == 0) {
        n->lime_op = LIME_OP_TO_ARRAY; /* Java's array clone(): a shallow copy */
        n->ty = t;
        return n;
    }
    if (t->kind == TY_VALUE_ARRAY && !strcmp(n->name, "toArray") && n->args.len == 0) {
        n->lime_op = LIME_OP_TO_ARRAY;
        n->ty = array_of(t->elem);
        return n;
    }
    if (t->kind == TY_GRAPH && n->args.len == 0 && (!strcmp(n->name, "collect") || !strcmp(n->name, "finish"))) {
        bool collect = !strcmp(n->name, "collect");
        Graph *g = t->graph;
        n->lime_op = collect ? LIME_OP_COLLECT : LIME_OP_FINISH;
        if (collect && g->ends_in_sink) {
            error_at(n->loc, "collect() needs a graph that ends in a filter; this one ends in a sink");
            n->ty = ty_error;
        } else if (!collect && !g->ends_in_sink) {
            error_at(n->loc, "finish() needs a graph that ends in a sink");
            n->ty = ty_error;
        } else if (collect && g->filters.len == 0) {
            error_at(n->loc, "collect() needs a graph with at least one task");
            n->ty = ty_error;
        } else n->ty = collect ? value_array_of(t->elem, -1) : ty_void;
        return n;
    }
    if (is_value_type(t) || t->kind == TY_GRAPH) {
        if (t->kind == TY_CLASS) return NULL; /* a value class's own methods */
        error_at(n->loc, "cannot find symbol: method '%s(%s)'", n->name, arg_types_text(&n->args));
        n->ty = ty_error;
        return n;
    }
    return NULL;
}

/* A call with `@` arguments: a map task (LANGUAGE.md 2.4). */
static Node *map_call(Checker *ck, Node *n) {
    plain_call_expr(ck, n);
    if (n->ty == ty_error) return n;
    n->is_map = true;
    const char *what = n->method ? n->method->name : n->name;
    if (n->method && !(n->method->mods & MOD_STATIC)) {
        error_at(n->loc, "map over instance method '%s' is not supported", what);
        n->ty = ty_error;
        return n;
    }
    bool local = n->method ? (n->method->mods & MOD_LOCAL) != 0 : (n->builtin && (n->builtin->flags & BI_PURE));
    if (!local) {
        error_at(n->loc, "cannot map non-local method '%s'", what);
        n->ty = ty_error;
        return n;
    }
    for (int i = 0; i < n->args.len; i++) {
        Node *a = n->args.items[i];
        if (a->kind != ND_CONV || a->lhs->kind != ND_MAP_ARG || is_primitive(a->ty) == is_primitive(a->lhs->ty)) continue;
        /* each element would be boxed or unboxed on its way to the method */
        error_at(a->loc, "map '@' with boxing or unboxing (%s elements, parameter type %s) is not supported",
                 type_user_name(a->lhs->ty), type_user_name(a->ty));
        n->ty = ty_error;
        return n;
    }
    if (n->ty == ty_void) {
        error_at(n->loc, "map over method '%s' with a void result", what);
        n->ty = ty_error;
        return n;
    }
    n->ty = value_array_of(n->ty, -1);
    return n;
}

/* call = [lhs "."] name "(" args ")" | "this" "(" args ")" */
static Node *call_expr(Checker *ck, Node *n) {
    if (has_map_arg(&n->args)) {
        ck->call_target = NULL;
        return map_call(ck, n);
    }
    return plain_call_expr(ck, n);
}

/* A call of a statically imported method (JLS 15.12.1): the static
 * methods of that name of every single-static import of it, else of every
 * static-import-on-demand that has one, resolved together.  False when no
 * import has a method of that name. */
static bool static_import_call(Checker *ck, Node *n, Type *target) {
    CompUnit *u = top_level_of(ck->cls)->unit;
    for (int pass = 0; u && pass < 2; pass++) {
        Vec owners = {0};   /* the classes (ClassDecl*, or library names) already taken */
        Candidate *cands = NULL;
        int nc = 0, cap = 0;
        for (int i = 0; i < u->imports.len; i++) {
            Import *im = u->imports.items[i];
            if (!im->ok || !im->is_static || im->on_demand != (pass == 1)) continue;
            if (!im->on_demand && strcmp(last_part(im), n->name)) continue;
            bool seen = false;
            for (int j = 0; j < owners.len; j++)
                if (im->cls ? owners.items[j] == im->cls : !strcmp(owners.items[j], im->lib)) seen = true;
            if (seen) continue;
            vec_push(&owners, im->cls ? (void *)im->cls : (void *)im->lib);
            const Builtin *bs[32];
            int nb = im->cls ? im->cls->methods.len : builtin_lookup(im->lib, n->name, bs, 32);
            if (!im->cls && nb > 32) nb = 32;
            /* a wrapper's methods where the table has none of that name (as Integer.valueOf(...) resolves) */
            ClassDecl *from = im->cls ? im->cls : im->wrapper && nb == 0 ? im->wrapper : NULL;
            if (from) nb = from->methods.len;
            for (int j = 0; j < nb; j++) {
                if (nc == cap) {
                    int ncap = cap ? cap * 2 : 8;
                    cands = xrealloc_arr(cands, (size_t)cap, (size_t)ncap, sizeof *cands);
                    cap = ncap;
                }
                if (from) {
                    MethodDecl *m = from->methods.items[j];
                    if (strcmp(m->name, n->name) || !(m->mods & MOD_STATIC)) continue;
                    candidate_of_method(&cands[nc++], m);
                } else if ((bs[j]->flags & BI_STATIC) && !(bs[j]->flags & BI_FIELD)) {
                    candidate_of_builtin(&cands[nc++], bs[j]);
                }
            }
        }
        if (nc == 0) continue;
        /* a generic method's type arguments are inferred as in call_method_in */
        Inference *infs = xalloc(sizeof(Inference) * (size_t)(nc + 1));
        for (int i = 0; i < nc; i++)
            if (cands[i].m) specialise(&cands[i], NULL, &n->args, NULL, &infs[i], NULL);
        varargs_args(n, cands, nc);
        int k = resolve_overload(cands, nc, &n->args, n->name, n->loc);
        if (k < 0) {
            n->ty = ty_error;
            return true;
        }
        if (cands[k].m) {
            MethodDecl *m = cands[k].m;
            check_private_access(ck, n->loc, m->mods, m->sig, m->owner);
            use_class(m->owner);
            reach_method(m);
            Type *ret = m->ret ? finish_inference(ck, n, &cands[k], &infs[k], &n->args, m->ret, target) : ty_error;
            call_thrown(n, m, NULL, &infs[k]);
            n->method = m;
            n->is_static_ref = true;
            n->ty = erased_used(ret);
        } else {
            const Builtin *b = cands[k].b;
            if (!strcmp(b->owner, "System") && !strcmp(b->name, "arraycopy") && !arraycopy_types_ok(n)) {
                n->ty = ty_error;
                return true;
            }
            n->builtin = b;
            n->ty = builtin_ret_type(b);
        }
        coerce_args(ck, &n->args, &cands[k]);
        return true;
    }
    return false;
}

/* call_method_in for a call whose value goes to a value of type target (or NULL) */
static Node *call_method_to(Checker *ck, Type *target, Node *n, ClassDecl *cls, bool through_class, bool implicit_this) {
    ck->call_target = target;
    return call_method_in(ck, n, cls, through_class, implicit_this);
}

/* A generic method call with a lambda argument (a poly expression, JLS
 * 15.12): as an argument it is checked against the parameter type it goes
 * to, which may give its type arguments. */
static bool is_poly_call(Node *a) {
    if (a->kind != ND_CALL) return false;
    for (int i = 0; i < a->args.len; i++) {
        NodeKind k = ((Node *)a->args.items[i])->kind;
        if (k == ND_LAMBDA || k == ND_METHOD_REF) return true;
    }
    return false;
}

static Candidate *ctors_of(ClassDecl *cls, int *count) {
    Candidate *cands = xalloc(sizeof(Candidate) * (size_t)(cls->ctors.len + 1));
    for (int i = 0; i < cls->ctors.len; i++) candidate_of_method(&cands[i], cls->ctors.items[i]);
    *count = cls->ctors.len;
    return cands;
}

/* The parameter type at position i that every method of cls named name
 * (NULL: constructor)
 * taking args->len arguments agrees on, seen through recv and with what
 * the other arguments and the call's target (NULL: none) infer of its
 * type variables, a variable still open an unbounded wildcard
 * (Collector<? super T, ?, ?> for Stream<T>.collect); NULL when they
 * differ or the type is an open variable itself. */
static Type *common_param_type(ClassDecl *cls, const char *name, Type *recv, Vec *args, int i, Type *target) {
    int nc;
    Candidate *cands = name ? methods_named(cls, name, &nc) : ctors_of(cls, &nc);
    Type *common = NULL;
    for (int k = 0; k < nc; k++) {
        if (cands[k].nparams != args->len || cands[k].m->is_varargs) continue;
        Inference inf;
        specialise(&cands[k], recv, args, NULL, &inf, NULL);
        MethodDecl *m = cands[k].m;
        if (inf.n && target && m->ret) infer_from_target(&inf, class_member_type(recv, m->owner, m->ret), target);
        apply_weak(&inf);
        Type *t = inf.n ? inferred(&inf, inf.params[i], false) : cands[k].params[i];
        if (inf.n && mentions_unbound(&inf, t)) {
            if (t->kind == TY_TYPEVAR) return NULL;
            Type **open = xalloc(sizeof(Type *) * (size_t)inf.n);
            for (int v = 0; v < inf.n; v++) open[v] = inf.bound[v] ? inf.bound[v] : wildcard(NULL, false);
            t = subst(inf.params[i], inf.vars, open, inf.n);
        }
        if (common && common != t) return NULL;
        common = t;
    }
    return common;
}

/* check_args for a call of cls's methods named n->name (its constructors
 * for a `new`) on recv: a poly
 * call argument is checked last, with the parameter type it goes to. */
static void check_args_to(Checker *ck, Node *n, ClassDecl *cls, Type *recv, Type *target) {
    Vec *args = &n->args;
    bool any = false;
    for (int i = 0; i < args->len; i++) {
        Node *a = args->items[i];
        if (cls && is_poly_call(a)) {
            a->ty = NULL;    /* (ignored by inference until checked) */
            any = true;
            continue;
        }
        Vec one = {.items = &args->items[i], .len = 1, .cap = 1};   /* the others, as check_args checks them */
        check_args(ck, &one);
        if (a->kind == ND_MAP_ARG && a->lhs->lime_op == LIME_OP_RANGE2 && a->ty != ty_error) {
            /* @ Lime.range2(w, h): two int arguments, x then y, both
             * operands the same node (lower.c evaluates it once) */
            Node *y = new_node(ND_MAP_ARG, a->loc);
            y->lhs = a->lhs;
            y->ty = ty_int;
            vec_push(args, NULL);
            for (int k = args->len - 1; k > i + 1; k--) args->items[k] = args->items[k - 1];
            args->items[++i] = y;
        }
    }
    for (int i = 0; any && i < args->len; i++) {
        Node *a = args->items[i];
        if (a->ty || !is_poly_call(a)) continue;
        Type *t = common_param_type(cls, n->kind == ND_NEW ? NULL : n->name, recv, args, i, target);
        args->items[i] = t ? expr_to(ck, a, t) : expr(ck, a);
    }
}

static bool declares_method_named(ClassDecl *c, const char *name) {
    for (int i = 0; i < c->methods.len; i++)
        if (!strcmp(((MethodDecl *)c->methods.items[i])->name, name)) return true;
    return false;
}

/* The receiver of a call of a method named name: a value's box unboxed; a
 * value boxed when its class declares no such method (the methods it
 * inherits, Object's and its interfaces' default methods, run on its box). */
static Node *value_receiver(Node *recv, const char *name) {
    Type *v = box_value_type(recv->ty);
    if (v) recv = conv_boxing(recv, v);
    if (!is_value_class(recv->ty) || declares_method_named(recv->ty->cls, name)) return recv;
    return conv_boxing(recv, box_type(recv->ty));
}

/* m() in value class c calling a method c inherits (an interface's default
 * method, Object's): this.m(), on this boxed (value_receiver). */
static bool inherited_by_value(ClassDecl *c, const char *name) {
    return c->is_value && !declares_method_named(c, name) && has_method_named(value_box(c), name);
}

/* The class a static import gives the static methods named name of (its
 * first, single-static imports before on-demand ones), or NULL. */
static ClassDecl *static_import_owner(Checker *ck, const char *name) {
    CompUnit *u = top_level_of(ck->cls)->unit;
    for (int pass = 0; u && pass < 2; pass++)
        for (int i = 0; i < u->imports.len; i++) {
            Import *im = u->imports.items[i];
            if (!im->ok || !im->is_static || !im->cls || im->on_demand != (pass == 1)) continue;
            if ((im->on_demand || !strcmp(last_part(im), name)) && has_static_method_named(im->cls, name)) return im->cls;
        }
    return NULL;
}

static Node *plain_call_expr(Checker *ck, Node *n) {
    Type *target = ck->call_target;   /* for call_method_in: not the arguments' */
    ck->call_target = NULL;
    ClassDecl *known = NULL;          /* the class whose methods the call is of, when that is known before the receiver */
    if (!n->lhs)
        for (ClassDecl *c = ck->cls; c && !known; c = c->outer)
            if (!c->is_lambda && has_method_named(c, n->name)) known = c;
    if (!n->lhs && !known) known = static_import_owner(ck, n->name);   /* (its poly arguments' targets) */
    if (!n->lhs) check_args_to(ck, n, known, known ? class_this_type(known) : NULL, target);
    if (!n->lhs && (!strcmp(n->name, "this") || !strcmp(n->name, "super"))) {
        bool is_super = n->name[0] == 's';
        if (!ck->in_ctor) {
            error_at(n->loc, "call to %s must be first statement in constructor", n->name);
            n->ty = ty_error;
            return n;
        }
        n->ty = ty_void;
        ClassDecl *target = is_super ? ck->cls->super : ck->cls;
        if (is_super && (!target || ck->cls->is_value)) {
            error_at(n->loc, "call to super not allowed here");
            n->ty = ty_error;
            return n;
        }
        if (!ctor_call(ck, n, target, &n->args)) n->ty = ty_error;
        return n;
    }
    if (!n->lhs && !ck->static_ctx && inherited_by_value(ck->cls, n->name)) n->lhs = new_node(ND_THIS, n->loc);
    if (!n->lhs) {
        for (ClassDecl *c = ck->cls; c; c = c->outer)
            if (!c->is_lambda && has_method_named(c, n->name)) return call_method_to(ck, target, n, c, false, true);
        if (static_import_call(ck, n, target)) return n;
        if (ck->cls->is_interface && has_method_named(object_class, n->name))
            return call_method_to(ck, target, n, object_class, false, true);
        const char *jdk = jdk_ancestor_with(ck->cls, n->name, n->args.len);
        if (jdk) error_at(n->loc, "%s.%s(%s) is Java's but not in Lime's library", jdk, n->name, arg_types_text(&n->args));
        else error_at(n->loc, "cannot find symbol: method '%s(%s)'", n->name, arg_types_text(&n->args));
        n->ty = ty_error;
        return n;
    }
    Node *lhs = n->lhs = expr_or_type(ck, n->lhs);
    ClassDecl *lc = lhs->pkg || lhs->lib_owner || lhs->ty == ty_error ? NULL : lhs->cls ? lhs->cls : lhs->ty ? class_of_type(lhs->ty) : NULL;
    check_args_to(ck, n, lc && has_method_named(lc, n->name) ? lc : NULL, lhs->cls ? NULL : lhs->ty, target);
    if (lhs->pkg) {
        if (lhs->kind == ND_FIELD) report_package_miss(ck, lhs);
        else error_at(lhs->loc, "cannot find symbol: variable '%s'", lhs->name);
        n->ty = ty_error;
        return n;
    }
    Node *lime = lime_member_call(ck, n);
    if (lime) return lime;
    if (lhs->lib_owner && !std_stream_direct(ck, n, lhs->lib_owner))
        lhs = n->lhs = std_stream_value(ck, lhs, lhs->lib_owner + strlen("System."));
    if (lhs->lib_owner) return call_builtin(ck, n, lhs->lib_owner, true);
    if (lhs->cls) {
        const char *bowner = builtin_owner_of(lhs->cls);
        if (!has_method_named(lhs->cls, n->name) && bowner && builtin_lookup(bowner, n->name, NULL, 0))
            return call_builtin(ck, n, bowner, true);
        if (!has_method_named(lhs->cls, n->name)) {
            /* (a member class's by its qualified name: Map.Entry.comparingByValue()) */
            if (lhs->cls->is_library && java_has_member(lhs->cls->qualname, n->name, n->args.len))
                error_at(n->loc, "%s.%s(%s) is Java's but not in Lime's library", lhs->cls->qualname, n->name,
                         arg_types_text(&n->args));
            else
                error_at(n->loc, "cannot find symbol: method '%s(%s)'", n->name, arg_types_text(&n->args));
            n->ty = ty_error;
            return n;
        }
        return call_method_to(ck, target, n, lhs->cls, true, false);
    }
    Type *t = lhs->ty;
    if (t == ty_error) {
        n->ty = ty_error;
        return n;
    }
    if (t == ty_string && ((!strcmp(n->name, "getClass") && !n->args.len) || !strcmp(n->name, "wait") ||
                           !strcmp(n->name, "notify") || !strcmp(n->name, "notifyAll")))
        t = (lhs = n->lhs = conv_boxing(lhs, ty_object))->ty;   /* Object's final members, on a String */
    else if (t == ty_string) return call_builtin(ck, n, "String", false);
    t = (lhs = n->lhs = value_receiver(lhs, n->name))->ty;
    if (t->kind == TY_ARRAY && object_class && has_method_named(object_class, n->name))
        t = (lhs = n->lhs = conv_boxing(lhs, ty_object))->ty;   /* an array's members of Object (JLS 10.7) */
    ClassDecl *tc = class_of_type(t);
    if (tc && has_method_named(tc, n->name)) {
        call_method_to(ck, target, n, tc, false, false);
        if (lhs->kind == ND_SUPER && n->method && (n->method->mods & MOD_ABSTRACT)) {
            error_at(n->loc, "abstract method %s in %s cannot be accessed directly", n->method->sig, n->method->owner->qualname);
            n->ty = ty_error;
        }
        return n;
    }
    const char *jdk = tc ? jdk_ancestor_with(tc, n->name, n->args.len)
                         : t == ty_object && java_has_member("Object", n->name, n->args.len) ? "Object" : NULL;
    if (jdk) error_at(n->loc, "%s.%s(%s) is Java's but not in Lime's library", jdk, n->name, arg_types_text(&n->args));
    else if (is_primitive(t)) error_at(n->loc, "%s cannot be dereferenced", type_user_name(t));
    else error_at(n->loc, "cannot find symbol: method '%s(%s)'", n->name, arg_types_text(&n->args));
    n->ty = ty_error;
    return n;
}

/* ------------------------------------------------------------ arrays */

static Node *array_init(Checker *ck, Node *n, Type *t) {
    n->ty = t;
    if (t == ty_error) {
        for (int i = 0; i < n->args.len; i++) {
            Node *e = n->args.items[i];
            if (e->kind != ND_ARRAY_INIT) n->args.items[i] = expr(ck, e);
        }
        return n;
    }
    if (!is_any_array(t)) {
        error_at(n->loc, "illegal initializer for %s", type_user_name(t));
        n->ty = ty_error;
        return n;
    }
    if (t->kind == TY_VALUE_ARRAY && t->fixed_len >= 0 && n->args.len != t->fixed_len) {
        error_at(n->loc, "array initializer has %d elements, but the type %s needs %d", n->args.len, type_user_name(t),
                 t->fixed_len);
        n->ty = ty_error;
        return n;
    }
    for (int i = 0; i < n->args.len; i++) {
        Node *e = n->args.items[i];
        if (e->kind == ND_ARRAY_INIT) n->args.items[i] = array_init(ck, e, t->elem);
        else n->args.items[i] = coerce_assign(expr_to(ck, e, t->elem), t->elem);
    }
    return n;
}

/* An initialiser of a declaration: an array initialiser or an expression. */
static Node *initializer(Checker *ck, Node *init, Type *t) {
    if (init->kind == ND_ARRAY_INIT) return array_init(ck, init, t);
    return coerce_assign(expr_to(ck, init, t), t);
}

/* Converts an index or dimension to int (JLS 15.10.1, 15.10.3). */
static Node *int_index(Checker *ck, Node *e) {
    e = unbox_operand(expr(ck, e));
    if (e->ty == ty_error) return e;
    Type *p = unary_promote(e->ty);
    if (!p || p != ty_int) {
        report_incompatible(e->loc, e->ty, ty_int);
        return e;
    }
    return wrap_conv(e, ty_int);
}

static Node *new_array_expr(Checker *ck, Node *n) {
    Type *t = resolve_type(ck, n->type_node);
    for (int i = 0; i < n->args.len; i++) n->args.items[i] = int_index(ck, n->args.items[i]);
    int dims = n->args.len + n->extra_dims;
    if (t == ty_void) {
        error_at(n->type_node->loc, "'void' type not allowed here");
        t = ty_error;
    }
    for (int i = 0; i < dims && t != ty_error; i++) t = array_of(t);
    n->ty = t;
    if (n->rhs) n->rhs = array_init(ck, n->rhs, t);
    return n;
}

/* ------------------------------------------------------------ operators */

static const char *op_text(TokenKind op) { return token_kind_spelling(op); }

/* A constant bit position of a w-bit word, else reported (-1). */
static int bits_position(Node *e, int w, const char *what) {
    if (!has_const(e)) {
        error_at(e->loc, "%s must be a constant expression", what);
        return -1;
    }
    if (e->cval.i < 0 || e->cval.i >= w) {
        error_at(e->loc, "%s %lld is out of range for bit[[%d]] (0 to %d)", what, (long long)e->cval.i, w, w - 1);
        return -1;
    }
    return (int)e->cval.i;
}

/* w[i]: one bit (i any int: a constant one in range, 0 outside 0..N-1 at
 * run time); w[hi:lo]: bits hi down to lo, constants, a bit[[hi-lo+1]]. */
static Node *bits_index(Checker *ck, Node *n) {
    Type *t = n->lhs->ty;
    n->rhs = int_index(ck, n->rhs);
    if (n->then) n->then = int_index(ck, n->then);
    n->ty = ty_error;
    if (t == ty_error || n->rhs->ty == ty_error || (n->then && n->then->ty == ty_error)) return n;
    if (!is_bits(t)) {
        error_at(n->loc, "a slice [hi:lo] needs a bit[[N]], but %s found", type_user_name(t));
        return n;
    }
    int w = bits_width(t);
    if (!n->then) {
        if (!has_const(n->rhs) || bits_position(n->rhs, w, "bit index") >= 0) n->ty = bits_type(1);
        return n;
    }
    int hi = bits_position(n->rhs, w, "slice bound"), lo = hi < 0 ? -1 : bits_position(n->then, w, "slice bound");
    if (hi >= 0 && lo > hi) error_at(n->then->loc, "slice [%d:%d] of bit[[%d]] has its low bound above its high one", hi, lo, w);
    else if (lo >= 0) n->ty = bits_type(hi - lo + 1);
    return n;
}

/* w.rotl(k), w.rotr(k) (k any int, taken modulo N) and hi.concat(lo)
 * (hi's bits above lo's: a bit[[Nhi+Nlo]], at most 64 wide). */
static Node *bits_member_call(Node *n) {
    Type *t = n->lhs->ty;
    n->ty = ty_error;
    bool rot = !strcmp(n->name, "rotl") || !strcmp(n->name, "rotr");
    if (rot && n->args.len == 1) {
        Node *k = n->args.items[0] = bits_count(n->args.items[0]);
        n->lime_op = n->name[3] == 'l' ? LIME_OP_ROTL : LIME_OP_ROTR;
        if (k->ty != ty_error) n->ty = t;
        return n;
    }
    if (!strcmp(n->name, "concat") && n->args.len == 1) {
        Node *lo = n->args.items[0];
        n->lime_op = LIME_OP_CONCAT;
        if (lo->ty == ty_error) return n;
        if (!is_bits(lo->ty)) report_incompatible(lo->loc, lo->ty, bits_type(bits_width(t)));
        else if (bits_width(t) + bits_width(lo->ty) > BITS_MAX_WIDTH)
            error_at(n->loc, "%s.concat(%s) would be %d bits wide; a bit word holds at most %d", type_user_name(t),
                     type_user_name(lo->ty), bits_width(t) + bits_width(lo->ty), BITS_MAX_WIDTH);
        else n->ty = bits_type(bits_width(t) + bits_width(lo->ty));
        return n;
    }
    error_at(n->loc, "cannot find symbol: method '%s(%s)' of %s (it has rotl(int), rotr(int), concat(bit[[M]]))", n->name,
             arg_types_text(&n->args), type_user_name(t));
    return n;
}

static bool is_variable(Node *n) {
    if (n->parenthesized && n->kind != ND_NAME && n->kind != ND_FIELD && n->kind != ND_INDEX) return false;
    if (n->kind == ND_NAME) return n->var || n->field;
    if (n->kind == ND_FIELD) return n->field != NULL;
    return n->kind == ND_INDEX;
}

/* Final variables may only be given their value once: a blank final local,
 * or a blank final field in a constructor/initialiser of its class. */
static void check_assignable(Checker *ck, Node *target, bool compound) {
    if (target->kind == ND_NAME && target->var) {
        LocalVar *v = target->var;
        if (v->is_final && (compound || v->init || v->is_param))
            error_at(target->loc, "cannot assign a value to final variable '%s'", v->name);
        return;
    }
    FieldDecl *f = target->field;
    if (f && f->owner->is_value && !(f->mods & MOD_STATIC)) {
        bool in_own_ctor = ck->in_ctor && ck->cls == f->owner && !compound &&
                           (target->kind == ND_NAME || (target->kind == ND_FIELD && target->lhs->kind == ND_THIS));
        if (!in_own_ctor)
            error_at(target->loc, "cannot assign to field '%s' of value class '%s' outside a constructor", f->name,
                     f->owner->name);
        return;
    }
    if (!f || !(f->mods & MOD_FINAL)) return;
    bool own_init = f->owner == ck->cls && !f->init && !compound &&
                    (is_static_field(f) ? ck->in_static_init : (ck->in_ctor || (ck->method && !strcmp(ck->method->name, "<init-block>"))));
    bool simple = target->kind == ND_NAME || (target->kind == ND_FIELD && target->lhs->kind == ND_THIS);
    if (!own_init || !simple) error_at(target->loc, "cannot assign a value to final variable '%s'", f->name);
}

static Node *check_target(Checker *ck, Node *target, bool compound) {
    target = expr(ck, target);
    if (target->ty == ty_error) return target;
    if (!is_variable(target) || (target->kind == ND_FIELD && target->is_array_length) ||
        (target->kind == ND_FIELD && target->builtin)) {
        if (target->kind == ND_FIELD && target->is_array_length)
            error_at(target->loc, "cannot assign a value to final variable 'length'");
        else if (std_stream_of(target))
            error_at(target->loc, "cannot assign a value to final variable '%s'", std_stream_of(target));
        else
            error_at(target->loc, "unexpected type: required variable, found value");
        target->ty = ty_error;
        return target;
    }
    if (target->kind == ND_INDEX && is_bits(target->lhs->ty)) {
        error_at(target->loc, "cannot assign to bits of a %s: a bit word is a value (build a new one with & | ^ and shifts)",
                 type_user_name(target->lhs->ty));
        target->ty = ty_error;
        return target;
    }
    if (target->kind == ND_INDEX && target->lhs->ty->kind == TY_VALUE_ARRAY) {
        Node *a = target->lhs;
        const char *name = (a->kind == ND_NAME || a->kind == ND_FIELD) ? a->name : NULL;
        if (name) error_at(target->loc, "cannot assign to an element of value array '%s'", name);
        else error_at(target->loc, "cannot assign to an element of a value array");
        target->ty = ty_error;
        return target;
    }
    check_assignable(ck, target, compound);
    return target;
}

/* The type of `a op b` for a binary operator, or NULL when the operands do
 * not fit it.  *op_type receives the type the operation is done in. */
static Type *binary_type(TokenKind op, Type *a, Type *b, Type **op_type) {
    switch (op) {
    case TK_PLUS:
        if (a == ty_string || b == ty_string) {
            if (a == ty_void || b == ty_void || a->kind == TY_VALUE_ARRAY || b->kind == TY_VALUE_ARRAY ||
                a->kind == TY_GRAPH || b->kind == TY_GRAPH || is_bits(a) || is_bits(b))
                return NULL;
            *op_type = ty_string;
            return ty_string;
        }
        /* fall through */
    case TK_MINUS: case TK_STAR: case TK_SLASH: case TK_PERCENT:
        *op_type = binary_promote(a, b);
        return *op_type;
    case TK_SHL: case TK_SHR: case TK_USHR:
        if (!is_integral(a) || !is_integral(b)) return NULL;
        *op_type = unary_promote(a);
        return *op_type;
    case TK_LT: case TK_GT: case TK_LE: case TK_GE:
        *op_type = binary_promote(a, b);
        return *op_type ? ty_boolean : NULL;
    case TK_EQ: case TK_NE:
        if (is_value_type(a) || is_value_type(b)) {
            /* values compare by content (LANGUAGE.md 2.1, 2.2) */
            if (a->kind == TY_VALUE_ARRAY && b->kind == TY_VALUE_ARRAY && a->elem == b->elem)
                *op_type = value_array_of(a->elem, -1);
            else if (a == b) *op_type = a;
            else return NULL;
            return ty_boolean;
        }
        if (is_numeric(a) && is_numeric(b)) *op_type = binary_promote(a, b);
        else if (a == ty_boolean && b == ty_boolean) *op_type = ty_boolean;
        else if (is_reference(a) && is_reference(b) && (castable(a, b) || castable(b, a)))
            *op_type = a == ty_null ? b : a;
        else return NULL;
        return ty_boolean;
    case TK_AMP: case TK_BAR: case TK_CARET:
        if (a == ty_boolean && b == ty_boolean) {
            *op_type = ty_boolean;
            return ty_boolean;
        }
        if (!is_integral(a) || !is_integral(b)) return NULL;
        *op_type = binary_promote(a, b);
        return *op_type;
    case TK_ANDAND: case TK_OROR:
        if (a != ty_boolean || b != ty_boolean) return NULL;
        *op_type = ty_boolean;
        return ty_boolean;
    default: return NULL;
    }
}

TokenKind compound_base_op(TokenKind op) {
    switch (op) {
    case TK_PLUS_ASSIGN: return TK_PLUS;
    case TK_MINUS_ASSIGN: return TK_MINUS;
    case TK_STAR_ASSIGN: return TK_STAR;
    case TK_SLASH_ASSIGN: return TK_SLASH;
    case TK_PERCENT_ASSIGN: return TK_PERCENT;
    case TK_AMP_ASSIGN: return TK_AMP;
    case TK_BAR_ASSIGN: return TK_BAR;
    case TK_CARET_ASSIGN: return TK_CARET;
    case TK_SHL_ASSIGN: return TK_SHL;
    case TK_SHR_ASSIGN: return TK_SHR;
    case TK_USHR_ASSIGN: return TK_USHR;
    default: return TK_EOF;
    }
}

/* w op x with a bit[[N]] operand: & | ^ == != of one width (an integral
 * constant taking the other side's), << >> >>> by an int count.  The
 * result (and n->op_type) is the word type; == and != give boolean. */
static Node *bits_binary(Node *n, TokenKind op, Node **lhs, Node **rhs) {
    Type *a = (*lhs)->ty, *b = (*rhs)->ty;
    n->op_type = NULL;
    if ((op == TK_SHL || op == TK_SHR || op == TK_USHR) && is_bits(a)) {
        *rhs = bits_count(*rhs);
        n->op_type = (*rhs)->ty == ty_error ? NULL : a;
        return n;
    }
    if (op == TK_AMP || op == TK_BAR || op == TK_CARET || op == TK_EQ || op == TK_NE) {
        Type *w = is_bits(a) ? a : b;
        Node *other = is_bits(a) ? *rhs : *lhs;
        Node *l = bits_operand(*lhs, w), *r = bits_operand(*rhs, w);
        if (l && r) {
            *lhs = l;
            *rhs = r;
            n->op_type = w;
        } else if (is_bits(a) && is_bits(b))
            error_at(n->loc, "bit width mismatch for binary operator '%s': %s and %s", op_text(op), type_user_name(a), type_user_name(b));
        else if (has_const(other) && is_integral(other->cval.ty)) report_not_bits(other, w);
        else error_at(n->loc, "bad operand types for binary operator '%s': %s and %s", op_text(op), type_user_name(a), type_user_name(b));
        return n;
    }
    error_at(n->loc, "bad operand types for binary operator '%s': %s and %s", op_text(op), type_user_name(a), type_user_name(b));
    return n;
}

static Node *binary_expr(Checker *ck, Node *n) {
    n->lhs = expr(ck, n->lhs);
    n->rhs = expr(ck, n->rhs);
    Type *a = n->lhs->ty, *b = n->rhs->ty;
    if (a == ty_error || b == ty_error) {
        n->ty = ty_error;
        return n;
    }
    if (is_bits(a) || is_bits(b)) {
        bits_binary(n, n->op, &n->lhs, &n->rhs);
        n->ty = !n->op_type ? ty_error : n->op == TK_EQ || n->op == TK_NE ? ty_boolean : n->op_type;
        return n;
    }
    /* wrappers are unboxed except for == between references (JLS 15.21.3)
     * and string concatenation */
    bool ref_eq = (n->op == TK_EQ || n->op == TK_NE) && is_reference(a) && is_reference(b);
    bool concat = n->op == TK_PLUS && (a == ty_string || b == ty_string);
    if (!ref_eq && !concat) {
        n->lhs = unbox_operand(n->lhs);
        n->rhs = unbox_operand(n->rhs);
        a = n->lhs->ty;
        b = n->rhs->ty;
    }
    Type *op_type = NULL;
    Type *t = binary_type(n->op, a, b, &op_type);
    if (!t) {
        if ((n->op == TK_EQ || n->op == TK_NE) && is_reference(a) && is_reference(b))
            error_at(n->loc, "incomparable types: %s and %s", type_user_name(a), type_user_name(b));
        else
            error_at(n->loc, "bad operand types for binary operator '%s': %s and %s", op_text(n->op), type_user_name(a), type_user_name(b));
        n->ty = ty_error;
        return n;
    }
    n->ty = t;
    n->op_type = op_type;
    if (op_type == ty_string && (n->op == TK_EQ || n->op == TK_NE)) return n;   /* references, not folded */
    if (op_type == ty_string) {
        n->lhs = concat_operand(n->lhs);
        n->rhs = concat_operand(n->rhs);
        int la, lb;
        const char *sa = has_const(n->lhs) ? const_text(n->lhs->cval, &la) : NULL;
        const char *sb = has_const(n->rhs) ? const_text(n->rhs->cval, &lb) : NULL;
        if (sa && sb) {
            char *s = xalloc((size_t)(la + lb + 1));
            memcpy(s, sa, (size_t)la);
            memcpy(s + la, sb, (size_t)lb);
            n->cval = (ConstVal){.ty = ty_string, .s = s, .slen = la + lb};
        }
        return n;
    }
    if (n->op == TK_SHL || n->op == TK_SHR || n->op == TK_USHR) {
        n->lhs = wrap_conv(n->lhs, op_type);
        n->rhs = wrap_conv(n->rhs, unary_promote(b));
        if (has_const(n->lhs) && has_const(n->rhs)) {
            ConstVal rc = const_convert(n->rhs->cval, ty_long);
            n->cval = fold_binary(n->op, op_type, n->lhs->cval, rc);
        }
        return n;
    }
    if (op_type->kind == TY_VALUE_ARRAY) {
        n->lhs = wrap_conv(n->lhs, op_type);
        n->rhs = wrap_conv(n->rhs, op_type);
        return n;
    }
    if (is_primitive(op_type)) {
        n->lhs = wrap_conv(n->lhs, op_type);
        n->rhs = wrap_conv(n->rhs, op_type);
        if (has_const(n->lhs) && has_const(n->rhs)) n->cval = fold_binary(n->op, op_type, n->lhs->cval, n->rhs->cval);
    }
    return n;
}

static Node *assign_expr(Checker *ck, Node *n) {
    bool compound = n->op != TK_ASSIGN;
    n->lhs = check_target(ck, n->lhs, compound);
    n->rhs = expr_to(ck, n->rhs, n->lhs->ty);
    Type *t = n->lhs->ty, *r = n->rhs->ty;
    n->ty = t;
    if (t == ty_error || r == ty_error) return n;
    if (!compound) {
        n->rhs = coerce_assign(n->rhs, t);
        return n;
    }
    TokenKind base = compound_base_op(n->op);
    Type *op_type = NULL;
    if (is_bits(t)) {   /* w ^= x, w <<= k: as w = w ^ x, w = w << k */
        bits_binary(n, base, &n->lhs, &n->rhs);
        if (!n->op_type) n->ty = ty_error;
        return n;
    }
    if (t != ty_string) {
        n->rhs = unbox_operand(n->rhs);
        r = n->rhs->ty;
    }
    Type *res = binary_type(base, unboxed_or_self(t), r, &op_type);
    if (res && unbox_type(t) && is_primitive(op_type) && box_type(op_type) != t) {
        /* E1 = (T) (E1 op E2) with T a wrapper: only its own primitive boxes to it */
        report_incompatible(n->rhs->loc, op_type, t);
        n->ty = ty_error;
        return n;
    }
    if (res && unbox_type(t)) use_class(box_class(unbox_type(t)));
    if (!res || (t != ty_string && op_type == ty_string)) {
        if (op_type == ty_string) report_incompatible(n->loc, ty_string, t);
        else error_at(n->loc, "bad operand types for binary operator '%s': %s and %s", op_text(base), type_user_name(t), type_user_name(r));
        n->ty = ty_error;
        return n;
    }
    n->op_type = op_type;
    if (base == TK_SHL || base == TK_SHR || base == TK_USHR) n->rhs = wrap_conv(n->rhs, unary_promote(r));
    else if (op_type != ty_string) n->rhs = wrap_conv(n->rhs, op_type);
    else n->rhs = concat_operand(n->rhs);
    return n;
}

static Node *incdec_expr(Checker *ck, Node *n) {
    n->lhs = check_target(ck, n->lhs, true);
    Type *t = n->lhs->ty;
    n->ty = t;
    if (t == ty_error) return n;
    if (t->kind == TY_CLASS && unbox_type(t) && is_numeric(unbox_type(t))) {
        use_class(box_class(unbox_type(t)));  /* unboxed, incremented, boxed again */
        t = unbox_type(t);
    }
    if (!is_numeric(t)) {
        const char *opname = (n->kind == ND_PREINC || n->kind == ND_POSTINC) ? "++" : "--";
        error_at(n->loc, "bad operand type %s for unary operator '%s'", type_user_name(t), opname);
        n->ty = ty_error;
        return n;
    }
    n->op_type = binary_promote(t, ty_int);
    return n;
}

static Node *unary_expr(Checker *ck, Node *n) {
    n->lhs = unbox_operand(expr(ck, n->lhs));
    Type *t = n->lhs->ty;
    if (t == ty_error) {
        n->ty = ty_error;
        return n;
    }
    if (is_bits(t) && n->op == TK_TILDE) {
        n->ty = n->op_type = t;
        return n;
    }
    Type *r = NULL;
    if (n->op == TK_BANG) r = t == ty_boolean ? ty_boolean : NULL;
    else if (n->op == TK_TILDE) r = is_integral(t) ? unary_promote(t) : NULL;
    else r = unary_promote(t);
    if (!r) {
        error_at(n->loc, "bad operand type %s for unary operator '%s'", type_user_name(t), op_text(n->op));
        n->ty = ty_error;
        return n;
    }
    n->ty = r;
    n->op_type = r;
    n->lhs = wrap_conv(n->lhs, r);
    if (has_const(n->lhs)) {
        ConstVal c = n->lhs->cval;
        if (n->op == TK_BANG) n->cval = cv_int(ty_boolean, !c.i);
        else if (n->op == TK_TILDE) n->cval = cv_int(r, ~c.i);
        else if (n->op == TK_PLUS) n->cval = c;
        else if (is_integral(r)) n->cval = cv_int(r, (int64_t)(0 - (uint64_t)c.i));
        else n->cval = cv_fp(r, -c.f);
    }
    return n;
}

/* The type of c ? a : b (JLS 15.25): a numeric or boolean conditional
 * when both operands are (or unbox to) numbers or booleans, else a
 * reference conditional of the boxed operands. */
static Type *lub(Type *a, Type *b);

static Type *conditional_type(Node *a, Node *b) {
    Type *x = a->ty, *y = b->ty;
    if (x == y) return x;
    Type *bx = box_type(x) ? box_type(x) : x, *by = box_type(y) ? box_type(y) : y;  /* primitives, values */
    Type *ux = unboxed_or_self(x), *uy = unboxed_or_self(y);
    if (ux == ty_boolean && uy == ty_boolean) return ty_boolean;
    if (is_numeric(ux) && is_numeric(uy)) {
        if (ux == uy) return ux;
        if ((ux == ty_byte && uy == ty_short) || (ux == ty_short && uy == ty_byte)) return ty_short;
        Type *small[] = {ty_byte, ty_short, ty_char};
        for (int i = 0; i < 3; i++) {
            if (ux == small[i] && uy == ty_int && has_const(b) && const_fits(b->cval, ux)) return ux;
            if (uy == small[i] && ux == ty_int && has_const(a) && const_fits(a->cval, uy)) return uy;
        }
        return binary_promote(ux, uy);
    }
    if (x == ty_null && is_reference(y)) return y;
    if (y == ty_null && is_reference(x)) return x;
    if (is_reference(x) && is_reference(y)) {
        if (is_method_convertible(x, y)) return y;
        if (is_method_convertible(y, x)) return x;
        if (!is_value_type(x) && !is_value_type(y)) return lub(x, y); /* JLS 15.25.3 */
    }
    if (bx && by && (bx != a->ty || by != b->ty)) {
        /* boxed: lub(box(x), box(y)); Lime's lub is the common superclass */
        if (by == ty_null || is_method_convertible(by, bx)) return bx;
        if (bx == ty_null || is_method_convertible(bx, by)) return by;
        if (bx->kind == TY_CLASS && by->kind == TY_CLASS && bx->cls->super == by->cls->super && bx->cls->super &&
            bx->cls->super != object_class)
            return class_type(bx->cls->super);
        return ty_object;
    }
    return NULL;
}

static Node *cond_expr_to(Checker *ck, Node *n, Type *target);

static Node *cond_expr(Checker *ck, Node *n) { return cond_expr_to(ck, n, NULL); }

/* cond ? a : b, checked where a value of type target is expected (or
 * NULL): a reference conditional there is a poly expression of type
 * target (JLS 15.25.3); with primitive operands it stands alone. */
static Node *cond_expr_to(Checker *ck, Node *n, Type *target) {
    n->cond = coerce_assign(expr(ck, n->cond), ty_boolean);
    bool poly = target && is_reference(target) && target != ty_null;
    n->then = poly ? expr_to(ck, n->then, target) : expr(ck, n->then);
    n->els = poly ? expr_to(ck, n->els, target) : expr(ck, n->els);
    Type *ux = n->then->ty == ty_error ? ty_error : unboxed_or_self(n->then->ty);
    Type *uy = n->els->ty == ty_error ? ty_error : unboxed_or_self(n->els->ty);
    bool numeric_or_boolean = (is_numeric(ux) && is_numeric(uy)) || (ux == ty_boolean && uy == ty_boolean);
    if (poly && n->then->ty != ty_error && n->els->ty != ty_error && !is_primitive(n->then->ty) &&
        !is_primitive(n->els->ty) && !numeric_or_boolean && n->then->ty != ty_void && n->els->ty != ty_void) {
        n->then = coerce_assign(n->then, target);
        n->els = coerce_assign(n->els, target);
        n->ty = target;
        return n;
    }
    if (n->then->ty == ty_error || n->els->ty == ty_error) {
        n->ty = ty_error;
        return n;
    }
    if (is_bits(n->then->ty) || is_bits(n->els->ty)) {
        /* c ? w : 0: one word type, a constant converted as in an assignment */
        n->ty = is_bits(n->then->ty) ? n->then->ty : n->els->ty;
        n->then = coerce_assign(n->then, n->ty);
        n->els = coerce_assign(n->els, n->ty);
        return n;
    }
    Type *t = conditional_type(n->then, n->els);
    if (!t || t == ty_void) {
        error_at(n->loc, "incompatible types in conditional expression: %s and %s", type_user_name(n->then->ty), type_user_name(n->els->ty));
        n->ty = ty_error;
        return n;
    }
    n->ty = t;
    n->then = conv_boxing(n->then, t);
    n->els = conv_boxing(n->els, t);
    if (has_const(n->cond) && has_const(n->then) && has_const(n->els) && is_primitive(t))
        n->cval = n->cond->cval.i ? n->then->cval : n->els->cval;
    else if (has_const(n->cond) && has_const(n->then) && has_const(n->els) && t == ty_string)
        n->cval = n->cond->cval.i ? n->then->cval : n->els->cval;
    return n;
}

static bool is_functional(Type *t) {
    return t->kind == TY_CLASS && class_functional_method(t->cls, object_class);
}

static Node *cast_expr(Checker *ck, Node *n);
static Node *lambda_to_all(Checker *ck, Node *lam, Type *target, Vec *more);

/* (T1 & T2 & ... & Tn) e (JLS 15.16): each Ti after the first an
 * interface; e is checked against Tn first and T1 last, as javac's casts
 * run, so n becomes (T1) (T2) ... (Tn) e.  A lambda or method reference
 * implements the one functional interface among them and the others. */
static Node *intersection_cast(Checker *ck, Node *n, Type *first) {
    Vec bounds = {0};
    bool ok = first != ty_error;
    vec_push(&bounds, first);
    for (int i = 0; i < n->args.len; i++) {
        Node *tn = n->args.items[i];
        Type *t = resolve_type(ck, tn);
        if (t != ty_error && (t->kind != TY_CLASS || !t->cls->is_interface)) {
            error_at(tn->loc, "interface expected here");
            t = ty_error;
        }
        for (int j = 0; j < bounds.len && t != ty_error; j++)
            if (erase(bounds.items[j]) == erase(t)) {
                error_at(tn->loc, "repeated interface");
                t = ty_error;
            }
        ok &= t != ty_error;
        vec_push(&bounds, t);
    }
    n->args.len = 0;
    if (!ok) {
        n->lhs = expr(ck, n->lhs);
        n->ty = ty_error;
        return n;
    }
    if (n->lhs->kind == ND_LAMBDA || n->lhs->kind == ND_METHOD_REF) {
        int f = 0;
        while (f < bounds.len && !is_functional(bounds.items[f])) f++;
        if (f == bounds.len) f = 0; /* (reported by lambda_to_all) */
        Type *target = bounds.items[f];
        bounds.items[f] = bounds.items[0];
        bounds.items[0] = target;
        Vec more = {0};
        for (int i = 1; i < bounds.len; i++) vec_push(&more, bounds.items[i]);
        n->lhs = lambda_to_all(ck, n->lhs, target, &more);
        return cast_expr(ck, n);
    }
    for (int i = bounds.len - 1; i >= 1; i--) {
        Node *c = new_node(ND_CAST, n->loc);
        c->type_node = new_node(ND_TYPE, n->loc);
        c->type_node->ty = bounds.items[i];
        c->lhs = n->lhs;
        n->lhs = c;
    }
    return cast_expr(ck, n);
}

static Node *cast_expr(Checker *ck, Node *n) {
    Type *t = resolve_type(ck, n->type_node);
    if (n->args.len) return intersection_cast(ck, n, t);
    if (n->lhs->kind == ND_LAMBDA || n->lhs->kind == ND_METHOD_REF) {
        /* a cast is a lambda's context (JLS 15.27) */
        if (t == ty_error) return n->ty = ty_error, n;
        n->lhs = lambda_to(ck, n->lhs, t);
    } else if (!n->lhs->ty) {
        n->lhs = expr(ck, n->lhs);
    }
    n->ty = t;
    if (t == ty_error || n->lhs->ty == ty_error) {
        n->ty = ty_error;
        return n;
    }
    if (!castable(n->lhs->ty, t)) {
        report_incompatible(n->loc, n->lhs->ty, t);
        n->ty = ty_error;
        return n;
    }
    if (is_bits(t) || is_bits(n->lhs->ty)) return n;   /* no boxing; never a constant */
    use_boxing(n->lhs->ty, t);
    if (has_const(n->lhs) && is_primitive(t)) n->cval = const_convert(n->lhs->cval, t);
    else if (has_const(n->lhs) && t == ty_string) n->cval = n->lhs->cval;
    return n;
}

static Checker *anon_enclosing;  /* checker_for: the code making the anonymous class being checked */
static void class_bodies(Program *prog, ClassDecl *c, int errors);

/* new T(args) { body }: the anonymous class extends T (its constructor
 * gets the arguments) or implements interface T; its code is checked
 * here, where the local variables it may use are in scope. */
static Node *anonymous_new(Checker *ck, Node *n, Type *t) {
    ClassDecl *a = n->anon;
    ClassDecl *tc = class_of_type(t);
    if (tc->is_interface) {
        if (n->args.len) error_at(n->loc, "anonymous class implements interface; cannot have arguments");
        n->method = NULL;
    } else if (tc->is_enum && !a->is_enum_body) {
        error_at(n->loc, "enum types may not be instantiated");
    } else if (!ctor_call(ck, n, tc, &n->args)) {
        n->ty = ty_error;
        return n;
    }
    if (diamond_anonymous(a) && !a->super) {
        /* the diamond's type arguments (from the target or the constructor's
         * arguments; else the bounds) are the anonymous class's supertype's */
        if (n->ty->kind == TY_CLASS && !n->ty->ntargs && tc->type_params.len) {
            Type **args = xalloc(sizeof(Type *) * (size_t)tc->type_params.len);
            for (int i = 0; i < tc->type_params.len; i++) args[i] = ((TypeParam *)tc->type_params.items[i])->type->bound;
            n->ty = class_type_args(tc, args, tc->type_params.len);
        }
        a->super_node->ty = n->ty;
        Checker hk = {.prog = ck->prog};
        resolve_extends(&hk, a);
        layout_class(&hk, a);
    }
    if (ck->static_ctx) a->outer_this = NULL; /* made in a static context: no outer instance */
    else if (a->outer_this) {
        /* made in a lambda body: the outer instance is the lambda's
         * enclosing instance, none when the lambda has none */
        int hops = outer_hops(ck, a->outer);
        if (hops < 0) a->outer_this = NULL;
        else n->outer_hops = hops;
    }
    use_class(tc);
    Checker *saved = anon_enclosing;
    anon_enclosing = ck;
    class_bodies(ck->prog, a, error_count);
    anon_enclosing = saved;
    a->bodies_checked = true;
    n->ty = class_type(a);
    return n;
}

/* new C<>(...) where a T<A...> is expected (JLS 15.9.3, the common case):
 * C's type arguments are those that make C's view as T be T<A...>. */
static void diamond_from_target(Checker *ck, Node *e, Type *target) {
    Node *tn = e->type_node;
    if (tn->qual.len != 1) return;
    ClassDecl *c = find_class(ck, ck->cls, tn->qual.items[0], tn->loc);
    if (!c || !c->type_params.len) return;
    Type *view = class_as_super(class_this_type(c), target->cls);
    if (!view || view->ntargs != target->ntargs) return;
    int n = c->type_params.len;
    Type **args = xalloc(sizeof(Type *) * (size_t)n);
    for (int i = 0; i < view->ntargs; i++) {
        Type *v = view->targs[i];
        for (int k = 0; k < n; k++)
            if (v->kind == TY_TYPEVAR && v->tparam == c->type_params.items[k])
                args[k] = wildcard_upper(non_wildcard(target)->targs[i], ((TypeParam *)c->type_params.items[k])->type->bound);
    }
    for (int k = 0; k < n; k++)
        if (!args[k]) return;
    tn->ty = class_type_args(c, args, n);
}

/* e checked where a value of type target is expected: a lambda or a
 * method reference gets target as its functional interface. */
static bool is_lambda_like(Node *e) {
    return e->kind == ND_LAMBDA || e->kind == ND_METHOD_REF || (e->kind == ND_COND && (is_lambda_like(e->then) || is_lambda_like(e->els)));
}

static Node *expr_to(Checker *ck, Node *e, Type *target) {
    if ((e->kind == ND_LAMBDA || e->kind == ND_METHOD_REF) && target && target != ty_error) return lambda_to(ck, e, target);
    if (e->kind == ND_COND && is_lambda_like(e) && target && target != ty_error) {
        /* c ? () -> a : () -> b: each branch gets the target (JLS 15.25.3) */
        e->cond = coerce_assign(expr(ck, e->cond), ty_boolean);
        e->then = coerce_assign(expr_to(ck, e->then, target), target);
        e->els = coerce_assign(expr_to(ck, e->els, target), target);
        e->ty = target;
        return e;
    }
    if (e->kind == ND_COND && target && target != ty_error) return cond_expr_to(ck, e, target);
    if (e->kind == ND_CALL && target && target != ty_error) {
        ck->call_target = target;   /* a generic method's type arguments may come from it */
        Node *r = expr(ck, e);
        ck->call_target = NULL;
        return r;
    }
    if (e->kind == ND_NEW && e->type_node && e->type_node->diamond && !e->lhs && target &&
        target->kind == TY_CLASS && target->ntargs)
        diamond_from_target(ck, e, target);
    return expr(ck, e);
}

static Node *made_node(NodeKind k, Loc loc, const char *name) {
    Node *n = new_node(k, loc);
    n->name = name ? intern(name, (int)strlen(name)) : NULL;
    return n;
}

/* X::m as a lambda with nparams parameters (JLS 15.13): a constructor
 * (X::new), a static method of type X, an instance method of type X
 * called on the first parameter, or a method of the value of expression X
 * (evaluated at each call: Lime's choice, see docs/language.md). */
/* The receiver of expr::m (JLS 15.13.3) is evaluated once, when the
 * reference is, and must not be null: the lambda's body names a variable
 * $recvN of the making code (lam->var; this and super are themselves),
 * which lambda_to_all turns into a copy made from the expression. */
static Node *reference_receiver(Checker *ck, Node *lam, Node *q) {
    if (q->kind == ND_THIS || q->kind == ND_SUPER) return q;
    static int count;
    int errors = error_count;
    Node *e = q->ty ? q : expr(ck, q);
    if (error_count != errors || e->ty == ty_error) return NULL;
    const char *name = xprintf("$recv%d", ++count);
    LocalVar *v = xalloc(sizeof *v);
    v->name = intern(name, (int)strlen(name));
    v->loc = q->loc;
    v->ty = e->ty;
    v->is_final = true;
    scope_add(ck->scope, v);   /* in scope for the capture; no local of the method */
    lam->var = v;
    lam->rhs = e;
    return made_node(ND_NAME, q->loc, name);
}

static Node *method_ref_lambda(Checker *ck, Node *ref, int nparams) {
    Node *lam = new_node(ND_LAMBDA, ref->loc);
    Node **ps = xalloc(sizeof(Node *) * (size_t)(nparams + 1));
    for (int i = 0; i < nparams; i++) {
        const char *pn = xprintf("$p%d", i);
        LocalVar *v = xalloc(sizeof *v);
        v->name = intern(pn, (int)strlen(pn));
        v->loc = ref->loc;
        v->is_param = true;
        vec_push(&lam->vars, v);
        ps[i] = made_node(ND_NAME, ref->loc, pn);
    }
    if (ref->type_node) {
        /* T[]::new: n -> new T[n] */
        if (nparams != 1) {
            error_at(ref->loc, "incompatible types: invalid constructor reference");
            return NULL;
        }
        Node *elem = xalloc(sizeof *elem);
        *elem = *ref->type_node;
        elem->dims = 0;
        Node *call = new_node(ND_NEW_ARRAY, ref->loc);
        call->type_node = elem;
        vec_push(&call->args, ps[0]);
        call->extra_dims = ref->type_node->dims - 1;
        lam->lhs = call;
        return lam;
    }
    Node *q = ref->lhs;
    bool is_type = false;
    ClassDecl *qc = NULL;
    const char *owner = NULL;
    if (q->kind == ND_NAME || q->kind == ND_FIELD) {
        /* a type name or an expression: what it names where the reference is */
        int errors = error_count;
        Node *probe = expr_or_type(ck, q);
        if (error_count != errors) return NULL;
        if (!probe->cls && !probe->lib_owner) q = probe; /* an expression, checked */
        is_type = probe->cls != NULL || probe->lib_owner != NULL;
        qc = probe->cls;
        owner = probe->lib_owner;
        if (owner && !strcmp(owner, "System.out")) is_type = false;
        if (owner && !strcmp(owner, "System.err")) is_type = false;
    }
    Node *call;
    if (!strcmp(ref->name, "new")) {
        if (!is_type) {
            error_at(ref->loc, "invalid constructor reference");
            return NULL;
        }
        call = new_node(ND_NEW, ref->loc);
        call->type_node = new_node(ND_TYPE, q->loc);
        call->type_node->prim = TY_CLASS;
        if (qc) vec_push(&call->type_node->qual, (void *)qc->name);
        else vec_push(&call->type_node->qual, (void *)(owner ? owner : "?"));
        for (int i = 0; i < nparams; i++) vec_push(&call->args, ps[i]);
    } else {
        call = made_node(ND_CALL, ref->loc, ref->name);
        call->targs = ref->targs;   /* C::<A>m */
        bool static_ok = false;
        if (is_type && qc) {
            Vec ms = class_methods_named(qc, ref->name, object_class);
            for (int i = 0; i < ms.len; i++) {
                MethodDecl *m = ms.items[i];
                if ((m->mods & MOD_STATIC) && m->params.len == nparams) static_ok = true;
            }
        }
        /* a library table's static member (a wrapper class's of lib/: Integer::parseInt) */
        const char *table_owner = owner ? owner : qc && qc != object_class ? builtin_owner_of(qc) : NULL;
        if (is_type && table_owner && !static_ok) {
            const Builtin *bs[32];
            int nb = builtin_lookup(table_owner, ref->name, bs, 32);
            for (int i = 0; i < nb; i++)
                if ((bs[i]->flags & BI_STATIC) && !(bs[i]->flags & BI_FIELD)) {
                    Type *pt[16];
                    if (builtin_param_types(bs[i], pt, 16) == nparams) static_ok = true;
                }
        }
        if (!is_type || static_ok) {
            /* (System.out::println: the library's stream, named again) */
            call->lhs = is_type || owner ? q : reference_receiver(ck, lam, q);
            if (!call->lhs) return NULL;
            for (int i = 0; i < nparams; i++) vec_push(&call->args, ps[i]);
        } else if (nparams >= 1) {
            /* an instance method of type X, on the first parameter */
            call->lhs = ps[0];
            for (int i = 1; i < nparams; i++) vec_push(&call->args, ps[i]);
        } else {
            error_at(ref->loc, "invalid method reference: %s", ref->name);
            return NULL;
        }
    }
    lam->lhs = call;
    return lam;
}

/* The name javac gives the method of lambda a's body (stack traces show
 * it): lambda$<method>$<n> in the class the lambda is written in (for a
 * lambda in a lambda, the outer one's), the method being "new" in
 * constructors and instance initialisers, "static" in static ones, and n
 * counting the class's lambdas as javac translates them: in order, a
 * lambda's inner lambdas before it.  place_lambda runs as a is made,
 * number_lambda once its body is checked. */
static void place_lambda(Checker *ck, ClassDecl *a) {
    ClassDecl *host = ck->cls;
    if (host->is_lambda && host->lambda_host) {
        a->lambda_in = host->lambda_in;
        a->lambda_host = host->lambda_host;
        return;
    }
    MethodDecl *m = ck->method;
    a->lambda_in = !m || !strcmp(m->name, "<clinit>") ? "static" : m->is_ctor || !strcmp(m->name, "<init-block>") ? "new" : m->name;
    a->lambda_host = host;
}

static void number_lambda(ClassDecl *a) {
    a->lambda_method = xprintf("lambda$%s$%d", a->lambda_in, a->lambda_host->lambda_frames++);
}

/* A lambda (or method reference) as an object of functional interface
 * target (JLS 15.27): an anonymous class implementing target whose one
 * method is the lambda's body, checked where the lambda is (its local
 * variables captured, `this` the enclosing instance). */
static Node *lambda_to(Checker *ck, Node *lam, Type *target) { return lambda_make(ck, lam, target, NULL, NULL); }

/* A lambda's class implements target, whose one abstract method its body
 * is, and the interfaces `more` (Type*: the other bounds of an
 * intersection cast, JLS 15.16), or NULL. */
static Node *lambda_to_all(Checker *ck, Node *lam, Type *target, Vec *more) { return lambda_make(ck, lam, target, more, NULL); }

static void lambda_throws(MethodDecl *m, MethodDecl *sam, Type *target);
static Node *lambda_return(Node *e, Type *ret);

/* The types of the values a lambda's body returns (JLS 15.27.3), as one:
 * their lub, boxed; void when it returns none. */
static Type *returned_type(MethodDecl *m) {
    Type *r = NULL;
    for (int i = 0; i < m->ret_stmts.len; i++) {
        Node *e = ((Node *)m->ret_stmts.items[i])->lhs;
        Type *t = e && e->ty != ty_void ? e->ty : NULL;
        if (!t || t == ty_error) return t;
        if (is_primitive(t)) t = box_type(t);
        r = r ? lub(r, t) : t;
    }
    return r ? r : ty_void;
}

/* e, the value a lambda returns, converted to its return type.  That
 * comes from the lambda's target, whose type arguments inference may
 * have left at their bounds (flatMap(C::m) infers no U from m): compared
 * by erasure. */
static Node *lambda_return(Node *e, Type *ret) {
    bool saved = library_code;
    in_lambda_return = library_code = true;
    e = coerce_assign(e, ret);
    in_lambda_return = false;
    library_code = saved;
    return e;
}

/* The return type of a lambda made with lambda_make(..., &ret) becomes that
 * of target's function type: its return statements are checked against it
 * and its class is laid out. */
static void lambda_finish(Checker *ck, Node *made, Type *target) {
    ClassDecl *a = made->anon;
    MethodDecl *m = a->methods.items[0];
    target = non_wildcard(target);
    MethodDecl *sam = class_functional_method(a->ifaces.items[0], object_class);
    a->iface_types.items[0] = target;
    lambda_throws(m, sam, target);
    m->infers_ret = false;
    m->ret = class_member_type(target, sam->owner, sam->ret);
    if (m->ret && m->ret->kind == TY_TYPEVAR && sam->type_params.len) m->ret = erase(m->ret);
    for (int i = 0; i < m->ret_stmts.len; i++) {
        Node *st = m->ret_stmts.items[i];
        if (!st->lhs || st->lhs->ty == ty_error) continue;
        if (m->ret == ty_void) error_at(st->lhs->loc, "incompatible types: bad return type in lambda expression");
        else st->lhs = lambda_return(st->lhs, m->ret);
    }
    class_layout_methods(ck->prog, a);
}

/* A lambda's method may throw what its interface method declares, seen
 * through the target type (Action<IOException>: run() throws E). */
static void lambda_throws(MethodDecl *m, MethodDecl *sam, Type *target) {
    m->throws.len = 0;
    for (int i = 0; i < sam->throws.len; i++) {
        Node *d = sam->throws.items[i];
        Node *tn = new_node(ND_TYPE, d->loc);
        tn->ty = d->ty ? class_member_type(target, sam->owner, d->ty) : ty_error;
        if (tn->ty->kind == TY_TYPEVAR && sam->type_params.len) tn->ty = erase(tn->ty);
        vec_push(&m->throws, tn);
    }
}

/* ret NULL: the lambda as an object of target (without wildcards, JLS
 * 9.9), and of the interfaces `more` (lambda_to_all).  Else target's
 * function type has a return type still being inferred: the body is
 * checked without it, *ret gets the type it returns, and lambda_finish
 * completes the lambda once the return type is known. */
static Node *lambda_make(Checker *ck, Node *lam, Type *target, Vec *more, Type **ret) {
    target = non_wildcard(target);
    ClassDecl *fi = class_of_type(target);
    MethodDecl *sam = fi && target->kind == TY_CLASS ? class_functional_method(fi, object_class) : NULL;
    if (!sam) {
        error_at(lam->loc, "incompatible types: %s is not a functional interface", type_user_name(target));
        lam->ty = ty_error;
        return lam;
    }
    bool is_method_ref = lam->kind == ND_METHOD_REF;
    if (is_method_ref) {
        Node *l = method_ref_lambda(ck, lam, sam->params.len);
        if (!l) {
            lam->ty = ty_error;
            return lam;
        }
        lam = l;
    }
    if (lam->vars.len != sam->params.len) {
        error_at(lam->loc, "incompatible types: incompatible parameter types in lambda expression");
        lam->ty = ty_error;
        return lam;
    }
    ClassDecl *top = top_level_of(ck->cls);
    int number = ++top->lambda_count;
    ClassDecl *a = xalloc(sizeof *a);
    a->name = intern(xprintf("$$Lambda$%d", number), (int)strlen(xprintf("$$Lambda$%d", number)));
    a->qualname = intern(xprintf("%s$$Lambda$%d", top->qualname, number),
                         (int)strlen(xprintf("%s$$Lambda$%d", top->qualname, number)));
    a->loc = lam->loc;
    a->mods = MOD_FINAL;
    a->outer = ck->cls;
    a->decl_method = ck->method;
    a->is_anonymous = a->is_inner = a->is_lambda = true;
    place_lambda(ck, a);
    a->is_library = ck->cls->is_library;
    a->unit = top->unit;
    a->package = top->package;
    a->super = object_class;
    vec_push(&a->ifaces, fi);
    vec_push(&a->iface_types, target);
    for (int i = 0; more && i < more->len; i++) {
        Type *t = more->items[i];
        vec_push(&a->ifaces, t->cls);
        vec_push(&a->iface_types, t);
        use_class(t->cls);
    }
    a->hier_state = 2;
    if (!ck->static_ctx && !(ck->cls->is_lambda && !ck->cls->outer_this)) {
        FieldDecl *f = xalloc(sizeof *f);
        f->name = intern("this$0", 6);
        f->loc = a->loc;
        f->mods = MOD_FINAL | MOD_PRIVATE;
        f->owner = a;
        f->ty = class_this_type(ck->cls);
        f->const_state = 2;
        f->index = a->ninstance_fields++;
        vec_push(&a->fields, f);
        a->outer_this = f;
    }
    MethodDecl *m = xalloc(sizeof *m);
    m->name = sam->name;
    m->loc = lam->loc;
    m->mods = MOD_PUBLIC;
    m->owner = a;
    m->ret = class_member_type(target, sam->owner, sam->ret);
    if (m->ret && m->ret->kind == TY_TYPEVAR && sam->type_params.len) m->ret = erase(m->ret);
    if (ret) {
        m->infers_ret = true;
        m->ret = NULL;
    }
    for (int i = 0; i < lam->vars.len; i++) {
        LocalVar *v = lam->vars.items[i];
        v->is_param = true;
        Type *pt = class_member_type(target, sam->owner, ((LocalVar *)sam->params.items[i])->ty);
        v->ty = v->type_node ? resolve_type(ck, v->type_node) : pt;
        if (v->ty != pt && v->ty != ty_error && pt != ty_error && erase(v->ty) != erase(pt)) {
            error_at(lam->loc, "incompatible types: incompatible parameter types in lambda expression");
            lam->ty = ty_error;
            return lam;
        }
        vec_push(&m->params, v);
    }
    lambda_throws(m, sam, target);
    m->sig = signature(m, m->name);
    m->mangled = xprintf("%s.%s", a->qualname, m->sig);
    Node *body = lam->body;
    if (!body) {
        body = new_node(ND_BLOCK, lam->loc);
        body->end_loc = lam->loc;
        Node *st;
        if (m->ret == ty_void) {   /* (one whose return type is inferred returns its value) */
            st = new_node(ND_EXPR_STMT, lam->lhs->loc);
        } else {
            st = new_node(ND_RETURN, lam->lhs->loc);
        }
        st->lhs = lam->lhs;
        vec_push(&body->stmts, st);
    }
    m->body = body;
    vec_push(&a->methods, m);
    if (!ret) class_layout_methods(ck->prog, a);
    vec_push(&ck->cls->nested, a);
    vec_push(&ck->prog->classes, a);
    use_class(fi);
    Checker *saved = anon_enclosing;
    anon_enclosing = ck;
    class_bodies(ck->prog, a, error_count);
    anon_enclosing = saved;
    a->bodies_checked = true;
    if (!is_method_ref) number_lambda(a); /* after its body: inner lambdas first */
    for (int i = 0; lam->var && i < a->captures.len; i++) {
        Capture *cap = a->captures.items[i];
        if (cap->var != lam->var) continue;
        /* expr::m: the copy is made from the expression itself (reference_receiver) */
        cap->source = lam->rhs;
        cap->check_null = true;
    }
    if (ret) *ret = returned_type(m);
    Node *n = new_node(ND_NEW, lam->loc);
    n->anon = a;
    n->ty = class_type(a);
    return n;
}

static Node *new_expr(Checker *ck, Node *n) {
    Type *t = NULL;
    if (n->lhs) {
        /* outer.new Inner(): Inner is a member class of outer's class */
        n->lhs = expr(ck, n->lhs);
        ClassDecl *oc = class_of_type(n->lhs->ty);
        if (n->lhs->ty == ty_error) t = ty_error;
        else if (oc && n->type_node->qual.len == 1) {
            for (ClassDecl *k = oc; k && !t; k = k->super) {
                ClassDecl *in = nested_class(k, n->type_node->qual.items[0]);
                if (in) t = n->type_node->ty = type_with_args(ck, n->type_node, in);
            }
        }
        if (!t) {
            error_at(n->type_node->loc, "cannot find symbol: class '%s'", (char *)n->type_node->qual.items[0]);
            t = ty_error;
        }
    } else {
        t = resolve_type(ck, n->type_node);
    }
    /* a generic call argument may take its type arguments from the constructor's parameter */
    check_args_to(ck, n, t->kind == TY_CLASS && !n->anon ? t->cls : NULL, t, NULL);
    n->ty = t;
    if (t == ty_error) return n;
    if (n->anon && t->kind == TY_OBJECT) return anonymous_new(ck, n, t);
    if (t->kind == TY_OBJECT) {
        if (n->args.len) error_at(n->loc, "constructor Object in class Object cannot be applied to given types");
        use_class(object_class);
        return n;
    }
    if (t == ty_string) {
        /* new String(...): the library's constructors, a call of String.new */
        n->kind = ND_CALL;
        n->name = "new";
        n->lhs = NULL;
        const Builtin *bs[8];
        int nb = builtin_lookup("String", "new", bs, 8);
        Candidate cands[8];
        for (int i = 0; i < nb; i++) candidate_of_builtin(&cands[i], bs[i]);
        int k = resolve_overload(cands, nb, &n->args, "String", n->loc);
        if (k < 0) {
            n->ty = ty_error;
            return n;
        }
        coerce_args(ck, &n->args, &cands[k]);
        n->builtin = cands[k].b;
        return n;
    }
    if (t->kind != TY_CLASS) {
        error_at(n->loc, "creating objects of type %s with 'new' is not supported", type_user_name(t));
        n->ty = ty_error;
        return n;
    }
    for (int i = 0; i < n->args.len; i++)
        if (((Node *)n->args.items[i])->ty == ty_error) return n;
    if (n->anon) return anonymous_new(ck, n, t);
    if (t->cls->is_inner && (t->cls->outer_this || !t->cls->is_local)) {
        /* an inner class's object: its outer instance is `this` (or an
         * enclosing instance) or the expression before `.new` */
        if (n->lhs) {
            if (n->lhs->ty != ty_error && !is_method_convertible(n->lhs->ty, class_type(t->cls->outer)))
                report_incompatible(n->lhs->loc, n->lhs->ty, class_type(t->cls->outer));
        } else {
            int hops = ck->static_ctx ? -1 : outer_hops(ck, t->cls->outer);
            if (hops < 0) {
                error_at(n->loc, "non-static variable this cannot be referenced from a static context");
                n->ty = ty_error;
                return n;
            }
            n->outer_hops = hops;
        }
    } else if (n->lhs) {
        error_at(n->loc, "qualified new of static class");
        n->ty = ty_error;
        return n;
    }
    if (t->cls->is_enum && !n->implicit) {
        error_at(n->loc, "enum types may not be instantiated");
        n->ty = ty_error;
        return n;
    }
    if (t->cls->mods & MOD_ABSTRACT) {
        error_at(n->loc, "%s is abstract; cannot be instantiated", t->cls->qualname);
        n->ty = ty_error;
        return n;
    }
    if (t->cls->is_library && !strcmp(t->cls->name, "Class")) {
        error_at(n->loc, "Class() has private access in Class");
        n->ty = ty_error;
        return n;
    }
    if (!ctor_call(ck, n, t->cls, &n->args)) n->ty = ty_error; /* else t, or the diamond's inferred type */
    return n;
}

/* ------------------------------------------------------------ Lime extensions */

/* op ! a: a reduce task (LANGUAGE.md 2.5).  The operator is a token, or a
 * method: Math.min, Math.max or a local static T f(T, T). */
static Node *reduce_expr(Checker *ck, Node *n) {
    n->rhs = expr(ck, n->rhs);
    Type *at = n->rhs->ty;
    n->ty = ty_error;
    if (at == ty_error) return n;
    if (!is_any_array(at)) {
        error_at(n->rhs->loc, "reduce '!' needs an array, found %s", type_user_name(at));
        return n;
    }
    Type *t = at->elem;
    if (!n->lhs) {
        bool ok;
        switch (n->op) {
        case TK_PLUS: case TK_STAR:
            ok = t == ty_int || t == ty_long || t == ty_float || t == ty_double;
            break;
        case TK_AMP: case TK_BAR: case TK_CARET: ok = t == ty_int || t == ty_long || t == ty_boolean || is_bits(t); break;
        default: ok = t == ty_boolean; break;
        }
        if (!ok) {
            error_at(n->loc, "bad operand type %s for reduce operator '%s'", type_user_name(t), op_text(n->op));
            return n;
        }
        n->ty = t;
        return n;
    }
    /* a method: resolve the name as a call f(T, T) would be */
    Node *m = n->lhs;
    const char *name = m->name;
    const char *tn = type_user_name(t);
    if (m->kind == ND_FIELD) {
        Node *owner = m->lhs = expr_or_type(ck, m->lhs);
        if (owner->lib_owner && !strcmp(owner->lib_owner, "Math") && (!strcmp(name, "min") || !strcmp(name, "max"))) {
            if (!(t == ty_int || t == ty_long || t == ty_float || t == ty_double)) {
                error_at(n->loc, "bad operand type %s for reduce method 'Math.%s'", tn, name);
                return n;
            }
            const Builtin *bs[8];
            int nb = builtin_lookup("Math", name, bs, 8);
            for (int i = 0; i < nb; i++) {
                Type *ps[2];
                if (builtin_param_types(bs[i], ps, 2) == 2 && ps[0] == t) m->builtin = bs[i];
            }
            LIME_ASSERT(m->builtin);
            n->ty = t;
            return n;
        }
        if (!owner->cls) {
            error_at(m->loc, "reduce needs an operator or a method name before '!'");
            return n;
        }
        m->cls = owner->cls;
    } else if (m->kind == ND_NAME) {
        for (ClassDecl *c = ck->cls; c && !m->cls; c = c->outer)
            if (has_method_named(c, name)) m->cls = c;
        if (!m->cls) {
            error_at(m->loc, "cannot find symbol: method '%s(%s,%s)'", name, tn, tn);
            return n;
        }
    }
    MethodDecl *found = NULL;
    for (int i = 0; i < m->cls->methods.len; i++) {
        MethodDecl *f = m->cls->methods.items[i];
        if (strcmp(f->name, name)) continue;
        if (f->params.len == 2 && ((LocalVar *)f->params.items[0])->ty == t &&
            ((LocalVar *)f->params.items[1])->ty == t && f->ret == t && (f->mods & MOD_STATIC) && (f->mods & MOD_LOCAL))
            found = f;
    }
    if (!found) {
        error_at(m->loc, "reduce method '%s' must be a local static method taking (%s, %s) and returning %s", name, tn,
                 tn, tn);
        return n;
    }
    m->method = found;
    n->ty = t;
    return n;
}

/* The items a filter whose parameter has type pt pops a firing from a
 * stream of `in` items: 1 when pt is `in` (also a value array: a stream of
 * value arrays), N when pt is in[[N]] (0 for in[[0]]: an error for the
 * caller), -1 when it takes no such items. */
static int pop_rate(Type *pt, Type *in) {
    if (pt == in) return 1;
    if (pt->kind == TY_VALUE_ARRAY && pt->fixed_len >= 0 && pt->elem == in) return pt->fixed_len;
    return -1;
}

/* Resolves the method of `task ...`: returns it, sets *state to the
 * `new C(args)` of a stateful filter (else NULL) and *pop to the items it
 * pops a firing (pop_rate). */
static MethodDecl *task_method(Checker *ck, Node *task, Type *in, Node **state, int *pop) {
    Node *ref = task->lhs;
    ClassDecl *cls = NULL;
    *state = NULL;
    if (ref->kind == ND_FIELD && ref->lhs->kind == ND_NEW) {
        Node *nw = ref->lhs = expr(ck, ref->lhs);
        if (nw->ty == ty_error) return NULL;
        *state = nw;
        cls = nw->ty->cls;
    } else if (ref->kind == ND_FIELD) {
        Node *owner = ref->lhs = expr_or_type(ck, ref->lhs);
        if (!owner->cls) {
            if (owner->ty != ty_error) error_at(ref->loc, "a task names a method: task C.m or task new C(...).m");
            return NULL;
        }
        cls = owner->cls;
    } else {
        for (ClassDecl *c = ck->cls; c && !cls; c = c->outer)
            if (has_method_named(c, ref->name)) cls = c;
    }
    const char *name = ref->name;
    MethodDecl *one = NULL, *exact = NULL;
    int count = 0;
    for (int i = 0; cls && i < cls->methods.len; i++) {
        MethodDecl *f = cls->methods.items[i];
        if (strcmp(f->name, name)) continue;
        count++;
        if (f->params.len != 1) continue;
        one = f;
        int rate = pop_rate(((LocalVar *)f->params.items[0])->ty, in);
        if (rate >= 0 && (!exact || rate == 1)) {
            exact = f;
            *pop = rate;
        }
    }
    if (!count) {
        error_at(ref->loc, "cannot find symbol: method '%s(%s)'", name, type_user_name(in));
        return NULL;
    }
    if (!one) {
        error_at(ref->loc, "task method '%s' must take exactly one parameter", name);
        return NULL;
    }
    MethodDecl *m = exact ? exact : one;
    if (!exact) {
        error_at(task->loc, "cannot connect a task producing %s to a task taking %s", type_user_name(in),
                 type_user_name(((LocalVar *)m->params.items[0])->ty));
        return NULL;
    }
    bool is_static = (m->mods & MOD_STATIC) != 0;
    if (*state && is_static) {
        error_at(ref->loc, "task new C(...).m needs an instance method; '%s' is static", name);
        return NULL;
    }
    if (!*state && !is_static) {
        error_at(ref->loc, "non-static method '%s' cannot be referenced from a static context", m->sig);
        return NULL;
    }
    return m;
}

static long long gcd_ll(long long a, long long b) {
    while (b) {
        long long t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* g's steady-state schedule (as StreamIt's): g->reps[i], the smallest
 * positive integers with reps[i]*push[i] == reps[i+1]*pop[i+1], so a
 * period of reps[0]*pop[0] source items leaves no item in any filter's
 * input; g->multirate.  False when a period would need more than 2^40
 * firings of some filter (rates of compile-time constants that large). */
static bool graph_rates(Graph *g) {
    int n = g->filters.len;
    const long long limit = 1LL << 40;
    /* reps[i] = num[i]/den[i] relative to reps[0] = 1, fractions in lowest terms */
    long long *num = xalloc(sizeof(long long) * (size_t)(n + 1)), *den = xalloc(sizeof(long long) * (size_t)(n + 1));
    g->multirate = false;
    long long lcm = 1;
    for (int i = 0; i < n; i++) {
        GraphFilter *f = g->filters.items[i];
        if (f->pops_array || f->pushes_array) g->multirate = true;   /* (a rate other than one fires arrays) */
        if (i == 0) num[i] = den[i] = 1;
        else {
            GraphFilter *prev = g->filters.items[i - 1];
            /* each factor at most 2^40 and 2^31: no overflow in 128 bits */
            __int128 a = (__int128)num[i - 1] * prev->push, b = (__int128)den[i - 1] * f->pop;
            if (a > (__int128)1 << 62 || b > (__int128)1 << 62) return false;
            long long d = gcd_ll((long long)a, (long long)b);
            num[i] = (long long)(a / d);
            den[i] = (long long)(b / d);
        }
        if (num[i] > limit || den[i] > limit) return false;
        __int128 l = (__int128)(lcm / gcd_ll(lcm, den[i])) * den[i];
        if (l > limit) return false;
        lcm = (long long)l;
    }
    g->reps = xalloc(sizeof(long long) * (size_t)(n + 1));
    long long all = 0;
    for (int i = 0; i < n; i++) {
        if (num[i] > limit / (lcm / den[i])) return false;
        g->reps[i] = num[i] * (lcm / den[i]);
        all = gcd_ll(all, g->reps[i]);
    }
    for (int i = 0; i < n; i++) g->reps[i] /= all;
    return true;
}

/* g => task ...: a new graph, one filter longer (LANGUAGE.md 2.6). */
static Node *connect_expr(Checker *ck, Node *n) {
    n->lhs = expr(ck, n->lhs);
    n->ty = ty_error;
    Type *gt = n->lhs->ty;
    if (n->rhs->kind != ND_TASK) {
        error_at(n->rhs->loc, "'=>' connects a stream graph to a task: '=> task C.m'");
        return n;
    }
    if (gt == ty_error) return n;
    if (gt->kind != TY_GRAPH) {
        error_at(n->loc, "'=>' needs a stream graph on its left (a.source() => ...), found %s", type_user_name(gt));
        return n;
    }
    Graph *prev = gt->graph;
    if (prev->ends_in_sink) {
        error_at(n->rhs->loc, "only the last task of a graph may be a sink");
        return n;
    }
    Node *state;
    int pop = 1;
    MethodDecl *m = task_method(ck, n->rhs, gt->elem, &state, &pop);
    if (!m) return n;
    GraphFilter *f = xalloc(sizeof *f);
    f->method = m;
    f->task = n->rhs;
    f->in = gt->elem;
    f->out = m->ret;
    f->pop = pop;
    f->pops_array = ((LocalVar *)m->params.items[0])->ty != gt->elem;   /* (pop_rate: T[[pop]]) */
    f->push = m->ret == ty_void ? 0 : 1;
    if (m->ret->kind == TY_VALUE_ARRAY && m->ret->fixed_len >= 0) {
        f->push = m->ret->fixed_len;
        f->out = m->ret->elem;
        f->pushes_array = true;
    }
    if (pop == 0 || (m->ret != ty_void && f->push == 0)) {
        error_at(n->rhs->loc, "filter '%s' %s no items a firing (%s): a rate must be at least 1", m->name,
                 pop == 0 ? "pops" : "pushes",
                 type_user_name(pop == 0 ? ((LocalVar *)m->params.items[0])->ty : m->ret));
        return n;
    }
    bool local = (m->mods & MOD_LOCAL) != 0;
    if (m->ret == ty_void) f->kind = TASK_SINK;
    else if (!local) {
        error_at(n->rhs->loc, "filter '%s' must be a local method", m->name);
        return n;
    } else f->kind = state ? TASK_STATEFUL_FILTER : TASK_FILTER;
    Graph *g = xalloc(sizeof *g);
    *g = *prev;
    g->id = ck->prog->graphs.len;
    g->filters = (Vec){0};
    for (int i = 0; i < prev->filters.len; i++) vec_push(&g->filters, prev->filters.items[i]);
    if (state) f->state_index = ++g->nstateful;
    vec_push(&g->filters, f);
    g->ends_in_sink = f->kind == TASK_SINK;
    if (!graph_rates(g)) {
        StrBuf sb = {0};
        for (int i = 0; i < g->filters.len; i++) {
            GraphFilter *gf = g->filters.items[i];
            sb_printf(&sb, "%s%s %d:%d", i ? ", " : "", gf->method->name, gf->pop, gf->push);
        }
        error_at(n->rhs->loc, "the rates of this graph (pop:push %s) need more than 2^40 firings of a filter a period",
                 sb_str(&sb));
        return n;
    }
    Type *t = xalloc(sizeof *t);
    t->kind = TY_GRAPH;
    t->elem = f->kind == TASK_SINK ? ty_void : f->out;
    t->graph = g;
    g->type = t;
    vec_push(&ck->prog->graphs, g);
    n->rhs->ty = ty_void;
    n->ty = t;
    return n;
}

/* new T[[]](a): a frozen copy of array a; new T[[n]]: n zero values. */
static Node *new_value_array_expr(Checker *ck, Node *n) {
    Type *t = resolve_type(ck, n->type_node);
    n->ty = ty_error;
    if (n->lhs) {
        n->lhs = expr(ck, n->lhs);
        Type *a = n->lhs->ty;
        if (t == ty_error || a == ty_error) return n;
        if (!is_any_array(a) || a->elem != t) {
            report_incompatible(n->lhs->loc, a, array_of(t));
            return n;
        }
    } else {
        n->rhs = int_index(ck, n->rhs);
        if (t == ty_error || n->rhs->ty == ty_error) return n;
    }
    if (t == ty_void) {
        error_at(n->type_node->loc, "'void' type not allowed here");
        return n;
    }
    /* new T[[N]] with a constant N has the fixed type T[[N]] */
    int fixed = (!n->lhs && n->rhs->cval.ty && n->rhs->cval.i >= 0) ? (int)n->rhs->cval.i : -1;
    n->ty = value_array_of(t, fixed);
    return n;
}

/* Checks an expression; returns the node to use in its place (with any
 * conversion wrapped around it). */
/* ------------------------------------------------------------ classes and exceptions */

/* A class of java.lang that the library (lib/) provides, e.g. "Throwable". */
static ClassDecl *lang_class(Checker *ck, const char *name) {
    for (int i = 0; i < ck->prog->top_classes.len; i++) {
        ClassDecl *c = ck->prog->top_classes.items[i];
        if (c->is_library && !strcmp(c->name, name) && c->package && !strcmp(c->package, "java.lang")) {
            use_class(c);
            return c;
        }
    }
    LIME_ASSERT(!"the library lacks a java.lang class");
    return NULL;
}

static bool is_throwable(Checker *ck, Type *t) {
    if (t->kind == TY_TYPEVAR) return t->bound != ty_null && is_throwable(ck, t->bound);   /* <X extends Throwable> */
    return t == ty_error || t == ty_null || (t->kind == TY_CLASS && class_is_subtype(t->cls, lang_class(ck, "Throwable")));
}

/* e instanceof T [name] (JLS 15.20.2) */
/* T.class: a Class<T> for a class or interface T (a generic one's raw
 * type: Class<List>), String or Object. */
static Node *class_literal_expr(Checker *ck, Node *n) {
    Type *t = resolve_type(ck, n->type_node);
    n->ty = ty_error;
    if (t == ty_error) return n;
    if (t->kind == TY_TYPEVAR) {
        error_at(n->loc, "cannot select from a type variable");
        return n;
    }
    if (t->kind == TY_CLASS && t->cls->is_value) {
        error_at(n->loc, "class literals of value classes are not supported");
        return n;
    }
    if (t->kind == TY_CLASS) {
        /* its descriptor: a library class is compiled for it (a member
         * class with its top-level class: class_is_compiled) */
        use_class(t->cls);
        use_class(top_level_of(t->cls));
        t = class_type(t->cls);
    } else if (t->kind != TY_OBJECT && t->kind != TY_STRING && !runtime_typed_array(t)) {
        error_at(n->loc, "class literals of %s are not supported", type_user_name(t));
        return n;
    }
    n->ty = class_type_args(lang_class(ck, "Class"), &t, 1);
    return n;
}

static Node *instanceof_expr(Checker *ck, Node *n) {
    n->lhs = expr(ck, n->lhs);
    Type *t = resolve_type(ck, n->type_node);
    Type *from = n->lhs->ty;
    n->ty = ty_boolean;
    if (t == ty_error || from == ty_error) return n;
    if (is_primitive(from) || is_value_type(from)) {
        error_at(n->lhs->loc, "unexpected type\n  required: reference\n  found:    %s", type_user_name(from));
        return n;
    }
    if (is_primitive(t) || (is_value_type(t) && !is_value_class(t))) {
        error_at(n->type_node->loc, "unexpected type\n  required: class or array\n  found:    %s", type_user_name(t));
        return n;
    }
    if (t->kind == TY_ARRAY && !runtime_typed_array(t)) {
        error_at(n->type_node->loc, "instanceof with an array of %s is not supported", type_user_name(leaf_elem(t)));
        return n;
    }
    if (!castable(from, t)) {
        error_at(n->loc, "incompatible types: %s cannot be converted to %s", type_user_name(from), type_user_name(t));
        return n;
    }
    use_boxing(from, t);  /* o instanceof V: a test of V's box */
    if (n->pattern_var) {
        if (from == t || (from != ty_null && is_method_convertible(from, t))) {
            error_at(n->loc, "expression type %s is a subtype of pattern type %s", type_user_name(from), type_user_name(t));
            return n;
        }
        LocalVar *v = n->pattern_var;
        v->ty = t;
        v->is_pattern = true;
        declare_local(ck, v);
    }
    return n;
}

static void throw_stmt(Checker *ck, Node *n) {
    n->lhs = expr(ck, n->lhs);
    if (!is_throwable(ck, n->lhs->ty))
        error_at(n->lhs->loc, "incompatible types: %s cannot be converted to Throwable", type_user_name(n->lhs->ty));
}

/* The type of a multi-catch parameter: the closest common superclass. */
static Type *catch_type(Vec *types) {
    Type *t0 = ((Node *)types->items[0])->ty;
    if (types->len == 1 || t0->kind != TY_CLASS) return t0;
    for (ClassDecl *c = t0->cls; c; c = c->super) {
        bool all = true;
        for (int i = 1; i < types->len && all; i++) {
            Type *ti = ((Node *)types->items[i])->ty;
            all = ti->kind == TY_CLASS && class_is_subtype(ti->cls, c);
        }
        if (all) return class_type(c);
    }
    return t0;
}

static void try_stmt(Checker *ck, Node *n) {
    push_scope(ck);
    stmt(ck, n->body);
    pop_scope(ck);
    Vec caught = {0};  /* the types of earlier catch clauses */
    for (int i = 0; i < n->catches.len; i++) {
        CatchClause *c = n->catches.items[i];
        ck->prog->has_catch = true;
        for (int j = 0; j < c->types.len; j++) {
            Node *tn = c->types.items[j];
            Type *t = resolve_type(ck, tn);
            if (t == ty_error) continue;
            if (!is_throwable(ck, t) || t == ty_null) {
                error_at(tn->loc, "incompatible types: %s cannot be converted to Throwable", type_user_name(t));
                tn->ty = ty_error;
                continue;
            }
            for (int k = 0; k < caught.len; k++) {
                Type *e = caught.items[k];
                if (class_is_subtype(t->cls, e->cls)) {
                    if (k >= caught.len - j) /* an alternative of this same multi-catch */
                        error_at(tn->loc, "Alternatives in a multi-catch statement cannot be related by subclassing\n"
                                          "  Alternative %s is a subclass of alternative %s",
                                 type_user_name(t), type_user_name(e));
                    else
                        error_at(tn->loc, "exception %s has already been caught", type_user_name(t));
                    break;
                }
                if (k >= caught.len - j && class_is_subtype(e->cls, t->cls)) {
                    error_at(tn->loc, "Alternatives in a multi-catch statement cannot be related by subclassing\n"
                                      "  Alternative %s is a subclass of alternative %s",
                             type_user_name(e), type_user_name(t));
                    break;
                }
            }
            vec_push(&caught, t);
        }
        bool bad = false;
        for (int j = 0; j < c->types.len; j++) bad |= ((Node *)c->types.items[j])->ty == ty_error;
        c->var->ty = bad ? ty_error : catch_type(&c->types);
        push_scope(ck);
        declare_local(ck, c->var);
        stmt(ck, c->body);
        pop_scope(ck);
    }
    if (n->finally_blk) {
        push_scope(ck);
        stmt(ck, n->finally_blk);
        pop_scope(ck);
    }
}

static Node *expr(Checker *ck, Node *n) {
    switch (n->kind) {
    case ND_LITERAL: literal(n); return n;
    case ND_NAME:
        name_expr(ck, n, false);
        return n;
    case ND_FIELD:
        field_expr(ck, n, false);
        if (!n->ty) {
            error_at(n->loc, "cannot find symbol: variable '%s'", n->name);
            n->ty = ty_error;
        }
        return n;
    case ND_CALL: return call_expr(ck, n);
    case ND_NEW: return new_expr(ck, n);
    case ND_NEW_ARRAY: return new_array_expr(ck, n);
    case ND_ARRAY_INIT:
        error_at(n->loc, "illegal start of expression: an array initializer needs a declared array type");
        n->ty = ty_error;
        return n;
    case ND_INDEX: {
        n->lhs = expr(ck, n->lhs);
        if (is_bits(n->lhs->ty) || n->then) return bits_index(ck, n);
        n->rhs = int_index(ck, n->rhs);
        Type *t = n->lhs->ty;
        if (t == ty_error) n->ty = ty_error;
        else if (!is_any_array(t)) {
            error_at(n->loc, "array required, but %s found", type_user_name(t));
            n->ty = ty_error;
        } else n->ty = t->elem;
        return n;
    }
    case ND_UNARY: return unary_expr(ck, n);
    case ND_PREINC: case ND_PREDEC: case ND_POSTINC: case ND_POSTDEC: return incdec_expr(ck, n);
    case ND_BINARY: return binary_expr(ck, n);
    case ND_ASSIGN: return assign_expr(ck, n);
    case ND_COND: return cond_expr(ck, n);
    case ND_CAST: return cast_expr(ck, n);
    case ND_THIS:
        if (n->lhs) {
            /* C.this: the enclosing instance of class C */
            Node *q = n->lhs = expr_or_type(ck, n->lhs);
            int hops = q->cls && !ck->static_ctx ? outer_hops(ck, q->cls) : -1;
            bool enclosing = false;
            for (ClassDecl *k = ck->cls; k && q->cls && !enclosing; k = k->outer) enclosing = k == q->cls;
            if (enclosing && hops < 0) {
                /* an enclosing class beyond a static context (a static class, a local record) */
                error_at(n->loc, "non-static variable 'this' cannot be referenced from a static context");
                n->ty = ty_error;
            } else if (!q->cls || hops < 0) {
                error_at(n->loc, "not an enclosing class: %s", q->cls ? q->cls->name : "?");
                n->ty = ty_error;
            } else {
                n->outer_hops = hops;
                n->ty = class_this_type(q->cls);
            }
            return n;
        }
        if (ck->cls->is_lambda) {
            /* `this` in a lambda body (nested ones too) is the enclosing instance */
            ClassDecl *k;
            int hops = lambda_this_hops(ck->cls, &k);
            if (hops >= 0) {
                n->outer_hops = hops;
                n->ty = class_this_type(k);
                return n;
            }
        }
        if (ck->static_ctx || ck->cls->is_lambda) {
            error_at(n->loc, "non-static variable 'this' cannot be referenced from a static context");
            n->ty = ty_error;
        } else n->ty = class_this_type(ck->cls);
        return n;
    case ND_SUPER:
        if (n->lhs) {
            /* I.super: I a direct superinterface of this class */
            Node *q = expr_or_type(ck, n->lhs);
            n->lhs = q;
            bool direct = false;
            for (int i = 0; q->cls && i < ck->cls->ifaces.len; i++) direct |= ck->cls->ifaces.items[i] == q->cls;
            if (ck->static_ctx || !direct) {
                error_at(n->loc, "not an enclosing class: %s", q->cls ? q->cls->name : "?");
                n->ty = ty_error;
            } else n->ty = class_type(q->cls);
            return n;
        }
        ClassDecl *self = ck->cls;
        int hops = ck->cls->is_lambda ? lambda_this_hops(ck->cls, &self) : 0;
        if (ck->static_ctx || hops < 0) {
            error_at(n->loc, "non-static variable 'super' cannot be referenced from a static context");
            n->ty = ty_error;
        } else if (!self->super) {
            error_at(n->loc, "'super' is not allowed here");
            n->ty = ty_error;
        } else {
            n->outer_hops = hops; /* (in a lambda body: the enclosing instance's super) */
            n->ty = self->super_type ? self->super_type : class_type(self->super);
        }
        return n;
    case ND_INSTANCEOF: return instanceof_expr(ck, n);
    case ND_CLASS_LIT: return class_literal_expr(ck, n);
    case ND_SWITCH_EXPR: return switch_expr(ck, n);
    case ND_LAMBDA: case ND_METHOD_REF:
        error_at(n->loc, "%s not expected here (it needs a functional interface type from its context)",
                 n->kind == ND_LAMBDA ? "lambda expression" : "method reference");
        n->ty = ty_error;
        return n;
    case ND_CONV: return n;
    case ND_REDUCE: return reduce_expr(ck, n);
    case ND_CONNECT: return connect_expr(ck, n);
    case ND_NEW_VALUE_ARRAY: return new_value_array_expr(ck, n);
    case ND_MAP_ARG:
        error_at(n->loc, "map '@' marks an argument of a method call");
        n->ty = ty_error;
        return n;
    case ND_TASK:
        error_at(n->loc, "a task is connected into a stream graph: a.source() => task C.m");
        n->ty = ty_error;
        return n;
    default:
        error_at(n->loc, "expression expected");
        n->ty = ty_error;
        return n;
    }
}

/* ------------------------------------------------------------ statements */

static Node *condition(Checker *ck, Node *e) {
    e = unbox_operand(expr(ck, e));
    if (e->ty != ty_error && e->ty != ty_boolean) {
        report_incompatible(e->loc, e->ty, ty_boolean);
        return e;
    }
    return e;
}

static void local_decl(Checker *ck, Node *n) {
    for (int i = 0; i < n->vars.len; i++) {
        LocalVar *v = n->vars.items[i];
        Node *tn = v->type_node;
        if (tn && tn->is_var) {
            if (!v->init) {
                error_at(v->loc, "cannot infer type for local variable %s (cannot use 'var' on variable without initializer)", v->name);
                v->ty = ty_error;
            } else if (v->init->kind == ND_ARRAY_INIT) {
                error_at(v->loc, "cannot infer type for local variable %s (array initializer needs an explicit target-type)", v->name);
                v->ty = ty_error;
            } else {
                v->init = expr(ck, v->init);
                v->ty = v->init->ty;
                if (v->ty == ty_null) {
                    error_at(v->loc, "cannot infer type for local variable %s (variable initializer is 'null')", v->name);
                    v->ty = ty_error;
                } else if (v->ty == ty_void) {
                    error_at(v->loc, "cannot infer type for local variable %s (variable initializer is 'void')", v->name);
                    v->ty = ty_error;
                }
            }
            declare_local(ck, v);
        } else {
            v->ty = resolve_type(ck, tn);
            if (v->ty == ty_void) {
                error_at(tn->loc, "'void' type not allowed here");
                v->ty = ty_error;
            }
            declare_local(ck, v); /* in scope in its own initialiser, as in Java */
            if (v->init) v->init = initializer(ck, v->init, v->ty);
        }
        if (v->is_final && v->init && has_const(v->init) && (is_primitive(v->ty) || v->ty == ty_string))
            v->cval = v->init->cval;
    }
}

static bool is_loop(Node *n) {
    return n->kind == ND_WHILE || n->kind == ND_DO || n->kind == ND_FOR || n->kind == ND_FOREACH;
}

/* break/continue: find the statement they leave or continue. */
static void jump_stmt(Checker *ck, Node *n) {
    bool is_break = n->kind == ND_BREAK;
    for (int i = ck->targets.len - 1; i >= 0; i--) {
        Node *t = ck->targets.items[i];
        if (n->name) {
            if (t->kind != ND_LABELED || strcmp(t->name, n->name)) continue;
            if (is_break) n->target = t;
            else if (is_loop(t->body)) n->target = t->body;
            else error_at(n->loc, "not a loop label: %s", n->name);
            return;
        }
        if (t->kind == ND_LABELED) continue;
        if (!is_break && t->kind == ND_SWITCH) continue;
        n->target = t;
        return;
    }
    if (n->name) error_at(n->loc, "undefined label: %s", n->name);
    else if (is_break) error_at(n->loc, "break outside switch or loop");
    else error_at(n->loc, "continue outside of loop");
}

/* The ordinal of the constant of enum e that case label l names, or -1. */
static int enum_label(ClassDecl *e, Node *l) {
    if (l->kind != ND_NAME || l->parenthesized) return -1;
    for (int i = 0; i < e->enum_constants.len; i++)
        if (!strcmp(((FieldDecl *)e->enum_constants.items[i])->name, l->name)) return i;
    return -1;
}

static void switch_stmt(Checker *ck, Node *n);

/* The type of a switch expression from its yields (JLS 15.28.1): their
 * common type, numeric promotion among numbers, else the first one every
 * other converts to, else Object. */
static Type *yields_type(Vec *yields) {
    Type *t = NULL;
    bool numeric = true, same = true;
    for (int i = 0; i < yields->len; i++) {
        Type *y = ((Node *)yields->items[i])->lhs->ty;
        if (y == ty_error) return ty_error;
        if (!t) t = y;
        same &= y == t;
        numeric &= is_numeric(y);
    }
    if (!t || same) return t ? t : ty_error;
    if (numeric) {
        Type *p = ((Node *)yields->items[0])->lhs->ty;
        for (int i = 1; i < yields->len; i++) p = binary_promote(p, ((Node *)yields->items[i])->lhs->ty);
        return p;
    }
    for (int i = 0; i < yields->len; i++) {
        Type *c = ((Node *)yields->items[i])->lhs->ty;
        bool all = c != ty_null;
        for (int j = 0; j < yields->len && all; j++) all = is_method_convertible(((Node *)yields->items[j])->lhs->ty, c);
        if (all) return c;
    }
    return ty_object;
}

/* switch (e) { case ... -> v; ... }: a switch whose arms yield its value. */
static Node *switch_expr(Checker *ck, Node *n) {
    for (int i = 0; i < n->cases.len; i++) {
        SwitchCase *c = n->cases.items[i];
        for (int j = 0; j < c->stmts.len; j++) {
            Node *st = c->stmts.items[j];
            if (st->kind == ND_EXPR_STMT && st->implicit) st->kind = ND_YIELD; /* case L -> expression; */
        }
    }
    n->args.len = 0;
    vec_push(&ck->switch_exprs, n);
    n->kind = ND_SWITCH;
    switch_stmt(ck, n);
    n->kind = ND_SWITCH_EXPR;
    ck->switch_exprs.len--;
    Type *t = yields_type(&n->args);
    n->ty = t;
    if (!n->args.len) {
        error_at(n->loc, "switch expression does not have any result expressions");
        n->ty = ty_error;
    }
    for (int i = 0; i < n->args.len && t != ty_error; i++) {
        Node *y = n->args.items[i];
        y->lhs = coerce_assign(y->lhs, t);
    }
    bool has_default = false;
    int labels = 0;
    for (int i = 0; i < n->cases.len; i++) {
        SwitchCase *c = n->cases.items[i];
        has_default |= c->is_default;
        labels += c->labels.len;
    }
    Type *key = n->lhs->ty;
    bool all_constants = key->kind == TY_CLASS && key->cls->is_enum && labels == key->cls->enum_constants.len;
    if (!has_default && !all_constants && key != ty_error)
        error_at(n->loc, "the switch expression does not cover all possible input values");
    return n;
}

/* The case label values a switch has seen: an open-addressing hash set of
 * ConstVals (an int key's value, or a String key's bytes), so that a switch
 * of n labels checks for duplicates in time linear in n. */
typedef struct LabelSet {
    const ConstVal **slots;   /* NULL: empty */
    int cap, len;             /* cap: a power of two > 2 * len */
    bool strings;
} LabelSet;

static uint64_t label_hash(const LabelSet *set, const ConstVal *v) {
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    if (!set->strings) return ((uint64_t)v->i * 0x9E3779B97F4A7C15ull) ^ ((uint64_t)v->i >> 29);
    for (int i = 0; i < v->slen; i++) h = (h ^ (unsigned char)v->s[i]) * 1099511628211ull;
    return h;
}

static bool label_same(const LabelSet *set, const ConstVal *a, const ConstVal *b) {
    if (!set->strings) return a->i == b->i;
    return a->slen == b->slen && !memcmp(a->s, b->s, (size_t)a->slen);
}

static void label_grow(LabelSet *set);

/* Adds v (kept by pointer); false when an equal value was there already. */
static bool label_add(LabelSet *set, const ConstVal *v) {
    if (2 * (set->len + 1) >= set->cap) label_grow(set);
    int mask = set->cap - 1;
    for (int k = (int)(label_hash(set, v) & (uint64_t)mask);; k = (k + 1) & mask) {
        if (!set->slots[k]) {
            set->slots[k] = v;
            set->len++;
            return true;
        }
        if (label_same(set, set->slots[k], v)) return false;
    }
}

static void label_grow(LabelSet *set) {
    LabelSet bigger = {xalloc(sizeof(ConstVal *) * (size_t)(set->cap ? 2 * set->cap : 16)),
                       set->cap ? 2 * set->cap : 16, 0, set->strings};
    for (int k = 0; k < set->cap; k++)
        if (set->slots[k]) label_add(&bigger, set->slots[k]);
    *set = bigger;
}

static void switch_stmt(Checker *ck, Node *n) {
    n->lhs = unbox_operand(expr(ck, n->lhs));
    Type *t = n->lhs->ty;
    Type *key = t;
    ClassDecl *en = t->kind == TY_CLASS && t->cls->is_enum ? t->cls : NULL;
    if (en) {
        /* switch on an enum: on its ordinal() */
        Vec ms = class_methods_named(en, "ordinal", object_class);
        LIME_ASSERT(ms.len == 1);
        n->method = ms.items[0];
        use_class(n->method->owner);
        key = ty_int;
    } else if (is_bits(t) && bits_width(t) > 32) {
        error_at(n->lhs->loc, "a switch on a %s is not supported (32 bits at most); switch on a slice or compare with ==",
                 type_user_name(t));
        key = ty_error;
    } else if (t != ty_error && t != ty_string && !is_bits(t)) {
        Type *p = unary_promote(t);
        if (!p || p != ty_int) {
            /* (switch on any other type is pattern matching: preview in Java 17) */
            error_at(n->lhs->loc, "%s", PATTERN_SWITCH_PREVIEW);
            key = ty_error;
        }
    }
    vec_push(&ck->targets, n);
    push_scope(ck); /* the whole switch block is one scope */
    bool seen_default = false;
    LabelSet seen = {.strings = key == ty_string};
    for (int i = 0; i < n->cases.len; i++) {
        SwitchCase *c = n->cases.items[i];
        if (c->is_default) {
            if (seen_default) error_at(c->loc, "duplicate default label");
            seen_default = true;
        }
        c->label_values = xalloc(sizeof(ConstVal) * (size_t)(c->labels.len + 1));
        for (int j = 0; j < c->labels.len; j++) {
            if (en) {
                Node *l = c->labels.items[j];
                int ord = enum_label(en, l);
                if (ord < 0) {
                    error_at(l->loc, "an enum switch case label must be the unqualified name of an enumeration constant");
                    continue;
                }
                l->ty = t;
                c->label_values[j] = cv_int(ty_int, ord);
                if (!label_add(&seen, &c->label_values[j])) error_at(l->loc, "duplicate case label");
                continue;
            }
            Node *e = expr(ck, c->labels.items[j]);
            c->labels.items[j] = e;
            if (e->ty == ty_error || key == ty_error) continue;
            if (!has_const(e)) {
                error_at(e->loc, "constant expression required");
                continue;
            }
            if (is_bits(key)) {
                /* a word's label: an integral constant it holds whole, as
                 * the int of the same bits (the switch is on (int) w) */
                if (!bits_operand(e, key)) {
                    report_not_bits(e, key);
                    continue;
                }
                c->label_values[j] = cv_int(ty_int, (int32_t)(uint32_t)bits_const_value(e->cval, bits_width(key)));
                if (!label_add(&seen, &c->label_values[j])) error_at(e->loc, "duplicate case label");
                continue;
            }
            if (key == ty_string) {
                if (e->ty != ty_string) {
                    report_incompatible(e->loc, e->ty, ty_string);
                    continue;
                }
            } else if (!(e->ty == key || is_widening_primitive(e->ty, key) || const_fits(e->cval, key) ||
                         (key == ty_int && (e->ty == ty_char || e->ty == ty_short || e->ty == ty_byte)))) {
                report_incompatible(e->loc, e->ty, key);
                continue;
            }
            ConstVal v = key == ty_string ? e->cval : const_convert(e->cval, key);
            c->label_values[j] = v;
            if (!label_add(&seen, &c->label_values[j])) error_at(e->loc, "duplicate case label");
        }
        for (int j = 0; j < c->stmts.len; j++) stmt(ck, c->stmts.items[j]);
    }
    pop_scope(ck);
    ck->targets.len--;
}

static void block_stmts(Checker *ck, Vec *stmts) {
    push_scope(ck);
    for (int i = 0; i < stmts->len; i++) {
        Node *s = stmts->items[i];
        if (s->kind == ND_EXPR_STMT && s->lhs->kind == ND_CALL && !s->lhs->lhs && !strcmp(s->lhs->name, "this") &&
            !(ck->in_ctor && i == 0 && stmts == &ck->method->body->stmts))
            error_at(s->loc, "call to this must be first statement in constructor");
        stmt(ck, s);
    }
    pop_scope(ck);
}

/* for (T v : e) over an Iterable e (JLS 14.14.2) becomes, in place:
 *   for (var $it = e.iterator(); $it.hasNext(); ) { T v = $it.next(); body } */
static void foreach_iterable(Checker *ck, Node *n) {
    Loc loc = n->loc;
    LocalVar *it = xalloc(sizeof *it);
    it->name = intern(xprintf("$it%d", ck->method ? ck->method->locals.len : 0),
                      (int)strlen(xprintf("$it%d", ck->method ? ck->method->locals.len : 0)));
    it->loc = loc;
    it->type_node = new_node(ND_TYPE, loc);
    it->type_node->is_var = true;
    Node *get = made_node(ND_CALL, n->lhs->loc, "iterator");
    /* e is checked (its type chose this form): an identity conversion
     * keeps it from being checked again (a varargs call's arguments are
     * an array by then) */
    get->lhs = new_node(ND_CONV, n->lhs->loc);
    get->lhs->lhs = n->lhs;
    get->lhs->ty = n->lhs->ty;
    it->init = get;
    Node *decl = new_node(ND_VARDECL, loc);
    vec_push(&decl->vars, it);
    Node *cond = made_node(ND_CALL, loc, "hasNext");
    cond->lhs = made_node(ND_NAME, loc, it->name);
    LocalVar *v = n->foreach_var;
    Node *next = made_node(ND_CALL, loc, "next");
    next->lhs = made_node(ND_NAME, loc, it->name);
    v->init = next;
    Node *vdecl = new_node(ND_VARDECL, v->loc);
    vec_push(&vdecl->vars, v);
    Node *body = new_node(ND_BLOCK, loc);
    vec_push(&body->stmts, vdecl);
    vec_push(&body->stmts, n->body);
    body->end_loc = loc;
    n->kind = ND_FOR;
    n->lhs = NULL;
    n->foreach_var = NULL;
    n->stmts = (Vec){0};
    vec_push(&n->stmts, decl);
    n->cond = cond;
    n->body = body;
    stmt(ck, n);
}

/* assert cond [: detail] (JLS 14.10): the detail becomes its String as
 * AssertionError's constructors make it (String.valueOf of a primitive,
 * of an Object for any reference, an array or null included). */
static void assert_stmt(Checker *ck, Node *n) {
    n->cond = condition(ck, n->cond);
    if (!n->lhs) return;
    Node *d = expr(ck, n->lhs);
    n->lhs = d;
    if (d->ty == ty_error) return;
    if (d->ty == ty_void) {
        error_at(d->loc, "'void' type not allowed here");
        return;
    }
    if (is_value_type(d->ty) || d->ty->kind == TY_GRAPH || is_bits(d->ty)) {
        error_at(d->loc, "incompatible types: %s cannot be converted to Object", type_user_name(d->ty));
        return;
    }
    if (!is_primitive(d->ty) && d->ty != ty_string) d = wrap_conv(d, ty_object);
    Node *call = new_node(ND_CALL, d->loc);
    call->name = "valueOf";
    vec_push(&call->args, d);
    n->lhs = call_builtin(ck, call, "String", true);
}

/* synchronized (e) { ... } (JLS 14.19): a program has one thread (tasks
 * share no monitors), so locking is nothing, but the thread's monitors are
 * recorded for Object.wait/notify and Thread.holdsLock
 * (lib/java/lang/LimeMonitors.java): n becomes the block
 * { LimeMonitors.enter(e); try { ... } finally { LimeMonitors.exit(); } },
 * enter's argument checked for null as the JVM checks the lock
 * (monitor_check: "Cannot enter synchronized block").  In a `local`
 * method, which can reach neither wait nor notify (nor run on the thread
 * that could), the statement is e's null check ({ e.getClass(); ... })
 * and the block.  n->lhs already typed: a synchronized method's monitor. */
static void synchronized_stmt(Checker *ck, Node *n) {
    Node *e = n->lhs->ty ? n->lhs : expr(ck, n->lhs);
    if (e->ty != ty_error && (!is_reference(e->ty) || e->ty == ty_null || is_value_type(e->ty))) {
        error_at(e->loc, "unexpected type\n  required: reference\n  found:    %s", type_user_name(e->ty));
        e->ty = ty_error;
    }
    ClassDecl *lm = top_class_in(ck->prog, "java.lang", "LimeMonitors");
    bool track = lm && e->ty != ty_error && !(ck->method && (ck->method->mods & MOD_LOCAL));
    Node *check = made_node(ND_CALL, e->loc, track ? "enter" : "getClass");
    if (track) {
        use_class(lm);
        vec_push(&check->args, wrap_conv(e, ty_object));
        check->lhs = names_class(ck, made_node(ND_NAME, e->loc, lm->name), lm);
        check = call_method_in(ck, check, lm, true, false);
    } else {
        check->lhs = wrap_conv(e, ty_object);
        Vec ms = class_methods_named(object_class, "getClass", NULL);
        LIME_ASSERT(ms.len == 1);
        check->method = ms.items[0];
        check->ty = e->ty == ty_error ? ty_error : check->method->ret;
    }
    check->monitor_check = true;
    Node *st = new_node(ND_EXPR_STMT, e->loc);
    st->lhs = check;
    Node *body = n->body;
    n->kind = ND_BLOCK;
    n->lhs = n->body = NULL;
    vec_push(&n->stmts, st);
    n->end_loc = body->end_loc;
    push_scope(ck);
    stmt(ck, body);
    pop_scope(ck);
    if (!track) {
        vec_push(&n->stmts, body);
        return;
    }
    Node *exit = made_node(ND_CALL, body->end_loc, "exit");
    exit->lhs = names_class(ck, made_node(ND_NAME, body->end_loc, lm->name), lm);
    Node *exit_st = new_node(ND_EXPR_STMT, body->end_loc);
    exit_st->lhs = call_method_in(ck, exit, lm, true, false);
    Node *fin = new_node(ND_BLOCK, body->end_loc);
    fin->end_loc = body->end_loc;
    vec_push(&fin->stmts, exit_st);
    Node *tr = new_node(ND_TRY, n->loc);
    tr->body = body;
    tr->finally_blk = fin;
    vec_push(&n->stmts, tr);
}

/* A synchronized method's body as synchronized (this) or (C.class) { body } */
static void synchronized_body(Checker *ck, ClassDecl *c, MethodDecl *m) {
    Loc loc = m->body->loc;
    Node *lock;
    if (m->mods & MOD_STATIC) {
        lock = new_node(ND_CLASS_LIT, loc);
        lock->type_node = new_node(ND_TYPE, loc);
        lock->type_node->ty = class_type(c);
        use_class(c);
        use_class(top_level_of(c));
        Type *t = class_type(c);
        lock->ty = class_type_args(lang_class(ck, "Class"), &t, 1);
    } else lock = expr(ck, new_node(ND_THIS, loc));
    Node *sync = new_node(ND_SYNCHRONIZED, loc);
    sync->lhs = lock;
    Node *inner = new_node(ND_BLOCK, loc);
    inner->stmts = m->body->stmts;
    inner->end_loc = m->body->end_loc;
    sync->body = inner;
    m->body->stmts = (Vec){0};
    vec_push(&m->body->stmts, sync);
}

static void stmt(Checker *ck, Node *n) {
    switch (n->kind) {
    case ND_BLOCK: block_stmts(ck, &n->stmts); return;
    case ND_VARDECL: local_decl(ck, n); return;
    case ND_EXPR_STMT:
        ck->discarded = n->lhs;
        n->lhs = expr(ck, n->lhs);
        return;
    case ND_IF:
        n->cond = condition(ck, n->cond);
        push_scope(ck);
        stmt(ck, n->then);
        pop_scope(ck);
        if (n->els) {
            push_scope(ck);
            stmt(ck, n->els);
            pop_scope(ck);
        }
        return;
    case ND_WHILE: case ND_DO:
        if (n->kind == ND_WHILE) n->cond = condition(ck, n->cond);
        vec_push(&ck->targets, n);
        push_scope(ck);
        stmt(ck, n->body);
        pop_scope(ck);
        ck->targets.len--;
        if (n->kind == ND_DO) n->cond = condition(ck, n->cond);
        return;
    case ND_FOR:
        push_scope(ck);
        for (int i = 0; i < n->stmts.len; i++) stmt(ck, n->stmts.items[i]);
        if (n->cond) n->cond = condition(ck, n->cond);
        for (int i = 0; i < n->update.len; i++) stmt(ck, n->update.items[i]);
        vec_push(&ck->targets, n);
        push_scope(ck);
        stmt(ck, n->body);
        pop_scope(ck);
        ck->targets.len--;
        pop_scope(ck);
        return;
    case ND_FOREACH: {
        n->lhs = expr(ck, n->lhs);
        if (n->lhs->ty->kind == TY_CLASS || n->lhs->ty->kind == TY_TYPEVAR) {
            ClassDecl *iterable = lang_class(ck, "Iterable");
            if (class_of_type(n->lhs->ty) && class_is_subtype(class_of_type(n->lhs->ty), iterable)) {
                foreach_iterable(ck, n);
                return;
            }
        }
        Type *at = n->lhs->ty;
        Type *elem = ty_error;
        if (at != ty_error && !is_any_array(at))
            error_at(n->lhs->loc, "for-each not applicable to expression type %s", type_user_name(at));
        else if (at != ty_error) elem = at->elem;
        LocalVar *v = n->foreach_var;
        if (v->type_node && !v->type_node->is_var) {
            v->ty = resolve_type(ck, v->type_node);
            if (v->ty != ty_error && elem != ty_error && !is_loose_convertible(elem, v->ty))
                report_incompatible(v->loc, elem, v->ty);
            else if (v->ty != ty_error && elem != ty_error) use_boxing(elem, v->ty);
        } else v->ty = elem;
        push_scope(ck);
        declare_local(ck, v);
        vec_push(&ck->targets, n);
        push_scope(ck);
        stmt(ck, n->body);
        pop_scope(ck);
        ck->targets.len--;
        pop_scope(ck);
        return;
    }
    case ND_BREAK: case ND_CONTINUE: jump_stmt(ck, n); return;
    case ND_RETURN: {
        MethodDecl *m = ck->method;
        if (m && m->infers_ret) {
            /* a lambda whose return type comes from what it returns: converted by lambda_finish */
            if (n->lhs) n->lhs = expr(ck, n->lhs);
            vec_push(&m->ret_stmts, n);
            return;
        }
        Type *ret = (m && m->ret) ? m->ret : ty_void;
        bool in_init = !m || !strcmp(m->name, "<clinit>") || !strcmp(m->name, "<init-block>");
        if (in_init) {
            error_at(n->loc, "return outside method");
            return;
        }
        if (n->lhs) {
            n->lhs = expr_to(ck, n->lhs, ret);
            if (ret == ty_void) error_at(n->lhs->loc, "incompatible types: unexpected return value");
            else if (m->owner->is_lambda) n->lhs = lambda_return(n->lhs, ret);
            else n->lhs = coerce_assign(n->lhs, ret);
        } else if (ret != ty_void && ret != ty_error) {
            error_at(n->loc, "incompatible types: missing return value");
        }
        return;
    }
    case ND_SWITCH: switch_stmt(ck, n); return;
    case ND_LABELED:
        for (int i = 0; i < ck->targets.len; i++) {
            Node *t = ck->targets.items[i];
            if (t->kind == ND_LABELED && !strcmp(t->name, n->name))
                error_at(n->loc, "label %s already in use", n->name);
        }
        vec_push(&ck->targets, n);
        stmt(ck, n->body);
        ck->targets.len--;
        return;
    case ND_EMPTY: return;
    case ND_THROW: throw_stmt(ck, n); return;
    case ND_YIELD:
        if (!ck->switch_exprs.len) {
            error_at(n->loc, "yield outside of switch expression");
            return;
        }
        n->lhs = expr(ck, n->lhs);
        n->target = ck->switch_exprs.items[ck->switch_exprs.len - 1];
        vec_push(&n->target->args, n);
        return;
    case ND_TRY: try_stmt(ck, n); return;
    case ND_ASSERT: assert_stmt(ck, n); return;
    case ND_SYNCHRONIZED: synchronized_stmt(ck, n); return;
    case ND_LOCAL_CLASS: {
        /* checked here, where the variables it may use are in scope */
        ClassDecl *c = n->anon;
        /* (in a lambda body: no outer instance when the lambda has none) */
        if (ck->static_ctx || (c->outer_this && outer_hops(ck, c->outer) < 0)) c->outer_this = NULL;
        Checker *saved = anon_enclosing;
        anon_enclosing = ck;
        class_bodies(ck->prog, c, error_count);
        anon_enclosing = saved;
        c->bodies_checked = true;
        return;
    }
    default: error_at(n->loc, "statement expected"); return;
    }
}

/* ------------------------------------------------------------ members */

static const char *signature(MethodDecl *m, const char *name) {
    StrBuf sb = {0};
    sb_printf(&sb, "%s(", name);
    for (int i = 0; i < m->params.len; i++) {
        LocalVar *p = m->params.items[i];
        sb_printf(&sb, "%s%s", i ? "," : "", type_user_name(p->ty ? p->ty : ty_error));
    }
    sb_putc(&sb, ')');
    return xstrdup(sb_str(&sb));
}

static bool same_params(MethodDecl *a, MethodDecl *b) {
    if (a->params.len != b->params.len) return false;
    for (int i = 0; i < a->params.len; i++)
        if (((LocalVar *)a->params.items[i])->ty != ((LocalVar *)b->params.items[i])->ty) return false;
    return true;
}

static void member_signature(Checker *ck, MethodDecl *m) {
    ck->method = m;   /* its type parameters are in scope */
    type_params(ck, &m->type_params);
    for (int i = 0; i < m->params.len; i++) {
        LocalVar *p = m->params.items[i];
        p->ty = resolve_type(ck, p->type_node);
        if (p->ty == ty_void) {
            error_at(p->type_node->loc, "'void' type not allowed here");
            p->ty = ty_error;
        }
        for (int j = 0; j < i; j++)
            if (!strcmp(((LocalVar *)m->params.items[j])->name, p->name))
                error_at(p->loc, "variable '%s' is already defined in method '%s'", p->name, m->is_ctor ? m->owner->name : m->name);
    }
    m->ret = m->is_ctor ? ty_void : resolve_type(ck, m->ret_node);
    m->sig = signature(m, m->is_ctor ? m->owner->name : m->name);
    m->mangled = xprintf("%s.%s", class_full_name(m->owner), m->is_ctor ? signature(m, "<init>") : m->sig);
    for (int i = 0; i < m->throws.len; i++) {
        Node *tn = m->throws.items[i];
        Type *t = resolve_type(ck, tn);
        if (!is_throwable(ck, t) || t == ty_null)
            error_at(tn->loc, "incompatible types: %s cannot be converted to Throwable", type_user_name(t));
    }
    if ((m->mods & MOD_NATIVE) && !m->owner->is_library) error_at(m->loc, "native methods are not supported");
    else if (m->owner->is_interface && m->body && !(m->mods & (MOD_DEFAULT | MOD_STATIC | MOD_PRIVATE)))
        error_at(m->loc, "interface abstract methods cannot have body");
    else if ((m->mods & MOD_ABSTRACT) && m->body) error_at(m->loc, "abstract methods cannot have a body");
    /* (an abstract method of a class that is not abstract: classes.c) */
    else if ((m->mods & MOD_ABSTRACT) && (m->mods & (MOD_PRIVATE | MOD_STATIC | MOD_FINAL)))
        error_at(m->loc, "illegal combination of modifiers: abstract and %s",
                 (m->mods & MOD_PRIVATE) ? "private" : (m->mods & MOD_STATIC) ? "static" : "final");
    else if (!m->body && !(m->mods & (MOD_ABSTRACT | MOD_NATIVE))) error_at(m->loc, "missing method body, or declare abstract");
}

static void class_members(Checker *ck, ClassDecl *c) {
    ck->cls = c;
    ck->method = NULL;
    int ninst = c->super ? c->super->ninstance_fields : 0, nstatic = 0;
    NameMap fields = {0}; /* the fields before, by name */
    for (int i = 0; i < c->fields.len; i++) {
        FieldDecl *f = c->fields.items[i];
        if (f->type_node) f->ty = resolve_type(ck, f->type_node); /* else synthetic: typed already */
        if (f->ty == ty_void) {
            error_at(f->type_node->loc, "'void' type not allowed here");
            f->ty = ty_error;
        }
        f->index = is_static_field(f) ? nstatic++ : ninst++;
        if (c->is_value && !is_static_field(f)) {
            f->mods |= MOD_FINAL; /* every field of a value is final */
            if (f->ty != ty_error && !is_primitive(f->ty) && !is_bits(f->ty) && !is_value_type(f->ty))
                error_at(f->loc, "field '%s' of value class '%s' must have a primitive, bit word, value class or value array type",
                         f->name, c->name);
            if (f->ty == class_type(c)) error_at(f->loc, "value class '%s' cannot contain itself", c->name);
        }
        if (namemap_get(&fields, f->name))
            error_at(f->loc, "variable '%s' is already defined in %s '%s'", f->name, c->is_enum ? "enum" : "class", c->qualname);
        else
            namemap_put(&fields, f->name, f);
    }
    c->ninstance_fields = ninst;
    NameMap by_name = {0}; /* name -> Vec of the methods before of that name */
    for (int i = 0; i < c->methods.len; i++) {
        MethodDecl *m = c->methods.items[i];
        member_signature(ck, m);
        Vec *same = namemap_get(&by_name, m->name);
        if (!same) namemap_put(&by_name, m->name, same = xalloc(sizeof *same));
        for (int j = 0; j < same->len; j++)
            if (same_params(same->items[j], m))
                error_at(m->loc, "method '%s' is already defined in class '%s'", m->sig, c->qualname);
        vec_push(same, m);
    }
    for (int i = 0; i < c->ctors.len; i++) {
        MethodDecl *m = c->ctors.items[i];
        member_signature(ck, m);
        for (int j = 0; j < i; j++)
            if (same_params(c->ctors.items[j], m))
                error_at(m->loc, "constructor '%s' is already defined in class '%s'", m->sig, c->qualname);
    }
}

/* Resolves `extends` and `implements` (JLS 8.1.4, 8.1.5, 9.1.3). */
/* Gives type parameters their type variables and bounds. */
static void type_params(Checker *ck, Vec *tps) {
    for (int i = 0; i < tps->len; i++) {
        TypeParam *tp = tps->items[i];
        if (!tp->type) tp->type = type_var(tp);
    }
    for (int i = 0; i < tps->len; i++) {
        TypeParam *tp = tps->items[i];
        for (int j = 0; j < tp->bounds.len; j++) {
            Type *b = resolve_type(ck, tp->bounds.items[j]);
            if (j == 0 && b != ty_error) tp->type->bound = b;
        }
        for (int j = 0; j < i; j++)
            if (!strcmp(((TypeParam *)tps->items[j])->name, tp->name))
                error_at(tp->loc, "type variable %s is already defined", tp->name);
    }
}

/* `new C<>(...) { ... }`: the anonymous class's supertype is known when
 * the expression is checked (anonymous_new), which lays it out then. */
static bool diamond_anonymous(ClassDecl *c) {
    return c->is_anonymous && !c->is_lambda && c->super_node && c->super_node->diamond;
}

/* The `permits` clause of c (JLS 8.1.6): classes, each once, not c; what
 * they must be is classes.c's (class_check_sealed). */
static void resolve_permits(Checker *ck, ClassDecl *c) {
    for (int i = 0; i < c->permits_nodes.len; i++) {
        Node *tn = c->permits_nodes.items[i];
        Type *t = resolve_type(ck, tn);
        ClassDecl *p = class_of_type(t);
        if (t == ty_error) continue;
        if (!p || t->kind != TY_CLASS || p == object_class) {
            error_at(tn->loc, "unexpected type\n  required: class\n  found:    %s", type_user_name(t));
        } else if (!(c->mods & MOD_SEALED)) {
            error_at(tn->loc, "invalid permits clause\n  (class must be sealed)");
            return;
        } else if (p == c) {
            error_at(tn->loc, "invalid permits clause\n  (illegal self-reference in permits clause)");
        } else {
            bool dup = false;
            for (int j = 0; j < c->permitted.len; j++) dup |= c->permitted.items[j] == p;
            if (dup) error_at(tn->loc, "invalid permits clause\n  (must not contain duplicates: %s)", p->name);
            else vec_push(&c->permitted, p);
        }
    }
}

static void resolve_supers(Checker *ck, ClassDecl *c) {
    ck->cls = c;
    ck->method = NULL;
    type_params(ck, &c->type_params);
    if (c->is_inner) {
        /* this$0: the outer instance (JLS 8.1.3) */
        FieldDecl *f = xalloc(sizeof *f);
        f->name = intern("this$0", 6);
        f->loc = c->loc;
        f->mods = MOD_FINAL | MOD_PRIVATE;
        f->owner = c;
        f->ty = class_this_type(c->outer);
        f->const_state = 2;
        vec_push(&c->fields, f);
        c->outer_this = f;
    }
    if (!diamond_anonymous(c)) resolve_extends(ck, c);
}

/* Resolves `extends` and `implements` of c (after resolve_supers). */
static void resolve_extends(Checker *ck, ClassDecl *c) {
    ck->cls = c;
    if (c->is_anonymous && c->super_node) {
        Type *t = resolve_type(ck, c->super_node);
        ClassDecl *s = class_of_type(t);
        if (s && s->is_interface && t->kind == TY_CLASS) {
            /* new I() { ... } implements I */
            vec_push(&c->iface_nodes, c->super_node);
            c->super_node = NULL;
        }
    }
    if (c->super_node) {
        Node *tn = c->super_node;
        Type *t = resolve_type(ck, tn);
        ClassDecl *s = class_of_type(t);
        if (t == ty_error) {
        } else if (t == ty_string) {
            error_at(tn->loc, "cannot inherit from final String");
        } else if (!s || t->kind == TY_ARRAY) {
            error_at(tn->loc, "unexpected type\n  required: class\n  found:    %s", type_user_name(t));
        } else if (s->is_interface) {
            error_at(tn->loc, "no interface expected here");
        } else if (s->mods & MOD_FINAL) {
            error_at(tn->loc, "cannot inherit from final %s", s->qualname);
        } else if (s->is_value || c->is_value) {
            error_at(tn->loc, "a value class cannot extend a class or be extended");
        } else if (!strcmp(s->name, "Enum") && s->is_library && !c->is_enum) {
            error_at(tn->loc, "classes cannot directly extend java.lang.Enum");
        } else if (s->is_enum && !c->is_anonymous) {
            /* (an anonymous class: "may not be instantiated", anonymous_new) */
            error_at(c->loc, "enum types are not extensible");
        } else {
            c->super = s;
            c->super_type = t;
        }
    }
    if (!c->super && c != object_class && !c->is_interface && !c->is_value) c->super = object_class;
    for (int i = 0; i < c->iface_nodes.len; i++) {
        Node *tn = c->iface_nodes.items[i];
        Type *t = resolve_type(ck, tn);
        if (t == ty_error) continue;
        ClassDecl *s = class_of_type(t);
        if (!s || !s->is_interface || t->kind != TY_CLASS) {
            error_at(tn->loc, "interface expected here");
            continue;
        }
        for (int j = 0; j < c->ifaces.len; j++)
            if (c->ifaces.items[j] == s) error_at(tn->loc, "repeated interface");
        vec_push(&c->ifaces, s);
        vec_push(&c->iface_types, t);
    }
    resolve_permits(ck, c);
}

/* Breaks every cycle of `extends` after reporting it (JLS 8.1.4). */
static bool in_cycle(ClassDecl *start, ClassDecl *c, int depth) {
    if (depth > 0 && c == start) return true;
    if (depth > 10000) return false;
    if (c->super && in_cycle(start, c->super, depth + 1)) return true;
    for (int i = 0; i < c->ifaces.len; i++)
        if (in_cycle(start, c->ifaces.items[i], depth + 1)) return true;
    return false;
}

static void check_cycles(Program *prog) {
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (!in_cycle(c, c, 0)) continue;
        error_at(c->loc, "cyclic inheritance involving %s", c->qualname);
        c->super = c->is_interface ? NULL : object_class;
        c->ifaces.len = 0;
    }
}

/* Lays out c after its superclass and interfaces: fields, then methods
 * with their dispatch slots (classes.c). */
static void layout_class(Checker *ck, ClassDecl *c) {
    if (c->hier_state || (diamond_anonymous(c) && !c->super)) return;
    c->hier_state = 1;
    if (c->super) layout_class(ck, c->super);
    for (int i = 0; i < c->ifaces.len; i++) layout_class(ck, c->ifaces.items[i]);
    class_members(ck, c);
    class_layout_methods(ck->prog, c);
    c->hier_state = 2;
}

static void check_classes_unique(Program *prog) {
    for (int i = 0; i < prog->top_classes.len; i++) {
        ClassDecl *c = prog->top_classes.items[i];
        if (c->is_library) continue;
        for (int j = 0; j < i; j++)
            if (!strcmp(((ClassDecl *)prog->top_classes.items[j])->name, c->name) &&
                same_package(((ClassDecl *)prog->top_classes.items[j])->package, c->package) &&
                !((ClassDecl *)prog->top_classes.items[j])->is_library)
                error_at(c->loc, "duplicate class '%s'", class_full_name(c));
        if (is_library_class(c->name) || !strcmp(c->name, "Object") || !strcmp(c->name, "Lime") ||
            !strcmp(c->name, "Class") || !strcmp(c->name, "Throwable"))
            error_at(c->loc, "class name '%s' clashes with a library class", c->name);
        /* JLS 7.6, as javac enforces it for .java files */
        const char *file = c->loc.file->name, *slash = strrchr(file, '/');
        const char *base = slash ? slash + 1 : file;
        size_t n = strlen(base);
        if ((c->mods & MOD_PUBLIC) && n > 5 && !strcmp(base + n - 5, ".java") &&
            (strlen(c->name) != n - 5 || strncmp(base, c->name, n - 5)))
            error_at(c->loc, "class %s is public, should be declared in a file named %s.java", c->name, c->name);
    }
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        for (int k = 0; k < c->nested.len; k++) {
            ClassDecl *n = c->nested.items[k];
            if (n->is_anonymous) continue; /* numbered, not named: Outer$1$1 is fine */
            for (ClassDecl *o = c; o; o = o->outer)
                if (!strcmp(o->name, n->name)) error_at(n->loc, "class '%s' is already defined in this scope", n->name);
            for (int j = 0; j < k && !n->is_local; j++)
                if (!strcmp(((ClassDecl *)c->nested.items[j])->name, n->name) && !((ClassDecl *)c->nested.items[j])->is_local)
                    error_at(n->loc, "class '%s' is already defined in class '%s'", n->name, c->qualname);
        }
    }
}

/* A synthetic method that owns the locals of an initialiser block. */
static MethodDecl *init_holder(ClassDecl *c, const char *name, Loc loc, bool is_static) {
    MethodDecl *m = xalloc(sizeof *m);
    m->name = name;
    m->loc = loc;
    m->owner = c;
    m->mods = is_static ? MOD_STATIC : 0;
    m->ret = ty_void;
    return m;
}

static Checker checker_for(Program *prog, ClassDecl *c, MethodDecl *m, bool is_static) {
    Checker ck = {.prog = prog, .cls = c, .method = m, .static_ctx = is_static, .enclosing = anon_enclosing};
    push_scope(&ck);
    return ck;
}

/* The constant value of a static final field, computed on first use so
 * that order of declaration does not matter; a cycle is no constant. */
static void const_field(Checker *outer, FieldDecl *f) {
    if (f->const_state) return;
    f->const_state = 1;
    if ((f->mods & MOD_FINAL) && f->init && f->init->kind != ND_ARRAY_INIT && f->ty &&
        (is_primitive(f->ty) || f->ty == ty_string)) {
        MethodDecl *holder = init_holder(f->owner, "<clinit>", f->loc, is_static_field(f));
        Checker ck = checker_for(outer->prog, f->owner, holder, is_static_field(f));
        ck.in_static_init = true;
        int errors = error_count;
        f->init = coerce_assign(expr(&ck, f->init), f->ty);
        if (error_count == errors && has_const(f->init)) f->cval = f->init->cval;
        f->const_state = 3; /* init checked */
        return;
    }
    f->const_state = 2;
}

static void field_init(Program *prog, FieldDecl *f) {
    if (!f->init || f->const_state == 3) return;
    MethodDecl *holder = init_holder(f->owner, is_static_field(f) ? "<clinit>" : "<init-block>", f->loc, is_static_field(f));
    Checker ck = checker_for(prog, f->owner, holder, is_static_field(f));
    ck.in_static_init = is_static_field(f);
    f->init = initializer(&ck, f->init, f->ty);
    f->const_state = 3;
}

/* Checks a method or initialiser body, then its control flow. */
static void body(Program *prog, ClassDecl *c, MethodDecl *m, bool is_static) {
    Checker ck = checker_for(prog, c, m, is_static);
    ck.in_ctor = m->is_ctor;
    ck.in_static_init = !strcmp(m->name, "<clinit>");
    for (int i = 0; i < m->params.len; i++) declare_local(&ck, m->params.items[i]);
    if ((m->mods & MOD_SYNCHRONIZED) && !(m->mods & MOD_LOCAL) && !m->is_ctor) synchronized_body(&ck, c, m);
    block_stmts(&ck, &m->body->stmts);
}

/* Whether m overrides or implements a method of a supertype (JLS
 * 8.4.8.1), for @Override.  Without inheritance the only supertype is
 * java.lang.Object: its public and protected instance methods that a
 * class may override.  (Extended by superclasses and interfaces.) */
bool method_overrides(MethodDecl *m) { return class_method_overrides(m, object_class); }

/* A record's accessor of one of its components, written out (its
 * instance fields are its components). */
static bool is_record_accessor(MethodDecl *m) {
    if (!m->owner->is_record || m->params.len || (m->mods & MOD_STATIC)) return false;
    for (int i = 0; i < m->owner->fields.len; i++) {
        FieldDecl *f = m->owner->fields.items[i];
        if (!(f->mods & MOD_STATIC) && !strcmp(f->name, m->name)) return true;
    }
    return false;
}

/* @Override as javac checks it (at the annotation); an explicit record
 * accessor may carry it (JLS 9.6.4.4). */
static void check_override(MethodDecl *m) {
    if (!m->override_loc.line) return;
    if (m->mods & MOD_STATIC) error_at(m->override_loc, "static methods cannot be annotated with @Override");
    else if (!method_overrides(m) && !is_record_accessor(m)) error_at(m->override_loc, "method does not override or implement a method from a supertype");
}

static bool is_main(MethodDecl *m) {
    if (strcmp(m->name, "main") || m->params.len != 1) return false;
    LocalVar *p = m->params.items[0];
    return (m->mods & MOD_STATIC) && (m->mods & MOD_PUBLIC) && m->ret == ty_void && p->ty == array_of(ty_string);
}

static bool starts_with_ctor_call(MethodDecl *m) {
    if (!m->body->stmts.len) return false;
    Node *s = m->body->stmts.items[0];
    return s->kind == ND_EXPR_STMT && s->lhs->kind == ND_CALL && !s->lhs->lhs &&
           (!strcmp(s->lhs->name, "this") || !strcmp(s->lhs->name, "super"));
}

/* A constructor without this(...) or super(...) (or the default one, m
 * NULL) calls its superclass's constructor without arguments (JLS 8.8.7). */
static void implicit_super_call(Program *prog, ClassDecl *c, MethodDecl *m) {
    (void)prog;
    if (!c->super || c->super == object_class || (m && starts_with_ctor_call(m))) return;
    ClassDecl *s = c->super;
    if (!s->ctors.len) return;
    for (int i = 0; i < s->ctors.len; i++) {
        MethodDecl *k = s->ctors.items[i];
        if (k->params.len == 0) {
            if ((k->mods & MOD_PRIVATE) && top_level_of(k->owner) != top_level_of(c))
                error_at(m ? m->loc : c->loc, "%s() has private access in %s", s->name, s->qualname);
            return;
        }
    }
    MethodDecl *k = s->ctors.items[0];
    error_at(m ? m->loc : c->loc,
             "constructor %s in class %s cannot be applied to given types;\n  required: %s\n  found:    no arguments\n"
             "  reason: actual and formal argument lists differ in length",
             s->name, s->qualname, strchr(k->sig, '(') ? xprintf("%.*s", (int)(strlen(strchr(k->sig, '(')) - 2), strchr(k->sig, '(') + 1) : "");
}

/* Checks the initialisers, constructors and methods of c. */
static void class_bodies_of(Program *prog, ClassDecl *c, int errors);
static void class_bodies(Program *prog, ClassDecl *c, int errors) {
    bool saved = library_code;
    library_code = top_level_of(c)->is_library;
    class_bodies_of(prog, c, errors);
    library_code = saved;
}

static void class_bodies_of(Program *prog, ClassDecl *c, int errors) {
    for (int j = 0; j < c->fields.len; j++) field_init(prog, c->fields.items[j]);
    for (int j = 0; j < c->static_inits.len; j++) {
        StaticInit *si = c->static_inits.items[j];
        if (!si->block) continue;
        MethodDecl *holder = init_holder(c, "<clinit>", si->block->loc, true);
        holder->body = si->block;
        body(prog, c, holder, true);
        if (error_count == errors) check_flow(holder);
    }
    for (int j = 0; j < c->instance_inits.len; j++) {
        Node *blk = c->instance_inits.items[j];
        MethodDecl *holder = init_holder(c, "<init-block>", blk->loc, false);
        holder->body = blk;
        body(prog, c, holder, false);
        if (error_count == errors) check_flow(holder);
    }
    for (int j = 0; j < c->ctors.len; j++) {
        MethodDecl *m = c->ctors.items[j];
        body(prog, c, m, false);
        implicit_super_call(prog, c, m);
    }
    if (!c->ctors.len && !c->is_anonymous) implicit_super_call(prog, c, NULL);
    for (int j = 0; j < c->methods.len; j++) {
        MethodDecl *m = c->methods.items[j];
        check_override(m);
        if (on_call_only(m) && !m->reached) {
            m->unreached_body = m->body;
            m->body = NULL;
        }
        if (m->body) body(prog, c, m, (m->mods & MOD_STATIC) != 0);
        if (is_main(m) && !c->is_library) prog->main = m;
    }
}

static bool is_checked(ClassDecl *c) { return class_is_compiled(c); }

bool check_program(Program *prog) {
    int errors = error_count;
    builtins_init();
    library_worklist.len = 0;
    object_class = NULL;
    for (int i = 0; i < prog->top_classes.len && !object_class; i++) {
        ClassDecl *c = prog->top_classes.items[i];
        if (c->is_library && !strcmp(c->name, "Object")) object_class = c;
    }
    LIME_ASSERT(object_class && "the library (lib/java/lang/Object.java) is part of every program");
    prog->object_class = object_class;
    object_class->type = ty_object;
    boxing_init(prog);
    marking_used = true;
    use_class(object_class);
    marking_used = false;
    check_imports(prog);
    check_classes_unique(prog);
    Checker ck = {.prog = prog};
    for (int i = 0; i < prog->classes.len; i++) resolve_supers(&ck, prog->classes.items[i]);
    check_cycles(prog);
    boxing_supers_resolved(prog);
    class_check_sealed(prog);
    if (error_count != errors) return false;
    for (int i = 0; i < prog->classes.len; i++) layout_class(&ck, prog->classes.items[i]);
    if (error_count != errors) return false;
    marking_used = true;
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (top_level_of(c)->is_library) continue;
        use_class(c->super);
        for (int j = 0; j < c->ifaces.len; j++) use_class(c->ifaces.items[j]);
    }

    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        ck.cls = c;
        for (int j = 0; j < c->fields.len; j++) {
            FieldDecl *f = c->fields.items[j];
            if (is_static_field(f) && (f->mods & MOD_FINAL)) const_field(&ck, f);
        }
    }
    /* the program's classes, then the library's classes they reach (and
     * those reach), each once */
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (!top_level_of(c)->is_library && !c->bodies_checked) class_bodies(prog, c, errors);
    }
    /* a class initialised when first used catches what its initialisers
     * throw (lower.c, JLS 12.4.2) */
    if (error_count == errors) {
        clinit_plan(prog);
        for (int i = 0; i < prog->classes.len; i++)
            if (((ClassDecl *)prog->classes.items[i])->lazy_init) prog->has_catch = true;
    }
    /* the library's classes the program reaches (and those reach); where
     * some code catches, the runtime's exceptions become objects of the
     * library's classes (LimeExceptions), which reaches more */
    reached_late.len = 0;
    for (int i = 0, late = 0;; i++) {
        if (i == library_worklist.len && late < reached_late.len) {
            /* on_call_only methods reached after their class's bodies were checked */
            for (; late < reached_late.len; late++) {
                MethodDecl *m = reached_late.items[late];
                m->body = m->unreached_body;
                m->unreached_body = NULL;
                bool saved = library_code;
                library_code = true;
                body(prog, m->owner, m, false);
                library_code = saved;
            }
            i--;
            continue;
        }
        if (i == library_worklist.len) {
            if (!prog->has_catch && !prog->exports_to_c) break;
            int before = library_worklist.len;
            for (int k = 0; k < prog->top_classes.len; k++) {
                ClassDecl *c = prog->top_classes.items[k];
                if (c->is_library && !strcmp(c->name, "LimeExceptions")) use_class(c);
            }
            if (library_worklist.len == before) break;
        }
        ClassDecl *lib = library_worklist.items[i];
        for (int j = 0; j < prog->classes.len; j++) {
            ClassDecl *c = prog->classes.items[j];
            if (top_level_of(c) == lib && !c->bodies_checked) class_bodies(prog, c, errors);
        }
    }
    if (error_count != errors) return false;
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (!is_checked(c)) continue;
        for (int j = 0; j < c->methods.len; j++) check_isolation(prog, c->methods.items[j]);
    }
    if (error_count != errors) return false;
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (!is_checked(c)) continue;
        for (int j = 0; j < c->ctors.len; j++) check_flow(c->ctors.items[j]);
        for (int j = 0; j < c->methods.len; j++)
            if (c->methods.items[j] && ((MethodDecl *)c->methods.items[j])->body) check_flow(c->methods.items[j]);
    }
    if (error_count != errors) return false;
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (!is_checked(c) || top_level_of(c)->is_library) continue;
        for (int j = 0; j < c->ctors.len; j++) {
            MethodDecl *m = c->ctors.items[j];
            MethodDecl *sup = NULL;
            if (c->super && !starts_with_ctor_call(m))
                for (int k = 0; k < c->super->ctors.len; k++)
                    if (((MethodDecl *)c->super->ctors.items[k])->params.len == 0) sup = c->super->ctors.items[k];
            check_checked_exceptions(prog, m, sup);
        }
        for (int j = 0; j < c->methods.len; j++) {
            MethodDecl *m = c->methods.items[j];
            if (m->body) check_checked_exceptions(prog, m, NULL);
        }
    }
    if (error_count == errors) boxing_complete(prog);
    return error_count == errors;
}

/* The class whose main runs, as the java launcher would be told: the one
 * class with public static void main(String[]), or the one --main names
 * (qualified, p.Outer.Inner or p.Outer$Inner, or simple). */
bool choose_main(Program *prog) {
    Vec cands = {0};
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        for (int j = 0; j < c->methods.len; j++)
            if (is_main(c->methods.items[j])) vec_push(&cands, c->methods.items[j]);
    }
    prog->main = NULL;
    StrBuf names = {0};
    const char *want = prog->main_choice;
    int nmatch = 0;
    for (int i = 0; i < cands.len; i++) {
        MethodDecl *m = cands.items[i];
        const char *full = class_full_name(m->owner);
        const char *binary = class_binary_name(m->owner);
        if (want && strcmp(want, full) && strcmp(want, binary) && strcmp(want, m->owner->qualname) &&
            strcmp(want, m->owner->name))
            continue;
        sb_printf(&names, "%s%s", names.len ? ", " : "", full);
        prog->main = m;
        nmatch++;
    }
    if (want && nmatch == 0) {
        error_plain("--main %s: no class of that name has a 'public static void main(String[] args)' method", want);
        return false;
    }
    if (nmatch > 1) {
        prog->main = NULL;
        if (want) error_plain("--main %s names several classes with a main method (%s): give its qualified name", want, sb_str(&names));
        else error_plain("several classes have a 'public static void main(String[] args)' method (%s): choose one with --main CLASS", sb_str(&names));
        return false;
    }
    return true;
}
