/* regex.c: String.split, matches, replaceAll and replaceFirst.
 *
 * A pattern of one literal character (or an escaped one: "\\.") is
 * matched directly, on any text, as the JDK's fast path does.  Other
 * patterns are translated from Java's syntax to POSIX extended regular
 * expressions (\d \s \w and their negations, also inside [...]; \t \n
 * \r \f) and run by the C library's regcomp/regexec.  Decisions: POSIX
 * chooses the leftmost-longest match where Java's engine takes the
 * leftmost alternative that matches ("a|ab" on "ab" matches "ab", not
 * "a"); Java-only constructs (lazy and possessive quantifiers,
 * lookaround, \b, back references, named groups) and text with characters
 * outside ASCII throw UnsupportedOperationException, never a wrong
 * answer; a pattern POSIX rejects throws PatternSyntaxException. */
#include <gc.h>
#include <regex.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

static LimeString *sub(const LimeString *s, int32_t from, int32_t to) {
    LimeString *r = lime_rt_new_string(to - from);
    memcpy(r->chars, s->chars + from, (size_t)(to - from) * 2);
    return r;
}

/* The one character a pattern stands for, or -1 (JDK String.split's fast path). */
static int literal_char(const LimeString *re) {
    const char *meta = ".$|()[{^?*+\\";
    if (re->length == 1 && !strchr(meta, re->chars[0])) return re->chars[0];
    if (re->length == 2 && re->chars[0] == '\\' && re->chars[1] < 128 &&
        !((re->chars[1] >= '0' && re->chars[1] <= '9') || (re->chars[1] >= 'a' && re->chars[1] <= 'z') ||
          (re->chars[1] >= 'A' && re->chars[1] <= 'Z')))
        return re->chars[1];
    return -1;
}

static bool ascii(const LimeString *s) {
    for (int32_t i = 0; i < s->length; i++)
        if (s->chars[i] >= 128) return false;
    return true;
}

static _Noreturn void unsupported(const char *what) {
    lime_throw("UnsupportedOperationException", lime_rt_strf("regular expressions: %s is not supported in Lime", what));
}

/* Java regex -> POSIX ERE text (malloc'd). */
static char *translate(const LimeString *re) {
    if (!ascii(re)) unsupported("a pattern with characters outside ASCII");
    size_t cap = (size_t)re->length * 16 + 1, n = 0;
    char *out = malloc(cap);
    if (!out) lime_throw("OutOfMemoryError", "Java heap space");
    bool in_class = false;
    for (int32_t i = 0; i < re->length; i++) {
        char c = (char)re->chars[i];
        char next = i + 1 < re->length ? (char)re->chars[i + 1] : 0;
        const char *add = NULL;
        char one[3] = {c, 0, 0};
        if (c == '\\') {
            i++;
            switch (next) {
            case 'd': add = in_class ? "0-9" : "[0-9]"; break;
            case 'D': if (in_class) unsupported("\\D inside a class"); add = "[^0-9]"; break;
            case 's': add = in_class ? " \t\n\v\f\r" : "[ \t\n\v\f\r]"; break;
            case 'S': if (in_class) unsupported("\\S inside a class"); add = "[^ \t\n\v\f\r]"; break;
            case 'w': add = in_class ? "A-Za-z0-9_" : "[A-Za-z0-9_]"; break;
            case 'W': if (in_class) unsupported("\\W inside a class"); add = "[^A-Za-z0-9_]"; break;
            case 't': add = "\t"; break;
            case 'n': add = "\n"; break;
            case 'r': add = "\r"; break;
            case 'f': add = "\f"; break;
            case 0: lime_throw("java.util.regex.PatternSyntaxException", "Unexpected internal error near index 1");
            default:
                if ((next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9'))
                    unsupported(lime_rt_strf("\\%c", next));
                if (in_class) {
                    one[0] = next;
                    one[1] = 0;
                    if (next == ']' || next == '\\' || next == '^' || next == '-') {
                        /* POSIX has no escapes in a class: put it where it is literal */
                        unsupported(lime_rt_strf("\\%c inside a class", next));
                    }
                } else {
                    one[0] = '\\';
                    one[1] = next;
                }
                add = one;
            }
        } else if (in_class) {
            if (c == ']') in_class = false;
            if (c == '[') unsupported("a class inside a class");
            add = one;
        } else {
            if (c == '[') in_class = true;
            if ((c == '*' || c == '+' || c == '?' || c == '}') && (next == '?' || next == '+'))
                unsupported("lazy and possessive quantifiers");
            if (c == '(' && next == '?') unsupported("(?...) groups");
            add = one;
        }
        size_t k = strlen(add);
        memcpy(out + n, add, k);
        n += k;
    }
    out[n] = 0;
    return out;
}

typedef struct Re {
    regex_t rx;
    bool literal;
    int ch;
} Re;

static void compile(Re *r, const LimeString *re) {
    r->ch = literal_char(re);
    r->literal = r->ch >= 0;
    if (r->literal) return;
    char *text = translate(re);
    int err = regcomp(&r->rx, text, REG_EXTENDED);
    free(text);
    if (err) {
        char *p = lime_rt_string_to_utf8(re);
        lime_throw("java.util.regex.PatternSyntaxException", lime_rt_strf("Illegal pattern near index 0\n%s", p));
    }
}

static void release(Re *r) {
    if (!r->literal) regfree(&r->rx);
}

/* The next match in s at or after from: [*start, *end), or false. */
static bool find(Re *r, const LimeString *s, const char *bytes, int32_t from, int32_t *start, int32_t *end) {
    if (r->literal) {
        for (int32_t i = from; i < s->length; i++)
            if (s->chars[i] == r->ch) {
                *start = i;
                *end = i + 1;
                return true;
            }
        return false;
    }
    if (from > s->length) return false;
    /* REG_STARTEND: the text is bytes[from, length) as the range says, so
     * regexec does not measure the rest of the string at every match
     * (which made a split quadratic); offsets are from bytes */
    regmatch_t m[1] = {{.rm_so = from, .rm_eo = s->length}};
    if (regexec(&r->rx, bytes, 1, m, REG_STARTEND | (from > 0 ? REG_NOTBOL : 0)) != 0) return false;
    *start = (int32_t)m[0].rm_so;
    *end = (int32_t)m[0].rm_eo;
    return true;
}

static const char *bytes_of(Re *r, const LimeString *s) {
    if (r->literal) return NULL;
    if (!ascii(s)) unsupported("text with characters outside ASCII");
    return lime_rt_string_to_utf8(s);
}

LimeArray *lime_string_split_TI(LimeString *s, LimeString *regex, int32_t limit) {
    if (!regex) lime_throw_null_pointer();
    Re r;
    compile(&r, regex);
    const char *b = bytes_of(&r, s);
    int32_t n = 0, cap = 8;
    LimeString **parts = GC_MALLOC(sizeof *parts * (size_t)cap);
    int32_t index = 0, from = 0, ms, me;
    while ((limit <= 0 || n < limit - 1) && find(&r, s, b, from, &ms, &me)) {
        if (me == ms) {
            /* a zero-width match: none at the very start; the next search one further */
            from = me + 1;
            if (ms == 0 || ms >= s->length) continue;
        } else from = me;
        if (index == 0 && ms == 0 && me == 0) continue;
        if (n == cap) {
            LimeString **more = GC_MALLOC(sizeof *more * (size_t)(cap *= 2));
            memcpy(more, parts, sizeof *more * (size_t)n);
            parts = more;
        }
        parts[n++] = sub(s, index, ms);
        index = me;
    }
    release(&r);
    if (n == 0) {
        LimeArray *a = lime_new_typed_array(&lime_array_type_String, 1);
        ((LimeString **)((char *)a + LIME_ARRAY_DATA_OFFSET))[0] = s;
        return a;
    }
    if (n == cap) {
        LimeString **more = GC_MALLOC(sizeof *more * (size_t)(cap + 1));
        memcpy(more, parts, sizeof *more * (size_t)n);
        parts = more;
    }
    parts[n++] = sub(s, index, s->length);
    if (limit == 0)
        while (n > 0 && parts[n - 1]->length == 0) n--;
    LimeArray *a = lime_new_typed_array(&lime_array_type_String, n);
    memcpy((char *)a + LIME_ARRAY_DATA_OFFSET, parts, sizeof *parts * (size_t)n);
    return a;
}

LimeArray *lime_string_split_T(LimeString *s, LimeString *regex) { return lime_string_split_TI(s, regex, 0); }

bool lime_string_matches_T(LimeString *s, LimeString *regex) {
    if (!regex) lime_throw_null_pointer();
    Re r;
    compile(&r, regex);
    bool ok;
    if (r.literal) ok = s->length == 1 && s->chars[0] == r.ch;
    else {
        const char *b = bytes_of(&r, s);
        regmatch_t m[1];
        ok = regexec(&r.rx, b, 1, m, 0) == 0 && m[0].rm_so == 0 && m[0].rm_eo == s->length;
        /* POSIX's longest match from the start is the whole text if any match is */
    }
    release(&r);
    return ok;
}

/* replacement text: $n groups are not supported (a literal '$' or '\\' escaped) */
static LimeString *replacement(const LimeString *rep) {
    LimeString *out = lime_rt_new_string(rep->length);
    int32_t n = 0;
    for (int32_t i = 0; i < rep->length; i++) {
        uint16_t c = rep->chars[i];
        if (c == '\\') {
            if (++i >= rep->length) lime_throw("IllegalArgumentException", "character to be escaped is missing");
            c = rep->chars[i];
        } else if (c == '$') {
            unsupported("group references ($1) in a replacement");
        }
        out->chars[n++] = c;
    }
    out->length = n;
    return out;
}

static LimeString *replace(LimeString *s, LimeString *regex, LimeString *rep, bool all) {
    if (!regex || !rep) lime_throw_null_pointer();
    Re r;
    compile(&r, regex);
    LimeString *with = replacement(rep);
    const char *b = bytes_of(&r, s);
    LimeString *acc = lime_rt_new_string(0);
    int32_t index = 0, from = 0, ms, me;
    bool any = false;
    while ((all || !any) && find(&r, s, b, from, &ms, &me)) {
        any = true;
        acc = lime_string_concat(acc, sub(s, index, ms));
        acc = lime_string_concat(acc, with);
        index = me;
        if (me == ms) {
            if (ms < s->length) acc = lime_string_concat(acc, sub(s, ms, ms + 1));
            index = me + 1 > s->length ? s->length : me + 1;
            from = me + 1;
        } else from = me;
    }
    release(&r);
    if (!any) return s;
    if (index < s->length) acc = lime_string_concat(acc, sub(s, index, s->length));
    return acc;
}

LimeString *lime_string_replaceAll_TT(LimeString *s, LimeString *regex, LimeString *rep) { return replace(s, regex, rep, true); }
LimeString *lime_string_replaceFirst_TT(LimeString *s, LimeString *regex, LimeString *rep) { return replace(s, regex, rep, false); }
