/* store.c: the artifact store's descriptors (artifacts/README.md), read
 * with libyaml on first use.
 *
 * For each `implements:` entry of an operator descriptor the backend keeps
 * one StoreImpl: the module, its parameter overrides, the output port, the
 * operand ports in the order the descriptor lists them (clock, reset, clock
 * enable and valid ports are not operands) and the latency, evaluated with
 * those parameters.
 *
 * Requires $LIME_STORE (else PREFIX/share/lime/artifacts).  Guarantees:
 * the lookups never fail loudly: a missing or unreadable descriptor is a
 * NULL answer with why (the task is then rejected, named).  Calls no
 * other file of the backend. */
#include "fpga.h"

#include <ctype.h>
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

typedef struct Entry {
    const char *op, *type;
    StoreImpl impl;
} Entry;

/* The descriptors, read once per process: configuration of the store
 * ($LIME_STORE), the same for every program, not an analysis of one (that
 * is in FpgaProgram, accept.c). */
static bool loaded;
static Vec entries;        /* Entry* */
static Vec modules;        /* StoreImpl* one per module at its default parameters */
static const char *load_error;

const char *fpga_store_dir(void) {
    const char *env = getenv("LIME_STORE");
    if (env && *env) return env;
    return xprintf("%s/artifacts", lime_data_dir());
}

static yaml_node_t *get(yaml_document_t *doc, yaml_node_t *map, const char *key) {
    if (!map || map->type != YAML_MAPPING_NODE) return NULL;
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top; p++) {
        yaml_node_t *k = yaml_document_get_node(doc, p->key);
        if (k && k->type == YAML_SCALAR_NODE && !strcmp((char *)k->data.scalar.value, key))
            return yaml_document_get_node(doc, p->value);
    }
    return NULL;
}

static const char *str(yaml_node_t *n) {
    return n && n->type == YAML_SCALAR_NODE ? (const char *)n->data.scalar.value : NULL;
}

/* ---- latency expressions: integers, names, + - * /, parentheses, clog2 */

typedef struct Expr {
    const char *s;
    const char **names;
    long *values;
    int n;
    bool ok;
} Expr;

static long expr_sum(Expr *x);

static void skip_space(Expr *x) {
    while (isspace((unsigned char)*x->s)) x->s++;
}

static long expr_atom(Expr *x) {
    skip_space(x);
    if (*x->s == '(') {
        x->s++;
        long v = expr_sum(x);
        skip_space(x);
        if (*x->s == ')') x->s++;
        else x->ok = false;
        return v;
    }
    if (isdigit((unsigned char)*x->s)) return strtol(x->s, (char **)&x->s, 10);
    const char *start = x->s;
    while (isalnum((unsigned char)*x->s) || *x->s == '_') x->s++;
    size_t len = (size_t)(x->s - start);
    if (len == 5 && !strncmp(start, "clog2", 5)) {
        long v = expr_atom(x), r = 0;
        while ((1L << r) < v) r++;
        return r;
    }
    for (int i = 0; i < x->n; i++)
        if (strlen(x->names[i]) == len && !strncmp(x->names[i], start, len)) return x->values[i];
    x->ok = false;
    return 0;
}

static long expr_product(Expr *x) {
    long v = expr_atom(x);
    for (;;) {
        skip_space(x);
        char c = *x->s;
        if (c != '*' && c != '/') return v;
        x->s++;
        long r = expr_atom(x);
        if (c == '*') v *= r;
        else if (r) v /= r;
        else x->ok = false;
    }
}

static long expr_sum(Expr *x) {
    long v = expr_product(x);
    for (;;) {
        skip_space(x);
        char c = *x->s;
        if (c != '+' && c != '-') return v;
        x->s++;
        long r = expr_product(x);
        v = c == '+' ? v + r : v - r;
    }
}

/* ---- descriptors */

static bool is_control_port(const char *name) {
    return !strcmp(name, "clk") || !strcmp(name, "rst") || !strcmp(name, "ce") || !strcmp(name, "in_valid");
}

/* The module's parameters: defaults, then the entry's overrides. */
static int collect_params(yaml_document_t *doc, yaml_node_t *root, yaml_node_t *over, const char **names,
                          long *values, StrBuf *verilog) {
    int n = 0;
    yaml_node_t *ps = get(doc, root, "parameters");
    for (int i = 0; ps && ps->type == YAML_SEQUENCE_NODE && i < ps->data.sequence.items.top - ps->data.sequence.items.start && n < 8; i++) {
        yaml_node_t *p = yaml_document_get_node(doc, ps->data.sequence.items.start[i]);
        const char *name = str(get(doc, p, "name")), *def = str(get(doc, p, "default"));
        if (!name) continue;
        names[n] = name;
        values[n] = def ? strtol(def, NULL, 10) : 0;
        n++;
    }
    if (over && over->type == YAML_MAPPING_NODE) {
        for (yaml_node_pair_t *p = over->data.mapping.pairs.start; p < over->data.mapping.pairs.top; p++) {
            const char *k = str(yaml_document_get_node(doc, p->key));
            yaml_node_t *vn = yaml_document_get_node(doc, p->value);
            const char *v = str(vn);
            if (!k || !v) continue;
            bool quoted = vn->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE ||
                          vn->data.scalar.style == YAML_SINGLE_QUOTED_SCALAR_STYLE || !isdigit((unsigned char)v[0]);
            sb_printf(verilog, "%s.%s(%s%s%s)", sb_str(verilog)[0] ? ", " : "", k, quoted ? "\"" : "", v, quoted ? "\"" : "");
            for (int i = 0; i < n; i++)
                if (!strcmp(names[i], k) && !quoted) values[i] = strtol(v, NULL, 10);
        }
    }
    return n;
}

static bool fill_impl(yaml_document_t *doc, yaml_node_t *root, yaml_node_t *entry, const char *path, StoreImpl *im) {
    const char *name = str(get(doc, root, "name"));
    const char *file = str(get(doc, root, "file"));
    const char *latency = str(get(doc, root, "latency"));
    if (!name || !file || !latency) return false;
    im->module = xstrdup(name);
    char *dir = xstrdup(path);
    char *slash = strrchr(dir, '/');
    if (slash) *slash = 0;
    im->file = xprintf("%s/%s", dir, file);
    const char *names[8];
    long values[8];
    StrBuf over = {0};
    int n = collect_params(doc, root, entry ? get(doc, entry, "params") : NULL, names, values, &over);
    im->params = sb_str(&over)[0] ? xprintf("#(%s) ", sb_str(&over)) : "";
    Expr x = {latency, names, values, n, true};
    im->latency = (int)expr_sum(&x);
    if (!x.ok) return false;
    const char *output = entry ? str(get(doc, entry, "output")) : NULL;
    yaml_node_t *ports = get(doc, root, "ports");
    for (int i = 0; ports && ports->type == YAML_SEQUENCE_NODE && ports->data.sequence.items.start + i < ports->data.sequence.items.top; i++) {
        yaml_node_t *p = yaml_document_get_node(doc, ports->data.sequence.items.start[i]);
        const char *pn = str(get(doc, p, "name")), *dirn = str(get(doc, p, "direction"));
        if (!pn || !dirn || is_control_port(pn)) continue;
        if (!strcmp(dirn, "output") && !strcmp(pn, "busy")) {
            im->stalls = true;
            continue;
        }
        if (!strcmp(dirn, "input") && im->ninputs < 3) im->inputs[im->ninputs++] = xstrdup(pn);
        else if (!strcmp(dirn, "output") && !output && strcmp(pn, "out_valid") != 0) output = pn;
    }
    im->output = xstrdup(output ? output : "y");
    const char *kind = str(get(doc, root, "kind"));
    im->table = kind && !strcmp(kind, "table");
    return true;
}

static void load_file(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return;
    yaml_parser_t parser;
    yaml_document_t doc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_file(&parser, f);
    if (!yaml_parser_load(&parser, &doc)) {
        load_error = xprintf("%s: %s", path, parser.problem ? parser.problem : "not YAML");
        yaml_parser_delete(&parser);
        fclose(f);
        return;
    }
    yaml_node_t *root = yaml_document_get_root_node(&doc);
    StoreImpl *base = xalloc(sizeof *base);
    if (root && fill_impl(&doc, root, NULL, path, base)) vec_push(&modules, base);
    yaml_node_t *impls = get(&doc, root, "implements");
    for (int i = 0; impls && impls->type == YAML_SEQUENCE_NODE && impls->data.sequence.items.start + i < impls->data.sequence.items.top; i++) {
        yaml_node_t *en = yaml_document_get_node(&doc, impls->data.sequence.items.start[i]);
        const char *op = str(get(&doc, en, "op")), *type = str(get(&doc, en, "type"));
        if (!op || !type) continue;
        Entry *e = xalloc(sizeof *e);
        e->op = xstrdup(op);
        e->type = xstrdup(type);
        if (fill_impl(&doc, root, en, path, &e->impl)) vec_push(&entries, e);
    }
    yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
    fclose(f);
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void load(void) {
    if (loaded) return;
    loaded = true;
    const char *root = fpga_store_dir();
    DIR *top = opendir(root);
    if (!top) {
        load_error = xprintf("no artifact store at %s (set LIME_STORE)", root);
        return;
    }
    Vec paths = {0};
    struct dirent *de;
    while ((de = readdir(top))) {
        if (de->d_name[0] == '.') continue;
        char *sub = xprintf("%s/%s", root, de->d_name);
        DIR *d = opendir(sub);
        if (!d) continue;
        struct dirent *fe;
        while ((fe = readdir(d))) {
            size_t len = strlen(fe->d_name);
            if (len > 5 && !strcmp(fe->d_name + len - 5, ".yaml")) vec_push(&paths, xprintf("%s/%s", sub, fe->d_name));
        }
        closedir(d);
    }
    closedir(top);
    qsort(paths.items, (size_t)paths.len, sizeof(void *), cmp_names);   /* deterministic */
    for (int i = 0; i < paths.len; i++) load_file(paths.items[i]);
}

const StoreImpl *fpga_store_find(const char *op, const char *type, const char **why) {
    load();
    for (int i = 0; i < entries.len; i++) {
        Entry *e = entries.items[i];
        if (!strcmp(e->op, op) && !strcmp(e->type, type)) return &e->impl;
    }
    *why = load_error ? load_error : xprintf("the store has no artifact for '%s' on %s", op, type);
    return NULL;
}

const StoreImpl *fpga_store_module(const char *name) {
    load();
    for (int i = 0; i < modules.len; i++) {
        StoreImpl *m = modules.items[i];
        if (!strcmp(m->module, name)) return m;
    }
    return NULL;
}
