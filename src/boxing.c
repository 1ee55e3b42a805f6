/* boxing.c: the wrapper classes of java.lang (lib/java/lang/Integer.java
 * and the others, written in Java) and the boxing and unboxing
 * conversions between them and the primitive types (JLS 5.1.7, 5.1.8);
 * and the boxes of Lime's value classes.
 *
 * The checker makes each conversion an ND_CONV between a primitive and a
 * wrapper (or a supertype of one: Object, Number); the lowering makes
 * boxing a call of the wrapper's valueOf (which keeps the JVM's caches,
 * so == on boxed values is the JVM's) and unboxing a null check and a
 * call of its xxxValue().
 *
 * A value class V is boxed as C# and Java's Valhalla box value types:
 * V's box is a final class the checker makes (ClassDecl.boxed == V),
 * named as V (its descriptor's name is V's binary name), extending Object
 * and implementing V's interfaces, whose objects hold one V in the field
 * `value`.  To the type system it is V's wrapper as Integer is int's:
 * converting a V to an interface it implements or to Object boxes it
 * (new box, putfield), converting a reference to V ((V) o, or a generic
 * result typed V's box) is a checked cast to the box, a null check and
 * getfield; a type argument V stands for V's box (List<V>), so generic code
 * sees references.  The box's methods are bridges (MethodDecl.is_bridge)
 * with the erased signatures of the methods they implement (interface
 * methods, Object's toString, equals, hashCode), each calling V's method
 * on the boxed value (lower.c converts arguments and result); where V
 * declares no equals(Object) or hashCode(), the box's compare and hash
 * the value as a record's do (lower.c). */
#include "front.h"

#include <string.h>

static const char *wrapper_names[] = {
    [TY_BOOLEAN] = "Boolean", [TY_BYTE] = "Byte", [TY_SHORT] = "Short", [TY_CHAR] = "Character",
    [TY_INT] = "Integer", [TY_LONG] = "Long", [TY_FLOAT] = "Float", [TY_DOUBLE] = "Double",
};
static ClassDecl *wrappers[TY_DOUBLE + 1];
static void boxes_init(Program *prog);

void boxing_init(Program *prog) {
    memset(wrappers, 0, sizeof wrappers);
    for (int i = 0; i < prog->top_classes.len; i++) {
        ClassDecl *c = prog->top_classes.items[i];
        if (!c->is_library || !c->package || strcmp(c->package, "java.lang")) continue;
        for (int k = TY_BOOLEAN; k <= TY_DOUBLE; k++)
            if (!strcmp(c->name, wrapper_names[k])) wrappers[k] = c;
    }
    for (int k = TY_BOOLEAN; k <= TY_DOUBLE; k++) LIME_ASSERT(wrappers[k] && "the library has every wrapper class");
    boxes_init(prog);
}

ClassDecl *box_class(Type *prim) {
    if (prim && prim->kind == TY_CLASS && prim->cls->is_value) return value_box(prim->cls);
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
    if (t->cls->boxed) return class_type(t->cls->boxed);
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
    Type *b = box_type(from);
    if (b) return is_reference(to) && !is_value_type(to) && is_method_convertible(b, to);
    Type *u = unbox_type(from);
    if (u && is_value_type(u)) return u == to;
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

/* ------------------------------------------------ the boxes of value classes */

static ClassDecl *object_cls;
static bool supers_known;  /* every class's superinterfaces are resolved */

/* V's box without members: its superinterfaces once they are known; used
 * (so completed and compiled) once the checker converts to or from it
 * (check.c use_class). */
static ClassDecl *make_box(ClassDecl *v) {
    ClassDecl *b = xalloc(sizeof *b);
    b->name = v->name;
    b->qualname = v->qualname;
    b->package = v->package;
    b->unit = v->unit;
    b->loc = v->loc;
    b->outer = v->outer;  /* for its binary name; not one of outer's nested classes */
    b->mods = MOD_PUBLIC | MOD_FINAL;
    b->super = object_cls;
    b->boxed = v;
    b->hier_state = 2;
    v->box = b;
    if (supers_known) {
        b->ifaces = v->ifaces;
        b->iface_types = v->iface_types;
    }
    return b;
}

ClassDecl *value_box(ClassDecl *v) {
    LIME_ASSERT(v->is_value);
    return v->box ? v->box : make_box(v);
}

Type *box_value_type(Type *t) {
    return t && t->kind == TY_CLASS && t->cls->boxed ? class_type(t->cls->boxed) : NULL;
}

static void boxes_init(Program *prog) {
    object_cls = prog->object_class;
    supers_known = false;
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (c->is_value && !c->box) make_box(c);
    }
}

void boxing_supers_resolved(Program *prog) {
    supers_known = true;
    for (int i = 0; i < prog->classes.len; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (!c->box) continue;
        c->box->ifaces = c->ifaces;
        c->box->iface_types = c->iface_types;
    }
}

/* "equals(Object)": a bridge's signature, for messages and its symbol */
static const char *bridge_sig(MethodDecl *m) {
    StrBuf sb = {0};
    sb_printf(&sb, "%s(", m->name);
    for (int i = 0; i < m->params.len; i++)
        sb_printf(&sb, "%s%s", i ? "," : "", type_name(((LocalVar *)m->params.items[i])->ty));
    sb_putc(&sb, ')');
    return xstrdup(sb_str(&sb));
}

/* A bridge of box b with the erased signature of like (the method it
 * implements or overrides), calling to (NULL: by value). */
static MethodDecl *new_bridge(ClassDecl *b, MethodDecl *like, MethodDecl *to) {
    MethodDecl *m = xalloc(sizeof *m);
    m->name = like->name;
    m->loc = to ? to->loc : b->loc;
    m->mods = MOD_PUBLIC;
    m->ret = erase(like->ret);
    m->owner = b;
    for (int i = 0; i < like->params.len; i++) {
        LocalVar *lp = like->params.items[i];
        LocalVar *p = xalloc(sizeof *p);
        p->name = lp->name;
        p->loc = m->loc;
        p->is_param = p->is_final = true;
        p->ty = erase(lp->ty);
        vec_push(&m->params, p);
        vec_push(&m->locals, p);
    }
    m->sig = bridge_sig(m);
    m->mangled = xprintf("%s.<box>.%s", class_full_name(b), m->sig);
    m->vslot = m->iface_slot = -1;
    m->is_bridge = true;
    m->bridge_to = to;
    vec_push(&b->methods, m);
    return m;
}

static bool same_erased_params(MethodDecl *a, MethodDecl *b) {
    if (strcmp(a->name, b->name) || a->params.len != b->params.len) return false;
    for (int i = 0; i < a->params.len; i++)
        if (erase(((LocalVar *)a->params.items[i])->ty) != erase(((LocalVar *)b->params.items[i])->ty)) return false;
    return true;
}

MethodDecl *box_bridge_for(ClassDecl *b, MethodDecl *im) {
    for (int i = 0; i < b->methods.len; i++) {
        MethodDecl *m = b->methods.items[i];
        if (m->vslot < 0 && same_erased_params(m, im)) return m;
    }
    return NULL;
}

/* The method of value class v that overrides Object's om, or NULL. */
static MethodDecl *value_override(ClassDecl *v, MethodDecl *om) {
    for (int i = 0; i < v->methods.len; i++) {
        MethodDecl *m = v->methods.items[i];
        if (!(m->mods & (MOD_STATIC | MOD_PRIVATE)) && same_erased_params(m, om)) return m;
    }
    return NULL;
}

/* Box b's vtable: Object's, with its methods bridged to v's where v
 * declares them, equals and hashCode by value otherwise. */
static void box_vtable(ClassDecl *b, ClassDecl *v) {
    for (int i = 0; i < object_cls->vtable.len; i++) {
        MethodDecl *om = object_cls->vtable.items[i];
        vec_push(&b->vtable, om);
        if (om->mods & MOD_FINAL) continue;
        MethodDecl *to = value_override(v, om);
        /* not declared by v: Object's (toString: V@hash of the hash by
         * value; clone: not Cloneable), but equals and hashCode by value */
        if (!to && strcmp(om->name, "equals") && strcmp(om->name, "hashCode")) continue;
        MethodDecl *m = new_bridge(b, om, to);
        m->vslot = om->vslot;
        m->overrides = om;
        om->overridden = true;
        b->vtable.items[i] = m;
    }
}

/* Completes box b of value class v: its field, vtable and a bridge for every
 * interface method v implements (a default method v inherits needs none). */
static void complete_box(ClassDecl *b, ClassDecl *v) {
    FieldDecl *f = xalloc(sizeof *f);
    f->name = intern("value", 5);
    f->loc = b->loc;
    f->mods = MOD_PRIVATE | MOD_FINAL;
    f->ty = class_type(v);
    f->owner = b;
    f->index = object_cls->ninstance_fields;
    f->const_state = 2;
    vec_push(&b->fields, f);
    b->ninstance_fields = f->index + 1;
    box_vtable(b, v);
    Vec ims = {0};
    class_interface_methods(v, &ims);
    for (int i = 0; i < ims.len; i++) {
        MethodDecl *im = ims.items[i];
        MethodDecl *to = class_implementation(v, im);
        if (to && to->owner == v && !box_bridge_for(b, im)) new_bridge(b, im, to);
    }
}

FieldDecl *box_field(ClassDecl *b) {
    LIME_ASSERT(b->boxed && b->fields.len == 1);
    return b->fields.items[0];
}

void boxing_complete(Program *prog) {
    int n = prog->classes.len;
    for (int i = 0; i < n; i++) {
        ClassDecl *c = prog->classes.items[i];
        if (!c->box || !c->box->used || c->box->fields.len) continue;
        complete_box(c->box, c);
        vec_push(&prog->classes, c->box);
    }
}
