/* lexer.c: source text -> tokens (Java 17 lexical structure, JLS 3).
 *
 * tokenize() turns a whole file into an array of tokens ending in TK_EOF.
 * A lexical error (javac's wording and position where javac has one) does
 * not stop it: lex_error adds a TK_ERROR token carrying the message, the
 * erroneous text becomes one TK_ERROR token (erroneous()), and lexing goes
 * on where javac's does (an unclosed string literal ends at its line's end,
 * a malformed number takes the letters and digits after it, an illegal
 * character is that one character), so that the parser can recover and
 * report later errors too.  Every token, erroneous or not, consumes at
 * least one byte, so lexing ends.  It never reads past file->len: every
 * look-ahead goes through peek(), which yields 0 at the end of the text.
 *
 * Deviations from javac, by design:
 *  - Unicode escapes (\uXXXX) are decoded only inside character and string
 *    literals.  Elsewhere the backslash is an "illegal character".
 *  - Any byte >= 0x80 may be part of an identifier (UTF-8 letters); the
 *    encoding is validated, the Unicode category is not.
 *  - Lines are counted by '\n' only (as diag.c does), so a lone '\r' ends a
 *    line for literals but does not advance the line number.
 *  - Text blocks are rejected.
 *
 * Lime's `value`, `local`, `task` (and Java's contextual `var`, `record`,
 * `yield`, `sealed`, `permits`) lex as identifiers; the parser decides. */
#include "front.h"

#include <assert.h>
#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ spellings */

static const char *const spellings[TK_COUNT] = {
#define X(name, spelling) spelling,
    TOKEN_KINDS(X)
#undef X
};

const char *token_kind_spelling(TokenKind k) {
    if ((int)k < 0 || k >= TK_COUNT) return "?";
    return spellings[k];
}

/* -------------------------------------------------------------- intern */

typedef struct InternEntry {
    const char *s;
    int len;
    struct InternEntry *next;
} InternEntry;

enum { INTERN_BUCKETS = 4096 };
static InternEntry *intern_table[INTERN_BUCKETS];

static unsigned hash_bytes(const char *s, int len) {
    unsigned h = 2166136261u;
    for (int i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

const char *intern(const char *s, int len) {
    unsigned b = hash_bytes(s, len) % INTERN_BUCKETS;
    for (InternEntry *e = intern_table[b]; e; e = e->next)
        if (e->len == len && memcmp(e->s, s, (size_t)len) == 0) return e->s;
    InternEntry *e = xalloc(sizeof *e);
    e->s = xstrndup(s, (size_t)len);
    e->len = len;
    e->next = intern_table[b];
    intern_table[b] = e;
    return e->s;
}

/* ------------------------------------------------------------ the lexer */

typedef struct Lexer {
    SourceFile *file;
    const char *text;
    size_t len;
    size_t pos;            /* current byte offset */
    int line;
    size_t line_start;     /* offset of the first byte of the current line */
    Token *toks;
    int ntoks, cap;
    bool failed;           /* the token being lexed has an error */
} Lexer;

static int peek(Lexer *L, size_t ahead) {
    size_t i = L->pos + ahead;
    return i < L->len ? (unsigned char)L->text[i] : 0;
}

static bool at_end(Lexer *L, size_t ahead) { return L->pos + ahead >= L->len; }

static Loc loc_at(Lexer *L, size_t pos) {
    Loc loc = {L->file, L->line, (int)(pos - L->line_start) + 1};
    return loc;
}

static void newline(Lexer *L) {
    L->line++;
    L->line_start = L->pos;
}

static Token *push_token(Lexer *L, TokenKind kind, size_t start);

/* An error at byte offset pos (on the current line): a TK_ERROR token of
 * length 0 carrying the message, and the token being lexed fails. */
static void lex_error(Lexer *L, size_t pos, const char *fmt, const char *arg) {
    L->failed = true;
    Token *t = push_token(L, TK_ERROR, pos);
    t->len = 0;
    t->sval = xprintf(fmt, arg);
}

bool report_lex_errors(const Token *toks, int n) {
    bool ok = true;
    for (int i = 0; i < n; i++)
        if (toks[i].kind == TK_ERROR && toks[i].sval) {
            error_at(toks[i].loc, "%s", toks[i].sval);
            ok = false;
        }
    return ok;
}

static Token *push_token(Lexer *L, TokenKind kind, size_t start) {
    if (L->ntoks == L->cap) {
        int ncap = L->cap ? L->cap * 2 : 256;
        L->toks = xrealloc_arr(L->toks, (size_t)L->cap, (size_t)ncap, sizeof(Token));
        L->cap = ncap;
    }
    Token *t = &L->toks[L->ntoks++];
    memset(t, 0, sizeof *t);
    t->kind = kind;
    t->loc = loc_at(L, start);
    t->start = L->text + start;
    t->len = (int)(L->pos - start);
    return t;
}

/* Decodes one UTF-8 sequence at s[0..n); returns its length (0 if it is
 * malformed, overlong, a surrogate or beyond U+10FFFF) and the code point. */
static int utf8_decode(const unsigned char *s, size_t n, uint32_t *cp) {
    if (n == 0) return 0;
    unsigned c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    int len;
    uint32_t v, min;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; v = c & 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; v = c & 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; v = c & 0x07; min = 0x10000; }
    else return 0;
    if ((size_t)len > n) return 0;
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (s[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return len;
}

/* The text of a character for "illegal character: '%s'". */
static const char *char_display(uint32_t c) {
    if (c >= 0x20 && c < 0x7F) return xprintf("%c", (int)c);
    if (c > 0xFFFF) return xprintf("\\u%04x\\u%04x", 0xD800 + ((c - 0x10000) >> 10),
                                   0xDC00 + ((c - 0x10000) & 0x3FF));
    return xprintf("\\u%04x", (unsigned)c);
}

/* ------------------------------------------------- comments, whitespace */

/* Skips whitespace and comments.  False after an error. */
static bool skip_space(Lexer *L) {
    for (;;) {
        if (at_end(L, 0)) return true;
        int c = peek(L, 0);
        if (c == '\n') {
            L->pos++;
            newline(L);
        } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
            L->pos++;
        } else if (c == 0x1A && at_end(L, 1)) {    /* Ctrl-Z at the very end */
            L->pos++;
        } else if (c == '/' && peek(L, 1) == '/') {
            while (!at_end(L, 0) && peek(L, 0) != '\n' && peek(L, 0) != '\r') L->pos++;
        } else if (c == '/' && peek(L, 1) == '*') {
            size_t start = L->pos;
            int start_line = L->line;
            size_t start_ls = L->line_start;
            L->pos += 2;
            for (;;) {
                if (at_end(L, 0)) {
                    int end_line = L->line;
                    size_t end_ls = L->line_start;
                    L->line = start_line;
                    L->line_start = start_ls;
                    lex_error(L, start, "unclosed comment", NULL);
                    L->line = end_line;
                    L->line_start = end_ls;
                    return false;
                }
                if (peek(L, 0) == '*' && peek(L, 1) == '/') { L->pos += 2; break; }
                if (peek(L, 0) == '\n') { L->pos++; newline(L); }
                else L->pos++;
            }
        } else {
            return true;
        }
    }
}

/* ------------------------------------------------------------- numbers */

static int digit_value(int c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

/* Scans digits of the given radix (16, 10 or 2; octal scans as 10) with
 * underscores between them, appending the digits (without underscores) to
 * sb.  Returns the number of digits; an underscore first or last is an
 * "illegal underscore". */
static int scan_digits(Lexer *L, int radix, StrBuf *sb) {
    int n = 0;
    if (peek(L, 0) == '_') {
        lex_error(L, L->pos, "illegal underscore", NULL);
        return -1;
    }
    for (;;) {
        int c = peek(L, 0);
        if (c == '_') {
            size_t p = L->pos;
            while (peek(L, 0) == '_') L->pos++;
            if (digit_value(peek(L, 0)) >= radix) {
                lex_error(L, p, "illegal underscore", NULL);
                return -1;
            }
            continue;
        }
        if (digit_value(c) >= radix) break;
        sb_putc(sb, (char)c);
        L->pos++;
        n++;
    }
    return n;
}

static bool is_ident_char(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$' || c >= 0x80;
}

/* Converts the (underscore-free) text of a floating literal; reports
 * overflow and underflow as javac does. */
static void finish_float(Lexer *L, Token *t, const char *text, bool is_float, bool nonzero, size_t start) {
    double v;
    errno = 0;
    if (is_float) v = (double)strtof(text, NULL);
    else v = strtod(text, NULL);
    if (isinf(v)) {
        lex_error(L, start, "floating-point number too large", NULL);
        return;
    }
    if (v == 0.0 && nonzero) {
        lex_error(L, start, "floating-point number too small", NULL);
        return;
    }
    t->fval = v;
}

static bool has_nonzero_digit(const char *s, bool hex) {
    for (; *s; s++) {
        if (*s == 'p' || *s == 'P' || (!hex && (*s == 'e' || *s == 'E'))) return false;
        if ((*s >= '1' && *s <= '9') || (hex && isxdigit((unsigned char)*s) && *s != '0')) return true;
    }
    return false;
}

/* Accumulates digits of a radix into a 64-bit magnitude. */
static uint64_t digits_value(const char *s, int radix, bool *too_large) {
    uint64_t v = 0;
    for (; *s; s++) {
        uint64_t d = (uint64_t)digit_value(*s);
        if (d >= (uint64_t)radix) { *too_large = true; continue; }   /* 8 or 9 in octal */
        if (v > (UINT64_MAX - d) / (uint64_t)radix) *too_large = true;
        v = v * (uint64_t)radix + d;
    }
    return v;
}

/* Exponent part: [eEpP] [+-] digits; appends it to sb.  start: the
 * literal's first byte, where javac reports a malformed literal. */
static bool scan_exponent(Lexer *L, StrBuf *sb, size_t start) {
    sb_putc(sb, (char)peek(L, 0));
    L->pos++;
    if (peek(L, 0) == '+' || peek(L, 0) == '-') {
        sb_putc(sb, (char)peek(L, 0));
        L->pos++;
    }
    if (peek(L, 0) == '_') {
        lex_error(L, L->pos, "illegal underscore", NULL);
        return false;
    }
    if (!isdigit(peek(L, 0))) {
        lex_error(L, start, "malformed floating-point literal", NULL);
        return false;
    }
    return scan_digits(L, 10, sb) >= 0;
}

/* number = hex | binary | octal | decimal, with optional fraction,
 * exponent and suffix (JLS 3.10.1, 3.10.2). */
static bool lex_number(Lexer *L) {
    size_t start = L->pos;
    StrBuf sb = {0};
    int c0 = peek(L, 0), c1 = peek(L, 1);

    if (c0 == '0' && (c1 == 'x' || c1 == 'X')) {
        L->pos += 2;
        sb_puts(&sb, "0x");
        int n1 = 0, n2 = 0;
        bool is_fp = false;
        if (digit_value(peek(L, 0)) < 16 || peek(L, 0) == '_') {
            if ((n1 = scan_digits(L, 16, &sb)) < 0) return false;
        }
        if (peek(L, 0) == '.') {
            is_fp = true;
            sb_putc(&sb, '.');
            L->pos++;
            if (peek(L, 0) == '_') {
                lex_error(L, L->pos, "illegal underscore", NULL);
                return false;
            }
            if (digit_value(peek(L, 0)) < 16 && (n2 = scan_digits(L, 16, &sb)) < 0) return false;
        }
        if (n1 + n2 == 0) {
            lex_error(L, start, "hexadecimal numbers must contain at least one hexadecimal digit", NULL);
            return false;
        }
        if (peek(L, 0) == 'p' || peek(L, 0) == 'P') {
            is_fp = true;
            if (!scan_exponent(L, &sb, start)) return false;
        } else if (is_fp) {
            lex_error(L, start, "malformed floating-point literal", NULL);
            return false;
        }
        if (is_fp) {
            bool is_float = false;
            int s = peek(L, 0);
            if (s == 'f' || s == 'F') { is_float = true; L->pos++; }
            else if (s == 'd' || s == 'D') L->pos++;
            Token *t = push_token(L, is_float ? TK_FLOAT_LIT : TK_DOUBLE_LIT, start);
            finish_float(L, t, sb_str(&sb), is_float, has_nonzero_digit(sb_str(&sb) + 2, true), start);
            return !L->failed;
        }
        TokenKind k = TK_INT_LIT;
        if (peek(L, 0) == 'l' || peek(L, 0) == 'L') { L->pos++; k = TK_LONG_LIT; }
        Token *t = push_token(L, k, start);
        t->ival = digits_value(sb_str(&sb) + 2, 16, &t->too_large);
        return true;
    }

    if (c0 == '0' && (c1 == 'b' || c1 == 'B')) {
        L->pos += 2;
        int n = 0;
        if (peek(L, 0) == '0' || peek(L, 0) == '1' || peek(L, 0) == '_') {
            if ((n = scan_digits(L, 2, &sb)) < 0) return false;
        }
        if (n == 0) {
            lex_error(L, start, "binary numbers must contain at least one binary digit", NULL);
            return false;
        }
        TokenKind k = TK_INT_LIT;
        if (peek(L, 0) == 'l' || peek(L, 0) == 'L') { L->pos++; k = TK_LONG_LIT; }
        Token *t = push_token(L, k, start);
        t->ival = digits_value(sb_str(&sb), 2, &t->too_large);
        return true;
    }

    /* decimal or octal integer, or decimal floating point */
    bool is_fp = false;
    if (c0 != '.') {
        if (scan_digits(L, 10, &sb) < 0) return false;
    }
    if (peek(L, 0) == '.') {
        is_fp = true;
        sb_putc(&sb, '.');
        L->pos++;
        if (peek(L, 0) == '_') {
            lex_error(L, L->pos, "illegal underscore", NULL);
            return false;
        }
        if (isdigit(peek(L, 0)) && scan_digits(L, 10, &sb) < 0) return false;
    }
    int e = peek(L, 0);
    if (e == 'e' || e == 'E') {
        is_fp = true;
        if (!scan_exponent(L, &sb, start)) return false;
    }
    int s = peek(L, 0);
    if (s == 'f' || s == 'F' || s == 'd' || s == 'D') {
        L->pos++;
        bool is_float = s == 'f' || s == 'F';
        Token *t = push_token(L, is_float ? TK_FLOAT_LIT : TK_DOUBLE_LIT, start);
        finish_float(L, t, sb_str(&sb), is_float, has_nonzero_digit(sb_str(&sb), false), start);
        return !L->failed;
    }
    if (is_fp) {
        Token *t = push_token(L, TK_DOUBLE_LIT, start);
        finish_float(L, t, sb_str(&sb), false, has_nonzero_digit(sb_str(&sb), false), start);
        return !L->failed;
    }
    TokenKind k = TK_INT_LIT;
    if (s == 'l' || s == 'L') { L->pos++; k = TK_LONG_LIT; }
    Token *t = push_token(L, k, start);
    const char *d = sb_str(&sb);
    if (d[0] == '0' && d[1]) {
        /* octal; a digit 8 or 9 makes it "too large" as in javac */
        t->ival = digits_value(d + 1, 8, &t->too_large);
    } else {
        t->is_decimal = true;
        t->ival = digits_value(d, 10, &t->too_large);
    }
    return true;
}

/* --------------------------------------------- character and string */

/* Reads one logical character of a literal: a Unicode escape (when
 * allow_u), or a UTF-8 sequence.  Returns the code point, or -1 after an
 * error.  *from_u tells whether it came from a \u escape. */
static long read_lchar(Lexer *L, bool allow_u, bool *from_u) {
    *from_u = false;
    int c = peek(L, 0);
    if (allow_u && c == '\\' && peek(L, 1) == 'u') {
        L->pos++;
        while (peek(L, 0) == 'u') L->pos++;
        uint32_t v = 0;
        for (int i = 0; i < 4; i++) {
            int d = digit_value(peek(L, 0));
            if (d >= 16) {   /* javac reports at the first character that is not a hex digit */
                lex_error(L, L->pos, "illegal unicode escape", NULL);
                return -1;
            }
            v = v * 16 + (uint32_t)d;
            L->pos++;
        }
        *from_u = true;
        return (long)v;
    }
    if (c < 0x80) {
        L->pos++;
        return c;
    }
    uint32_t cp;
    int n = utf8_decode((const unsigned char *)L->text + L->pos, L->len - L->pos, &cp);
    if (n == 0) {
        lex_error(L, L->pos, "unmappable character (0x%s) for encoding UTF-8",
                  xprintf("%02X", (unsigned)c));
        L->pos++;   /* past the byte */
        return -1;
    }
    L->pos += (size_t)n;
    return (long)cp;
}

/* Reads one character of a char or string literal, escapes processed.
 * Returns the code point (UTF-16 unit for escapes), -1 after an error,
 * -2 at the closing quote, -3 at a line end or the end of the text. */
static long read_literal_char(Lexer *L, int quote) {
    if (at_end(L, 0) || peek(L, 0) == '\n' || peek(L, 0) == '\r') return -3;
    bool from_u;
    long c = read_lchar(L, true, &from_u);
    if (c < 0) return -1;
    if (c == quote) return -2;    /* a \u0022 closes a string too, as in javac */
    if (from_u && (c == '\n' || c == '\r')) return -3;
    /* Raw control characters other than line ends are legal in Java
     * literals (JLS 3.10.4, 3.10.5), so they are kept. */
    if (c != '\\') return c;
    /* an escape: after a raw backslash the next char is taken raw (JLS 3.3) */
    if (at_end(L, 0)) return -3;
    bool from_u2;
    size_t escaped = L->pos;   /* javac reports an illegal escape here, after the backslash */
    if (peek(L, 0) == '\n' || peek(L, 0) == '\r') {   /* left for the literal's line end */
        lex_error(L, escaped, "illegal escape character", NULL);
        return -1;
    }
    long e = read_lchar(L, from_u, &from_u2);
    if (e < 0) return -1;
    switch (e) {
    case 'b': return '\b';
    case 't': return '\t';
    case 'n': return '\n';
    case 'f': return '\f';
    case 'r': return '\r';
    case 's': return ' ';
    case '"': return '"';
    case '\'': return '\'';
    case '\\': return '\\';
    default: break;
    }
    if (e >= '0' && e <= '7') {
        long v = e - '0';
        int maxd = e <= '3' ? 3 : 2;
        for (int i = 1; i < maxd && peek(L, 0) >= '0' && peek(L, 0) <= '7'; i++) {
            v = v * 8 + (peek(L, 0) - '0');
            L->pos++;
        }
        return v;
    }
    lex_error(L, escaped, "illegal escape character", NULL);
    return -1;
}

/* char = "'" (char-except-quote-backslash-newline | escape) "'"
 * After an error, as javac: the closing quote is taken if it follows, and
 * an unclosed literal ends after its first character. */
static bool lex_char(Lexer *L) {
    size_t start = L->pos;
    L->pos++;
    if (peek(L, 0) == '\'') {
        L->pos++;
        lex_error(L, start, "empty character literal", NULL);
        return false;
    }
    long c = read_literal_char(L, '\'');
    if (c == -3) {
        lex_error(L, start, at_end(L, 0) ? "unclosed character literal" : "illegal line end in character literal",
                  NULL);
        return false;
    }
    if (c == -2) {   /* a \u0027 right after the opening quote */
        lex_error(L, start, "empty character literal", NULL);
        return false;
    }
    if (c > 0xFFFF) lex_error(L, start, "character literal outside the Basic Multilingual Plane is not supported", NULL);
    bool from_u;
    if (peek(L, 0) == '\'') {
        L->pos++;
    } else {
        size_t save = L->pos;
        bool failed = L->failed;
        long q = at_end(L, 0) || peek(L, 0) != '\\' ? -1 : read_lchar(L, true, &from_u);
        L->failed = failed;
        if (q != '\'' || !from_u) {
            L->pos = save;
            lex_error(L, start, "unclosed character literal", NULL);
            return false;
        }
    }
    Token *t = push_token(L, TK_CHAR_LIT, start);
    t->ival = (uint64_t)c;
    return c >= 0;
}

static void put_utf8(StrBuf *sb, uint32_t c) {
    if (c < 0x80) {
        sb_putc(sb, (char)c);
    } else if (c < 0x800) {
        sb_putc(sb, (char)(0xC0 | (c >> 6)));
        sb_putc(sb, (char)(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        sb_putc(sb, (char)(0xE0 | (c >> 12)));
        sb_putc(sb, (char)(0x80 | ((c >> 6) & 0x3F)));
        sb_putc(sb, (char)(0x80 | (c & 0x3F)));
    } else {
        sb_putc(sb, (char)(0xF0 | (c >> 18)));
        sb_putc(sb, (char)(0x80 | ((c >> 12) & 0x3F)));
        sb_putc(sb, (char)(0x80 | ((c >> 6) & 0x3F)));
        sb_putc(sb, (char)(0x80 | (c & 0x3F)));
    }
}

/* string = '"' (char-except-quote-backslash-newline | escape)* '"'
 * The value is kept in UTF-8; an escaped surrogate pair becomes one code
 * point, a lone surrogate its 3-byte encoding.  NUL bytes are kept as
 * they are (use slen). */
static bool lex_text_block(Lexer *L);

static bool lex_string(Lexer *L) {
    size_t start = L->pos;
    if (peek(L, 1) == '"' && peek(L, 2) == '"') return lex_text_block(L);
    L->pos++;
    StrBuf sb = {0};
    long pending_high = -1;   /* a high surrogate waiting for its low half */
    for (;;) {
        long c = read_literal_char(L, '"');
        if (c == -1) continue;   /* reported; the literal goes on (javac's recovery) */
        if (c == -3) {
            lex_error(L, start, "unclosed string literal", NULL);
            return false;
        }
        if (pending_high >= 0) {
            if (c >= 0xDC00 && c <= 0xDFFF) {
                put_utf8(&sb, 0x10000 + (((uint32_t)pending_high - 0xD800) << 10) + ((uint32_t)c - 0xDC00));
                pending_high = -1;
                continue;
            }
            put_utf8(&sb, (uint32_t)pending_high);
            pending_high = -1;
        }
        if (c == -2) break;
        if (c >= 0xD800 && c <= 0xDBFF) pending_high = c;
        else put_utf8(&sb, (uint32_t)c);
    }
    Token *t = push_token(L, TK_STRING_LIT, start);
    t->sval = sb.buf ? sb.buf : xstrdup("");
    t->slen = (int)sb.len;
    return true;
}

static bool is_text_block_space(char c) { return c == ' ' || c == '\t' || c == '\f'; }

/* The incidental indentation of a text block's lines removed, and every
 * line's trailing white space (String.stripIndent): the least indentation
 * of the lines that are not blank and of the last line (the closing
 * delimiter's), counted in characters. */
static void strip_indent(const char *raw, size_t len, StrBuf *out) {
    size_t min = (size_t)-1;
    for (size_t i = 0; i <= len;) {
        size_t e = i;
        while (e < len && raw[e] != '\n') e++;
        size_t ws = i;
        while (ws < e && is_text_block_space(raw[ws])) ws++;
        if ((ws < e || e == len) && ws - i < min) min = ws - i;
        i = e + 1;
    }
    for (size_t i = 0; i <= len;) {
        size_t e = i;
        while (e < len && raw[e] != '\n') e++;
        size_t end = e;
        while (end > i && is_text_block_space(raw[end - 1])) end--;
        size_t from = i + min < end ? i + min : end;
        for (size_t k = from; k < end; k++) sb_putc(out, raw[k]);
        if (e < len) sb_putc(out, '\n');
        i = e + 1;
    }
}

/* text_block = '"""' {space} line_end {char | escape} '"""'   (JLS 3.10.6)
 * Unicode escapes first, line ends made \n, the incidental indentation
 * stripped, then the escapes (\s, \<line end> included). */
static bool lex_text_block(Lexer *L) {
    size_t start = L->pos;
    Loc loc = loc_at(L, start);
    int start_line = L->line;
    size_t start_ls = L->line_start;
    L->pos += 3;
    while (is_text_block_space((char)peek(L, 0))) L->pos++;
    if (peek(L, 0) == '\r') {
        L->pos++;
        if (peek(L, 0) == '\n') L->pos++;
        newline(L);
    } else if (peek(L, 0) == '\n') {
        L->pos++;
        newline(L);
    } else {   /* javac reports where the line terminator should be, and goes on from there */
        lex_error(L, L->pos, "illegal text block open delimiter sequence, missing line terminator", NULL);
        return false;
    }
    /* the first line end of the contents: lexing goes on there when the block is unclosed (as javac) */
    size_t eoln = 0, eoln_ls = 0;
    int eoln_line = 0;
    StrBuf raw = {0};
    long pending_high = -1;
    bool escaped = false;   /* the previous character was a backslash that starts an escape */
    size_t backslash = 0;   /* where it was */
    for (;;) {
        if (at_end(L, 0)) {
            int end_line = L->line;
            size_t end_ls = L->line_start;
            L->line = start_line;   /* reported at the opening delimiter */
            L->line_start = start_ls;
            lex_error(L, start, "unclosed text block", NULL);
            L->line = end_line;
            L->line_start = end_ls;
            if (eoln_line) {
                L->pos = eoln;
                L->line = eoln_line;
                L->line_start = eoln_ls;
            }
            return false;
        }
        if (!escaped && peek(L, 0) == '"' && peek(L, 1) == '"' && peek(L, 2) == '"') {
            L->pos += 3;
            break;
        }
        bool from_u;
        size_t here = L->pos;
        long c = read_lchar(L, true, &from_u);
        if (c < 0) continue;
        if (c == '\r') {
            if (peek(L, 0) == '\n') L->pos++;
            c = '\n';
        }
        if (escaped && !strchr("btnfrs\"'\\01234567\n", (int)c)) {
            lex_error(L, backslash, "illegal escape character", NULL);   /* and the block goes on */
            c = ' ';
        }
        if (c == '\n' && !from_u) {
            if (!eoln_line) {
                eoln = here;
                eoln_line = L->line;
                eoln_ls = L->line_start;
            }
            newline(L);
        }
        escaped = !escaped && c == '\\';
        if (escaped) backslash = here;
        if (pending_high >= 0) {
            if (c >= 0xDC00 && c <= 0xDFFF) {
                put_utf8(&raw, 0x10000 + (((uint32_t)pending_high - 0xD800) << 10) + ((uint32_t)c - 0xDC00));
                pending_high = -1;
                continue;
            }
            put_utf8(&raw, (uint32_t)pending_high);
            pending_high = -1;
        }
        if (c >= 0xD800 && c <= 0xDBFF) pending_high = c;
        else put_utf8(&raw, (uint32_t)c);
    }
    if (pending_high >= 0) put_utf8(&raw, (uint32_t)pending_high);
    if (L->failed) return false;
    StrBuf text = {0};
    strip_indent(raw.buf ? raw.buf : "", raw.len, &text);
    StrBuf sb = {0};
    const char *p = text.buf ? text.buf : "";
    for (size_t i = 0; i < text.len; i++) {
        char c = p[i];
        if (c != '\\') {
            sb_putc(&sb, c);
            continue;
        }
        char e = ++i < text.len ? p[i] : 0;
        switch (e) {
        case 'b': sb_putc(&sb, '\b'); continue;
        case 't': sb_putc(&sb, '\t'); continue;
        case 'n': sb_putc(&sb, '\n'); continue;
        case 'f': sb_putc(&sb, '\f'); continue;
        case 'r': sb_putc(&sb, '\r'); continue;
        case 's': sb_putc(&sb, ' '); continue;
        case '"': case '\'': case '\\': sb_putc(&sb, e); continue;
        case '\n': continue;   /* a line continuation */
        default: break;
        }
        if (e >= '0' && e <= '7') {
            uint32_t v = (uint32_t)(e - '0');
            int maxd = e <= '3' ? 3 : 2;
            for (int k = 1; k < maxd && i + 1 < text.len && p[i + 1] >= '0' && p[i + 1] <= '7'; k++)
                v = v * 8 + (uint32_t)(p[++i] - '0');
            put_utf8(&sb, v);
            continue;
        }
        LIME_UNREACHABLE();   /* every escape was checked above */
    }
    Token *t = push_token(L, TK_STRING_LIT, start);
    t->loc = loc;
    t->sval = sb.buf ? sb.buf : xstrdup("");
    t->slen = (int)sb.len;
    return true;
}

/* ------------------------------------------------- identifiers, operators */

/* The keyword and operator spellings indexed by their first byte, built
 * once: spelling_index[c] lists the kinds whose spelling starts with c,
 * longest first (so the first match of an operator is the longest), and
 * spelling_len[k] is strlen(spellings[k]).  Tokenising the embedded
 * library on every compile made the linear scans a tenth of limec's
 * time. */
enum { MAX_SPELLINGS_PER_BYTE = 24 };
static unsigned char spelling_len[TK_COUNT];
static unsigned short spelling_index[128][MAX_SPELLINGS_PER_BYTE + 1];   /* 0-terminated */
static bool spelling_index_built;

static void index_kinds(int first, int last) {
    for (int k = first; k <= last; k++) {
        const char *sp = spellings[k];
        unsigned char c = (unsigned char)sp[0];
        spelling_len[k] = (unsigned char)strlen(sp);
        assert(c > 0 && c < 128 && k > 0);
        unsigned short *row = spelling_index[c];
        int n = 0;
        while (row[n]) n++;
        assert(n < MAX_SPELLINGS_PER_BYTE);
        int at = n;   /* keep the row longest first */
        while (at > 0 && spelling_len[row[at - 1]] < spelling_len[k]) {
            row[at] = row[at - 1];
            at--;
        }
        row[at] = (unsigned short)k;
    }
}

static void build_spelling_index(void) {
    if (spelling_index_built) return;
    index_kinds(TK_KW_ABSTRACT, TK_KW_NULL);
    index_kinds(TK_LPAREN, TK_COUNT - 1);
    spelling_index_built = true;
}

static TokenKind keyword_kind(const char *s, int len) {
    unsigned char c = (unsigned char)s[0];
    if (c >= 128) return TK_IDENT;
    for (const unsigned short *k = spelling_index[c]; *k; k++)
        if (*k <= TK_KW_NULL && spelling_len[*k] == len && memcmp(spellings[*k], s, (size_t)len) == 0) return (TokenKind)*k;
    return TK_IDENT;
}

static bool lex_ident(Lexer *L) {
    size_t start = L->pos;
    while (!at_end(L, 0) && is_ident_char(peek(L, 0))) {
        if (peek(L, 0) >= 0x80) {
            uint32_t cp;
            int n = utf8_decode((const unsigned char *)L->text + L->pos, L->len - L->pos, &cp);
            if (n == 0) {
                lex_error(L, L->pos, "unmappable character (0x%s) for encoding UTF-8",
                          xprintf("%02X", (unsigned)peek(L, 0)));
                return false;
            }
            L->pos += (size_t)n;
        } else {
            L->pos++;
        }
    }
    int len = (int)(L->pos - start);
    TokenKind k = keyword_kind(L->text + start, len);
    Token *t = push_token(L, k, start);
    if (k == TK_IDENT) t->ident = intern(L->text + start, len);
    return true;
}

/* Longest match among the operator and separator spellings. */
static bool lex_operator(Lexer *L) {
    size_t start = L->pos;
    int best = -1, best_len = 0;
    unsigned char c = (unsigned char)L->text[L->pos];
    for (const unsigned short *k = c < 128 ? spelling_index[c] : spelling_index[0]; *k && best < 0; k++) {
        int n = spelling_len[*k];
        if (*k < TK_LPAREN || L->pos + (size_t)n > L->len) continue;
        if (memcmp(L->text + L->pos, spellings[*k], (size_t)n) == 0) {
            best = *k;
            best_len = n;
        }
    }
    if (best < 0) {
        uint32_t cp = (unsigned char)L->text[L->pos];
        if (cp >= 0x80) {
            uint32_t v;
            if (utf8_decode((const unsigned char *)L->text + L->pos, L->len - L->pos, &v)) cp = v;
        }
        lex_error(L, start, "illegal character: '%s'", char_display(cp));
        return false;
    }
    L->pos += (size_t)best_len;
    push_token(L, (TokenKind)best, start);
    return true;
}

/* The value of the Unicode escape \u...XXXX at s (JLS 3.3: a backslash
 * not itself escaped, one or more u, four hex digits; *n its length), or -1. */
static long unicode_escape_at(const char *s, size_t *n) {
    size_t i = 1;
    if (s[i] != 'u') return -1;
    while (s[i] == 'u') i++;
    long v = 0;
    for (int k = 0; k < 4; k++, i++) {
        int d = digit_value((unsigned char)s[i]);
        if (d >= 16) return -1;
        v = v * 16 + d;
    }
    *n = i;
    return v;
}

/* JLS 3.3: Unicode escapes are translated before the program is cut into
 * tokens.  Those outside literals and comments are translated here (the
 * literals' own are their escapes: read_lchar), so that `int \u0061 = 1;`
 * declares `a`; a surrogate or a malformed one is left for the lexer to
 * report.  Returns the text (t itself when it has none). */
static const char *translate_unicode_escapes(const char *t, size_t len, size_t *out_len) {
    if (!strstr(t, "\\u")) return *out_len = len, t;
    StrBuf sb = {0};
    char quote = 0;        /* inside a literal: its quote */
    int comment = 0;       /* 1: a line comment, 2: a block comment */
    for (size_t i = 0; i < len;) {
        char c = t[i];
        size_t n;
        long v;
        if (comment == 1 && c == '\n') comment = 0;
        else if (comment == 2 && c == '*' && t[i + 1] == '/') {
            sb_puts(&sb, "*/");
            i += 2;
            comment = 0;
            continue;
        } else if (!comment && quote) {
            if (c == '\\' && i + 1 < len) {
                sb_putc(&sb, c);
                sb_putc(&sb, t[i + 1]);
                i += 2;
                continue;
            }
            if (c == quote || c == '\n') quote = 0;
        } else if (!comment) {
            if (c == '"' || c == '\'') quote = c;
            else if (c == '/' && (t[i + 1] == '/' || t[i + 1] == '*')) comment = t[i + 1] == '/' ? 1 : 2;
            else if (c == '\\' && (v = unicode_escape_at(t + i, &n)) >= 0 && (v < 0xD800 || v > 0xDFFF) && v != '"' && v != '\'' && v != '\\') {
                put_utf8(&sb, (uint32_t)v);
                i += n;
                continue;
            }
        }
        sb_putc(&sb, c);
        i++;
    }
    *out_len = (size_t)sb.len;
    return sb_str(&sb);
}

/* The token lexed from start (at loc) failed: the tokens it pushed give
 * way to one TK_ERROR token over its text (the messages' tokens stay).  It
 * covers at least one character; a number takes the letters, digits and
 * underscores after it, as javac's scanner does. */
static void erroneous(Lexer *L, size_t start, Loc loc, int first) {
    int c;
    if (isdigit((unsigned char)L->text[start]) || L->text[start] == '.')
        while (!at_end(L, 0) && (c = peek(L, 0)) < 0x80 && is_ident_char(c)) L->pos++;
    if (L->pos <= start) {
        L->pos = start + 1;
        while (!at_end(L, 0) && (peek(L, 0) & 0xC0) == 0x80) L->pos++;
    }
    int n = first;
    for (int i = first; i < L->ntoks; i++)
        if (L->toks[i].kind == TK_ERROR && L->toks[i].sval) L->toks[n++] = L->toks[i];
    L->ntoks = n;
    Token *t = push_token(L, TK_ERROR, start);
    t->loc = loc;
}

Token *tokenize(SourceFile *file, int *count) {
    build_spelling_index();
    file->text = translate_unicode_escapes(file->text, file->len, &file->len);
    Lexer lx = {0};
    Lexer *L = &lx;
    L->file = file;
    L->text = file->text;
    L->len = file->len;
    L->line = 1;
    for (;;) {
        if (!skip_space(L)) continue;   /* an unclosed comment: reported; at the end now */
        if (at_end(L, 0)) break;
        int c = peek(L, 0);
        size_t start = L->pos;
        Loc loc = loc_at(L, start);
        int first = L->ntoks;
        L->failed = false;
        bool ok;
        if (isdigit(c) || (c == '.' && isdigit(peek(L, 1)))) ok = lex_number(L);
        else if (c == '\'') ok = lex_char(L);
        else if (c == '"') ok = lex_string(L);
        else if (is_ident_char(c) && !(c >= '0' && c <= '9')) ok = lex_ident(L);
        else ok = lex_operator(L);
        if (!ok || L->failed) erroneous(L, start, loc, first);
    }
    push_token(L, TK_EOF, L->pos);
    if (count) *count = L->ntoks;
    return L->toks;
}
