/* objects.c: Java's classes at run time on the CPU.
 *
 * Every compiled class (and interface) has a descriptor, a LimeClass
 * (runtime/lime.h): its binary name, instance size, superclass, vtable
 * (by MethodDecl.vslot), itable (by the interface selector: the
 * MethodDecl.iface_slot numbered again over the compiled interfaces; NULL
 * for a class that implements no interface),
 * the interfaces it implements (all of them, NULL-terminated), a slot for
 * its java.lang.Class object, and flags.  Objects point to it in their
 * first word.
 *
 * Calls: CALL_VIRTUAL loads the method from the receiver's vtable or
 * itable; on a receiver of static type Object (which may be a String or
 * an array, which have no descriptor) the runtime picks it
 * (lime_rt_virtual).  Exceptions: a TRY is a handler pushed on the
 * thread's chain (lime_try_enter) and _setjmp; a throw longjmps to the
 * innermost handler (runtime/exceptions.c).  A function with a TRY keeps
 * its locals in memory (volatile accesses: codegen.c) so that the values
 * a handler sees are the latest. */
#include "codegen.h"

#include <string.h>

/* runtime/lime.h's LimeClass.flags */
#define LIME_CLASS_INTERFACE 1
#define LIME_CLASS_POINTER_FREE 2
#define LIME_CLASS_SELF_COMPARABLE 4
/* runtime/lime.h's LimeArrayType.elem_kind (the two the compiler emits) */
#define LIME_ELEM_CLASS 4
#define LIME_ELEM_ARRAY 5

/* { name, size, super, vtable, itable, interfaces, class_object, flags } */
static LLVMTypeRef descriptor_type(Codegen *cg) {
    LLVMTypeRef p = cg_ptr_type(cg);
    LLVMTypeRef fields[8] = {p, LLVMInt64TypeInContext(cg->ctx), p, p, p, p, p, LLVMInt32TypeInContext(cg->ctx)};
    return LLVMStructTypeInContext(cg->ctx, fields, 8, false);
}

/* "java.lang.Object", "Outer$Inner": the JVM's name of c */
const char *cg_binary_name(ClassDecl *c) {
    StrBuf sb = {0};
    if (c->package || (c->outer && c->outer->package)) {
        ClassDecl *top = c;
        while (top->outer) top = top->outer;
        if (top->package && *top->package) sb_printf(&sb, "%s.", top->package);
    }
    for (const char *p = c->qualname; *p; p++) sb_putc(&sb, *p == '.' ? '$' : *p);
    return xstrdup(sb_str(&sb));
}

static LLVMValueRef ptr_table(Codegen *cg, const char *name, LLVMValueRef *items, int n) {
    LLVMTypeRef at = LLVMArrayType(cg_ptr_type(cg), (unsigned)n);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, at, name);
    LLVMSetInitializer(g, LLVMConstArray(cg_ptr_type(cg), items, (unsigned)n));
    LLVMSetGlobalConstant(g, true);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    return g;
}

static void add_interfaces(ClassDecl *c, Vec *out) {
    for (int i = 0; i < c->ifaces.len; i++) {
        ClassDecl *in = c->ifaces.items[i];
        bool seen = false;
        for (int j = 0; j < out->len && !seen; j++) seen = out->items[j] == in;
        if (!seen) vec_push(out, in);
        add_interfaces(in, out);
    }
    if (c->super) add_interfaces(c->super, out);
}

/* The itable index of interface method slot `slot`: the front end numbers
 * the methods of every interface the library has (classes.c), these number
 * only those of the interfaces the program compiles, so that an itable is
 * as long as the program needs; -1 for an interface not compiled. */
static int selector(Codegen *cg, int slot, int *count) {
    if (!cg->selectors) {
        Program *src = cg->prog->src;
        cg->selectors = xalloc(sizeof(int) * (size_t)(src->niface_slots + 1));
        for (int i = 0; i < src->niface_slots; i++) cg->selectors[i] = -1;
        for (int i = 0; i < src->classes.len; i++) {
            ClassDecl *c = src->classes.items[i];
            if (!c->is_interface || !class_is_compiled(c)) continue;
            for (int j = 0; j < c->methods.len; j++) {
                MethodDecl *m = c->methods.items[j];
                if (m->iface_slot >= 0) cg->selectors[m->iface_slot] = cg->nselectors++;
            }
        }
    }
    if (count) *count = cg->nselectors;
    return slot >= 0 ? cg->selectors[slot] : -1;
}

static LLVMValueRef method_pointer(Codegen *cg, MethodDecl *m) {
    LLVMValueRef f = m && m->ir ? cg_function(cg, m->ir) : NULL;
    return f ? f : LLVMConstNull(cg_ptr_type(cg));
}

/* LIME_CLASS_POINTER_FREE: no instance field of c or its superclasses
 * holds a reference (the runtime then allocates instances unscanned) */
static int pointer_free_flag(ClassDecl *c) {
    for (ClassDecl *k = c; k; k = k->super)
        for (int i = 0; i < k->fields.len; i++) {
            FieldDecl *f = k->fields.items[i];
            if (!(f->mods & MOD_STATIC) && !cg_pointer_free(f->ty)) return 0;
        }
    return LIME_CLASS_POINTER_FREE;
}

/* LIME_CLASS_SELF_COMPARABLE: c itself (not a superclass) implements
 * Comparable<c>, c not generic (Comparable<Box<T>> does not count) */
static int self_comparable_flag(ClassDecl *c) {
    for (int i = 0; i < c->iface_types.len; i++) {
        Type *t = c->iface_types.items[i];
        if (t && t->kind == TY_CLASS && t->cls->is_library && !strcmp(t->cls->qualname, "Comparable") && t->cls->package && !strcmp(t->cls->package, "java.lang") && t->ntargs == 1 &&
            t->targs[0]->kind == TY_CLASS && t->targs[0]->cls == c && t->targs[0]->ntargs == 0)
            return LIME_CLASS_SELF_COMPARABLE;
    }
    return 0;
}

LLVMValueRef cg_class_descriptor(Codegen *cg, ClassDecl *c) {
    const char *name = xprintf("classinfo.%s", cg_binary_name(c));
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
    if (g) return g;
    LIME_ASSERT(!c->is_value && class_is_compiled(c));
    LLVMTypeRef dt = descriptor_type(cg);
    g = LLVMAddGlobal(cg->mod, dt, name);  /* before its fields, which may refer back to it */
    LLVMSetLinkage(g, LLVMPrivateLinkage);  /* not constant: class_object is set at run time */
    LLVMTypeRef p = cg_ptr_type(cg);
    LLVMValueRef null = LLVMConstNull(p);
    int64_t size = c->is_interface ? 0 : (int64_t)LLVMABISizeOfType(cg->td, cg_class_struct(cg, c));
    LLVMValueRef vtable = null, itable = null;
    if (!c->is_interface) {
        LLVMValueRef *vt = xalloc(sizeof(LLVMValueRef) * (size_t)(c->vtable.len + 1));
        for (int i = 0; i < c->vtable.len; i++) vt[i] = method_pointer(cg, c->vtable.items[i]);
        vtable = ptr_table(cg, xprintf("vtable.%s", cg_binary_name(c)), vt, c->vtable.len);
    }
    Vec ifaces = {0};
    add_interfaces(c, &ifaces);
    int nsel;
    selector(cg, -1, &nsel);
    if (!c->is_interface && ifaces.len && nsel) {
        LLVMValueRef *it = xalloc(sizeof(LLVMValueRef) * (size_t)nsel);
        for (int i = 0; i < nsel; i++) it[i] = null;
        for (int i = 0; i < ifaces.len; i++) {
            ClassDecl *in = ifaces.items[i];
            for (int j = 0; j < in->methods.len; j++) {
                MethodDecl *im = in->methods.items[j];
                int sel = selector(cg, im->iface_slot, NULL);
                if (sel >= 0) it[sel] = method_pointer(cg, class_implementation(c, im));
            }
        }
        itable = ptr_table(cg, xprintf("itable.%s", cg_binary_name(c)), it, nsel);
    }
    LLVMValueRef *iv = xalloc(sizeof(LLVMValueRef) * (size_t)(ifaces.len + 1));
    for (int i = 0; i < ifaces.len; i++) iv[i] = cg_class_descriptor(cg, ifaces.items[i]);
    iv[ifaces.len] = null;
    LLVMValueRef ilist = ptr_table(cg, xprintf("interfaces.%s", cg_binary_name(c)), iv, ifaces.len + 1);
    LLVMValueRef fields[8] = {
        cg_cstring(cg, cg_binary_name(c)),
        cg_i64c(cg, size),
        c->super ? cg_class_descriptor(cg, c->super) : null,
        vtable,
        itable,
        ilist,
        null,
        cg_i32c(cg, c->is_interface ? LIME_CLASS_INTERFACE : pointer_free_flag(c) | self_comparable_flag(c)),
    };
    LLVMSetInitializer(g, LLVMConstNamedStruct(dt, fields, 8));
    return g;
}

/* ------------------------------------------------------------ allocation */

/* runtime/lime.h's LIME_ALLOC_LISTS and LIME_ALLOC_GRANULE (heap.c
 * checks them against libgc's) */
#define ALLOC_LISTS 25
#define ALLOC_GRANULE 16

/* the runtime's thread-local array of free lists (heap.c lime_alloc_lists) */
static LLVMValueRef alloc_lists_global(Codegen *cg) {
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, "lime_alloc_lists");
    if (!g) {
        g = LLVMAddGlobal(cg->mod, cg_ptr_type(cg), "lime_alloc_lists");
        LLVMSetThreadLocal(g, true);
    }
    return g;
}

/* A new, zeroed object of class c: popped inline off this thread's free
 * list of its kind and size (runtime/heap.c alloc_small: every object on
 * a list is cleared but for its first word, the link, which the class
 * word replaces); lime_new_object when the list is empty or not made yet,
 * or the object too large for the lists. */
LLVMValueRef cg_new_object(Codegen *cg, ClassDecl *c) {
    LLVMValueRef desc = cg_class_descriptor(cg, c);
    uint64_t size = LLVMABISizeOfType(cg->td, cg_class_struct(cg, c));
    uint64_t granules = (size + ALLOC_GRANULE - 1) / ALLOC_GRANULE;
    if (granules >= ALLOC_LISTS) return cg_call_rt(cg, "lime_new_object", cg_ptr_type(cg), &desc, 1, false);
    LLVMTypeRef p = cg_ptr_type(cg);
    int list = pointer_free_flag(c) ? 1 : 0; /* heap.c's LIST_HEADER_ONLY, LIST_SCANNED */
    LLVMBasicBlockRef have_lists = cg_new_bb(cg, "alloclists"), pop = cg_new_bb(cg, "allocpop"),
                      slow = cg_new_bb(cg, "allocslow"), done = cg_new_bb(cg, "allocated");
    LLVMValueRef lists = LLVMBuildLoad2(cg->b, p, alloc_lists_global(cg), "lists");
    LLVMBuildCondBr(cg->b, LLVMBuildIsNotNull(cg->b, lists, ""), have_lists, slow);
    LLVMPositionBuilderAtEnd(cg->b, have_lists);
    LLVMValueRef idx = cg_i64c(cg, (int64_t)(list * ALLOC_LISTS + (int)granules));
    LLVMValueRef head = LLVMBuildGEP2(cg->b, p, lists, &idx, 1, "head");
    LLVMValueRef obj = LLVMBuildLoad2(cg->b, p, head, "obj");
    LLVMBuildCondBr(cg->b, LLVMBuildIsNotNull(cg->b, obj, ""), pop, slow);
    LLVMPositionBuilderAtEnd(cg->b, pop);
    LLVMBuildStore(cg->b, LLVMBuildLoad2(cg->b, p, obj, "next"), head);
    LLVMBuildStore(cg->b, desc, obj);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, slow);
    LLVMValueRef called = cg_call_rt(cg, "lime_new_object", p, &desc, 1, false);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, p, "new");
    LLVMValueRef vals[2] = {obj, called};
    LLVMBasicBlockRef bbs[2] = {pop, slow};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

/* ------------------------------------------------------------ array types */

/* The JVM's descriptor of element type t ("I", "Ljava.lang.String;",
 * "[D"), or NULL for an element an array type cannot carry (a value). */
static const char *elem_descriptor(Type *t) {
    static const char *const prims[] = {
        [TY_BOOLEAN] = "Z", [TY_BYTE] = "B", [TY_SHORT] = "S", [TY_CHAR] = "C",
        [TY_INT] = "I",     [TY_LONG] = "J", [TY_FLOAT] = "F", [TY_DOUBLE] = "D",
    };
    t = erase(t);
    if (is_primitive(t)) return prims[t->kind];
    if (t->kind == TY_STRING) return "Ljava.lang.String;";
    if (t->kind == TY_OBJECT) return "Ljava.lang.Object;";
    if (t->kind == TY_CLASS && !t->cls->is_value) return xprintf("L%s;", cg_binary_name(t->cls));
    if (t->kind == TY_ARRAY) {
        const char *e = elem_descriptor(t->elem);
        return e ? xprintf("[%s", e) : NULL;
    }
    return NULL;
}

static LLVMTypeRef array_type_struct(Codegen *cg) {
    LLVMTypeRef p = cg_ptr_type(cg), i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMTypeRef fields[6] = {p, p, p, i32, i32, i32};
    return LLVMStructTypeInContext(cg->ctx, fields, 6, false);
}

/* runtime/arraytypes.c's lime_array_type_<what> */
static LLVMValueRef runtime_array_type(Codegen *cg, const char *what) {
    const char *name = xprintf("lime_array_type_%s", what);
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
    if (!g) {
        g = LLVMAddGlobal(cg->mod, array_type_struct(cg), name);
        LLVMSetGlobalConstant(g, true);
    }
    return g;
}

LLVMValueRef cg_array_type(Codegen *cg, Type *t) {
    static const char *const prims[] = {
        [TY_BOOLEAN] = "boolean", [TY_BYTE] = "byte", [TY_SHORT] = "short", [TY_CHAR] = "char",
        [TY_INT] = "int",         [TY_LONG] = "long", [TY_FLOAT] = "float", [TY_DOUBLE] = "double",
    };
    LIME_ASSERT(t->kind == TY_ARRAY);
    Type *e = erase(t->elem);
    if (is_primitive(e)) return runtime_array_type(cg, prims[e->kind]);
    if (e->kind == TY_STRING) return runtime_array_type(cg, "String");
    if (e->kind == TY_OBJECT) return runtime_array_type(cg, "Object");
    const char *desc = elem_descriptor(t);
    if (!desc) return NULL;
    const char *name = xprintf("arraytype.%s", desc);
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
    if (g) return g;
    LLVMValueRef elem_array = e->kind == TY_ARRAY ? cg_array_type(cg, e) : NULL;
    LLVMValueRef null = LLVMConstNull(cg_ptr_type(cg));
    LLVMValueRef fields[6] = {
        cg_cstring(cg, desc),
        e->kind == TY_CLASS ? cg_class_descriptor(cg, e->cls) : null,
        elem_array ? elem_array : null,
        cg_i32c(cg, e->kind == TY_CLASS ? LIME_ELEM_CLASS : LIME_ELEM_ARRAY),
        cg_i32c(cg, 8),
        cg_i32c(cg, 0),
    };
    g = LLVMAddGlobal(cg->mod, array_type_struct(cg), name);
    LLVMSetLinkage(g, LLVMPrivateLinkage);   /* not constant: the runtime caches its id there */
    LLVMSetInitializer(g, LLVMConstStructInContext(cg->ctx, fields, 6, false));
    return g;
}

/* array[i] = v needs JLS 10.5's check when an array of another type may
 * stand for array's static type: its elements are of a reference type
 * that has proper subtypes (not String, a final class, an enum or a
 * primitive array). */
static bool needs_store_check(Type *elem) {
    elem = erase(elem);
    if (elem->kind == TY_OBJECT) return true;
    if (elem->kind == TY_CLASS) return !elem->cls->is_value && !(elem->cls->mods & MOD_FINAL) && !elem->cls->is_enum;
    if (elem->kind == TY_ARRAY) return needs_store_check(elem->elem);
    return false;
}

/* LimeArray.type_id's byte offset; LimeArrayType.id's field index */
#define TYPE_ID_OFFSET 6
#define ARRAY_TYPE_ID_FIELD 5

/* The runtime's check is called only for a non-null value stored into an
 * array of another type than the static one (an array of the static type
 * takes every value the checker let through: the common case, tested
 * inline; a static type no array was made of yet has id 0 and always
 * calls) */
void cg_array_store_check(Codegen *cg, LLVMValueRef array, LLVMValueRef v, Type *array_type) {
    if (!needs_store_check(array_type->elem)) return;
    LLVMValueRef static_type = cg_array_type(cg, array_type);
    if (!static_type) return;
    LLVMTypeRef i16 = LLVMInt16TypeInContext(cg->ctx), i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMValueRef off = cg_i64c(cg, TYPE_ID_OFFSET);
    LLVMValueRef id_at = LLVMBuildInBoundsGEP2(cg->b, LLVMInt8TypeInContext(cg->ctx), array, &off, 1, "");
    LLVMValueRef id = LLVMBuildLoad2(cg->b, i16, id_at, "typeid");
    LLVMValueRef static_id_at = LLVMBuildStructGEP2(cg->b, array_type_struct(cg), static_type, ARRAY_TYPE_ID_FIELD, "");
    LLVMValueRef static_id = LLVMBuildTrunc(cg->b, LLVMBuildLoad2(cg->b, i32, static_id_at, ""), i16, "");
    LLVMValueRef other = LLVMBuildICmp(cg->b, LLVMIntNE, id, static_id, "");
    LLVMValueRef needed = LLVMBuildAnd(cg->b, other, LLVMBuildIsNotNull(cg->b, v, ""), "");
    LLVMBasicBlockRef check = cg_new_bb(cg, "storecheck"), done = cg_new_bb(cg, "stored");
    LLVMBuildCondBr(cg->b, needed, check, done);
    LLVMPositionBuilderAtEnd(cg->b, check);
    LLVMValueRef args[2] = {array, v};
    cg_call_rt(cg, "lime_rt_array_store_check", LLVMVoidTypeInContext(cg->ctx), args, 2, false);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
}

/* ------------------------------------------------------------ dispatch */

static LLVMValueRef load_ptr(Codegen *cg, LLVMValueRef addr) {
    return LLVMBuildLoad2(cg->b, cg_ptr_type(cg), addr, "");
}

/* field k of the descriptor that object v points to */
static LLVMValueRef descriptor_field(Codegen *cg, LLVMValueRef obj, int k) {
    LLVMValueRef desc = load_ptr(cg, obj);
    return load_ptr(cg, LLVMBuildStructGEP2(cg->b, descriptor_type(cg), desc, (unsigned)k, ""));
}

static LLVMValueRef table_entry(Codegen *cg, LLVMValueRef table, int slot) {
    LLVMValueRef idx = cg_i64c(cg, slot);
    return load_ptr(cg, LLVMBuildGEP2(cg->b, cg_ptr_type(cg), table, &idx, 1, ""));
}

/* The executable's bounds, as the linker defines them (hidden: a PIE
 * reaches them pc-relative) */
static LLVMValueRef image_bound(Codegen *cg, const char *name) {
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
    if (!g) {
        g = LLVMAddGlobal(cg->mod, LLVMInt8TypeInContext(cg->ctx), name);
        LLVMSetVisibility(g, LLVMHiddenVisibility);
    }
    return LLVMBuildPtrToInt(cg->b, g, LLVMInt64TypeInContext(cg->ctx), "");
}

/* Whether `first`, the first word of a non-null reference, is a class
 * descriptor's address, so that the reference is an object (not a String
 * or an array): every descriptor lies in the executable's image, and no
 * String's or array's first word does when the image is mapped above
 * 4 GiB (heap.c lime_rt_is_string); mapped below, the answer is false and
 * the runtime decides. */
static LLVMValueRef is_descriptor_word(Codegen *cg, LLVMValueRef first) {
    LLVMTypeRef i64 = LLVMInt64TypeInContext(cg->ctx);
    LLVMValueRef start = image_bound(cg, "__executable_start"), end = image_bound(cg, "_end");
    LLVMValueRef w = LLVMBuildPtrToInt(cg->b, first, i64, "");
    LLVMValueRef inside = LLVMBuildICmp(cg->b, LLVMIntULT, LLVMBuildSub(cg->b, w, start, ""),
                                        LLVMBuildSub(cg->b, end, start, ""), "");
    LLVMValueRef high = LLVMBuildICmp(cg->b, LLVMIntUGE, start, LLVMConstInt(i64, 1ull << 32, false), "");
    return LLVMBuildAnd(cg->b, inside, high, "isobject");
}

/* A value computed one way for an object (its descriptor at hand) and
 * another (by the runtime) for a String or an array: split_on_object
 * loads v's first word and leaves the builder in the object branch;
 * split_other moves it to the other branch; split_join merges the two. */
typedef struct Split {
    LLVMBasicBlockRef object_end, other, other_end, join;
    LLVMValueRef desc;
    LLVMValueRef fast;
} Split;

static Split split_on_object(Codegen *cg, LLVMValueRef v) {
    Split s = {0};
    s.desc = LLVMBuildLoad2(cg->b, cg_ptr_type(cg), v, "class");
    LLVMBasicBlockRef object = cg_new_bb(cg, "object");
    s.other = cg_new_bb(cg, "notobject");
    s.join = cg_new_bb(cg, "objectjoin");
    LLVMBuildCondBr(cg->b, is_descriptor_word(cg, s.desc), object, s.other);
    LLVMPositionBuilderAtEnd(cg->b, object);
    return s;
}

static void split_other(Codegen *cg, Split *s, LLVMValueRef fast) {
    s->fast = fast;
    s->object_end = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, s->join);
    LLVMPositionBuilderAtEnd(cg->b, s->other);
}

static LLVMValueRef split_join(Codegen *cg, Split *s, LLVMValueRef slow) {
    s->other_end = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, s->join);
    LLVMPositionBuilderAtEnd(cg->b, s->join);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, LLVMTypeOf(slow), "");
    LLVMValueRef vals[2] = {s->fast, slow};
    LLVMBasicBlockRef bbs[2] = {s->object_end, s->other_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

/* table k (3: vtable, 4: itable) of descriptor desc, entry slot */
static LLVMValueRef desc_table_entry(Codegen *cg, LLVMValueRef desc, int k, int slot) {
    LLVMValueRef table = load_ptr(cg, LLVMBuildStructGEP2(cg->b, descriptor_type(cg), desc, (unsigned)k, ""));
    return table_entry(cg, table, slot);
}

/* The runtime's String member that a String runs for method m of an
 * interface String implements (is_string_interface), or NULL. */
static const char *string_member(MethodDecl *m) {
    if (m->iface_slot < 0 || !is_string_interface(class_type(m->owner))) return NULL;
    static const char *const members[][2] = {
        {"compareTo", "lime_string_compareTo_O"}, {"length", "lime_string_length_"},
        {"charAt", "lime_string_charAt_I"},       {"isEmpty", "lime_string_isEmpty_"},
        {"subSequence", "lime_string_substring_II"},
    };
    for (size_t i = 0; i < sizeof members / sizeof members[0]; i++)
        if (!strcmp(m->name, members[i][0])) return members[i][1];
    return NULL;
}

LLVMValueRef cg_call_virtual(Codegen *cg, IrInst *in, LLVMValueRef *args) {
    MethodDecl *m = in->method;
    Type *recv = cg->temp_types[in->args[0]];
    LLVMValueRef fn;
    const char *string_fn_name = string_member(m);
    if (string_fn_name) {
        /* a String is a Comparable and a CharSequence without a descriptor: the runtime picks */
        LLVMValueRef string_fn = LLVMGetNamedFunction(cg->mod, string_fn_name);
        if (!string_fn) string_fn = LLVMAddFunction(cg->mod, string_fn_name, cg_function_type(cg, in->callee));
        int sel = selector(cg, m->iface_slot, NULL);
        Split s = split_on_object(cg, args[0]);
        split_other(cg, &s, desc_table_entry(cg, s.desc, 4, sel));
        LLVMValueRef a[3] = {args[0], cg_i32c(cg, sel), string_fn};
        fn = split_join(cg, &s, cg_call_rt(cg, "lime_rt_interface_or_string", cg_ptr_type(cg), a, 3, false));
    } else if (m->iface_slot >= 0) {
        LIME_ASSERT(selector(cg, m->iface_slot, NULL) >= 0 && "an interface called through is compiled");
        fn = table_entry(cg, descriptor_field(cg, args[0], 4), selector(cg, m->iface_slot, NULL));
    } else if (cg_may_be_string(recv)) {
        Split s = split_on_object(cg, args[0]);
        split_other(cg, &s, desc_table_entry(cg, s.desc, 3, m->vslot));
        LLVMValueRef a[2] = {args[0], cg_i32c(cg, m->vslot)};
        fn = split_join(cg, &s, cg_call_rt(cg, "lime_rt_virtual", cg_ptr_type(cg), a, 2, false));
    } else {
        fn = table_entry(cg, descriptor_field(cg, args[0], 3), m->vslot);
    }
    LLVMValueRef r = LLVMBuildCall2(cg->b, cg_function_type(cg, in->callee), fn, args, (unsigned)in->nargs, "");
    return in->dst >= 0 ? r : NULL;
}

/* ------------------------------------------------------------ type tests */

/* The runtime's answer to v instanceof the class or interface of
 * descriptor desc (an i8) */
static LLVMValueRef instance_of_call(Codegen *cg, LLVMValueRef v, Type *from, LLVMValueRef desc) {
    /* a value of a class type is an object (never a String or an array) */
    bool object = from->kind == TY_CLASS && !is_string_interface(from);
    LLVMValueRef a[2] = {v, desc};
    return cg_call_rt(cg, object ? "lime_rt_object_instance_of" : "lime_rt_instance_of",
                      LLVMInt8TypeInContext(cg->ctx), a, 2, false);
}

/* Whether some compiled class extends c (the program is closed: every
 * class is known) */
static bool has_subclass(Codegen *cg, ClassDecl *c) {
    Vec *all = &cg->prog->src->classes;
    for (int i = 0; i < all->len; i++) {
        ClassDecl *k = all->items[i];
        if (k->super == c && class_is_compiled(k)) return true;
    }
    return false;
}

/* v instanceof class c (not an interface): an object of exactly c has c's
 * descriptor as its first word, tested inline (no String's or array's
 * first word is a descriptor's address: heap.c lime_rt_is_string); when
 * c has subclasses, other objects ask the runtime. */
static LLVMValueRef class_instance_of(Codegen *cg, LLVMValueRef v, Type *from, ClassDecl *c) {
    LLVMTypeRef i1 = LLVMInt1TypeInContext(cg->ctx);
    LLVMValueRef desc = cg_class_descriptor(cg, c);
    LLVMBasicBlockRef entry = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef load = cg_new_bb(cg, "isobject"), slow = NULL, done = cg_new_bb(cg, "instanceof");
    LLVMBuildCondBr(cg->b, LLVMBuildIsNotNull(cg->b, v, ""), load, done);
    LLVMPositionBuilderAtEnd(cg->b, load);
    LLVMValueRef first = LLVMBuildLoad2(cg->b, cg_ptr_type(cg), v, "class");
    LLVMValueRef same = LLVMBuildICmp(cg->b, LLVMIntEQ, first, desc, "");
    LLVMValueRef sub = NULL;
    if (has_subclass(cg, c)) {
        slow = cg_new_bb(cg, "subclass");
        LLVMBuildCondBr(cg->b, same, done, slow);
        LLVMPositionBuilderAtEnd(cg->b, slow);
        sub = LLVMBuildTrunc(cg->b, instance_of_call(cg, v, from, desc), i1, "");
        slow = LLVMGetInsertBlock(cg->b);
    }
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, i1, "isinstance");
    LLVMValueRef vals[3] = {LLVMConstInt(i1, 0, false), sub ? LLVMConstInt(i1, 1, false) : same, sub};
    LLVMBasicBlockRef from_bbs[3] = {entry, load, slow};
    LLVMAddIncoming(phi, vals, from_bbs, sub ? 3 : 2);
    return phi;
}

/* Whether the object of descriptor desc implements interface iface (an
 * i1): iface is in desc's NULL-terminated list of interfaces. */
static LLVMValueRef implements(Codegen *cg, LLVMValueRef desc, LLVMValueRef iface) {
    LLVMTypeRef i1 = LLVMInt1TypeInContext(cg->ctx), i64 = LLVMInt64TypeInContext(cg->ctx);
    LLVMValueRef list = load_ptr(cg, LLVMBuildStructGEP2(cg->b, descriptor_type(cg), desc, 5, ""));
    LLVMBasicBlockRef pre = LLVMGetInsertBlock(cg->b), loop = cg_new_bb(cg, "ifaceloop"),
                      next = cg_new_bb(cg, "ifacenext"), done = cg_new_bb(cg, "ifacedone");
    LLVMBuildBr(cg->b, loop);
    LLVMPositionBuilderAtEnd(cg->b, loop);
    LLVMValueRef i = LLVMBuildPhi(cg->b, i64, "");
    LLVMValueRef entry = load_ptr(cg, LLVMBuildGEP2(cg->b, cg_ptr_type(cg), list, &i, 1, ""));
    LLVMValueRef hit = LLVMBuildICmp(cg->b, LLVMIntEQ, entry, iface, "");
    LLVMBuildCondBr(cg->b, hit, done, next);
    LLVMPositionBuilderAtEnd(cg->b, next);
    LLVMValueRef inext = LLVMBuildAdd(cg->b, i, LLVMConstInt(i64, 1, false), "");
    LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, entry, ""), done, loop);
    LLVMValueRef ivals[2] = {LLVMConstInt(i64, 0, false), inext};
    LLVMBasicBlockRef ibbs[2] = {pre, next};
    LLVMAddIncoming(i, ivals, ibbs, 2);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef r = LLVMBuildPhi(cg->b, i1, "implements");
    LLVMValueRef rvals[2] = {LLVMConstInt(i1, 1, false), LLVMConstInt(i1, 0, false)};
    LLVMBasicBlockRef rbbs[2] = {loop, next};
    LLVMAddIncoming(r, rvals, rbbs, 2);
    return r;
}

/* v instanceof interface c: an object's interface list is searched inline;
 * a String or an array (when from allows one) asks the runtime. */
static LLVMValueRef interface_instance_of(Codegen *cg, LLVMValueRef v, Type *from, ClassDecl *c) {
    LLVMTypeRef i1 = LLVMInt1TypeInContext(cg->ctx);
    LLVMValueRef iface = cg_class_descriptor(cg, c);
    LLVMBasicBlockRef entry = LLVMGetInsertBlock(cg->b), nonnull = cg_new_bb(cg, "nonnull"),
                      done = cg_new_bb(cg, "instanceof");
    LLVMBuildCondBr(cg->b, LLVMBuildIsNotNull(cg->b, v, ""), nonnull, done);
    LLVMPositionBuilderAtEnd(cg->b, nonnull);
    LLVMValueRef r;
    if (from->kind == TY_CLASS && !is_string_interface(from)) {
        r = implements(cg, LLVMBuildLoad2(cg->b, cg_ptr_type(cg), v, "class"), iface);
    } else {
        Split s = split_on_object(cg, v);
        split_other(cg, &s, implements(cg, s.desc, iface));
        r = split_join(cg, &s, LLVMBuildTrunc(cg->b, instance_of_call(cg, v, from, iface), i1, ""));
    }
    LLVMBasicBlockRef nonnull_end = LLVMGetInsertBlock(cg->b);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, i1, "isinstance");
    LLVMValueRef vals[2] = {LLVMConstInt(i1, 0, false), r};
    LLVMBasicBlockRef bbs[2] = {entry, nonnull_end};
    LLVMAddIncoming(phi, vals, bbs, 2);
    return phi;
}

/* v instanceof to, for a v of static type from. */
LLVMValueRef cg_instance_of(Codegen *cg, LLVMValueRef v, Type *from, Type *to) {
    LLVMTypeRef i1 = LLVMInt1TypeInContext(cg->ctx);
    if (to->kind == TY_OBJECT) return LLVMBuildIsNotNull(cg->b, v, "");
    if (to->kind == TY_STRING) {
        LLVMValueRef r = cg_call_rt(cg, "lime_rt_instance_of_string", LLVMInt8TypeInContext(cg->ctx), &v, 1, false);
        return LLVMBuildTrunc(cg->b, r, i1, "");
    }
    if (to->kind == TY_ARRAY) {
        LLVMValueRef a[2] = {v, cg_array_type(cg, to)};
        LIME_ASSERT(a[1]);
        LLVMValueRef r = cg_call_rt(cg, "lime_rt_instance_of_array", LLVMInt8TypeInContext(cg->ctx), a, 2, false);
        return LLVMBuildTrunc(cg->b, r, i1, "");
    }
    LIME_ASSERT(to->kind == TY_CLASS);
    if (!to->cls->is_interface) return class_instance_of(cg, v, from, to->cls);
    return interface_instance_of(cg, v, from, to->cls);
}

LLVMValueRef cg_check_cast(Codegen *cg, LLVMValueRef v, Type *from, Type *to) {
    if (to->kind == TY_OBJECT) return v;
    if (to->kind == TY_ARRAY) {
        LLVMValueRef type = cg_array_type(cg, to);
        if (!type) return v; /* an array of values: no other array type is castable to it */
        LLVMValueRef a[2] = {v, type};
        cg_call_rt(cg, "lime_rt_check_array_cast", LLVMVoidTypeInContext(cg->ctx), a, 2, false);
        return v;
    }
    LLVMValueRef ok = LLVMBuildOr(cg->b, LLVMBuildIsNull(cg->b, v, ""), cg_instance_of(cg, v, from, to), "");
    LLVMValueRef target = to->kind == TY_CLASS ? cg_class_descriptor(cg, to->cls) : LLVMConstNull(cg_ptr_type(cg));
    LLVMValueRef args[2] = {v, target};
    cg_guard(cg, LLVMBuildNot(cg->b, ok, ""), "lime_throw_class_cast", args, 2);
    return v;
}

/* ------------------------------------------------------------ exceptions */

void cg_throw(Codegen *cg, LLVMValueRef exc) {
    cg_call_rt(cg, "lime_throw_object", LLVMVoidTypeInContext(cg->ctx), &exc, 1, true);
    LLVMBuildUnreachable(cg->b);
    cg_start_dead_block(cg);
}

/* the handler record of runtime/exceptions.c (LIME_HANDLER_BYTES, 16-aligned) */
#define HANDLER_BYTES 512

void cg_leave_tries(Codegen *cg, int depth) {
    if (depth >= cg->try_depth) return;
    LLVMValueRef h = cg->tries[depth];
    cg_call_rt(cg, "lime_try_leave", LLVMVoidTypeInContext(cg->ctx), &h, 1, false);
}

static LLVMValueRef setjmp_fn(Codegen *cg) {
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, "_setjmp");
    if (f) return f;
    LLVMTypeRef p = cg_ptr_type(cg);
    f = LLVMAddFunction(cg->mod, "_setjmp", LLVMFunctionType(LLVMInt32TypeInContext(cg->ctx), &p, 1, false));
    unsigned kind = LLVMGetEnumAttributeKindForName("returns_twice", 13);
    LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
    return f;
}

LLVMValueRef cg_try_enter(Codegen *cg, LLVMValueRef *thrown) {
    LLVMTypeRef ht = LLVMArrayType(LLVMInt8TypeInContext(cg->ctx), HANDLER_BYTES);
    LLVMValueRef h = cg_entry_alloca(cg, ht, "handler");
    LLVMSetAlignment(h, 16);
    cg_call_rt(cg, "lime_try_enter", LLVMVoidTypeInContext(cg->ctx), &h, 1, false);
    LLVMValueRef sj = setjmp_fn(cg);
    LLVMValueRef r = LLVMBuildCall2(cg->b, LLVMGlobalGetValueType(sj), sj, &h, 1, "");
    *thrown = LLVMBuildICmp(cg->b, LLVMIntNE, r, cg_i32c(cg, 0), "");
    return h;
}

void cg_try(Codegen *cg, IrInst *in, void (*gen_block)(Codegen *, IrBlock *)) {
    LLVMTypeRef vt = LLVMVoidTypeInContext(cg->ctx);
    LLVMValueRef thrown;
    LLVMValueRef h = cg_try_enter(cg, &thrown);
    LLVMBasicBlockRef body = cg_new_bb(cg, "try"), handler = cg_new_bb(cg, "catch"), end = cg_new_bb(cg, "endtry");
    LLVMBuildCondBr(cg->b, thrown, handler, body);
    LLVMPositionBuilderAtEnd(cg->b, body);
    if (cg->try_depth == cg->try_cap) {
        int ncap = cg->try_cap ? cg->try_cap * 2 : 8;
        cg->tries = xrealloc_arr(cg->tries, (size_t)cg->try_cap, (size_t)ncap, sizeof *cg->tries);
        cg->try_cap = ncap;
    }
    cg->tries[cg->try_depth++] = h;
    gen_block(cg, in->body_blk);
    cg->try_depth--;
    if (!cg_terminated(cg)) {
        cg_call_rt(cg, "lime_try_leave", vt, &h, 1, false);
        LLVMBuildBr(cg->b, end);
    }
    /* the throw left the handler: it is not on the chain any more */
    LLVMPositionBuilderAtEnd(cg->b, handler);
    LLVMValueRef exc = cg_call_rt(cg, "lime_try_caught", cg_ptr_type(cg), &h, 1, false);
    LLVMValueRef st = LLVMBuildStore(cg->b, exc, cg->locals[in->local->id]);
    LLVMSetVolatile(st, true);
    gen_block(cg, in->else_blk);
    cg_br_if_open(cg, end);
    LLVMPositionBuilderAtEnd(cg->b, end);
}

/* ------------------------------------------------------------ runtime hooks */

/* A function of the program the runtime calls by a fixed name: an
 * external wrapper around IR function f (NULL: not compiled, no hook); in
 * a library, a private one the library's LimeLibrary points to (slot). */
static void hook(Codegen *cg, const char *name, int slot, IrFunc *f) {
    if (!f) return;
    LLVMValueRef target = cg_function(cg, f);
    LLVMTypeRef fty = cg_function_type(cg, f);
    LLVMValueRef w = LLVMAddFunction(cg->mod, name, fty);
    if (cg->library) {
        LLVMSetLinkage(w, LLVMInternalLinkage);
        cg->hooks[slot] = w;
    }
    LLVMBasicBlockRef saved = LLVMGetInsertBlock(cg->b);
    LLVMPositionBuilderAtEnd(cg->b, LLVMAppendBasicBlockInContext(cg->ctx, w, "entry"));
    unsigned n = LLVMCountParams(w);
    LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (n + 1));
    for (unsigned i = 0; i < n; i++) args[i] = LLVMGetParam(w, i);
    LLVMValueRef r = LLVMBuildCall2(cg->b, fty, target, args, n, "");
    if (f->ret == ty_void) LLVMBuildRetVoid(cg->b);
    else LLVMBuildRet(cg->b, r);
    if (saved) LLVMPositionBuilderAtEnd(cg->b, saved);
}

static ClassDecl *lib_class_named(IrProgram *p, const char *name) {
    for (int i = 0; i < p->src->top_classes.len; i++) {
        ClassDecl *c = p->src->top_classes.items[i];
        if (c->is_library && c->used && !strcmp(c->name, name)) return c;
    }
    return NULL;
}

void cg_runtime_hooks(Codegen *cg, IrProgram *p) {
    ClassDecl *ex = lib_class_named(p, "LimeExceptions");
    if (ex)
        for (int i = 0; i < ex->methods.len; i++) {
            MethodDecl *m = ex->methods.items[i];
            if (!strcmp(m->name, "make")) hook(cg, "lime_rt_make_exception", 0, m->ir);
        }
    ClassDecl *throwable = lib_class_named(p, "Throwable");
    if (throwable)
        for (int i = 0; i < throwable->methods.len; i++) {
            MethodDecl *m = throwable->methods.items[i];
            if (!strcmp(m->name, "printUncaught")) hook(cg, "lime_rt_print_uncaught", 1, m->ir);
            if (!strcmp(m->name, "rethrownHere")) hook(cg, "lime_rt_rethrown_here", 2, m->ir);
        }
    /* the descriptor of java.lang.Class, for getClass() (runtime/objects.c) */
    ClassDecl *cls = lib_class_named(p, "Class");
    LLVMValueRef d = cls ? cg_class_descriptor(cg, cls) : NULL;
    LLVMValueRef g = LLVMAddGlobal(cg->mod, cg_ptr_type(cg), "lime_class_descriptor_of_Class");
    LLVMSetInitializer(g, d ? d : LLVMConstNull(cg_ptr_type(cg)));
    LLVMSetGlobalConstant(g, true);
    if (cg->library) {
        LLVMSetLinkage(g, LLVMInternalLinkage);
        cg->class_of_Class = d;
    }
    /* every user class's descriptor is made when first named; make those
     * of classes only ever named by instanceof targets too */
    for (int i = 0; i < p->src->classes.len; i++) {
        ClassDecl *c = p->src->classes.items[i];
        if (class_is_compiled(c) && !c->is_value) cg_class_descriptor(cg, c);
    }
}
