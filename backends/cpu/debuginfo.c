/* debuginfo.c: DWARF line tables for the program, which the runtime reads
 * back to print Java's stack traces (runtime/trace.c) and which let a
 * debugger map code to Lime lines.
 *
 * Every function limec compiles has a DISubprogram.  Its name is the frame
 * as the JVM prints it ("p.Outer$Inner.method", "Main.<init>",
 * "Main.lambda$main$0"), its file the source file of its class, and the
 * code of each IR instruction has that instruction's line.  Functions that
 * are no frame of the JVM's (the library's methods, method-reference
 * bridges, the static initialisers, task drivers, the C entry) have
 * artificial subprograms named "<hidden> symbol", which stack traces skip.  The unit is DW_LANG_Java
 * (the runtime's own C is not).  Emission is full (line tables only would
 * leave out the subprograms that have nothing inlined): subprograms,
 * inlined subroutines and lines; with -g also the parameters and locals of
 * the JVM's frames with their Java types (primitives as DWARF base types,
 * references as pointers to a structure named as the Java type, whose
 * members are not described).
 *
 * Every defined function also keeps a frame pointer, so that the runtime
 * can walk the stack cheaply when a Throwable is made. */
#include "codegen.h"

#include <libgen.h>
#include <string.h>

#include <llvm-c/DebugInfo.h>

static LLVMMetadataRef file_of(Codegen *cg, SourceFile *sf) {
    const char *path = sf ? sf->name : "<none>";
    char *d = xstrdup(path), *b = xstrdup(path);
    const char *dir = dirname(d), *base = basename(b);
    return LLVMDIBuilderCreateFile(cg->dib, base, strlen(base), dir, strlen(dir));
}

void cg_debug_begin(Codegen *cg, IrProgram *p) {
    cg->dib = LLVMCreateDIBuilderDisallowUnresolved(cg->mod);
    SourceFile *main_file = p->main && p->main->loc.file ? p->main->loc.file : NULL;
    cg->di_file = file_of(cg, main_file);
    static const char producer[] = "limec";
    cg->di_unit = LLVMDIBuilderCreateCompileUnit(cg->dib, LLVMDWARFSourceLanguageJava, cg->di_file, producer, sizeof producer - 1,
                                                 true, "", 0, 0, "", 0, LLVMDWARFEmissionFull, 0, false, false,
                                                 "", 0, "", 0);
    cg->di_type = LLVMDIBuilderCreateSubroutineType(cg->dib, cg->di_file, NULL, 0, LLVMDIFlagZero);
    LLVMTypeRef i32 = LLVMInt32TypeInContext(cg->ctx);
    static const char version[] = "Debug Info Version", dwarf[] = "Dwarf Version";
    LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, version, sizeof version - 1,
                      LLVMValueAsMetadata(LLVMConstInt(i32, LLVMDebugMetadataVersion(), false)));
    LLVMAddModuleFlag(cg->mod, LLVMModuleFlagBehaviorWarning, dwarf, sizeof dwarf - 1,
                      LLVMValueAsMetadata(LLVMConstInt(i32, 4, false)));
}

/* The JVM's name of f's frame, or NULL: f is no frame of the JVM's. */
static const char *frame_name(IrFunc *f) {
    ClassDecl *c = f->owner;
    if (c && c->clinit == f) return xprintf("%s.<clinit>", cg_binary_name(c));
    if (!c || c->is_library || !f->decl) return NULL;
    if (c->is_lambda)
        return c->lambda_method ? xprintf("%s.%s", cg_binary_name(c->lambda_host), c->lambda_method) : NULL;
    return xprintf("%s.%s", cg_binary_name(c), f->decl->is_ctor ? "<init>" : f->decl->name);
}

static LLVMMetadataRef subprogram(Codegen *cg, LLVMValueRef fn, const char *name, LLVMMetadataRef file, int line,
                                  bool artificial) {
    size_t len;
    const char *linkage = LLVMGetValueName2(fn, &len);
    /* a hidden frame's name starts with '<', which no class name can */
    if (!name) name = xprintf("<hidden> %s", linkage);
    LLVMMetadataRef sp = LLVMDIBuilderCreateFunction(cg->dib, file, name, strlen(name), linkage, len, file, (unsigned)line,
                                                     cg->di_type, true, true, (unsigned)line,
                                                     artificial ? LLVMDIFlagArtificial : LLVMDIFlagZero, true);
    LLVMSetSubprogram(fn, sp);
    return sp;
}

void cg_debug_function(Codegen *cg, IrFunc *f) {
    const char *name = frame_name(f);
    LLVMMetadataRef file = f->loc.file ? file_of(cg, f->loc.file) : cg->di_file;
    cg->di_scope = subprogram(cg, cg->fn, name, file, f->loc.line > 0 ? f->loc.line : 0, name == NULL);
    cg->di_frame = name != NULL;
    LLVMSetCurrentDebugLocation2(cg->b, NULL);
}

/* A DWARF base type: its name, bits and encoding (DW_ATE_*). */
static LLVMMetadataRef base_type(Codegen *cg, const char *name, unsigned bits, unsigned encoding) {
    return LLVMDIBuilderCreateBasicType(cg->dib, name, strlen(name), bits, encoding, LLVMDIFlagZero);
}

enum { DW_ATE_boolean = 2, DW_ATE_float = 4, DW_ATE_signed = 5, DW_ATE_unsigned_char = 8 };

/* The DWARF type of a Java type, as gdb should print a value of it. */
static LLVMMetadataRef debug_type(Codegen *cg, Type *t) {
    switch (t->kind) {
    case TY_BOOLEAN: return base_type(cg, "boolean", 8, DW_ATE_boolean);
    case TY_BYTE: return base_type(cg, "byte", 8, DW_ATE_signed);
    case TY_SHORT: return base_type(cg, "short", 16, DW_ATE_signed);
    case TY_CHAR: return base_type(cg, "char", 16, DW_ATE_unsigned_char);
    case TY_INT: return base_type(cg, "int", 32, DW_ATE_signed);
    case TY_LONG: return base_type(cg, "long", 64, DW_ATE_signed);
    case TY_FLOAT: return base_type(cg, "float", 32, DW_ATE_float);
    case TY_DOUBLE: return base_type(cg, "double", 64, DW_ATE_float);
    default: break;
    }
    const char *name = type_name(t);
    LLVMMetadataRef target = LLVMDIBuilderCreateStructType(cg->dib, cg->di_unit, name, strlen(name), cg->di_file, 0, 0, 0,
                                                           LLVMDIFlagFwdDecl, NULL, NULL, 0, 0, NULL, "", 0);
    return LLVMDIBuilderCreatePointerType(cg->dib, target, 64, 0, 0, "", 0);
}

void cg_debug_local(Codegen *cg, IrFunc *f, IrLocal *l, LLVMValueRef slot) {
    bool value_type = l->ty->kind <= TY_DOUBLE || l->ty->kind == TY_STRING || l->ty->kind == TY_OBJECT ||
                      l->ty->kind == TY_CLASS || l->ty->kind == TY_ARRAY;
    if (!cg->debug_locals || !cg->di_frame || !value_type || !l->name || strchr(l->name, '$')) return;
    unsigned line = f->loc.line > 0 ? (unsigned)f->loc.line : 0;
    LLVMMetadataRef file = LLVMDIScopeGetFile(cg->di_scope), type = debug_type(cg, l->ty);
    LLVMMetadataRef var =
        l->is_param ? LLVMDIBuilderCreateParameterVariable(cg->dib, cg->di_scope, l->name, strlen(l->name), (unsigned)l->id + 1,
                                                           file, line, type, true, LLVMDIFlagZero)
                    : LLVMDIBuilderCreateAutoVariable(cg->dib, cg->di_scope, l->name, strlen(l->name), file, line, type, true,
                                                      LLVMDIFlagZero, 0);
    LLVMMetadataRef at = LLVMDIBuilderCreateDebugLocation(cg->ctx, line, 0, cg->di_scope, NULL);
    LLVMDIBuilderInsertDeclareAtEnd(cg->dib, slot, var, LLVMDIBuilderCreateExpression(cg->dib, NULL, 0), at,
                                    LLVMGetInsertBlock(cg->b));
}

void cg_debug_line(Codegen *cg, Loc loc) {
    if (!cg->di_scope || loc.line <= 0) return;
    LLVMSetCurrentDebugLocation2(cg->b, LLVMDIBuilderCreateDebugLocation(cg->ctx, (unsigned)loc.line, (unsigned)loc.col,
                                                                         cg->di_scope, NULL));
}

void cg_debug_end_function(Codegen *cg) {
    cg->di_scope = NULL;
    LLVMSetCurrentDebugLocation2(cg->b, NULL);
}

/* Two calls of one function at different lines must stay two calls: the
 * optimiser would merge them (the throws of two bounds checks, say) into
 * one whose line is 0, and the JVM's trace names the line. */
static void keep_call_site(Codegen *cg, LLVMValueRef call) {
    LLVMValueRef callee = LLVMGetCalledValue(call);
    if (LLVMIsAFunction(callee) && LLVMGetIntrinsicID(callee) != 0) return;
    static unsigned nomerge;
    if (!nomerge) nomerge = LLVMGetEnumAttributeKindForName("nomerge", 7);
    LLVMAddCallSiteAttribute(call, LLVMAttributeFunctionIndex, LLVMCreateEnumAttribute(cg->ctx, nomerge, 0));
}

/* Every defined function gets a subprogram (artificial where it has none)
 * and a frame pointer; a location made while another function was being
 * generated moves into the function's own subprogram, and a call without
 * a location gets one (LLVM requires it where the callee may be inlined). */
static void finish_function(Codegen *cg, LLVMValueRef fn) {
    static const char key[] = "frame-pointer", value[] = "all";
    LLVMAddAttributeAtIndex(fn, LLVMAttributeFunctionIndex,
                            LLVMCreateStringAttribute(cg->ctx, key, sizeof key - 1, value, sizeof value - 1));
    LLVMMetadataRef sp = LLVMGetSubprogram(fn);
    bool made_here = !sp; /* a driver or bridge: its code has no line of its own */
    if (made_here) sp = subprogram(cg, fn, NULL, cg->di_file, 0, true);
    LLVMMetadataRef fallback = LLVMDIBuilderCreateDebugLocation(cg->ctx, 0, 0, sp, NULL);
    for (LLVMBasicBlockRef bb = LLVMGetFirstBasicBlock(fn); bb; bb = LLVMGetNextBasicBlock(bb))
        for (LLVMValueRef in = LLVMGetFirstInstruction(bb); in; in = LLVMGetNextInstruction(in)) {
            LLVMMetadataRef loc = LLVMInstructionGetDebugLoc(in);
            if (loc && LLVMDILocationGetScope(loc) != sp)
                LLVMInstructionSetDebugLoc(in, made_here ? fallback
                                               : LLVMDIBuilderCreateDebugLocation(cg->ctx, LLVMDILocationGetLine(loc), 0, sp, NULL));
            else if (!loc && LLVMIsACallInst(in))
                LLVMInstructionSetDebugLoc(in, fallback);
            if (LLVMIsACallInst(in)) keep_call_site(cg, in);
        }
}

void cg_debug_finish(Codegen *cg) {
    for (LLVMValueRef fn = LLVMGetFirstFunction(cg->mod); fn; fn = LLVMGetNextFunction(fn))
        if (LLVMCountBasicBlocks(fn) > 0) finish_function(cg, fn);
    LLVMDIBuilderFinalize(cg->dib);
    LLVMDisposeDIBuilder(cg->dib);
    cg->dib = NULL;
}
