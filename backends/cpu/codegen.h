/* codegen.h: state shared by the CPU backend's files. */
#ifndef LIME_CPU_CODEGEN_H
#define LIME_CPU_CODEGEN_H

#include "cpu.h"

#include <llvm-c/Core.h>
#include <llvm-c/Target.h>

typedef struct CgString {
    const char *bytes;
    int len;
    LLVMValueRef global;
} CgString;

typedef struct CgClass {
    ClassDecl *cls;
    LLVMTypeRef type;          /* { ptr cls, fields... } */
    LLVMValueRef descriptor;   /* LimeClass { name, size } */
} CgClass;

typedef struct CgLabel {
    LLVMBasicBlockRef cont;    /* LOOP: where `continue` goes */
    LLVMBasicBlockRef exit;    /* where `break` goes */
} CgLabel;

typedef struct Codegen {
    LLVMContextRef ctx;
    LLVMModuleRef mod;
    LLVMBuilderRef b;
    LLVMTargetDataRef td;
    /* the function being generated */
    LLVMValueRef fn;
    LLVMValueRef *temps;       /* by temp number */
    Type **temp_types;
    LLVMValueRef *locals;      /* allocas by local id */
    CgLabel *labels;           /* by label number */
    /* interned module-level things */
    CgString *strings;
    int nstrings, cap_strings;
    CgClass *classes;
    int nclasses, cap_classes;
} Codegen;

/* codegen.c */
void cg_program(Codegen *cg, IrProgram *p);
LLVMTypeRef cg_value_type(Codegen *cg, Type *t);
LLVMValueRef cg_function(Codegen *cg, IrFunc *f);
LLVMValueRef cg_static_global(Codegen *cg, FieldDecl *f);
LLVMTypeRef cg_class_struct(Codegen *cg, ClassDecl *c);
LLVMValueRef cg_runtime_fn(Codegen *cg, const char *name, LLVMTypeRef ret, LLVMTypeRef *params, int n, bool noreturn);

#endif
