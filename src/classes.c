/* classes.c: the class hierarchy (JLS 8.1.4, 8.1.5, 8.4.8, 9.4): which
 * classes and interfaces a class inherits from, the members it inherits,
 * overriding, and the dispatch slots the backends use.
 *
 * Requires: every class's super and ifaces resolved (check.c) and the
 * hierarchy free of cycles; classes laid out supers first.  Guarantees
 * after class_layout_methods(c): c->vtable holds, by slot, the method
 * that a call of that slot reaches on an object of class c (an abstract
 * method where c has none); every instance method of a class that is not
 * private has vslot >= 0; every method of an interface that is not static
 * or private has iface_slot >= 0; MethodDecl.overridden is set on every
 * method some other class overrides (only those need a dispatched call). */
#include "front.h"

#include <string.h>

bool class_is_compiled(ClassDecl *c) {
    while (c->outer) c = c->outer;
    return !c->is_library || c->used;
}

bool class_is_subtype(ClassDecl *a, ClassDecl *b) {
    if (!a || !b) return false;
    if (a == b) return true;
    if (b->super == NULL && !b->is_interface && !b->is_value && b->is_library && !a->is_value) return true; /* java.lang.Object */
    if (a->super && class_is_subtype(a->super, b)) return true;
    for (int i = 0; i < a->ifaces.len; i++)
        if (class_is_subtype(a->ifaces.items[i], b)) return true;
    return false;
}

/* Whether field f, declared by a supertype of c, is inherited by c (JLS
 * 8.3, 9.3): not private, and package access only within its package. */
static bool field_inherited(const FieldDecl *f, const ClassDecl *c) {
    if (f->mods & MOD_PRIVATE) return false;
    if (f->mods & (MOD_PUBLIC | MOD_PROTECTED) || f->owner->is_interface) return true;
    const char *a = f->owner->package, *b = c->package;
    return a == b || (a && b && !strcmp(a, b));
}

/* The first field named name of k, then of its superinterfaces, then of
 * its superclass, ...; with members_of set, only one that class
 * members_of declares or inherits. */
static FieldDecl *field_named(ClassDecl *k, const ClassDecl *members_of, const char *name) {
    for (; k; k = k->super) {
        for (int i = 0; i < k->fields.len; i++) {
            FieldDecl *f = k->fields.items[i];
            if (!strcmp(f->name, name) && (!members_of || k == members_of || field_inherited(f, members_of))) return f;
        }
        for (int i = 0; i < k->ifaces.len; i++) {
            FieldDecl *f = field_named(k->ifaces.items[i], members_of, name);
            if (f) return f;
        }
    }
    return NULL;
}

/* A field named name declared in c or in a supertype: the class's own,
 * then its superinterfaces' constants, then its superclass's. */
FieldDecl *class_find_field(ClassDecl *c, const char *name) { return field_named(c, NULL, name); }

FieldDecl *class_member_field(ClassDecl *c, const char *name) { return field_named(c, c, name); }

/* The type of member `declared` of class owner, seen through an
 * expression of type recv (JLS 4.5.2): owner's type parameters replaced
 * by the arguments recv has for them; erased for a raw recv. */
Type *class_as_super(Type *t, ClassDecl *owner) {
    if (t && t->kind == TY_TYPEVAR) return class_as_super(t->bound, owner);
    if (!t || t->kind != TY_CLASS) return NULL;
    if (t->cls == owner) return t;
    ClassDecl *c = t->cls;
    /* a raw type's supertypes are erased (JLS 4.8) */
    if (!t->ntargs && c->type_params.len) return class_is_subtype(c, owner) ? class_type(owner) : NULL;
    Type *sup = c->super_type ? subst(c->super_type, (TypeParam **)c->type_params.items, t->targs,
                                      t->ntargs == c->type_params.len ? t->ntargs : 0)
                              : c->super ? class_type(c->super) : NULL;
    Type *r = class_as_super(sup, owner);
    if (r) return r;
    for (int i = 0; i < c->iface_types.len; i++) {
        Type *it = subst(c->iface_types.items[i], (TypeParam **)c->type_params.items, t->targs,
                         t->ntargs == c->type_params.len ? t->ntargs : 0);
        r = class_as_super(it, owner);
        if (r) return r;
    }
    return NULL;
}

/* The subtype relation on references with type arguments (JLS 4.10.2). */
static bool ref_subtype(Type *a, Type *b) { return is_method_convertible(a, b) && type_args_convertible(a, b); }

/* Whether argument i of from is contained in argument i of to (JLS 4.5.1);
 * a wildcard is a TY_WILDCARD, `?` and `? super B` read (upper) as the
 * parameter's bound. */
static bool arg_contained(Type *from, Type *to, int i) {
    Type *a = from->targs[i], *b = to->targs[i];
    if (a == ty_error || b == ty_error) return true;
    Type *declared = ((TypeParam *)to->cls->type_params.items[i])->type->bound;
    Type *au = wildcard_upper(a, declared);
    bool a_super = a->kind == TY_WILDCARD && a->is_super;
    if (b->kind == TY_WILDCARD) {
        if (!b->bound) return true;                                  /* ? */
        if (!b->is_super) return !a_super && ref_subtype(au, b->bound); /* ? extends B */
        /* ? super B */
        if (a->kind != TY_WILDCARD) return ref_subtype(b->bound, a);
        return a_super && ref_subtype(b->bound, a->bound);
    }
    /* (a type variable of the value's type: it may be an outer class's,
     * which Lime does not substitute in Outer<String>.Inner: by erasure) */
    if (a->kind == TY_TYPEVAR && b->kind != TY_TYPEVAR) return true;
    return a == b || (a->kind == TY_TYPEVAR && b->kind == TY_TYPEVAR && a->tparam == b->tparam);
}

bool type_args_convertible(Type *from, Type *to) {
    if (!from || !to || to->kind != TY_CLASS || !to->ntargs) return true;
    if (from->kind == TY_TYPEVAR) return type_args_convertible(from->bound, to);
    if (from->kind != TY_CLASS || !from->ntargs) return true;   /* raw, or String as Comparable */
    Type *view = class_as_super(from, to->cls);
    if (!view || !view->ntargs || view->ntargs != to->ntargs) return true;
    for (int i = 0; i < to->ntargs; i++)
        if (!arg_contained(view, to, i)) return false;
    return true;
}

/* Whether t mentions a type variable that is not one of c's. */
static bool mentions_other_vars(Type *t, ClassDecl *c) {
    if (!t) return false;
    if (t->kind == TY_ARRAY) return mentions_other_vars(t->elem, c);
    if (t->kind == TY_WILDCARD) return mentions_other_vars(t->bound, c);
    if (t->kind == TY_TYPEVAR) {
        for (int i = 0; i < c->type_params.len; i++)
            if (c->type_params.items[i] == t->tparam) return false;
        return true;
    }
    for (int i = 0; t->kind == TY_CLASS && i < t->ntargs; i++)
        if (mentions_other_vars(t->targs[i], c)) return true;
    return false;
}

Type *class_member_type(Type *recv, ClassDecl *owner, Type *declared) {
    if (!owner->type_params.len || !declared) return declared;
    Type *view = recv ? class_as_super(recv, owner) : NULL;
    int n = owner->type_params.len;
    if (view && view->ntargs == n) {
        /* a wildcard argument is read as its upper bound */
        Type **args = xalloc(sizeof(Type *) * (size_t)n);
        for (int i = 0; i < n; i++)
            args[i] = wildcard_upper(view->targs[i], ((TypeParam *)owner->type_params.items[i])->type->bound);
        return subst(declared, (TypeParam **)owner->type_params.items, args, n);
    }
    /* raw: the member's erasure (JLS 4.8: Chain<T> is Chain), unless a
     * generic method's own type variables are in it (inferred later) */
    if (!mentions_other_vars(declared, owner)) return erase(declared);
    /* else owner's type variables by their erasure */
    Type **erased = xalloc(sizeof(Type *) * (size_t)n);
    for (int i = 0; i < n; i++) erased[i] = erase(((TypeParam *)owner->type_params.items[i])->type);
    return subst(declared, (TypeParam **)owner->type_params.items, erased, n);
}

/* The type of `this` in class c: C<T1..Tn> with its own type variables. */
Type *class_this_type(ClassDecl *c) {
    if (!c->type_params.len) return class_type(c);
    Type **args = xalloc(sizeof(Type *) * (size_t)c->type_params.len);
    for (int i = 0; i < c->type_params.len; i++) args[i] = ((TypeParam *)c->type_params.items[i])->type;
    return class_type_args(c, args, c->type_params.len);
}

static bool same_param_types(MethodDecl *a, MethodDecl *b) {
    if (a->params.len != b->params.len) return false;
    for (int i = 0; i < a->params.len; i++)
        if (((LocalVar *)a->params.items[i])->ty != ((LocalVar *)b->params.items[i])->ty) return false;
    return true;
}

/* A parameter type as signatures compare it: erased; with values, a
 * value class's box as the value class (value class P implements
 * Comparable<P>: P's compareTo(P) implements compareTo(T) with T the box;
 * the box's bridge unboxes, boxing.c). */
static Type *sig_type(Type *t, bool values) {
    t = erase(t);
    Type *v = values ? box_value_type(t) : NULL;
    return v ? v : t;
}

static bool same_signature(ClassDecl *c, MethodDecl *m, MethodDecl *o, bool values) {
    if (strcmp(m->name, o->name) || m->params.len != o->params.len) return false;
    Type *self = class_this_type(c);
    for (int i = 0; i < m->params.len; i++) {
        Type *mt = ((LocalVar *)m->params.items[i])->ty, *ot = ((LocalVar *)o->params.items[i])->ty;
        if (mt != ot && sig_type(class_member_type(self, m->owner, mt), values) !=
                            sig_type(class_member_type(self, o->owner, ot), values))
            return false;
    }
    return true;
}

/* m of class c has the signature of o (of a supertype of c) once o's
 * class's type parameters are replaced by c's arguments for them
 * (JLS 8.4.2; compared by erasure, as the JVM dispatches; a value class's
 * methods with its boxes as values). */
static bool overrides_signature(ClassDecl *c, MethodDecl *m, MethodDecl *o) {
    return same_signature(c, m, o, c->is_value);
}

static bool overrides_signature(ClassDecl *c, MethodDecl *m, MethodDecl *o);

static bool seen_signature(Vec *found, MethodDecl *m) {
    for (int i = 0; i < found->len; i++) {
        MethodDecl *f = found->items[i];
        if (!strcmp(f->name, m->name) && (same_param_types(f, m) || overrides_signature(f->owner, f, m))) return true;
    }
    return false;
}

/* The methods c itself declares named name, in order (NULL: none), from an
 * index of c's methods by name that follows c->methods as it grows (the
 * checker adds methods; none is ever removed), so that a lookup costs the
 * same in a class of 20,000 methods as in one of 20. */
static Vec *own_methods_named(ClassDecl *c, const char *name) {
    if (c->methods_indexed > c->methods.len) { /* never: methods only grow */
        c->methods_by_name = (NameMap){0};
        c->methods_indexed = 0;
    }
    for (; c->methods_indexed < c->methods.len; c->methods_indexed++) {
        MethodDecl *m = c->methods.items[c->methods_indexed];
        Vec *same = namemap_get(&c->methods_by_name, m->name);
        if (!same) namemap_put(&c->methods_by_name, m->name, same = xalloc(sizeof *same));
        vec_push(same, m);
    }
    return namemap_get(&c->methods_by_name, name);
}

/* c's methods named name, then its supertypes'; statics: c's own static
 * methods count (a superinterface's never do: JLS 8.4.8, 9.4.1, so
 * EnumSet.of is not Set.of). */
static void collect(ClassDecl *c, const char *name, Vec *found, ClassDecl *object_class, bool statics) {
    for (ClassDecl *k = c; k; k = k->super) {
        Vec *same = own_methods_named(k, name);
        for (int i = 0; same && i < same->len; i++) {
            MethodDecl *m = same->items[i];
            if ((m->mods & MOD_STATIC) && !statics) continue;
            if (!seen_signature(found, m)) vec_push(found, m);
        }
        for (int i = 0; i < k->ifaces.len; i++) collect(k->ifaces.items[i], name, found, NULL, false);
    }
    /* an interface has Object's public methods as members (JLS 9.2) */
    if (object_class && c->is_interface) collect(object_class, name, found, NULL, false);
}

/* Every method named name that c declares or inherits, the most derived
 * of each signature first: what overload resolution chooses among. */
Vec class_methods_named(ClassDecl *c, const char *name, ClassDecl *object_class) {
    Vec found = {0};
    collect(c, name, &found, object_class, true);
    return found;
}

static const char *owner_name(MethodDecl *m) { return m->owner->qualname; }

const char *class_binary_name(ClassDecl *c) {
    StrBuf sb = {0};
    if (c->package) sb_printf(&sb, "%s.", c->package);
    for (const char *p = c->qualname; *p; p++) sb_putc(&sb, *p == '.' ? '$' : *p);
    return xstrdup(sb_str(&sb));
}

/* c as javac's messages name a class: "Outer.Inner", "<anonymous Outer$1>". */
static const char *class_diag_name(ClassDecl *c) {
    return c->is_anonymous ? xprintf("<anonymous %s>", class_binary_name(c)) : c->qualname;
}

/* An enum with constant bodies whose methods are not all implemented is
 * abstract, as javac makes it (the bodies implement them); else c's
 * unimplemented method m is an error. */
static void missing_implementation(ClassDecl *c, MethodDecl *m) {
    for (int i = 0; c->is_enum && i < c->enum_constants.len; i++) {
        Node *init = ((FieldDecl *)c->enum_constants.items[i])->init;
        if (init && init->anon) {
            c->mods |= MOD_ABSTRACT;
            return;
        }
    }
    error_at(c->loc, "%s is not abstract and does not override abstract method %s in %s", class_diag_name(c), m->sig,
             owner_name(m));
}

static bool is_dispatched(MethodDecl *m) {
    return !m->is_ctor && !(m->mods & (MOD_STATIC | MOD_PRIVATE));
}

/* JLS 8.4.8.3: what an overriding method may not do. */
static void check_override(ClassDecl *c, MethodDecl *m, MethodDecl *o) {
    if (o->mods & MOD_FINAL) {
        error_at(m->loc, "%s in %s cannot override %s in %s\n  overridden method is final", m->sig, owner_name(m), o->sig,
                 owner_name(o));
        return;
    }
    if (m->mods & MOD_STATIC) {
        error_at(m->loc, "%s in %s cannot override %s in %s\n  overriding method is static", m->sig, owner_name(m), o->sig,
                 owner_name(o));
        return;
    }
    /* both return types as seen from c: m may be inherited from a generic
     * superclass (class L<X> extends AbstractList<X> implements List<X>) */
    Type *r = class_member_type(class_this_type(c), m->owner, m->ret);
    Type *ro = class_member_type(class_this_type(c), o->owner, o->ret);
    if (o->type_params.len && o->type_params.len == m->type_params.len) {
        /* a generic method: o's type variables are m's (JLS 8.4.4) */
        Type **mine = xalloc(sizeof(Type *) * (size_t)m->type_params.len);
        for (int i = 0; i < m->type_params.len; i++) mine[i] = ((TypeParam *)m->type_params.items[i])->type;
        ro = subst(ro, (TypeParam **)o->type_params.items, mine, o->type_params.len);
    }
    /* a value class's method may return a value where o returns a reference
     * its box converts to (the box's bridge boxes it) */
    Type *rb = c->is_value && box_type(r) && !is_primitive(r) ? box_type(r) : r;
    bool ret_ok = r == ro || r == ty_error || ro == ty_error ||
                  (!is_primitive(r) && r != ty_void && !is_primitive(ro) && ro != ty_void && is_method_convertible(rb, ro));
    if (!ret_ok) {
        error_at(m->ret_node ? m->ret_node->loc : m->loc, "%s in %s cannot %s %s in %s\n  return type %s is not compatible with %s",
                 m->sig, owner_name(m), o->owner->is_interface && !m->owner->is_interface ? "implement" : "override", o->sig,
                 owner_name(o), type_user_name(r), type_user_name(ro));
        return;
    }
    int rank_m = (m->mods & MOD_PUBLIC) ? 3 : (m->mods & MOD_PROTECTED) ? 2 : (m->mods & MOD_PRIVATE) ? 0 : 1;
    int rank_o = (o->mods & MOD_PUBLIC) ? 3 : (o->mods & MOD_PROTECTED) ? 2 : (o->mods & MOD_PRIVATE) ? 0 : 1;
    if (rank_m < rank_o) {
        const char *access = rank_o == 3 ? "public" : rank_o == 2 ? "protected" : "package";
        error_at(m->loc, "%s in %s cannot %s %s in %s\n  attempting to assign weaker access privileges; was %s", m->sig,
                 owner_name(m), o->owner->is_interface && !m->owner->is_interface ? "implement" : "override", o->sig,
                 owner_name(o), access);
    }
}

/* The method of vt that m (a method of class c) overrides, or NULL. */
static MethodDecl *find_overridden(ClassDecl *c, Vec *vt, MethodDecl *m) {
    for (int i = 0; i < vt->len; i++) {
        MethodDecl *o = vt->items[i];
        if (overrides_signature(c, m, o)) return o;
    }
    return NULL;
}

/* The method of vt (c's vtable) with the signature of o, seen from c. */
static MethodDecl *find_override(ClassDecl *c, Vec *vt, MethodDecl *o) {
    for (int i = 0; i < vt->len; i++) {
        MethodDecl *m = vt->items[i];
        if (overrides_signature(c, m, o)) return m;
    }
    return NULL;
}

/* The interface methods c inherits, each once (by signature). */
static void interface_methods(ClassDecl *c, Vec *out) {
    for (int i = 0; i < c->ifaces.len; i++) {
        ClassDecl *in = c->ifaces.items[i];
        for (int j = 0; j < in->methods.len; j++) {
            MethodDecl *m = in->methods.items[j];
            if (m->iface_slot >= 0) vec_push(out, m);
        }
        interface_methods(in, out);
    }
    if (c->super) interface_methods(c->super, out);
}

/* The method an object of class c runs for interface method im: its class's
 * (inherited) public method of that signature, else the most specific
 * default method among its interfaces, else NULL. */
MethodDecl *class_implementation(ClassDecl *c, MethodDecl *im) {
    MethodDecl *m = c->boxed ? box_bridge_for(c, im) : NULL;
    if (m) return m;
    m = find_override(c, &c->vtable, im);
    if (m && !(m->mods & MOD_ABSTRACT)) return m;
    Vec all = {0};
    interface_methods(c, &all);
    MethodDecl *best = NULL;
    for (int i = 0; i < all.len; i++) {
        MethodDecl *d = all.items[i];
        if (!d->body || (d->mods & MOD_ABSTRACT) || strcmp(d->name, im->name) ||
            !(same_param_types(d, im) || overrides_signature(d->owner, d, im)))
            continue;
        if (!best || class_is_subtype(d->owner, best->owner)) best = d;
    }
    return best;
}

void class_interface_methods(ClassDecl *c, Vec *out) { interface_methods(c, out); }

/* A method of class c (not a value class) that would implement interface
 * method im if values were their boxes (class C implements Comparator<V>
 * with compare(V, V)): reported, as no bridge would unbox the arguments. */
static bool value_param_mismatch(ClassDecl *c, MethodDecl *im) {
    for (int i = 0; i < c->methods.len; i++) {
        MethodDecl *m = c->methods.items[i];
        if (!same_signature(c, m, im, true)) continue;
        error_at(m->loc, "%s in %s cannot implement %s in %s\n  a value parameter where the interface method takes the value's box: only a value class's own methods are bridged (use a lambda, or implement it in the value class)",
                 m->sig, owner_name(m), im->sig, owner_name(im));
        return true;
    }
    return false;
}

void class_layout_methods(Program *prog, ClassDecl *c) {
    if (c->is_interface) {
        for (int i = 0; i < c->methods.len; i++) {
            MethodDecl *m = c->methods.items[i];
            m->vslot = -1;
            m->iface_slot = (m->mods & (MOD_STATIC | MOD_PRIVATE)) ? -1 : prog->niface_slots++;
            /* an interface method with the signature of an Object method
             * overrides nothing that dispatch needs; a default one may not */
            if (prog->object_class) {
                MethodDecl *om = find_overridden(c, &prog->object_class->vtable, m);
                if (om && m->body && !(m->mods & MOD_STATIC))
                    error_at(m->loc, "default method %s in interface %s overrides a member of java.lang.Object", m->sig, c->qualname);
            }
        }
        return;
    }
    if (c->super)
        for (int i = 0; i < c->super->vtable.len; i++) vec_push(&c->vtable, c->super->vtable.items[i]);
    for (int i = 0; i < c->methods.len; i++) {
        MethodDecl *m = c->methods.items[i];
        m->vslot = -1;
        m->iface_slot = -1;
        MethodDecl *o = c->super ? find_overridden(c, &c->super->vtable, m) : NULL;
        if (!o && c->super && !(m->mods & MOD_PRIVATE)) {
            /* a static method may not hide an instance method either */
            for (ClassDecl *k = c->super; k && !o; k = k->super)
                for (int j = 0; j < k->methods.len && !o; j++) {
                    MethodDecl *km = k->methods.items[j];
                    if ((km->mods & MOD_STATIC) && !(m->mods & MOD_STATIC) && !strcmp(km->name, m->name) &&
                        same_param_types(km, m)) {
                        error_at(m->loc, "%s in %s cannot override %s in %s\n  overridden method is static", m->sig,
                                 owner_name(m), km->sig, owner_name(km));
                        o = km;
                    }
                }
            if (o) continue;
        }
        if (!is_dispatched(m)) {
            if (o && (m->mods & MOD_STATIC)) check_override(c, m, o);
            continue;
        }
        if (o) {
            check_override(c, m, o);
            m->vslot = o->vslot;
            m->overrides = o;
            for (MethodDecl *k = o; k; k = k->overrides) k->overridden = true;
            c->vtable.items[m->vslot] = m;
        } else {
            m->vslot = c->vtable.len;
            vec_push(&c->vtable, m);
        }
    }
    /* interface methods this class implements: overriding rules, and the
     * methods that implement them are dispatched */
    Vec all = {0};
    interface_methods(c, &all);
    for (int i = 0; i < all.len; i++) {
        MethodDecl *im = all.items[i];
        MethodDecl *m = class_implementation(c, im);
        if (m && m != im) {
            if (m->owner == c || !m->owner->is_interface) check_override(c, m, im);
            m->overridden = true;
            im->overridden = true;
        }
        if (!m && !(c->mods & MOD_ABSTRACT)) {
            MethodDecl *abstract_here = find_override(c, &c->vtable, im);
            if (!abstract_here && value_param_mismatch(c, im)) continue;
            if (!abstract_here) missing_implementation(c, im);
        }
    }
    if (!(c->mods & MOD_ABSTRACT))
        for (int i = 0; i < c->vtable.len; i++) {
            MethodDecl *m = c->vtable.items[i];
            if (m->mods & MOD_ABSTRACT) {
                missing_implementation(c, m);
                break;
            }
        }
}

/* Whether k names c after `extends` or `implements`. */
static bool direct_subtype(ClassDecl *k, ClassDecl *c) {
    if (k->super == c) return true;
    for (int i = 0; i < k->ifaces.len; i++)
        if (k->ifaces.items[i] == c) return true;
    return false;
}

static bool permits(ClassDecl *sealed, ClassDecl *k) {
    for (int i = 0; i < sealed->permitted.len; i++)
        if (sealed->permitted.items[i] == k) return true;
    return false;
}

/* A sealed class without `permits` permits the classes of its file that
 * extend it (local and anonymous ones never may); one with it, those it
 * lists, which must extend it. */
static void check_permitted(Program *prog, ClassDecl *c) {
    if (!c->permits_nodes.len) {
        for (int i = 0; i < prog->classes.len; i++) {
            ClassDecl *k = prog->classes.items[i];
            if (k->unit == c->unit && !k->is_local && !k->is_anonymous && direct_subtype(k, c)) vec_push(&c->permitted, k);
        }
        if (!c->permitted.len) error_at(c->loc, "sealed class must have subclasses");
        return;
    }
    for (int i = 0; i < c->permitted.len; i++) {
        ClassDecl *k = c->permitted.items[i];
        if (direct_subtype(k, c)) continue;
        for (int j = 0; j < c->permits_nodes.len; j++) {
            Node *tn = c->permits_nodes.items[j];
            if (tn->ty && tn->ty->kind == TY_CLASS && tn->ty->cls == k)
                error_at(tn->loc, "invalid permits clause\n  (subclass %s must extend sealed class)", k->name);
        }
    }
}

/* What a direct subclass k of sealed class s must be. */
static void check_sealed_subclass(ClassDecl *k, ClassDecl *s) {
    if (k->is_anonymous && !k->is_enum_body) error_at(k->loc, "anonymous classes must not extend sealed classes");
    else if (k->is_local) error_at(k->loc, "local classes must not extend sealed classes");
    else if (!permits(s, k))
        error_at(k->loc, "class is not allowed to extend sealed class: %s (as it is not listed in its permits clause)", s->name);
    else if (!(k->mods & (MOD_FINAL | MOD_SEALED | MOD_NON_SEALED)) && !k->is_enum && !k->is_value)  /* a value class is final */
        error_at(k->loc, "sealed, non-sealed or final modifiers expected");
}

void class_check_sealed(Program *prog) {
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (c->mods & MOD_SEALED) check_permitted(prog, c);
    }
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *k = prog->classes.items[i];
        bool sealed_super = false;
        if (k->super && (k->super->mods & MOD_SEALED)) {
            sealed_super = true;
            check_sealed_subclass(k, k->super);
        }
        for (int j = 0; j < k->ifaces.len; j++) {
            ClassDecl *s = k->ifaces.items[j];
            if (!(s->mods & MOD_SEALED)) continue;
            sealed_super = true;
            check_sealed_subclass(k, s);
        }
        if ((k->mods & MOD_NON_SEALED) && !sealed_super)
            error_at(k->loc, "non-sealed modifier not allowed here\n  (%s %s does not have any sealed supertypes)",
                     k->is_interface ? "interface" : "class", k->name);
    }
}

MethodDecl *class_nonlocal_override(Program *prog, MethodDecl *m) {
    if (m->mods & (MOD_STATIC | MOD_PRIVATE | MOD_FINAL) || m->is_ctor) return NULL;
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (c == m->owner || !class_is_subtype(c, m->owner)) continue;
        for (int j = 0; j < c->methods.len; j++) {
            MethodDecl *k = c->methods.items[j];
            if (!(k->mods & (MOD_STATIC | MOD_LOCAL)) && overrides_signature(c, k, m)) return k;
        }
    }
    return NULL;
}

static void abstract_methods(ClassDecl *c, ClassDecl *object_class, Vec *out) {
    for (int i = 0; i < c->methods.len; i++) {
        MethodDecl *m = c->methods.items[i];
        if (!(m->mods & MOD_ABSTRACT)) continue;
        /* Object's public methods redeclared (Comparator.equals) do not count */
        if ((object_class && find_override(object_class, &object_class->vtable, m)) ||
            (!strcmp(m->name, "equals") && m->params.len == 1) ||
            ((!strcmp(m->name, "hashCode") || !strcmp(m->name, "toString")) && m->params.len == 0))
            continue;
        bool seen = false;
        for (int j = 0; j < out->len && !seen; j++) {
            MethodDecl *o = out->items[j];
            seen = !strcmp(o->name, m->name) && o->params.len == m->params.len;
        }
        if (!seen) vec_push(out, m);
    }
    for (int i = 0; i < c->ifaces.len; i++) abstract_methods(c->ifaces.items[i], object_class, out);
}

MethodDecl *class_functional_method(ClassDecl *c, ClassDecl *object_class) {
    if (!c->is_interface) return NULL;
    Vec all = {0};
    abstract_methods(c, object_class, &all);
    /* a default method of c or a subinterface may implement an inherited abstract one */
    int n = 0;
    MethodDecl *last = NULL;
    for (int i = 0; i < all.len; i++) {
        MethodDecl *m = all.items[i];
        bool implemented = false;
        Vec defaults = {0};
        interface_methods(c, &defaults);
        for (int j = 0; j < c->methods.len; j++) vec_push(&defaults, c->methods.items[j]);
        for (int j = 0; j < defaults.len && !implemented; j++) {
            MethodDecl *d = defaults.items[j];
            implemented = d->body && !strcmp(d->name, m->name) && d->params.len == m->params.len && d != m;
        }
        if (!implemented) {
            n++;
            last = m;
        }
    }
    return n == 1 ? last : NULL;
}

bool class_method_overrides(MethodDecl *m, ClassDecl *object_class) {
    if (m->is_ctor || (m->mods & MOD_STATIC)) return false;
    if (m->overrides) return true;
    ClassDecl *c = m->owner;
    Vec all = {0};
    interface_methods(c, &all);
    for (int i = 0; i < all.len; i++)
        if (overrides_signature(c, m, all.items[i])) return true;
    /* an interface's (or a value class's) method may override one of Object's public methods */
    if ((c->is_interface || c->is_value) && object_class && find_overridden(c, &object_class->vtable, m)) return true;
    return false;
}
