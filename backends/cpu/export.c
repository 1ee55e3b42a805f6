/* export.c: a Lime library's C interface (limec --emit=lib): which public
 * static methods C can call, a C-ABI function for each (LLVM), and the
 * header declaring them.
 *
 * A method is exported when it is public and static, in a class of the
 * program (not the library, not generic), and every parameter and its
 * result are C-expressible: a primitive (bool, int8_t .. double), a
 * primitive array T[] or value array T[[]] / T[[N]] of a primitive or of an
 * exportable value class (LimeArray *), or an exportable value class (a
 * value class whose fields are primitives or exportable value classes:
 * a C struct, fields in declaration order, each at its natural alignment,
 * the layout the CPU backend gives it).  Its C name is lime_ + the class's
 * full name with '_' for '.' + '_' + the method's name:
 * p.Kernels.saxpy -> lime_p_Kernels_saxpy.  A value class parameter is
 * passed as a const pointer; a value class result is written through a
 * last parameter `result` (the function returns void).
 *
 * Each exported function: lime_rt_c_call_begin (the runtime started,
 * the previous exception forgotten); a try around the whole call; the
 * program's static initialisers on the first call of any exported
 * function; the method; on a throw, lime_rt_c_call_caught and a zero
 * result.  Every other method is listed in a comment of the header with
 * the reason it is not exported. */
#include "codegen.h"

#include <ctype.h>
#include <string.h>

typedef struct Export {
    IrFunc *f;
    const char *cname;
} Export;

/* "lime_p_Kernels_P": a C identifier for a class */
static const char *c_class_name(ClassDecl *c) {
    char *s = xprintf("lime_%s", class_full_name(c));
    for (char *p = s; *p; p++)
        if (*p == '.' || *p == '$') *p = '_';
    return s;
}

static const char *c_primitive(Type *t) {
    switch (t->kind) {
    case TY_BOOLEAN: return "bool";
    case TY_BYTE: return "int8_t";
    case TY_SHORT: return "int16_t";
    case TY_CHAR: return "uint16_t";
    case TY_INT: return "int32_t";
    case TY_LONG: return "int64_t";
    case TY_FLOAT: return "float";
    case TY_DOUBLE: return "double";
    default: return NULL;
    }
}

/* A value class C can hold: every instance field a primitive or such a
 * value class (no reference: the struct lives outside the collector's
 * view). */
static bool exportable_value(ClassDecl *c) {
    if (!c->is_value) return false;
    for (int i = 0; i < c->fields.len; i++) {
        FieldDecl *f = c->fields.items[i];
        if (f->mods & MOD_STATIC) continue;
        if (c_primitive(f->ty)) continue;
        if (f->ty->kind != TY_CLASS || !exportable_value(f->ty->cls)) return false;
    }
    return true;
}

static bool exportable_type(Type *t) {
    if (c_primitive(t)) return true;
    if (t->kind == TY_CLASS) return exportable_value(t->cls);
    if (t->kind == TY_ARRAY) return c_primitive(t->elem) != NULL;
    if (t->kind == TY_VALUE_ARRAY)
        return c_primitive(t->elem) || (t->elem->kind == TY_CLASS && exportable_value(t->elem->cls));
    return false;
}

static bool in_library(ClassDecl *c) {
    while (c->outer) c = c->outer;
    return c->is_library;
}

/* Why method f is not exported to C (NULL: it is). */
static const char *not_exported_because(IrFunc *f) {
    MethodDecl *m = f->decl;
    if (m->type_params.len) return "a generic method";
    for (int i = 0; i < f->nparams; i++) {
        IrLocal *l = f->locals.items[i];
        if (!exportable_type(l->ty)) return xprintf("parameter '%s' is a %s", l->name, type_name(l->ty));
    }
    if (f->ret != ty_void && !exportable_type(f->ret)) return xprintf("its result is a %s", type_name(f->ret));
    return NULL;
}

/* The program's own public static methods (not lambdas' bodies, not constructors). */
static bool is_candidate(IrFunc *f) {
    MethodDecl *m = f->decl;
    return m && f->is_static && !m->is_ctor && (m->mods & MOD_PUBLIC) && (m->mods & MOD_STATIC) &&
           !in_library(f->owner) && !f->owner->is_lambda && !f->native_symbol && !f->is_abstract;
}

/* Every exported method (Export*), in the program's order; NULL after
 * reporting two methods with one C name (C has no overloading). */
static Vec *collect_exports(IrProgram *p) {
    Vec *out = xalloc(sizeof *out);
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        if (!is_candidate(f) || not_exported_because(f)) continue;
        Export *e = xalloc(sizeof *e);
        e->f = f;
        e->cname = xprintf("%s_%s", c_class_name(f->owner), f->decl->name);
        for (int j = 0; j < out->len; j++) {
            Export *o = out->items[j];
            if (strcmp(o->cname, e->cname)) continue;
            error_at(f->decl->loc, "'%s' and '%s' would both be the C function '%s' (C has no overloading): rename one",
                     o->f->decl->sig, f->decl->sig, e->cname);
            return NULL;
        }
        vec_push(out, e);
    }
    return out;
}

/* ---- the C-ABI functions ------------------------------------------------ */

static LLVMTypeRef c_param_type(Codegen *cg, Type *t) {
    return t->kind == TY_CLASS ? cg_ptr_type(cg) : cg_value_type(cg, t);
}

/* signext/zeroext on a small integer, as C's ABI extends them */
static void add_extension(Codegen *cg, LLVMValueRef fn, unsigned index, Type *t) {
    const char *kind = t->kind == TY_BYTE || t->kind == TY_SHORT ? "signext"
                     : t->kind == TY_BOOLEAN || t->kind == TY_CHAR ? "zeroext" : NULL;
    if (!kind) return;
    unsigned k = LLVMGetEnumAttributeKindForName(kind, strlen(kind));
    LLVMAddAttributeAtIndex(fn, index, LLVMCreateEnumAttribute(cg->ctx, k, 0));
}

static LLVMTypeRef c_function_type(Codegen *cg, IrFunc *f, bool result_param) {
    LLVMTypeRef *params = xalloc(sizeof(LLVMTypeRef) * (size_t)(f->nparams + 2));
    for (int i = 0; i < f->nparams; i++) params[i] = c_param_type(cg, ((IrLocal *)f->locals.items[i])->ty);
    if (result_param) params[f->nparams] = cg_ptr_type(cg);
    LLVMTypeRef ret = result_param ? LLVMVoidTypeInContext(cg->ctx) : cg_value_type(cg, f->ret);
    return LLVMFunctionType(ret, params, (unsigned)(f->nparams + result_param), false);
}

static LLVMValueRef c_function(Codegen *cg, Export *e, bool result_param) {
    IrFunc *f = e->f;
    LLVMValueRef fn = LLVMAddFunction(cg->mod, e->cname, c_function_type(cg, f, result_param));
    for (int i = 0; i < f->nparams; i++) add_extension(cg, fn, (unsigned)i + 1, ((IrLocal *)f->locals.items[i])->ty);
    if (!result_param) add_extension(cg, fn, LLVMAttributeReturnIndex, f->ret);
    return fn;
}

/* The static initialisers, on the first call of any exported function
 * (inside its try: an exception there is that call's). */
static void run_initialisers_once(Codegen *cg, IrProgram *p) {
    if (!p->clinit) return;
    LLVMTypeRef i1 = LLVMInt1TypeInContext(cg->ctx);
    LLVMValueRef done = LLVMGetNamedGlobal(cg->mod, "lime.c_initialised");
    if (!done) {
        done = LLVMAddGlobal(cg->mod, i1, "lime.c_initialised");
        LLVMSetInitializer(done, LLVMConstNull(i1));
        LLVMSetLinkage(done, LLVMPrivateLinkage);
    }
    LLVMBasicBlockRef init = cg_new_bb(cg, "init"), go = cg_new_bb(cg, "call");
    LLVMBuildCondBr(cg->b, LLVMBuildLoad2(cg->b, i1, done, ""), go, init);
    LLVMPositionBuilderAtEnd(cg->b, init);
    LLVMBuildStore(cg->b, LLVMConstInt(i1, 1, false), done);
    cg_call_fn(cg, cg_function(cg, p->clinit), NULL, 0);
    LLVMBuildBr(cg->b, go);
    LLVMPositionBuilderAtEnd(cg->b, go);
}

/* The method called with the C arguments: its result (NULL: none to
 * return, or written through the result parameter). */
static LLVMValueRef call_method(Codegen *cg, IrProgram *p, Export *e, LLVMValueRef fn, bool result_param) {
    IrFunc *f = e->f;
    run_initialisers_once(cg, p);
    LLVMValueRef *args = xalloc(sizeof(LLVMValueRef) * (size_t)(f->nparams + 1));
    for (int i = 0; i < f->nparams; i++) {
        Type *t = ((IrLocal *)f->locals.items[i])->ty;
        args[i] = LLVMGetParam(fn, (unsigned)i);
        if (t->kind == TY_CLASS) args[i] = LLVMBuildLoad2(cg->b, cg_value_type(cg, t), args[i], "");
    }
    LLVMValueRef r = cg_call_fn(cg, cg_function(cg, f), args, f->nparams);
    if (!result_param) return f->ret == ty_void ? NULL : r;
    LLVMBuildStore(cg->b, r, LLVMGetParam(fn, (unsigned)f->nparams));
    return NULL;
}

static void gen_export(Codegen *cg, IrProgram *p, Export *e) {
    IrFunc *f = e->f;
    bool result_param = f->ret->kind == TY_CLASS;
    LLVMValueRef fn = c_function(cg, e, result_param);
    cg->fn = fn;
    LLVMTypeRef vt = LLVMVoidTypeInContext(cg->ctx);
    LLVMPositionBuilderAtEnd(cg->b, cg_new_bb(cg, "entry"));
    cg_call_rt(cg, "lime_rt_c_call_begin", vt, &cg->library, 1, false);
    LLVMValueRef thrown;
    LLVMValueRef h = cg_try_enter(cg, &thrown);
    LLVMBasicBlockRef body = cg_new_bb(cg, "try"), caught = cg_new_bb(cg, "caught");
    LLVMBuildCondBr(cg->b, thrown, caught, body);

    LLVMPositionBuilderAtEnd(cg->b, body);
    LLVMValueRef r = call_method(cg, p, e, fn, result_param);
    cg_call_rt(cg, "lime_try_leave", vt, &h, 1, false);
    if (r) LLVMBuildRet(cg->b, r);
    else LLVMBuildRetVoid(cg->b);

    LLVMPositionBuilderAtEnd(cg->b, caught);
    LLVMValueRef exc = cg_call_rt(cg, "lime_try_caught", cg_ptr_type(cg), &h, 1, false);
    cg_call_rt(cg, "lime_rt_c_call_caught", vt, &exc, 1, false);
    if (result_param || f->ret == ty_void) LLVMBuildRetVoid(cg->b);
    else LLVMBuildRet(cg->b, LLVMConstNull(cg_value_type(cg, f->ret)));
}

/* ---- the library's LimeLibrary ------------------------------------------ */

/* A library defines no global symbol but its exported functions: what
 * the runtime needs of it (an executable's global hooks, its manifest's
 * digest, its artifacts folder, its task count) is in its LimeLibrary, a
 * private global each exported function hands to lime_rt_c_call_begin.
 * So several libraries link into one C program, each with its own copy
 * of the Java library's classes (docs/build-systems.md). */
LLVMTypeRef cg_library_type(Codegen *cg) {
    LLVMTypeRef ptr = cg_ptr_type(cg), i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMTypeRef f[9] = {ptr, ptr, ptr, ptr, ptr, ptr, ptr, i32, i32};
    return LLVMStructTypeInContext(cg->ctx, f, 9, false);
}

void cg_library_begin(Codegen *cg) {
    cg->library = LLVMAddGlobal(cg->mod, cg_library_type(cg), "lime.library");
    LLVMSetLinkage(cg->library, LLVMPrivateLinkage);
}

static LLVMValueRef or_null(Codegen *cg, LLVMValueRef v) { return v ? v : LLVMConstNull(cg_ptr_type(cg)); }

/* Its fields: artifacts_dir is the library's artifacts folder (NULL: none) */
static void library_fields(Codegen *cg, IrProgram *p, const char *artifacts_dir) {
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    LLVMValueRef digest = LLVMGetNamedGlobal(cg->mod, "lime_manifest_sha256");
    if (digest) LLVMSetLinkage(digest, LLVMInternalLinkage);
    LLVMValueRef f[9] = {digest ? digest : cg_cstring(cg, ""), artifacts_dir ? cg_cstring(cg, artifacts_dir) : or_null(cg, NULL),
                         or_null(cg, cg->hooks[0]), or_null(cg, cg->hooks[1]), or_null(cg, cg->hooks[2]),
                         or_null(cg, cg->class_of_Class), or_null(cg, NULL), LLVMConstInt(i32, (unsigned)p->tasks.len, false),
                         LLVMConstInt(i32, (unsigned long long)-1, true)};
    LLVMSetInitializer(cg->library, LLVMConstStructInContext(cg->ctx, f, 9, false));
}

void *cg_exports(Codegen *cg, IrProgram *p, const char *artifacts_dir) {
    Vec *exports = collect_exports(p);
    if (!exports) return NULL;
    for (int i = 0; i < exports->len; i++) gen_export(cg, p, exports->items[i]);
    library_fields(cg, p, artifacts_dir);
    return exports;
}

/* ---- the header ------------------------------------------------------- */

/* A value class's struct, after those of its fields' value classes. */
static void put_struct(StrBuf *sb, ClassDecl *c, Vec *done) {
    for (int i = 0; i < done->len; i++)
        if (done->items[i] == c) return;
    vec_push(done, c);
    for (int i = 0; i < c->fields.len; i++) {
        FieldDecl *f = c->fields.items[i];
        if (!(f->mods & MOD_STATIC) && f->ty->kind == TY_CLASS) put_struct(sb, f->ty->cls, done);
    }
    const char *name = c_class_name(c);
    sb_printf(sb, "/* value class %s */\ntypedef struct %s {\n", class_full_name(c), name);
    for (int i = 0; i < c->fields.len; i++) {
        FieldDecl *f = c->fields.items[i];
        if (f->mods & MOD_STATIC) continue;
        const char *ct = c_primitive(f->ty) ? c_primitive(f->ty) : c_class_name(f->ty->cls);
        sb_printf(sb, "    %s %s;\n", ct, f->name);
    }
    sb_printf(sb, "} %s;\n\n", name);
}

/* The value classes a type names: itself, or a value array's elements. */
static ClassDecl *value_class_in(Type *t) {
    if (t->kind == TY_CLASS) return t->cls;
    if (t->kind == TY_VALUE_ARRAY && t->elem->kind == TY_CLASS) return t->elem->cls;
    return NULL;
}

static void put_structs(StrBuf *sb, Vec *exports) {
    Vec done = {0};
    for (int i = 0; i < exports->len; i++) {
        IrFunc *f = ((Export *)exports->items[i])->f;
        for (int j = 0; j <= f->nparams; j++) {
            Type *t = j < f->nparams ? ((IrLocal *)f->locals.items[j])->ty : f->ret;
            ClassDecl *c = value_class_in(t);
            if (c) put_struct(sb, c, &done);
        }
    }
}

static const char *c_param(Type *t, const char *name) {
    if (t->kind == TY_CLASS) return xprintf("const %s *%s", c_class_name(t->cls), name);
    if (c_primitive(t)) return xprintf("%s %s", c_primitive(t), name);
    return xprintf("LimeArray *%s /* %s */", name, type_name(t));
}

static void put_function(StrBuf *sb, Export *e) {
    IrFunc *f = e->f;
    bool result_param = f->ret->kind == TY_CLASS;
    const char *ret = f->ret == ty_void || result_param ? "void"
                    : c_primitive(f->ret) ? c_primitive(f->ret) : "LimeArray *";
    sb_printf(sb, "/* static %s %s.%s */\n", type_name(f->ret), class_full_name(f->owner), f->decl->sig);
    sb_printf(sb, "%s%s%s(", ret, ret[strlen(ret) - 1] == '*' ? "" : " ", e->cname);
    for (int i = 0; i < f->nparams; i++) {
        IrLocal *l = f->locals.items[i];
        sb_printf(sb, "%s%s", i ? ", " : "", c_param(l->ty, l->name));
    }
    if (result_param) sb_printf(sb, "%s%s *lime_result", f->nparams ? ", " : "", c_class_name(f->ret->cls));
    if (!f->nparams && !result_param) sb_puts(sb, "void");
    sb_puts(sb, ");\n\n");
}

/* The public static methods that stay Lime's only, with why. */
static void put_not_exported(StrBuf *sb, IrProgram *p) {
    bool any = false;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        const char *why = is_candidate(f) ? not_exported_because(f) : NULL;
        if (!why) continue;
        if (!any) sb_puts(sb, "/* Not exported (C cannot pass what they take or return):\n");
        any = true;
        sb_printf(sb, " *   %s.%s: %s\n", class_full_name(f->owner), f->decl->sig, why);
    }
    if (any) sb_puts(sb, " */\n\n");
}

static const char *include_guard(const char *header) {
    const char *slash = strrchr(header, '/');
    StrBuf sb = {0};
    sb_puts(&sb, "LIME_");
    for (const char *c = slash ? slash + 1 : header; *c; c++)
        sb_putc(&sb, isalnum((unsigned char)*c) ? (char)toupper((unsigned char)*c) : '_');
    return sb_str(&sb);
}

bool cpu_write_header(IrProgram *p, void *exports, const char *header, const char *library, const char *libs) {
    StrBuf sb = {0};
    if (strrchr(library, '/')) library = strrchr(library, '/') + 1;
    const char *guard = include_guard(header);
    sb_printf(&sb,
              "/* The C interface of the Lime library %s, written by limec --emit=lib.\n"
              " * Link: cc prog.c %s $(pkg-config --libs lime)%s   (docs/build-systems.md)\n"
              " * Each function starts the runtime if lime_init() was not called.  A Java\n"
              " * exception ends a call: it returns 0 (NULL, false; no result written)\n"
              " * and lime_exception() says which (runtime/lime.h). */\n"
              "#ifndef %s\n#define %s\n\n#include <stdbool.h>\n#include <stdint.h>\n#include <lime.h>\n\n"
              "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n",
              library, library, libs, guard, guard);
    put_structs(&sb, exports);
    Vec *ex = exports;
    for (int i = 0; i < ex->len; i++) put_function(&sb, ex->items[i]);
    put_not_exported(&sb, p);
    sb_printf(&sb, "#ifdef __cplusplus\n}\n#endif\n#endif /* %s */\n", guard);
    return write_text_file(header, sb_str(&sb));
}
