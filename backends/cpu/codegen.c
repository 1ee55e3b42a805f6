/* codegen.c: IR -> LLVM IR through the LLVM C API.
 *
 * Every IR local becomes an alloca in the entry block (mem2reg/SROA in the
 * pass pipeline turn them into registers); every temp is an LLVM value.
 * Structured control flow maps onto basic blocks: IF -> then/else/merge,
 * LOOP -> body/continue/exit, SWITCH -> an LLVM switch whose arm blocks
 * fall into each other.  Runtime checks branch to cold blocks that call
 * the runtime's noreturn exception functions.
 *
 * Values: boolean is i1 in registers and i8 in memory (fields, arrays);
 * byte i8, short i16, char i16 (unsigned), int i32, long i64, float,
 * double; every reference is an opaque `ptr`.  Memory layouts are those
 * of runtime/lime.h. */
#include "codegen.h"

#include <string.h>

#define RT_HEADER 8   /* LIME_ARRAY_DATA_OFFSET and LIME_STRING_DATA_OFFSET */

/* ------------------------------------------------------------ types */

LLVMTypeRef cg_ptr_type(Codegen *cg) { return LLVMPointerTypeInContext(cg->ctx, 0); }

LLVMTypeRef cg_value_type(Codegen *cg, Type *t) {
    switch (t->kind) {
    case TY_VOID: return LLVMVoidTypeInContext(cg->ctx);
    case TY_BOOLEAN: return LLVMInt1TypeInContext(cg->ctx);
    case TY_BYTE: return LLVMInt8TypeInContext(cg->ctx);
    case TY_SHORT: case TY_CHAR: return LLVMInt16TypeInContext(cg->ctx);
    case TY_INT: return LLVMInt32TypeInContext(cg->ctx);
    case TY_LONG: return LLVMInt64TypeInContext(cg->ctx);
    case TY_FLOAT: return LLVMFloatTypeInContext(cg->ctx);
    case TY_DOUBLE: return LLVMDoubleTypeInContext(cg->ctx);
    case TY_CLASS:
        if (t->cls->is_value) return cg_class_struct(cg, t->cls); /* a value: its fields, by value */
        return cg_ptr_type(cg);
    default: return cg_ptr_type(cg);
    }
}

/* The type a value has in memory: booleans take a byte. */
LLVMTypeRef cg_mem_type(Codegen *cg, Type *t) {
    if (t == ty_boolean) return LLVMInt8TypeInContext(cg->ctx);
    return cg_value_type(cg, t);
}

int cg_elem_size(Codegen *cg, Type *t) {
    switch (t->kind) {
    case TY_BOOLEAN: case TY_BYTE: return 1;
    case TY_SHORT: case TY_CHAR: return 2;
    case TY_INT: case TY_FLOAT: return 4;
    case TY_CLASS:
        if (t->cls->is_value) return (int)LLVMABISizeOfType(cg->td, cg_class_struct(cg, t->cls));
        return 8;
    default: return 8;
    }
}

/* Whether memory holding values of type t has no pointers for the GC. */
bool cg_pointer_free(Type *t) {
    if (is_primitive(t)) return true;
    if (t->kind == TY_CLASS && t->cls->is_value) {
        for (int i = 0; i < t->cls->fields.len; i++) {
            FieldDecl *f = t->cls->fields.items[i];
            if (!(f->mods & MOD_STATIC) && !cg_pointer_free(f->ty)) return false;
        }
        return true;
    }
    return false;
}

/* A NUL-terminated byte string as private constant data. */
LLVMValueRef cg_cstring(Codegen *cg, const char *s) {
    LLVMValueRef init = LLVMConstStringInContext(cg->ctx, s, (unsigned)strlen(s), false);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), "cstr");
    LLVMSetInitializer(g, init);
    LLVMSetGlobalConstant(g, true);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    return g;
}

LLVMValueRef cg_i32c(Codegen *cg, long long v) { return LLVMConstInt(LLVMInt32TypeInContext(cg->ctx), (unsigned long long)v, true); }
LLVMValueRef cg_i64c(Codegen *cg, long long v) { return LLVMConstInt(LLVMInt64TypeInContext(cg->ctx), (unsigned long long)v, true); }

LLVMValueRef cg_to_mem(Codegen *cg, LLVMValueRef v, Type *t) {
    if (t == ty_boolean) return LLVMBuildZExt(cg->b, v, LLVMInt8TypeInContext(cg->ctx), "");
    return v;
}

LLVMValueRef cg_from_mem(Codegen *cg, LLVMValueRef v, Type *t) {
    if (t == ty_boolean) return LLVMBuildICmp(cg->b, LLVMIntNE, v, LLVMConstInt(LLVMInt8TypeInContext(cg->ctx), 0, false), "");
    return v;
}

/* ------------------------------------------------------------ runtime functions */

/* Declares (once) an external function of the runtime. */
LLVMValueRef cg_runtime_fn(Codegen *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n, bool noreturn) {
    LLVMValueRef f = LLVMGetNamedFunction(cg->mod, name);
    if (f) return f;
    LLVMTypeRef fty = LLVMFunctionType(ret, params, (unsigned)n, false);
    f = LLVMAddFunction(cg->mod, name, fty);
    if (!strncmp(name, "lime_new_", 9)) {
        /* fresh memory, like malloc: lets alias analysis keep values in registers */
        unsigned kind = LLVMGetEnumAttributeKindForName("noalias", 7);
        LLVMAddAttributeAtIndex(f, LLVMAttributeReturnIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
    }
    if (noreturn) {
        unsigned kind = LLVMGetEnumAttributeKindForName("noreturn", 8);
        LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, kind, 0));
        unsigned cold = LLVMGetEnumAttributeKindForName("cold", 4);
        LLVMAddAttributeAtIndex(f, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, cold, 0));
    }
    return f;
}

LLVMValueRef cg_call_fn(Codegen *cg, LLVMValueRef f, LLVMValueRef *args, int n) {
    LLVMTypeRef fty = LLVMGlobalGetValueType(f);
    return LLVMBuildCall2(cg->b, fty, f, args, (unsigned)n, "");
}

/* Calls runtime function `name` returning ret with the given arguments
 * (their LLVM types give the parameter types). */
LLVMValueRef cg_call_rt(Codegen *cg, const char *name, LLVMTypeRef ret, LLVMValueRef *args, int n, bool noreturn) {
    LLVMTypeRef params[8];
    for (int i = 0; i < n; i++) params[i] = LLVMTypeOf(args[i]);
    LLVMValueRef f = cg_runtime_fn(cg, name, ret, params, n, noreturn);
    return cg_call_fn(cg, f, args, n);
}

/* Whether a (non-parameter) local gets a zero store in the entry block.
 * Those the compiler made ($ret, $jump, $switch, ...) and references do
 * (every path well defined; no stale pointer in a frame the collector
 * scans); a Java primitive local needs none, since definite assignment
 * (JLS 16) means no read comes before a write, and one that is never read
 * needs none either.  The store matters: with a store in the entry block
 * as well as its own, each of N locals made LLVM's SROA walk the whole
 * function (its iterated dominance frontier), N^2 for a method of N locals
 * (bench/results/compile-time.md). */
static bool starts_zeroed(Codegen *cg, const IrLocal *l) {
    if (cg->local_loads[l->id] == 0) return false;
    return l->name[0] == '$' || !is_primitive(l->ty);
}

/* ------------------------------------------------------------ blocks */

LLVMBasicBlockRef cg_new_bb(Codegen *cg, const char *name) {
    return LLVMAppendBasicBlockInContext(cg->ctx, cg->fn, name);
}

/* A stack slot of type t in the function's entry block, wherever the
 * builder is: an alloca anywhere else is a dynamic one, which grows the
 * stack each time it runs (a map inside a loop would leak a frame per
 * iteration, and the stale array pointers left there would keep every
 * old array alive for the conservative GC). */
LLVMValueRef cg_entry_alloca(Codegen *cg, LLVMTypeRef t, const char *name) {
    LLVMBasicBlockRef entry = LLVMGetEntryBasicBlock(cg->fn);
    LLVMBuilderRef b = LLVMCreateBuilderInContext(cg->ctx);
    LLVMValueRef first = LLVMGetFirstInstruction(entry);
    if (first) LLVMPositionBuilderBefore(b, first);
    else LLVMPositionBuilderAtEnd(b, entry);
    LLVMValueRef slot = LLVMBuildAlloca(b, t, name);
    LLVMDisposeBuilder(b);
    return slot;
}

bool cg_terminated(Codegen *cg) { return LLVMGetBasicBlockTerminator(LLVMGetInsertBlock(cg->b)) != NULL; }

void cg_br_if_open(Codegen *cg, LLVMBasicBlockRef to) {
    if (!cg_terminated(cg)) LLVMBuildBr(cg->b, to);
}

/* After a terminator, code continues in a fresh block nothing jumps to. */
void cg_start_dead_block(Codegen *cg) { LLVMPositionBuilderAtEnd(cg->b, cg_new_bb(cg, "dead")); }

/* if (failed) { throw(args) } -- with the call in a cold block. */
void cg_guard(Codegen *cg, LLVMValueRef failed, const char *thrower, LLVMValueRef *args, int n) {
    LLVMBasicBlockRef fail = cg_new_bb(cg, "throw"), ok = cg_new_bb(cg, "ok");
    LLVMBuildCondBr(cg->b, failed, fail, ok);
    LLVMPositionBuilderAtEnd(cg->b, fail);
    cg_call_rt(cg, thrower, LLVMVoidTypeInContext(cg->ctx), args, n, true);
    LLVMBuildUnreachable(cg->b);
    LLVMPositionBuilderAtEnd(cg->b, ok);
}

/* ------------------------------------------------------------ constants */

/* A String constant: static data in the runtime's String layout. */
static LLVMValueRef string_constant(Codegen *cg, const char *s, int len) {
    for (int i = 0; i < cg->nstrings; i++)
        if (cg->strings[i].len == len && !memcmp(cg->strings[i].bytes, s, (size_t)len)) return cg->strings[i].global;
    /* UTF-8 (with 3-byte surrogates) -> UTF-16 */
    uint16_t *units = xalloc(sizeof(uint16_t) * (size_t)(len + 1));
    int n = 0;
    for (int i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        unsigned cp;
        int k;
        if (c < 0x80) { cp = c; k = 1; }
        else if ((c & 0xE0) == 0xC0 && i + 1 < len) { cp = ((c & 0x1Fu) << 6) | (s[i + 1] & 0x3F); k = 2; }
        else if ((c & 0xF0) == 0xE0 && i + 2 < len) { cp = ((c & 0x0Fu) << 12) | ((s[i + 1] & 0x3Fu) << 6) | (s[i + 2] & 0x3F); k = 3; }
        else if ((c & 0xF8) == 0xF0 && i + 3 < len) {
            cp = ((c & 0x07u) << 18) | ((s[i + 1] & 0x3Fu) << 12) | ((s[i + 2] & 0x3Fu) << 6) | (s[i + 3] & 0x3F);
            k = 4;
        } else { cp = 0xFFFD; k = 1; }
        i += k;
        if (cp >= 0x10000) {
            cp -= 0x10000;
            units[n++] = (uint16_t)(0xD800 + (cp >> 10));
            units[n++] = (uint16_t)(0xDC00 + (cp & 0x3FF));
        } else units[n++] = (uint16_t)cp;
    }
    LLVMTypeRef i16 = LLVMInt16TypeInContext(cg->ctx);
    LLVMValueRef *chars = xalloc(sizeof(LLVMValueRef) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) chars[i] = LLVMConstInt(i16, units[i], false);
    LLVMValueRef fields[3] = {cg_i32c(cg, n), cg_i32c(cg, 0), LLVMConstArray(i16, chars, (unsigned)n)};
    LLVMValueRef init = LLVMConstStructInContext(cg->ctx, fields, 3, false);
    LLVMValueRef g = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), "str");
    LLVMSetInitializer(g, init);
    LLVMSetLinkage(g, LLVMPrivateLinkage);
    LLVMSetAlignment(g, 8);
    /* not constant: the runtime caches the hash code in place */
    if (cg->nstrings == cg->cap_strings) {
        int ncap = cg->cap_strings ? cg->cap_strings * 2 : 16;
        cg->strings = xrealloc_arr(cg->strings, (size_t)cg->cap_strings, (size_t)ncap, sizeof *cg->strings);
        cg->cap_strings = ncap;
    }
    cg->strings[cg->nstrings++] = (CgString){s, len, g};
    return g;
}

static LLVMValueRef constant(Codegen *cg, IrInst *in) {
    Type *t = in->ty;
    if (t == ty_float) return LLVMConstReal(LLVMFloatTypeInContext(cg->ctx), in->fval);
    if (t == ty_double) return LLVMConstReal(LLVMDoubleTypeInContext(cg->ctx), in->fval);
    if (is_primitive(t)) return LLVMConstInt(cg_value_type(cg, t), (unsigned long long)in->ival, t != ty_char && t != ty_boolean);
    if (t == ty_string && in->str) return string_constant(cg, in->str, in->slen);
    return LLVMConstNull(cg_value_type(cg, t)); /* null, or a value class's all-zero value */
}

/* ------------------------------------------------------------ classes and fields */

LLVMTypeRef cg_class_struct(Codegen *cg, ClassDecl *c) {
    for (int i = 0; i < cg->nclasses; i++)
        if (cg->classes[i].cls == c) return cg->classes[i].type;
    /* an object: { class descriptor, fields }; a value: { fields } */
    int header = c->is_value ? 0 : 1;
    int n = header + c->ninstance_fields;
    LLVMTypeRef *elems = xalloc(sizeof(LLVMTypeRef) * (size_t)(n + 1));
    if (header) elems[0] = cg_ptr_type(cg);
    LLVMTypeRef st = LLVMStructCreateNamed(cg->ctx, xprintf("%s.%s", c->is_value ? "value" : "class", class_full_name(c)));
    if (c->is_value) {
        /* registered before its fields, which may mention it only through pointers */
        if (cg->nclasses == cg->cap_classes) {
            int ncap = cg->cap_classes ? cg->cap_classes * 2 : 16;
            cg->classes = xrealloc_arr(cg->classes, (size_t)cg->cap_classes, (size_t)ncap, sizeof *cg->classes);
            cg->cap_classes = ncap;
        }
        cg->classes[cg->nclasses++] = (CgClass){c, st, NULL};
    }
    /* an object's fields: its superclasses' first (ClassDecl.ninstance_fields) */
    for (ClassDecl *k = c; k; k = k->super)
        for (int i = 0; i < k->fields.len; i++) {
            FieldDecl *f = k->fields.items[i];
            if (!(f->mods & MOD_STATIC)) elems[header + f->index] = cg_mem_type(cg, f->ty);
        }
    LLVMStructSetBody(st, elems, (unsigned)n, false);
    if (c->is_value) return st;
    LLVMValueRef desc = NULL; /* made by cg_class_descriptor (objects.c) */
    if (cg->nclasses == cg->cap_classes) {
        int ncap = cg->cap_classes ? cg->cap_classes * 2 : 16;
        cg->classes = xrealloc_arr(cg->classes, (size_t)cg->cap_classes, (size_t)ncap, sizeof *cg->classes);
        cg->cap_classes = ncap;
    }
    cg->classes[cg->nclasses++] = (CgClass){c, st, desc};
    return st;
}


LLVMValueRef cg_field_address(Codegen *cg, LLVMValueRef obj, FieldDecl *f) {
    LLVMTypeRef st = cg_class_struct(cg, f->owner);
    return LLVMBuildStructGEP2(cg->b, st, obj, (unsigned)(1 + f->index), "");
}

LLVMValueRef cg_static_global(Codegen *cg, FieldDecl *f) {
    const char *name = xprintf("static.%s.%s", class_full_name(f->owner), f->name);
    LLVMValueRef g = LLVMGetNamedGlobal(cg->mod, name);
    if (g) return g;
    LLVMTypeRef t = cg_mem_type(cg, f->ty);
    g = LLVMAddGlobal(cg->mod, t, name);
    LLVMSetInitializer(g, LLVMConstNull(t));
    LLVMSetLinkage(g, LLVMInternalLinkage);
    return g;
}

/* ------------------------------------------------------------ arrays */

LLVMValueRef cg_array_length(Codegen *cg, LLVMValueRef arr) {
    LLVMValueRef len = LLVMBuildLoad2(cg->b, LLVMInt32TypeInContext(cg->ctx), arr, "len");
    /* the length of an array never changes */
    LLVMSetMetadata(len, LLVMGetMDKindIDInContext(cg->ctx, "invariant.load", 14), LLVMMDNodeInContext(cg->ctx, NULL, 0));
    return len;
}

/* The length of an array of type t: a value array held as a null pointer
 * (the default value of a field or element) is the empty array. */
LLVMValueRef cg_length_of(Codegen *cg, LLVMValueRef arr, Type *t) {
    if (t->kind != TY_VALUE_ARRAY) return cg_array_length(cg, arr);
    LLVMBasicBlockRef here = LLVMGetInsertBlock(cg->b);
    LLVMBasicBlockRef load = cg_new_bb(cg, "vlen"), done = cg_new_bb(cg, "vlen.done");
    LLVMBuildCondBr(cg->b, LLVMBuildIsNull(cg->b, arr, ""), done, load);
    LLVMPositionBuilderAtEnd(cg->b, load);
    LLVMValueRef len = cg_array_length(cg, arr);
    LLVMBuildBr(cg->b, done);
    LLVMPositionBuilderAtEnd(cg->b, done);
    LLVMValueRef phi = LLVMBuildPhi(cg->b, LLVMInt32TypeInContext(cg->ctx), "vlen");
    LLVMValueRef vals[2] = {cg_i32c(cg, 0), len};
    LLVMBasicBlockRef from[2] = {here, load};
    LLVMAddIncoming(phi, vals, from, 2);
    return phi;
}

LLVMValueRef cg_element_address(Codegen *cg, LLVMValueRef arr, LLVMValueRef idx, Type *elem) {
    LLVMTypeRef i8 = LLVMInt8TypeInContext(cg->ctx);
    LLVMValueRef off = cg_i64c(cg, RT_HEADER);
    LLVMValueRef data = LLVMBuildInBoundsGEP2(cg->b, i8, arr, &off, 1, "data");
    LLVMValueRef i = LLVMBuildSExt(cg->b, idx, LLVMInt64TypeInContext(cg->ctx), "");
    return LLVMBuildInBoundsGEP2(cg->b, cg_mem_type(cg, elem), data, &i, 1, "elem");
}

static LLVMValueRef new_array(Codegen *cg, IrInst *in) {
    Type *t = in->ty;
    LLVMValueRef type = t->kind == TY_ARRAY ? cg_array_type(cg, t) : NULL;
    if (type && in->nargs == 1) {
        LLVMValueRef args[2] = {type, cg->temps[in->args[0]]};
        return cg_call_rt(cg, "lime_new_typed_array", cg_ptr_type(cg), args, 2, false);
    }
    if (in->nargs == 1) {
        Type *e = t->elem;
        if (cg_pointer_free(e)) return cg_new_prim_array(cg, cg_elem_size(cg, e), cg->temps[in->args[0]], false);
        LLVMValueRef args[2] = {cg_i32c(cg, cg_elem_size(cg, e)), cg->temps[in->args[0]]};
        return cg_call_rt(cg, "lime_new_array", cg_ptr_type(cg), args, 2, false);
    }
    int total = 0;
    Type *leaf = t;
    while (is_any_array(leaf)) {
        leaf = leaf->elem;
        total++;
    }
    LLVMTypeRef dims_ty = LLVMArrayType(LLVMInt32TypeInContext(cg->ctx), (unsigned)in->nargs);
    LLVMValueRef dims = cg_entry_alloca(cg, dims_ty, "dims");
    for (int i = 0; i < in->nargs; i++) {
        LLVMValueRef idx[2] = {cg_i64c(cg, 0), cg_i64c(cg, i)};
        LLVMValueRef p = LLVMBuildInBoundsGEP2(cg->b, dims_ty, dims, idx, 2, "");
        LLVMBuildStore(cg->b, cg->temps[in->args[i]], p);
    }
    if (type) {
        LLVMValueRef args[3] = {type, cg_i32c(cg, in->nargs), dims};
        return cg_call_rt(cg, "lime_new_typed_multi_array", cg_ptr_type(cg), args, 3, false);
    }
    LLVMValueRef args[4] = {cg_i32c(cg, in->nargs), dims, cg_i32c(cg, total), cg_i32c(cg, cg_elem_size(cg, leaf))};
    bool prim_leaf = in->nargs == total && cg_pointer_free(leaf);
    return cg_call_rt(cg, prim_leaf ? "lime_new_prim_multi_array" : "lime_new_multi_array", cg_ptr_type(cg), args, 4, false);
}

/* ARRAY_DATA: a new primitive array (pointer-free) with the elements
 * copied from a private constant global in one memcpy. */
static LLVMValueRef array_data(Codegen *cg, IrInst *in) {
    Type *e = in->ty->elem;
    LLVMTypeRef et = cg_mem_type(cg, e);
    LLVMValueRef *vals = xalloc(sizeof(LLVMValueRef) * (size_t)(in->ndata + 1));
    for (int i = 0; i < in->ndata; i++) {
        ConstVal c = in->data[i];
        vals[i] = cg_is_fp(e) ? LLVMConstReal(et, c.f) : LLVMConstInt(et, (unsigned long long)c.i, e != ty_char && e != ty_boolean);
    }
    LLVMValueRef data = LLVMAddGlobal(cg->mod, LLVMArrayType(et, (unsigned)in->ndata), "lime.arraydata");
    LLVMSetInitializer(data, LLVMConstArray(et, vals, (unsigned)in->ndata));
    LLVMSetGlobalConstant(data, true);
    LLVMSetLinkage(data, LLVMPrivateLinkage);
    LLVMSetUnnamedAddress(data, LLVMGlobalUnnamedAddr);
    int size = cg_elem_size(cg, e);
    LLVMValueRef arr = cg_new_prim_array(cg, size, cg_i32c(cg, in->ndata), false);
    if (in->ndata > 0)
        LLVMBuildMemCpy(cg->b, cg_element_address(cg, arr, cg_i32c(cg, 0), e), size, data, size,
                        cg_i64c(cg, (long long)in->ndata * size));
    return arr;
}

/* ------------------------------------------------------------ arithmetic */

bool cg_is_fp(Type *t) { return t == ty_float || t == ty_double; }

/* An integer or floating constant of type t (a scalar or a vector: every
 * lane the same). */
LLVMValueRef cg_const_like(LLVMTypeRef t, long long v) {
    if (LLVMGetTypeKind(t) != LLVMVectorTypeKind) return LLVMConstInt(t, (unsigned long long)v, true);
    unsigned n = LLVMGetVectorSize(t);
    LLVMValueRef one = cg_const_like(LLVMGetElementType(t), v);
    LLVMValueRef *lanes = xalloc(sizeof(LLVMValueRef) * n);
    for (unsigned i = 0; i < n; i++) lanes[i] = one;
    return LLVMConstVector(lanes, n);
}

/* The scalar type of t's lanes (t itself for a scalar). */
static LLVMTypeRef lane_type(LLVMTypeRef t) {
    return LLVMGetTypeKind(t) == LLVMVectorTypeKind ? LLVMGetElementType(t) : t;
}

/* t's shape (scalar, or a vector of as many lanes) with lanes of type elem. */
LLVMTypeRef cg_shaped_like(LLVMTypeRef t, LLVMTypeRef elem) {
    return LLVMGetTypeKind(t) == LLVMVectorTypeKind ? LLVMVectorType(elem, LLVMGetVectorSize(t)) : elem;
}

/* Java's integer division and remainder: MIN / -1 wraps (LLVM's sdiv would
 * be undefined), the divisor is never 0 here (CHECK_DIV came first).
 * Scalars or vectors alike, lane by lane. */
LLVMValueRef cg_int_divrem(Codegen *cg, IrOp op, LLVMValueRef a, LLVMValueRef b) {
    LLVMTypeRef t = LLVMTypeOf(a);
    LLVMValueRef minus1 = LLVMConstAllOnes(t);
    LLVMValueRef is_m1 = LLVMBuildICmp(cg->b, LLVMIntEQ, b, minus1, "");
    LLVMValueRef safe = LLVMBuildSelect(cg->b, is_m1, cg_const_like(t, 1), b, "");
    if (op == IR_DIV) {
        LLVMValueRef q = LLVMBuildSDiv(cg->b, a, safe, "");
        return LLVMBuildSelect(cg->b, is_m1, LLVMBuildNeg(cg->b, a, ""), q, "");
    }
    LLVMValueRef r = LLVMBuildSRem(cg->b, a, safe, "");
    return LLVMBuildSelect(cg->b, is_m1, LLVMConstNull(t), r, "");
}

/* Java's shifts: the count masked to 5 (int) or 6 (long) bits; scalars or vectors. */
LLVMValueRef cg_shift(Codegen *cg, IrOp op, LLVMValueRef a, LLVMValueRef count, Type *t) {
    LLVMTypeRef lt = LLVMTypeOf(a);
    unsigned ct = LLVMGetIntTypeWidth(lane_type(LLVMTypeOf(count))), at = LLVMGetIntTypeWidth(lane_type(lt));
    if (ct > at) count = LLVMBuildTrunc(cg->b, count, lt, "");
    else if (ct < at) count = LLVMBuildZExt(cg->b, count, lt, "");
    count = LLVMBuildAnd(cg->b, count, cg_const_like(lt, t == ty_long ? 63 : 31), "");
    if (op == IR_SHL) return LLVMBuildShl(cg->b, a, count, "");
    if (op == IR_SHR) return LLVMBuildAShr(cg->b, a, count, "");
    return LLVMBuildLShr(cg->b, a, count, "");
}

/* Java's comparisons of operands of type t (NaN: all false but !=). */
LLVMValueRef cg_compare(Codegen *cg, IrOp op, LLVMValueRef a, LLVMValueRef b, Type *t) {
    if (cg_is_fp(t)) {
        LLVMRealPredicate p = op == IR_EQ ? LLVMRealOEQ : op == IR_NE ? LLVMRealUNE : op == IR_LT ? LLVMRealOLT
                            : op == IR_LE ? LLVMRealOLE : op == IR_GT ? LLVMRealOGT : LLVMRealOGE;
        return LLVMBuildFCmp(cg->b, p, a, b, "");
    }
    LLVMIntPredicate p = op == IR_EQ ? LLVMIntEQ : op == IR_NE ? LLVMIntNE : op == IR_LT ? LLVMIntSLT
                       : op == IR_LE ? LLVMIntSLE : op == IR_GT ? LLVMIntSGT : LLVMIntSGE;
    return LLVMBuildICmp(cg->b, p, a, b, "");
}

LLVMValueRef cg_intrinsic(Codegen *cg, const char *name, LLVMTypeRef *types, int ntypes, LLVMValueRef *args, int nargs) {
    unsigned id = LLVMLookupIntrinsicID(name, strlen(name));
    LIME_ASSERT(id != 0);
    LLVMValueRef f = LLVMGetIntrinsicDeclaration(cg->mod, id, types, (size_t)ntypes);
    LLVMTypeRef fty = LLVMIntrinsicGetType(cg->ctx, id, types, (size_t)ntypes);
    return LLVMBuildCall2(cg->b, fty, f, args, (unsigned)nargs, "");
}

/* Java's primitive conversions (JLS 5.1.2, 5.1.3); float to integer
 * saturates and maps NaN to 0, which is llvm.fptosi.sat. */
LLVMValueRef cg_convert(Codegen *cg, LLVMValueRef v, Type *from, Type *to) {
    /* v may be a vector: the conversion lane by lane */
    LLVMTypeRef lto = cg_shaped_like(LLVMTypeOf(v), cg_value_type(cg, to));
    if (from == to) return v;
    if (cg_is_fp(from) && cg_is_fp(to))
        return to == ty_double ? LLVMBuildFPExt(cg->b, v, lto, "") : LLVMBuildFPTrunc(cg->b, v, lto, "");
    if (cg_is_fp(from)) {
        Type *wide = to == ty_long ? ty_long : ty_int;
        LLVMTypeRef types[2] = {cg_shaped_like(LLVMTypeOf(v), cg_value_type(cg, wide)), LLVMTypeOf(v)};
        LLVMValueRef r = cg_intrinsic(cg, "llvm.fptosi.sat", types, 2, &v, 1);
        return wide == to ? r : LLVMBuildTrunc(cg->b, r, lto, "");
    }
    if (cg_is_fp(to)) {
        return from == ty_char ? LLVMBuildUIToFP(cg->b, v, lto, "") : LLVMBuildSIToFP(cg->b, v, lto, "");
    }
    unsigned fw = LLVMGetIntTypeWidth(lane_type(LLVMTypeOf(v))), tw = LLVMGetIntTypeWidth(lane_type(lto));
    if (fw == tw) return v;
    if (fw > tw) return LLVMBuildTrunc(cg->b, v, lto, "");
    return from == ty_char ? LLVMBuildZExt(cg->b, v, lto, "") : LLVMBuildSExt(cg->b, v, lto, "");
}

static const char *descriptor_of(Type *t) {
    switch (t->kind) {
    case TY_BOOLEAN: return "Z";
    case TY_BYTE: return "B";
    case TY_SHORT: return "S";
    case TY_CHAR: return "C";
    case TY_INT: return "I";
    case TY_LONG: return "J";
    case TY_FLOAT: return "F";
    case TY_DOUBLE: return "D";
    case TY_STRING: return "Ljava/lang/String;";
    case TY_ARRAY: return xprintf("[%s", descriptor_of(t->elem));
    case TY_CLASS: return xprintf("L%s;", t->cls->qualname);
    default: return "Ljava/lang/Object;";
    }
}

bool cg_may_be_string(Type *t) {
    return t->kind == TY_OBJECT || is_string_interface(t);   /* a Comparable or CharSequence may be a String */
}

/* String conversion (JLS 5.1.11) of a value of type t. */
LLVMValueRef cg_to_string(Codegen *cg, LLVMValueRef v, Type *t) {
    LLVMTypeRef p = cg_ptr_type(cg);
    if (cg_may_be_string(t)) return cg_call_rt(cg, "lime_string_valueOf_O", p, &v, 1, false); /* a String, an array or an object */
    switch (t->kind) {
    case TY_BOOLEAN: return cg_call_rt(cg, "lime_string_of_Z", p, &v, 1, false);
    case TY_CHAR: return cg_call_rt(cg, "lime_string_of_C", p, &v, 1, false);
    case TY_BYTE: case TY_SHORT: {
        LLVMValueRef w = LLVMBuildSExt(cg->b, v, LLVMInt32TypeInContext(cg->ctx), "");
        return cg_call_rt(cg, "lime_string_of_I", p, &w, 1, false);
    }
    case TY_INT: return cg_call_rt(cg, "lime_string_of_I", p, &v, 1, false);
    case TY_LONG: return cg_call_rt(cg, "lime_string_of_J", p, &v, 1, false);
    case TY_FLOAT: return cg_call_rt(cg, "lime_string_of_F", p, &v, 1, false);
    case TY_DOUBLE: return cg_call_rt(cg, "lime_string_of_D", p, &v, 1, false);
    case TY_ARRAY: {
        LLVMValueRef args[2] = {v, cg_cstring(cg, descriptor_of(t))};
        return cg_call_rt(cg, "lime_string_of_array", p, args, 2, false);
    }
    case TY_CLASS: return cg_call_rt(cg, "lime_string_of_object", p, &v, 1, false);
    default: return cg_call_rt(cg, "lime_string_of_T", p, &v, 1, false);
    }
}

/* ------------------------------------------------------------ calls */

static LLVMValueRef call_builtin(Codegen *cg, IrInst *in) {
    LLVMValueRef args[17];
    Type *types[17];
    for (int i = 0; i < in->nargs && i < 17; i++) {
        args[i] = cg->temps[in->args[i]];
        types[i] = cg->temp_types[in->args[i]];
    }
    return cg_builtin_call(cg, in->builtin, args, types, in->nargs);
}

/* Java's Math.max/min on float and double: NaN if either is NaN, and
 * -0.0 < +0.0.  (llvm.maximum has these semantics but LLVM 15 cannot
 * select it on x86.)  Equal operands are combined bitwise: AND of the bits
 * gives +0.0 for max(-0.0, +0.0), OR gives -0.0 for min. */
static LLVMValueRef java_fp_minmax(Codegen *cg, bool is_max, LLVMValueRef a, LLVMValueRef b) {
    LLVMTypeRef ft = LLVMTypeOf(a);
    LLVMTypeRef it = cg_shaped_like(ft, LLVMIntTypeInContext(cg->ctx, LLVMGetTypeKind(lane_type(ft)) == LLVMFloatTypeKind ? 32 : 64));
    LLVMValueRef ia = LLVMBuildBitCast(cg->b, a, it, ""), ib = LLVMBuildBitCast(cg->b, b, it, "");
    LLVMValueRef same = is_max ? LLVMBuildAnd(cg->b, ia, ib, "") : LLVMBuildOr(cg->b, ia, ib, "");
    LLVMValueRef r = LLVMBuildBitCast(cg->b, same, ft, "");
    LLVMValueRef lt = LLVMBuildFCmp(cg->b, LLVMRealOLT, a, b, ""), gt = LLVMBuildFCmp(cg->b, LLVMRealOGT, a, b, "");
    r = LLVMBuildSelect(cg->b, lt, is_max ? b : a, r, "");
    r = LLVMBuildSelect(cg->b, gt, is_max ? a : b, r, "");
    LLVMValueRef nan = LLVMBuildFCmp(cg->b, LLVMRealUNO, a, b, "");
    return LLVMBuildSelect(cg->b, nan, LLVMBuildFAdd(cg->b, a, b, ""), r, "");
}

/* Math's members that are one LLVM operation, bit for bit Java's (the
 * IEEE operations, Java's min/max), on args (scalars, or vectors lane by
 * lane): their value (cg_math_inlines: which); NULL for the others. */
bool cg_math_inlines(const Builtin *b) {
    static const char *const names[] = {"sqrt", "floor", "ceil", "rint", "abs", "min", "max", NULL};
    if (strcmp(b->owner, "Math")) return false;
    for (int i = 0; names[i]; i++)
        if (!strcmp(b->name, names[i])) return true;
    return false;
}

/* Math's members that are a call of the runtime (fdlibm, runtime/mathlib.c)
 * which never throws: lanes call it once per lane (lanes.c). */
bool cg_math_lanewise(const Builtin *b) {
    static const char *const names[] = {"cbrt", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log",
                                        "log10", "pow", "hypot", "sinh", "cosh", "tanh", "expm1", "log1p", "signum",
                                        "nextUp", "nextDown", "ulp", "getExponent", "copySign", "nextAfter", "scalb",
                                        "IEEEremainder", "fma", "toRadians", "toDegrees", "round", NULL};
    if (strcmp(b->owner, "Math") || !(b->flags & BI_STATIC)) return false;
    for (int i = 0; names[i]; i++)
        if (!strcmp(b->name, names[i])) return true;
    return false;
}

LLVMValueRef cg_math_inline(Codegen *cg, const Builtin *b, LLVMValueRef *args) {
    if (!cg_math_inlines(b)) return NULL;
    bool fp = cg_is_fp(builtin_ret_type(b));
    LLVMTypeRef t0 = LLVMTypeOf(args[0]);
    if (!strcmp(b->name, "sqrt")) return cg_intrinsic(cg, "llvm.sqrt", &t0, 1, args, 1);
    if (!strcmp(b->name, "floor")) return cg_intrinsic(cg, "llvm.floor", &t0, 1, args, 1);
    if (!strcmp(b->name, "ceil")) return cg_intrinsic(cg, "llvm.ceil", &t0, 1, args, 1);
    if (!strcmp(b->name, "rint")) return cg_intrinsic(cg, "llvm.rint", &t0, 1, args, 1);
    if (!strcmp(b->name, "abs") && fp) return cg_intrinsic(cg, "llvm.fabs", &t0, 1, args, 1);
    bool min = !strcmp(b->name, "min"), max = !strcmp(b->name, "max");
    if ((min || max) && fp) return java_fp_minmax(cg, max, args[0], args[1]);
    if (min || max) {
        LLVMValueRef lt = LLVMBuildICmp(cg->b, LLVMIntSLT, args[0], args[1], "");
        return min ? LLVMBuildSelect(cg->b, lt, args[0], args[1], "") : LLVMBuildSelect(cg->b, lt, args[1], args[0], "");
    }
    if (!strcmp(b->name, "abs")) {
        LLVMValueRef neg = LLVMBuildICmp(cg->b, LLVMIntSLT, args[0], LLVMConstNull(t0), "");
        return LLVMBuildSelect(cg->b, neg, LLVMBuildNeg(cg->b, args[0], ""), args[0], "");
    }
    return NULL;
}

/* Integer.compare and Long.compare: (a > b) - (a < b), an int */
static LLVMValueRef int_compare(Codegen *cg, LLVMValueRef a, LLVMValueRef b) {
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMValueRef gt = LLVMBuildZExt(cg->b, LLVMBuildICmp(cg->b, LLVMIntSGT, a, b, ""), i32, "");
    LLVMValueRef lt = LLVMBuildZExt(cg->b, LLVMBuildICmp(cg->b, LLVMIntSLT, a, b, ""), i32, "");
    return LLVMBuildSub(cg->b, gt, lt, "cmp");
}

LLVMValueRef cg_builtin_call(Codegen *cg, const Builtin *b, LLVMValueRef *in_args, Type **arg_types, int nargs) {
    Type *ret = builtin_ret_type(b);
    Type *params[16];
    int np = builtin_param_types(b, params, 16);
    bool has_recv = !(b->flags & BI_STATIC);
    LLVMValueRef args[17];
    LLVMTypeRef types[17];
    int n = 0;
    LIME_ASSERT(nargs == np + has_recv);
    if (has_recv) {
        args[n] = in_args[0];
        types[n++] = cg_ptr_type(cg);
    }
    for (int i = 0; i < np; i++) {
        args[n] = in_args[n];
        types[n++] = cg_value_type(cg, params[i]);
    }
    const char *name = b->symbol;
    /* Object parameters of System.out/err: print arrays and objects through their string form */
    if (np == 1 && params[0] == ty_object && !has_recv && !strncmp(b->owner, "System.", 7)) {
        Type *at = arg_types[0];
        args[0] = cg_to_string(cg, args[0], at);
        name = xprintf("%.*sT", (int)strlen(b->symbol) - 1, b->symbol);
    }
    /* System.arraycopy: the element types of src and dest, for the runtime's
     * checks (the checker made both array types or null) */
    if (!strcmp(b->owner, "System") && !strcmp(b->name, "arraycopy")) {
        for (int i = 0; i < 2; i++) {
            Type *at = arg_types[i * 2];
            const char *elem = at->kind == TY_ARRAY ? (is_primitive(at->elem) ? type_name(at->elem) : "object array") : "";
            args[n] = cg_cstring(cg, elem);
            types[n++] = cg_ptr_type(cg);
        }
    }
    /* fast paths that need no call */
    if (!strcmp(b->owner, "Math")) {
        LLVMValueRef r = cg_math_inline(cg, b, args);
        if (r) return r;
    }
    if ((!strcmp(b->owner, "Integer") || !strcmp(b->owner, "Long")) && !strcmp(b->name, "compare"))
        return int_compare(cg, args[0], args[1]);
    bool noreturn = !strcmp(b->owner, "System") && !strcmp(b->name, "exit");
    LLVMValueRef f = cg_runtime_fn(cg, name, cg_value_type(cg, ret), types, n, noreturn);
    /* C ABI: bool and char are zero-extended, byte and short sign-extended */
    for (int i = 0; i < n; i++) {
        LLVMTypeRef pt = types[i];
        if (pt == LLVMInt1TypeInContext(cg->ctx) || pt == LLVMInt16TypeInContext(cg->ctx))
            LLVMAddAttributeAtIndex(f, (unsigned)(i + 1), LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName("zeroext", 7), 0));
    }
    if (ret == ty_boolean || ret == ty_char)
        LLVMAddAttributeAtIndex(f, LLVMAttributeReturnIndex, LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName("zeroext", 7), 0));
    LLVMValueRef r = cg_call_fn(cg, f, args, n);
    if (noreturn) {
        LLVMBuildUnreachable(cg->b);
        cg_start_dead_block(cg);
    }
    return r;
}

/* ------------------------------------------------------------ instructions */

static void gen_block(Codegen *cg, IrBlock *b);

static LLVMValueRef temp(Codegen *cg, IrInst *in, int i) { return cg->temps[in->args[i]]; }

/* `return`: a branch to the function's return block, made at the first
 * return, whose phi takes the value from each returning block. */
static void return_value(Codegen *cg, LLVMValueRef v) {
    LLVMBasicBlockRef here = LLVMGetInsertBlock(cg->b);
    if (!cg->ret_block) {
        cg->ret_block = cg_new_bb(cg, "return");
        LLVMPositionBuilderAtEnd(cg->b, cg->ret_block);
        if (v) {
            cg->ret_phi = LLVMBuildPhi(cg->b, LLVMTypeOf(v), "result");
            LLVMBuildRet(cg->b, cg->ret_phi);
        } else LLVMBuildRetVoid(cg->b);
        LLVMPositionBuilderAtEnd(cg->b, here);
    }
    if (v) LLVMAddIncoming(cg->ret_phi, &v, &here, 1);
    LLVMBuildBr(cg->b, cg->ret_block);
    cg_start_dead_block(cg);
}

static void gen_return(Codegen *cg, IrInst *in) {
    cg_leave_tries(cg, 0);
    return_value(cg, in->nargs ? temp(cg, in, 0) : NULL);
}


typedef struct LabelBlocks {
    LLVMBasicBlockRef cont, exit;
} LabelBlocks;

static void gen_if(Codegen *cg, IrInst *in) {
    LLVMBasicBlockRef then_bb = cg_new_bb(cg, "then"), else_bb = cg_new_bb(cg, "else"), merge = cg_new_bb(cg, "endif");
    LLVMBuildCondBr(cg->b, temp(cg, in, 0), then_bb, else_bb);
    LLVMPositionBuilderAtEnd(cg->b, then_bb);
    gen_block(cg, in->then_blk);
    cg_br_if_open(cg, merge);
    LLVMPositionBuilderAtEnd(cg->b, else_bb);
    if (in->else_blk) gen_block(cg, in->else_blk);
    cg_br_if_open(cg, merge);
    LLVMPositionBuilderAtEnd(cg->b, merge);
}

static void gen_loop(Codegen *cg, IrInst *in) {
    LLVMBasicBlockRef body = cg_new_bb(cg, "loop"), cont = cg_new_bb(cg, "continue"), exit = cg_new_bb(cg, "endloop");
    cg->labels[in->label] = (CgLabel){cont, exit, cg->try_depth};
    LLVMBuildBr(cg->b, body);
    LLVMPositionBuilderAtEnd(cg->b, body);
    gen_block(cg, in->body_blk);
    cg_br_if_open(cg, cont);
    LLVMPositionBuilderAtEnd(cg->b, cont);
    if (in->cont_blk) gen_block(cg, in->cont_blk);
    cg_br_if_open(cg, body);
    LLVMPositionBuilderAtEnd(cg->b, exit);
}

static void gen_labeled_block(Codegen *cg, IrInst *in) {
    LLVMBasicBlockRef exit = cg_new_bb(cg, "endblock");
    cg->labels[in->label] = (CgLabel){NULL, exit, cg->try_depth};
    gen_block(cg, in->body_blk);
    cg_br_if_open(cg, exit);
    LLVMPositionBuilderAtEnd(cg->b, exit);
}

/* ------------------------------------------------------------ switch tables */

/* A switch whose every arm only produces a constant (`return C;`, or
 * `x = C; break;` into one local x, the last arm's break optional) becomes
 * a constant table indexed by the key, as GCC's switch conversion does.
 * LLVM finds the same table only in its last SimplifyCFG, after passes
 * whose time is quadratic in the arms (each empty arm checks the phi that
 * has one incoming value per arm): 10,000 arms took 2.5 s at -O2.  Only
 * for switches of SWITCH_TABLE_MIN arms or more with a default and keys
 * that fill at least a quarter of their range; smaller ones stay LLVM's. */
enum { SWITCH_TABLE_MIN = 64, SWITCH_TABLE_MAX_RANGE = 1 << 20 };

typedef struct SwitchTable {
    bool returns;            /* every arm returns its constant, else stores it */
    IrLocal *local;          /* the local every arm stores (!returns) */
    Type *ty;                /* the constants' type */
    IrInst **consts;         /* each arm's constant */
    int64_t low, range;      /* the keys' smallest value and span */
} SwitchTable;

/* The constant arm i of the switch produces, or NULL if it does more;
 * arms after i are done (an empty arm falls through to the next). */
static IrInst *arm_constant(IrInst *sw, int i, SwitchTable *t) {
    IrBlock *b = sw->arms[i].body;
    bool last = i == sw->narms - 1;
    if (b->len == 0 && !last) return t->consts[i + 1];
    if (b->len < 2 || b->len > 3) return NULL;
    IrInst *c = b->insts[0], *use = b->insts[1];
    if (c->op != IR_CONST || !is_primitive(c->ty) || c->dst < 0) return NULL;
    if (!t->ty) {
        t->ty = c->ty;
        t->returns = use->op == IR_RETURN;
        t->local = use->op == IR_STORE_LOCAL ? use->local : NULL;
    }
    if (c->ty != t->ty || use->nargs != 1 || use->args[0] != c->dst) return NULL;
    if (t->returns) return use->op == IR_RETURN && b->len == 2 ? c : NULL;
    if (use->op != IR_STORE_LOCAL || use->local != t->local) return NULL;
    if (b->len == 2) return last ? c : NULL;
    IrInst *brk = b->insts[2];
    return brk->op == IR_BREAK && brk->label == sw->label ? c : NULL;
}

static bool plan_switch_table(IrInst *sw, SwitchTable *t) {
    if (sw->narms < SWITCH_TABLE_MIN) return false;
    int64_t low = INT64_MAX, high = INT64_MIN, nkeys = 0;
    bool has_default = false;
    t->consts = xalloc(sizeof(IrInst *) * (size_t)sw->narms);
    t->ty = NULL;
    for (int i = sw->narms - 1; i >= 0; i--) {
        if (!(t->consts[i] = arm_constant(sw, i, t))) return false;
        has_default |= sw->arms[i].is_default;
        for (int j = 0; j < sw->arms[i].nvalues; j++) {
            int64_t k = sw->arms[i].values[j];
            if (k < low) low = k;
            if (k > high) high = k;
            nkeys++;
        }
    }
    if (!has_default || nkeys == 0) return false;
    t->low = low;
    t->range = high - low + 1;
    return t->range <= SWITCH_TABLE_MAX_RANGE && t->range <= 4 * nkeys;
}

/* table[key - low] when key - low is in range, else the default's value */
static void gen_switch_table(Codegen *cg, IrInst *sw, const SwitchTable *t) {
    LLVMValueRef deflt = NULL;
    LLVMValueRef *cells = xalloc(sizeof(LLVMValueRef) * (size_t)t->range);
    for (int i = 0; i < sw->narms; i++) {
        LLVMValueRef v = constant(cg, t->consts[i]);
        if (sw->arms[i].is_default) deflt = v;
        for (int j = 0; j < sw->arms[i].nvalues; j++) cells[sw->arms[i].values[j] - t->low] = v;
    }
    for (int64_t k = 0; k < t->range; k++)
        if (!cells[k]) cells[k] = deflt;
    LLVMTypeRef et = LLVMTypeOf(deflt), at = LLVMArrayType(et, (unsigned)t->range);
    LLVMValueRef table = LLVMAddGlobal(cg->mod, at, "switch.table");
    LLVMSetInitializer(table, LLVMConstArray(et, cells, (unsigned)t->range));
    LLVMSetGlobalConstant(table, true);
    LLVMSetLinkage(table, LLVMPrivateLinkage);
    LLVMSetUnnamedAddr(table, true);
    LLVMValueRef index = LLVMBuildSub(cg->b, temp(cg, sw, 0), cg_i32c(cg, (long long)t->low), "");
    LLVMValueRef in_range = LLVMBuildICmp(cg->b, LLVMIntULT, index, cg_i32c(cg, (long long)t->range), "");
    LLVMValueRef safe = LLVMBuildSelect(cg->b, in_range, index, cg_i32c(cg, 0), "");
    LLVMValueRef at_index[2] = {cg_i64c(cg, 0), LLVMBuildZExt(cg->b, safe, LLVMInt64TypeInContext(cg->ctx), "")};
    LLVMValueRef cell = LLVMBuildLoad2(cg->b, et, LLVMBuildGEP2(cg->b, at, table, at_index, 2, ""), "");
    LLVMValueRef v = LLVMBuildSelect(cg->b, in_range, cell, deflt, "");
    if (t->returns) {
        cg_leave_tries(cg, 0);
        return_value(cg, v);
        return;
    }
    LLVMValueRef st = LLVMBuildStore(cg->b, v, cg->locals[t->local->id]);
    if (cg->has_try) LLVMSetVolatile(st, true);
}

static void gen_switch(Codegen *cg, IrInst *in) {
    SwitchTable table = {0};
    if (plan_switch_table(in, &table)) {
        gen_switch_table(cg, in, &table);
        return;
    }
    LLVMBasicBlockRef exit = cg_new_bb(cg, "endswitch");
    cg->labels[in->label] = (CgLabel){NULL, exit, cg->try_depth};
    LLVMBasicBlockRef *arm_bb = xalloc(sizeof(LLVMBasicBlockRef) * (size_t)(in->narms + 1));
    LLVMBasicBlockRef deflt = exit;
    for (int i = 0; i < in->narms; i++) {
        arm_bb[i] = cg_new_bb(cg, "case");
        if (in->arms[i].is_default) deflt = arm_bb[i];
    }
    arm_bb[in->narms] = exit;
    LLVMValueRef sw = LLVMBuildSwitch(cg->b, temp(cg, in, 0), deflt, (unsigned)in->narms);
    for (int i = 0; i < in->narms; i++)
        for (int j = 0; j < in->arms[i].nvalues; j++)
            LLVMAddCase(sw, cg_i32c(cg, in->arms[i].values[j]), arm_bb[i]);
    for (int i = 0; i < in->narms; i++) {
        LLVMPositionBuilderAtEnd(cg->b, arm_bb[i]);
        gen_block(cg, in->arms[i].body);
        cg_br_if_open(cg, arm_bb[i + 1]); /* fall through */
    }
    LLVMPositionBuilderAtEnd(cg->b, exit);
}

static LLVMValueRef *temp_args(Codegen *cg, IrInst *in) {
    LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (size_t)(in->nargs + 1));
    for (int i = 0; i < in->nargs; i++) args[i] = temp(cg, in, i);
    return args;
}

static LLVMValueRef gen_value(Codegen *cg, IrInst *in) {
    Type *t = in->ty;
    const WindowUse *u = cg->window ? ir_window_use(cg->window, in) : NULL;
    if (u) return cg_window_access(cg, in, u);
    switch (in->op) {
    case IR_CONST: return constant(cg, in);
    case IR_LOAD_LOCAL: {
        LLVMValueRef v = LLVMBuildLoad2(cg->b, cg_value_type(cg, in->local->ty), cg->locals[in->local->id], in->local->name);
        if (cg->has_try) LLVMSetVolatile(v, true); /* kept in memory across _setjmp (objects.c) */
        return v;
    }
    case IR_STORE_LOCAL: {
        LLVMValueRef st = LLVMBuildStore(cg->b, temp(cg, in, 0), cg->locals[in->local->id]);
        if (cg->has_try) LLVMSetVolatile(st, true);
        return NULL;
    }
    case IR_LOAD_STATIC:
        return cg_from_mem(cg, LLVMBuildLoad2(cg->b, cg_mem_type(cg, t), cg_static_global(cg, in->field), ""), t);
    case IR_STORE_STATIC:
        LLVMBuildStore(cg->b, cg_to_mem(cg, temp(cg, in, 0), in->field->ty), cg_static_global(cg, in->field));
        return NULL;
    case IR_LOAD_FIELD:
        if (in->field->owner->is_value)
            return cg_from_mem(cg, LLVMBuildExtractValue(cg->b, temp(cg, in, 0), (unsigned)in->field->index, ""), t);
        return cg_from_mem(cg, LLVMBuildLoad2(cg->b, cg_mem_type(cg, t), cg_field_address(cg, temp(cg, in, 0), in->field), ""), t);
    case IR_WITH_FIELD:
        return LLVMBuildInsertValue(cg->b, temp(cg, in, 0), cg_to_mem(cg, temp(cg, in, 1), in->field->ty),
                                    (unsigned)in->field->index, "");
    case IR_STORE_FIELD:
        LLVMBuildStore(cg->b, cg_to_mem(cg, temp(cg, in, 1), in->field->ty), cg_field_address(cg, temp(cg, in, 0), in->field));
        return NULL;
    case IR_NEW_OBJECT: return cg_new_object(cg, in->cls);
    case IR_NEW_ARRAY: return new_array(cg, in);
    case IR_ARRAY_DATA: return array_data(cg, in);
    case IR_ARRAY_LEN: return cg_length_of(cg, temp(cg, in, 0), cg->temp_types[in->args[0]]);
    case IR_ARRAY_LOAD:
        return cg_from_mem(cg, LLVMBuildLoad2(cg->b, cg_mem_type(cg, t), cg_element_address(cg, temp(cg, in, 0), temp(cg, in, 1), t), ""), t);
    case IR_ARRAY_STORE: {
        Type *et = cg->temp_types[in->args[0]]->elem;
        if (cg->temp_types[in->args[0]]->kind == TY_ARRAY)
            cg_array_store_check(cg, temp(cg, in, 0), temp(cg, in, 2), cg->temp_types[in->args[0]]);
        LLVMBuildStore(cg->b, cg_to_mem(cg, temp(cg, in, 2), et), cg_element_address(cg, temp(cg, in, 0), temp(cg, in, 1), et));
        return NULL;
    }
    case IR_CHECK_NULL: {
        LLVMValueRef v = temp(cg, in, 0);
        if (cg->temp_types[in->args[0]]->kind == TY_VALUE_ARRAY) return v; /* never null: empty */
        if (!in->str) {
            cg_guard(cg, LLVMBuildIsNull(cg->b, v, ""), "lime_throw_null_pointer", NULL, 0);
            return v;
        }
        /* the JVM's helpful message (src/npe.c): a constant C string */
        LLVMValueRef msg = LLVMBuildGlobalStringPtr(cg->b, in->str, "npe.msg");
        cg_guard(cg, LLVMBuildIsNull(cg->b, v, ""), "lime_throw_null_pointer_message", &msg, 1);
        return v;
    }
    case IR_CHECK_BOUNDS: {
        if (in->in_range) return temp(cg, in, 1); /* proven by bounds.c */
        LLVMValueRef idx = temp(cg, in, 1), len = cg_length_of(cg, temp(cg, in, 0), cg->temp_types[in->args[0]]);
        LLVMValueRef args[2] = {idx, len};
        cg_guard(cg, LLVMBuildICmp(cg->b, LLVMIntUGE, idx, len, ""), "lime_throw_index_out_of_bounds", args, 2);
        return idx;
    }
    case IR_CHECK_DIV: {
        LLVMValueRef v = temp(cg, in, 0);
        cg_guard(cg, LLVMBuildICmp(cg->b, LLVMIntEQ, v, LLVMConstNull(LLVMTypeOf(v)), ""), "lime_throw_arithmetic_div_zero", NULL, 0);
        return v;
    }
    case IR_CHECK_SIZE: {
        LLVMValueRef v = temp(cg, in, 0);
        cg_guard(cg, LLVMBuildICmp(cg->b, LLVMIntSLT, v, LLVMConstNull(LLVMTypeOf(v)), ""), "lime_throw_negative_array_size", &v, 1);
        return v;
    }
    case IR_ADD: return cg_is_fp(t) ? LLVMBuildFAdd(cg->b, temp(cg, in, 0), temp(cg, in, 1), "") : LLVMBuildAdd(cg->b, temp(cg, in, 0), temp(cg, in, 1), "");
    case IR_SUB: return cg_is_fp(t) ? LLVMBuildFSub(cg->b, temp(cg, in, 0), temp(cg, in, 1), "") : LLVMBuildSub(cg->b, temp(cg, in, 0), temp(cg, in, 1), "");
    case IR_MUL: return cg_is_fp(t) ? LLVMBuildFMul(cg->b, temp(cg, in, 0), temp(cg, in, 1), "") : LLVMBuildMul(cg->b, temp(cg, in, 0), temp(cg, in, 1), "");
    case IR_DIV: return cg_is_fp(t) ? LLVMBuildFDiv(cg->b, temp(cg, in, 0), temp(cg, in, 1), "") : cg_int_divrem(cg, IR_DIV, temp(cg, in, 0), temp(cg, in, 1));
    case IR_REM: return cg_is_fp(t) ? LLVMBuildFRem(cg->b, temp(cg, in, 0), temp(cg, in, 1), "") : cg_int_divrem(cg, IR_REM, temp(cg, in, 0), temp(cg, in, 1));
    case IR_SHL: case IR_SHR: case IR_USHR: return cg_shift(cg, in->op, temp(cg, in, 0), temp(cg, in, 1), t);
    case IR_AND: return LLVMBuildAnd(cg->b, temp(cg, in, 0), temp(cg, in, 1), "");
    case IR_OR: return LLVMBuildOr(cg->b, temp(cg, in, 0), temp(cg, in, 1), "");
    case IR_XOR: return LLVMBuildXor(cg->b, temp(cg, in, 0), temp(cg, in, 1), "");
    case IR_NEG: return cg_is_fp(t) ? LLVMBuildFNeg(cg->b, temp(cg, in, 0), "") : LLVMBuildNeg(cg->b, temp(cg, in, 0), "");
    case IR_NOT: case IR_COMPL: return LLVMBuildNot(cg->b, temp(cg, in, 0), "");
    case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE:
        return cg_compare(cg, in->op, temp(cg, in, 0), temp(cg, in, 1), cg->temp_types[in->args[0]]);
    case IR_CONV: return cg_convert(cg, temp(cg, in, 0), cg->temp_types[in->args[0]], t);
    case IR_TO_STRING: return cg_to_string(cg, temp(cg, in, 0), cg->temp_types[in->args[0]]);
    case IR_CONCAT: {
        LLVMValueRef args[2] = {temp(cg, in, 0), temp(cg, in, 1)};
        return cg_call_rt(cg, "lime_string_concat", cg_ptr_type(cg), args, 2, false);
    }
    case IR_CALL: {
        LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (size_t)(in->nargs + 1));
        for (int i = 0; i < in->nargs; i++) args[i] = temp(cg, in, i);
        return cg_call_fn(cg, cg_function(cg, in->callee), args, in->nargs);
    }
    case IR_CALL_BUILTIN: return call_builtin(cg, in);
    case IR_CALL_VIRTUAL: return cg_call_virtual(cg, in, temp_args(cg, in));
    case IR_INSTANCEOF: return cg_instance_of(cg, temp(cg, in, 0), cg->temp_types[in->args[0]], in->type_arg);
    case IR_CLASS_OBJECT: {
        /* String has no descriptor: the runtime's own (NULL) */
        Type *t = in->type_arg;
        if (t->kind == TY_ARRAY) {
            LLVMValueRef type = cg_array_type(cg, t);
            LIME_ASSERT(type);
            return cg_call_rt(cg, "lime_rt_array_class_object", cg_ptr_type(cg), &type, 1, false);
        }
        LLVMValueRef d = t->kind == TY_STRING ? LLVMConstNull(cg_ptr_type(cg))
                         : cg_class_descriptor(cg, t->kind == TY_CLASS ? t->cls : cg->prog->src->object_class);
        return cg_call_rt(cg, "lime_rt_class_object", cg_ptr_type(cg), &d, 1, false);
    }
    case IR_CHECK_CAST: return cg_check_cast(cg, temp(cg, in, 0), cg->temp_types[in->args[0]], in->ty);
    case IR_THROW: cg_throw(cg, temp(cg, in, 0)); return NULL;
    case IR_TRY: cg_try(cg, in, gen_block); return NULL;
    case IR_MAP: return cg_map(cg, in);
    case IR_REDUCE: return cg_reduce(cg, in);
    case IR_RANGE: return cg_call_rt(cg, "lime_range", cg_ptr_type(cg), &cg->temps[in->args[0]], 1, false);
    case IR_RANGE2: {
        LLVMValueRef args[3] = {temp(cg, in, 0), temp(cg, in, 1), cg_i32c(cg, in->ival)};
        return cg_call_rt(cg, "lime_range2", cg_ptr_type(cg), args, 3, false);
    }
    case IR_ARRAY_COPY: {
        LLVMValueRef args[2] = {temp(cg, in, 0),
                                LLVMConstInt(LLVMInt1TypeInContext(cg->ctx), cg_pointer_free(t->elem), false)};
        return cg_call_rt(cg, "lime_array_copy", cg_ptr_type(cg), args, 2, false);
    }
    case IR_GRAPH_NEW: return cg_graph_new(cg, in);
    case IR_GRAPH_RUN: return cg_graph_run(cg, in);
    case IR_IF: gen_if(cg, in); return NULL;
    case IR_LOOP: gen_loop(cg, in); return NULL;
    case IR_BLOCK: gen_labeled_block(cg, in); return NULL;
    case IR_SWITCH: gen_switch(cg, in); return NULL;
    case IR_BREAK:
        cg_leave_tries(cg, cg->labels[in->label].try_depth);
        LLVMBuildBr(cg->b, cg->labels[in->label].exit);
        cg_start_dead_block(cg);
        return NULL;
    case IR_CONTINUE:
        cg_leave_tries(cg, cg->labels[in->label].try_depth);
        LLVMBuildBr(cg->b, cg->labels[in->label].cont);
        cg_start_dead_block(cg);
        return NULL;
    case IR_RETURN: gen_return(cg, in); return NULL;
    case IR_OP_COUNT: break;
    }
    LIME_UNREACHABLE();
}

/* ------------------------------------------------------------ map fused into reduce */

static void count_uses(IrInst *in, void *ctx) {
    Codegen *cg = ctx;
    for (int i = 0; i < in->nargs; i++) cg->temp_uses[in->args[i]]++;
    if (in->op == IR_LOAD_LOCAL) cg->local_loads[in->local->id]++;
    if (in->op == IR_STORE_LOCAL) cg->local_stores[in->local->id]++;
}

/* Whether the map at b->insts[i] feeds a reduce later in the same block
 * and nothing else: its array passes only through instructions that do
 * nothing else with it (a store into a local that has no other store and
 * no other load, then that load; checknull, a no-op on a value array),
 * and everything else in between is a constant, a load or a store of
 * another local or a value array's checknull: none can throw or has an
 * effect the map could see or change, so computing the map's values
 * inside the reduce, at its place, is the same program (and the array is
 * never made).  Records the reduce and the pass-through instructions. */
static bool find_fused_reduce(Codegen *cg, IrBlock *b, int i) {
    IrInst *map = b->insts[i];
    int cur = map->dst;   /* the temp holding the array; -1 while it is in local via */
    IrLocal *via = NULL;
    cg->nfused_skip = 0;
    for (int j = i + 1; j < b->len; j++) {
        IrInst *x = b->insts[j];
        if (cur >= 0 && cg->temp_uses[cur] != 1) return false;
        for (int k = 1; k < x->nargs; k++)
            if (cur >= 0 && x->args[k] == cur) return false;
        bool takes = cur >= 0 && x->nargs >= 1 && x->args[0] == cur;
        switch (x->op) {
        case IR_REDUCE:
            if (!takes || x->task->out != map->task->out) return false;
            cg->fused_reduce = x;
            return true;
        case IR_STORE_LOCAL:
            if (!takes) continue;
            if (x->local->is_param || cg->local_stores[x->local->id] != 1 || cg->local_loads[x->local->id] != 1) return false;
            via = x->local;
            cur = -1;
            break;
        case IR_LOAD_LOCAL:
            if (!via || x->local != via) continue;
            via = NULL;
            cur = x->dst;
            break;
        case IR_CHECK_NULL:
            if (!takes) {
                if (x->ty->kind != TY_VALUE_ARRAY) return false; /* may throw */
                continue;
            }
            cur = x->dst;
            break;
        case IR_CONST: continue;
        default: return false;
        }
        cg->fused_skip = xrealloc_arr(cg->fused_skip, (size_t)cg->nfused_skip, (size_t)cg->nfused_skip + 1, sizeof(IrInst *));
        cg->fused_skip[cg->nfused_skip++] = x;
    }
    return false;
}

static bool in_set(int *set, int n, int v) {
    for (int i = 0; i < n; i++)
        if (set[i] == v) return true;
    return false;
}

/* Whether the map at b->insts[i] (the producer) makes an array that a
 * later map in the block (the consumer) maps over, where the consumer is
 * fused into its reduce (find_fused_reduce) and neither the consumer's body
 * nor the reduce's can throw: then the producer's values can be made in
 * the consumer's pass, and stored (the array stays, for its other uses);
 * as the consumer and the reduce cannot throw, the only exceptions are the
 * producer's, as before.  In between only what find_fused_reduce allows
 * (nothing that throws, nothing with an effect). */
static bool find_chain(Codegen *cg, IrBlock *b, int i) {
    IrInst *p = b->insts[i];
    int *temps = xalloc(sizeof(int) * (size_t)(b->len + 1));
    IrLocal **locals = xalloc(sizeof(IrLocal *) * (size_t)(b->len + 1));
    int nt = 0, nl = 0;
    temps[nt++] = p->dst;
    for (int j = i + 1; j < b->len; j++) {
        IrInst *x = b->insts[j];
        switch (x->op) {
        case IR_CONST: continue;
        case IR_LOAD_LOCAL:
            for (int k = 0; k < nl; k++)
                if (locals[k] == x->local) temps[nt++] = x->dst;
            continue;
        case IR_STORE_LOCAL: {
            int k = 0;
            while (k < nl && locals[k] != x->local) k++;
            if (k < nl) locals[k] = locals[--nl]; /* overwritten */
            if (in_set(temps, nt, x->args[0])) locals[nl++] = x->local;
            continue;
        }
        case IR_CHECK_NULL:
            if (x->ty->kind != TY_VALUE_ARRAY) return false;
            if (in_set(temps, nt, x->args[0])) temps[nt++] = x->dst;
            continue;
        case IR_MAP: {
            IrTask *m = x->task;
            bool *from = xalloc(sizeof(bool) * (size_t)(m->nargs + 1)), any = false;
            for (int k = 0; k < x->nargs; k++) {
                if (!in_set(temps, nt, x->args[k])) continue;
                if (!m->mapped[k]) return false; /* the whole array, before it is made */
                from[k] = any = true;
            }
            if (!any || !find_fused_reduce(cg, b, j)) return false;
            if (ir_task_may_throw(m) || ir_task_may_throw(cg->fused_reduce->task)) return false;
            /* one pass makes both in SIMD lanes or both element by element */
            Reason why;
            if (cg_lanes_accepts(p->task, &why) != cg_lanes_accepts(m, &why)) return false;
            memset(&cg->chain, 0, sizeof cg->chain);
            cg->chain.producer = p;
            cg->chain.consumer = x;
            cg->chain.from_producer = from;
            cg->fused_reduce = NULL;
            cg->nfused_skip = 0;
            return true;
        }
        default: return false;
        }
    }
    return false;
}

static bool fused_skipped(Codegen *cg, IrInst *in) {
    for (int i = 0; i < cg->nfused_skip; i++)
        if (cg->fused_skip[i] == in) return true;
    return false;
}

/* The operands of task instruction in that are the last readers of
 * arrays kept on a device (kept.c), for release_kept. */
static void note_last_readers(Codegen *cg, IrInst *in) {
    if (!cg->kept_last || (in->op != IR_MAP && in->op != IR_REDUCE)) return;
    for (int k = 0; k < in->nargs; k++)
        if (cg->kept_last[in->args[k]] && cg->temps[in->args[k]]) { /* (a fused map's array is never made) */
            cg->released = xrealloc_arr(cg->released, (size_t)cg->nreleased, (size_t)cg->nreleased + 1, sizeof(LLVMValueRef));
            cg->released[cg->nreleased++] = cg->temps[in->args[k]];
        }
}

/* After the instruction that read them last (and, for a fused map or a
 * chain, after the reduce it went into): lime_device_release of each. */
static void release_kept(Codegen *cg) {
    if (cg->fused_map || cg->chain.producer) return;
    for (int i = 0; i < cg->nreleased; i++)
        cg_call_rt(cg, "lime_device_release", LLVMVoidTypeInContext(cg->ctx), &cg->released[i], 1, false);
    cg->nreleased = 0;
}

static void gen_block(Codegen *cg, IrBlock *b) {
    for (int i = 0; i < b->len; i++) {
        IrInst *in = b->insts[i];
        if (in->op == IR_MAP && !cg->fused_map && find_fused_reduce(cg, b, i)) {
            cg->fused_map = in;
            note_last_readers(cg, in);
            continue;
        }
        if (cg->fused_map && fused_skipped(cg, in)) continue;
        cg_debug_line(cg, in->loc);
        LLVMValueRef v;
        if (in->op == IR_MAP && !cg->fused_map && !cg->chain.producer && find_chain(cg, b, i)) {
            v = cg_chain_producer(cg, in);
        } else if (in == cg->fused_reduce) {
            v = cg_map_reduce(cg, cg->fused_map, in);
            cg->fused_map = cg->fused_reduce = NULL;
            cg->nfused_skip = 0;
        } else v = gen_value(cg, in);
        if (in->dst >= 0) {
            LIME_ASSERT(v != NULL);
            cg->temps[in->dst] = v;
            cg->temp_types[in->dst] = in->ty;
        }
        note_last_readers(cg, in);
        if (cg->nreleased) release_kept(cg);
    }
}

/* ------------------------------------------------------------ functions */

static const char *llvm_name(const char *mangled) {
    StrBuf sb = {0};
    sb_puts(&sb, "lime.");
    sb_puts(&sb, mangled);
    return xstrdup(sb_str(&sb));
}

LLVMTypeRef cg_function_type(Codegen *cg, IrFunc *f) {
    LLVMTypeRef *params = xalloc(sizeof(LLVMTypeRef) * (size_t)(f->nparams + 1));
    for (int i = 0; i < f->nparams; i++) params[i] = cg_value_type(cg, ((IrLocal *)f->locals.items[i])->ty);
    return LLVMFunctionType(cg_value_type(cg, f->ret), params, (unsigned)f->nparams, false);
}

/* The LLVM function of f: internal, or the runtime's for a native method;
 * NULL for an abstract method (no code: only ever reached by dispatch). */
LLVMValueRef cg_function(Codegen *cg, IrFunc *f) {
    if (f->is_abstract) return NULL;
    const char *name = f->native_symbol ? f->native_symbol : llvm_name(f->name);
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (fn) return fn;
    fn = LLVMAddFunction(cg->mod, name, cg_function_type(cg, f));
    if (f->native_symbol) return fn;
    LLVMSetLinkage(fn, LLVMInternalLinkage);
    /* Java has no tail calls: an unbounded recursion must overflow the stack
     * (StackOverflowError, runtime/stack.c), never become an endless loop
     * by LLVM's tail-recursion elimination, which this attribute turns off */
    static const char key[] = "disable-tail-calls", value[] = "true";
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(cg->ctx, key, sizeof key - 1, value, sizeof value - 1));
    return fn;
}

static void find_try(IrInst *in, void *ctx) {
    if (in->op == IR_TRY) *(bool *)ctx = true;
}

/* The body of f into cg->fn, whose first parameters are f's. */
static void gen_body(Codegen *cg, IrFunc *f) {
    cg_debug_function(cg, f);
    cg->has_try = false;
    cg->try_depth = 0;
    ir_walk(f->body, find_try, &cg->has_try);
    cg->temps = xalloc(sizeof(LLVMValueRef) * (size_t)(f->ntemps + 1));
    cg->temp_types = xalloc(sizeof(Type *) * (size_t)(f->ntemps + 1));
    cg->labels = xalloc(sizeof(CgLabel) * (size_t)(f->nlabels + 1));
    cg->locals = xalloc(sizeof(LLVMValueRef) * (size_t)(f->locals.len + 1));
    cg->temp_uses = xalloc(sizeof(int) * (size_t)(f->ntemps + 1));
    cg->local_loads = xalloc(sizeof(int) * (size_t)(f->locals.len + 1));
    cg->local_stores = xalloc(sizeof(int) * (size_t)(f->locals.len + 1));
    ir_walk(f->body, count_uses, cg);
    cg_find_kept(cg, f);
    cg->nreleased = 0;
    cg->keep_out = false;
    cg->fused_map = cg->fused_reduce = NULL;
    cg->nfused_skip = 0;
    memset(&cg->chain, 0, sizeof cg->chain);
    cg->ret_block = NULL;
    cg->ret_phi = NULL;
    LLVMBasicBlockRef entry = cg_new_bb(cg, "entry");
    LLVMPositionBuilderAtEnd(cg->b, entry);
    for (int i = 0; i < f->locals.len; i++) {
        IrLocal *l = f->locals.items[i];
        LLVMTypeRef t = cg_value_type(cg, l->ty);
        cg->locals[i] = LLVMBuildAlloca(cg->b, t, l->name);
        cg_debug_local(cg, f, l, cg->locals[i]);
        if (i < f->nparams) LLVMBuildStore(cg->b, LLVMGetParam(cg->fn, (unsigned)i), cg->locals[i]);
        else if (starts_zeroed(cg, l)) LLVMBuildStore(cg->b, LLVMConstNull(t), cg->locals[i]);
    }
    gen_block(cg, f->body);
    if (!cg_terminated(cg)) {
        if (f->ret == ty_void) LLVMBuildRetVoid(cg->b);
        else LLVMBuildUnreachable(cg->b);
    }
    cg_debug_end_function(cg);
}

static void gen_function(Codegen *cg, IrFunc *f) {
    if (f->is_abstract || f->native_symbol) return;
    cg->fn = cg_function(cg, f);
    gen_body(cg, f);
}

LLVMValueRef cg_window_function(Codegen *cg, IrTask *t) {
    const char *name = llvm_name(xprintf("window.%s", t->func->name));
    LLVMValueRef fn = LLVMGetNamedFunction(cg->mod, name);
    if (fn) return fn;
    IrFunc *f = t->func;
    LLVMTypeRef *params = xalloc(sizeof(LLVMTypeRef) * (size_t)(f->nparams + 2));
    for (int i = 0; i < f->nparams; i++) params[i] = cg_value_type(cg, ((IrLocal *)f->locals.items[i])->ty);
    params[f->nparams] = cg_ptr_type(cg);
    params[f->nparams + 1] = LLVMInt32TypeInContext(cg->ctx);
    fn = LLVMAddFunction(cg->mod, name, LLVMFunctionType(cg_value_type(cg, f->ret), params, (unsigned)f->nparams + 2, false));
    LLVMSetLinkage(fn, LLVMInternalLinkage);
    /* inlined into the loop over the items, which LLVM may then vectorise */
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateEnumAttribute(cg->ctx, LLVMGetEnumAttributeKindForName("alwaysinline", 12), 0));
    vec_push(&cg->window_filters, t);
    return fn;
}

/* The map forms cg_window_function declared. */
static void gen_window_functions(Codegen *cg) {
    for (int i = 0; i < cg->window_filters.len; i++) {
        IrTask *t = cg->window_filters.items[i];
        cg->fn = cg_window_function(cg, t);
        cg->window = ir_filter_window(cg->prog, t);
        cg->window_items = LLVMGetParam(cg->fn, (unsigned)t->func->nparams);
        cg->window_at = LLVMGetParam(cg->fn, (unsigned)t->func->nparams + 1);
        gen_body(cg, t->func);
        cg->window = NULL;
    }
}

/* The module's String constants, for String.intern's pool (every
 * function is generated by now: no constant comes after). */
static void register_literals(Codegen *cg) {
    LLVMTypeRef pt = cg_ptr_type(cg);
    LLVMValueRef *items = xalloc(sizeof(LLVMValueRef) * (size_t)(cg->nstrings + 1));
    for (int i = 0; i < cg->nstrings; i++) items[i] = cg->strings[i].global;
    LLVMValueRef init = LLVMConstArray(pt, items, (unsigned)cg->nstrings);
    LLVMValueRef table = LLVMAddGlobal(cg->mod, LLVMTypeOf(init), "string.literals");
    LLVMSetInitializer(table, init);
    LLVMSetGlobalConstant(table, true);
    LLVMSetLinkage(table, LLVMPrivateLinkage);
    LLVMValueRef args[2] = {table, cg_i32c(cg, cg->nstrings)};
    cg_call_rt(cg, "lime_rt_string_literals", LLVMVoidTypeInContext(cg->ctx), args, 2, false);
}

/* int main(argc, argv): start the runtime, run static initialisers, call
 * main(String[]), flush and exit 0. */
static void gen_entry(Codegen *cg, IrProgram *p) {
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMTypeRef params[2] = {i32, cg_ptr_type(cg)};
    LLVMValueRef fn = LLVMAddFunction(cg->mod, "main", LLVMFunctionType(i32, params, 2, false));
    cg->fn = fn;
    LLVMPositionBuilderAtEnd(cg->b, cg_new_bb(cg, "entry"));
    LLVMValueRef args[2] = {LLVMGetParam(fn, 0), LLVMGetParam(fn, 1)};
    LLVMValueRef jargs = cg_call_rt(cg, "lime_start", cg_ptr_type(cg), args, 2, false);
    register_literals(cg);
    cg_call_fn(cg, cg_function(cg, p->clinit), NULL, 0);
    cg_call_fn(cg, cg_function(cg, p->main), &jargs, 1);
    LLVMValueRef status = cg_call_rt(cg, "lime_finish", i32, NULL, 0, false);
    LLVMBuildRet(cg->b, status);
}

void cg_program(Codegen *cg, IrProgram *p) {
    cg->prog = p;
    cg_debug_begin(cg, p);
    for (int i = 0; i < p->funcs.len; i++) cg_function(cg, p->funcs.items[i]);
    for (int i = 0; i < p->funcs.len; i++) gen_function(cg, p->funcs.items[i]);
    gen_window_functions(cg);
    cg_runtime_hooks(cg, p);
    if (p->main) gen_entry(cg, p);
    cg_debug_finish(cg);
}
