/* statics.c: the static fields a task's body reads.
 *
 * A device that runs a map's body cannot read the program's static
 * fields, but nothing can change them while the map runs (the body may not
 * store into one: backends/gpu/accept.c; the program's one Java thread
 * waits for the map), so the host reads each at the call and passes its
 * value as an operand after the task's own.  The host and the device code
 * agree on the order through this list.  A class's initialisation check
 * reads its init_state (lower.c: initialise) and calls its initialise
 * procedure only when the class is not initialised yet; the host offers
 * the call only when every init_state read is initialised or being
 * initialised (JLS 12.4.2: then the procedure returns at once), so on the
 * device the procedure is never called and is not compiled.  (Today a
 * class that local code names is initialised at startup, src/clinit.c, so
 * a task's body starts no initialisation; the check keeps the device
 * correct should that change.) */
#include "ir.h"

bool ir_is_initialise(const IrFunc *f) { return f->owner && f == f->owner->initialise; }

typedef struct StaticWalk {
    Vec fields;   /* FieldDecl*, each once, in first-read order */
    Vec seen;     /* IrFunc* walked */
} StaticWalk;

static void walk_func(StaticWalk *w, IrFunc *f);

static void note_static(IrInst *in, void *ctx) {
    StaticWalk *w = ctx;
    if (in->op == IR_CALL && !ir_is_initialise(in->callee)) walk_func(w, in->callee);
    if (in->op != IR_LOAD_STATIC) return;
    for (int i = 0; i < w->fields.len; i++)
        if (w->fields.items[i] == in->field) return;
    vec_push(&w->fields, in->field);
}

static void walk_func(StaticWalk *w, IrFunc *f) {
    for (int i = 0; i < w->seen.len; i++)
        if (w->seen.items[i] == f) return;
    vec_push(&w->seen, f);
    ir_walk(f->body, note_static, w);
}

Vec ir_task_static_reads(IrTask *t) {
    StaticWalk w = {0};
    if (t->kind == TASK_MAP && t->func && !t->nchain) walk_func(&w, t->func);
    return w.fields;
}
