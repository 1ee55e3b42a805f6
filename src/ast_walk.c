/* ast_walk.c: visiting an AST node's sub-nodes, for the passes that look
 * at every node below a body (npe.c, clinit.c). */
#include "front.h"

void ast_each_child(Node *n, void (*visit)(Node *child, void *ctx), void *ctx) {
    Node *one[] = {n->lhs, n->rhs, n->cond, n->then, n->els, n->body, n->finally_blk};
    for (int i = 0; i < (int)(sizeof one / sizeof one[0]); i++)
        if (one[i]) visit(one[i], ctx);
    Vec *vs[] = {&n->args, &n->stmts, &n->update};
    for (int k = 0; k < 3; k++)
        for (int i = 0; i < vs[k]->len; i++)
            if (vs[k]->items[i]) visit(vs[k]->items[i], ctx);
    for (int i = 0; i < n->vars.len; i++) {
        Node *init = ((LocalVar *)n->vars.items[i])->init;
        if (init) visit(init, ctx);
    }
    for (int i = 0; i < n->cases.len; i++) {
        SwitchCase *c = n->cases.items[i];
        for (int j = 0; j < c->stmts.len; j++) visit(c->stmts.items[j], ctx);
    }
    for (int i = 0; i < n->catches.len; i++) visit(((CatchClause *)n->catches.items[i])->body, ctx);
}
