/* kept.c: which map results may stay on a device, never read back
 * (runtime/lime.h's lime_device_map_kept; docs/runtime.md, "Data kept on
 * the device").
 *
 * A map instruction's result is *kept* when the host never reads its
 * elements: every use of its temp is
 *   - an operand of a MAP (mapped, or taken whole) or the array of a REDUCE,
 *   - a CHECK_NULL or ARRAY_LEN (the header is always on the host) whose
 *     result is used only so, or
 *   - the one STORE_LOCAL of a local that is not a parameter and has no
 *     other store, every LOAD_LOCAL of which is used only so.
 * Anything else (a return, a field or array store, a call, a print, a
 * graph's source, an element read) keeps the result on the host as before.
 * Only maps a device backend accepted are offered to a device (and so can
 * be kept).
 *
 * Guarantees to the code generator: cg->maybe_kept[t] is set for every
 * temp that may hold a kept array (the map's result, the loads of its
 * local and their checks): the CPU path of a task taking such a temp calls
 * lime_device_host on it first (map.c, reduce.c), so no CPU code reads the
 * elements a device left unread.  cg->kept_last[t] is set when the
 * instruction using temp t is the array's last reader, certainly: the map,
 * its one load (if any) and that one consuming task are in the same block
 * (so no loop runs the consumer again without the map), in that order;
 * codegen then calls lime_device_release after the consumer, so that the
 * device frees its copy at once rather than when the collector finds the
 * array dead. */
#include "codegen.h"

typedef struct Site {
    IrInst *in;
    IrBlock *blk;
    int index;
} Site;

typedef struct Kept {
    Site **def;            /* by temp: the instruction that defines it */
    Vec *users;            /* by temp: Site* of each instruction naming it (once per operand) */
    Vec *stores, *loads;   /* by local id: Site* */
} Kept;

static void note(Kept *k, IrInst *in, IrBlock *blk, int index) {
    Site *s = xalloc(sizeof *s);
    *s = (Site){in, blk, index};
    if (in->dst >= 0) k->def[in->dst] = s;
    for (int a = 0; a < in->nargs; a++) vec_push(&k->users[in->args[a]], s);
    if (in->op == IR_STORE_LOCAL) vec_push(&k->stores[in->local->id], s);
    if (in->op == IR_LOAD_LOCAL) vec_push(&k->loads[in->local->id], s);
}

static void walk(Kept *k, IrBlock *b) {
    if (!b) return;
    for (int i = 0; i < b->len; i++) {
        IrInst *in = b->insts[i];
        note(k, in, b, i);
        walk(k, in->then_blk);
        walk(k, in->else_blk);
        walk(k, in->body_blk);
        walk(k, in->cont_blk);
        for (int a = 0; a < in->narms; a++) walk(k, in->arms[a].body);
    }
}

/* The walk of one array's uses: the temps it passes through are marked in
 * maybe (when not NULL); consumer and through: the last consuming task
 * instruction found and the temp it takes the array as, counted in
 * nconsumers (3 more for one that is not certainly after the map in its
 * block: never the last reader certainly); store: the one STORE_LOCAL
 * allowed (of the map's result itself). */
typedef struct Walk {
    bool *maybe;
    Site *consumer, *store;
    int through, nconsumers;
} Walk;

/* Whether every use of temp t is a task's operand, through checks and
 * length reads (or, when store_ok, one store into a local); blk and from:
 * where a use counts as "here" (in blk after index from; blk NULL: none). */
static bool task_uses_only(Kept *k, Walk *w, int t, bool store_ok, IrBlock *blk, int from) {
    if (w->maybe) w->maybe[t] = true;
    Vec *u = &k->users[t];
    for (int i = 0; i < u->len; i++) {
        Site *s = u->items[i];
        bool here = s->blk == blk && s->index > from;
        switch (s->in->op) {
        case IR_MAP:
        case IR_REDUCE:
            w->nconsumers += here ? 1 : 3;
            w->consumer = s;
            w->through = t;
            break;
        case IR_ARRAY_LEN:
            break;
        case IR_CHECK_NULL:
            if (!task_uses_only(k, w, s->in->dst, false, here ? blk : NULL, s->index)) return false;
            break;
        case IR_STORE_LOCAL:
            if (!store_ok || w->store) return false;
            w->store = s;
            break;
        default:
            return false;
        }
    }
    return true;
}

/* The walk of all the uses of map m's result (its site): false when one
 * is not a task's operand. */
static bool walk_uses(Kept *k, Walk *w, Site *m, IrFunc *f) {
    if (!task_uses_only(k, w, m->in->dst, true, m->blk, m->index)) return false;
    if (!w->store) return true;
    IrLocal *via = w->store->in->local;
    if (via->is_param || via->id < f->nparams || k->stores[via->id].len != 1) return false;
    Vec *loads = &k->loads[via->id];
    Site *store = w->store;
    /* the one load after the store in the map's block: its consumer there may be the last reader */
    bool one_here = loads->len == 1 && store->blk == m->blk && ((Site *)loads->items[0])->blk == m->blk &&
                    ((Site *)loads->items[0])->index > store->index;
    /* a direct use beside the store is never certainly the last */
    if (w->nconsumers) w->nconsumers += 3;
    for (int i = 0; i < loads->len; i++) {
        Site *l = loads->items[i];
        if (!task_uses_only(k, w, l->in->dst, false, one_here ? l->blk : NULL, l->index)) return false;
    }
    return true;
}

/* Map m (its site) is kept when it passes walk_uses: sets what the header says. */
static void consider(Codegen *cg, Kept *k, Site *m, IrFunc *f) {
    IrInst *map = m->in;
    if (map->dst < 0 || map->ty->kind != TY_VALUE_ARRAY || !task_offered(map->task)) return;
    Walk w = {NULL, NULL, NULL, -1, 0};
    if (!walk_uses(k, &w, m, f)) return;
    w = (Walk){cg->maybe_kept, NULL, NULL, -1, 0};
    bool ok = walk_uses(k, &w, m, f);
    LIME_ASSERT(ok);
    cg->kept_maps = xrealloc_arr(cg->kept_maps, (size_t)cg->nkept_maps, (size_t)cg->nkept_maps + 1, sizeof(IrInst *));
    cg->kept_maps[cg->nkept_maps++] = map;
    if (w.nconsumers == 1 && w.through >= 0) cg->kept_last[w.through] = true; /* (a temp of this array only) */
}

void cg_find_kept(Codegen *cg, IrFunc *f) {
    cg->maybe_kept = xalloc(sizeof(bool) * (size_t)(f->ntemps + 1));
    cg->kept_last = xalloc(sizeof(bool) * (size_t)(f->ntemps + 1));
    cg->nkept_maps = 0;
    cg->kept_maps = NULL;
    Kept k = {xalloc(sizeof(Site *) * (size_t)(f->ntemps + 1)), xalloc(sizeof(Vec) * (size_t)(f->ntemps + 1)),
              xalloc(sizeof(Vec) * (size_t)(f->locals.len + 1)), xalloc(sizeof(Vec) * (size_t)(f->locals.len + 1))};
    walk(&k, f->body);
    for (int t = 0; t < f->ntemps; t++)
        if (k.def[t] && k.def[t]->in->op == IR_MAP) consider(cg, &k, k.def[t], f);
}

bool cg_is_kept(Codegen *cg, IrInst *map) {
    for (int i = 0; i < cg->nkept_maps; i++)
        if (cg->kept_maps[i] == map) return true;
    return false;
}

/* lime_device_host(v) for each operand of o that may be kept on a device. */
void cg_host_operands(Codegen *cg, CgOperands *o, int n) {
    if (!o->kept) return;
    for (int k = 0; k < n; k++)
        if (o->kept[k]) cg_host_array(cg, o->vals[k]);
}

void cg_host_array(Codegen *cg, LLVMValueRef arr) {
    cg_call_rt(cg, "lime_device_host", LLVMVoidTypeInContext(cg->ctx), &arr, 1, false);
}
