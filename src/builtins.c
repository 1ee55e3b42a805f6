/* builtins.c: the Java library members of LANGUAGE.md 1.7, in one table.
 * Each row gives owner, name, result and parameter descriptors and flags;
 * the runtime symbol is derived from them (lime_<owner>_<name>_<params>),
 * so one line is all that a new library member needs here. */
#include "ast.h"

#include <ctype.h>
#include <math.h>
#include <string.h>

#define S BI_STATIC
#define P BI_PURE
#define F (BI_FIELD | BI_STATIC | BI_PURE)
#define VA BI_VARARGS
#define INT_CONST(v) {.ty = NULL, .i = (v)}
#define FP_CONST(v) {.ty = NULL, .f = (v)}

static Builtin table[] = {
    /* System.out / System.err: print and println for every type */
#define PRINTS(owner)                                                                    \
    {owner, "println", "V", "", 0, S, {0}}, {owner, "println", "V", "Z", 0, S, {0}},       \
    {owner, "println", "V", "C", 0, S, {0}}, {owner, "println", "V", "I", 0, S, {0}},      \
    {owner, "println", "V", "J", 0, S, {0}}, {owner, "println", "V", "F", 0, S, {0}},      \
    {owner, "println", "V", "D", 0, S, {0}}, {owner, "println", "V", "[C", 0, S, {0}},     \
    {owner, "println", "V", "T", 0, S, {0}}, {owner, "println", "V", "O", 0, S, {0}},      \
    {owner, "print", "V", "Z", 0, S, {0}}, {owner, "print", "V", "C", 0, S, {0}},          \
    {owner, "print", "V", "I", 0, S, {0}}, {owner, "print", "V", "J", 0, S, {0}},          \
    {owner, "print", "V", "F", 0, S, {0}}, {owner, "print", "V", "D", 0, S, {0}},          \
    {owner, "print", "V", "[C", 0, S, {0}}, {owner, "print", "V", "T", 0, S, {0}},         \
    {owner, "print", "V", "O", 0, S, {0}}, {owner, "flush", "V", "", 0, S, {0}},                \
    {owner, "printf", "V", "T[O", 0, S | VA, {0}}, {owner, "format", "V", "T[O", 0, S | VA, {0}}
    PRINTS("System.out"), PRINTS("System.err"),
#undef PRINTS
    {"System", "nanoTime", "J", "", 0, S, {0}},
    {"System", "currentTimeMillis", "J", "", 0, S, {0}},
    {"System", "exit", "V", "I", 0, S, {0}},
    {"System", "lineSeparator", "T", "", 0, S | P, {0}},
    {"System", "identityHashCode", "I", "O", 0, S, {0}},
    {"System", "getProperty", "T", "T", 0, S, {0}},
    {"System", "getProperty", "T", "TT", 0, S, {0}},
    /* the CPU backend adds the element types (see lime.h) */
    {"System", "arraycopy", "V", "OIOII", 0, S, {0}},

    {"Math", "PI", "D", "", 0, F, FP_CONST(3.141592653589793)},
    {"Math", "E", "D", "", 0, F, FP_CONST(2.718281828459045)},
    {"Math", "abs", "I", "I", 0, S | P, {0}}, {"Math", "abs", "J", "J", 0, S | P, {0}},
    {"Math", "abs", "F", "F", 0, S | P, {0}}, {"Math", "abs", "D", "D", 0, S | P, {0}},
    {"Math", "min", "I", "II", 0, S | P, {0}}, {"Math", "min", "J", "JJ", 0, S | P, {0}},
    {"Math", "min", "F", "FF", 0, S | P, {0}}, {"Math", "min", "D", "DD", 0, S | P, {0}},
    {"Math", "max", "I", "II", 0, S | P, {0}}, {"Math", "max", "J", "JJ", 0, S | P, {0}},
    {"Math", "max", "F", "FF", 0, S | P, {0}}, {"Math", "max", "D", "DD", 0, S | P, {0}},
    {"Math", "sqrt", "D", "D", 0, S | P, {0}}, {"Math", "cbrt", "D", "D", 0, S | P, {0}},
    {"Math", "sin", "D", "D", 0, S | P, {0}}, {"Math", "cos", "D", "D", 0, S | P, {0}},
    {"Math", "tan", "D", "D", 0, S | P, {0}}, {"Math", "asin", "D", "D", 0, S | P, {0}},
    {"Math", "acos", "D", "D", 0, S | P, {0}}, {"Math", "atan", "D", "D", 0, S | P, {0}},
    {"Math", "atan2", "D", "DD", 0, S | P, {0}}, {"Math", "exp", "D", "D", 0, S | P, {0}},
    {"Math", "log", "D", "D", 0, S | P, {0}}, {"Math", "log10", "D", "D", 0, S | P, {0}},
    {"Math", "pow", "D", "DD", 0, S | P, {0}}, {"Math", "floor", "D", "D", 0, S | P, {0}},
    {"Math", "ceil", "D", "D", 0, S | P, {0}}, {"Math", "rint", "D", "D", 0, S | P, {0}},
    {"Math", "round", "I", "F", 0, S | P, {0}}, {"Math", "round", "J", "D", 0, S | P, {0}},
    {"Math", "hypot", "D", "DD", 0, S | P, {0}}, {"Math", "random", "D", "", 0, S, {0}},
    {"Math", "sinh", "D", "D", 0, S | P, {0}}, {"Math", "cosh", "D", "D", 0, S | P, {0}},
    {"Math", "tanh", "D", "D", 0, S | P, {0}}, {"Math", "expm1", "D", "D", 0, S | P, {0}},
    {"Math", "log1p", "D", "D", 0, S | P, {0}},
    {"Math", "signum", "F", "F", 0, S | P, {0}}, {"Math", "signum", "D", "D", 0, S | P, {0}},
    {"Math", "nextUp", "F", "F", 0, S | P, {0}}, {"Math", "nextUp", "D", "D", 0, S | P, {0}},
    {"Math", "nextDown", "F", "F", 0, S | P, {0}}, {"Math", "nextDown", "D", "D", 0, S | P, {0}},
    {"Math", "ulp", "F", "F", 0, S | P, {0}}, {"Math", "ulp", "D", "D", 0, S | P, {0}},
    {"Math", "getExponent", "I", "F", 0, S | P, {0}}, {"Math", "getExponent", "I", "D", 0, S | P, {0}},
    {"Math", "copySign", "F", "FF", 0, S | P, {0}}, {"Math", "copySign", "D", "DD", 0, S | P, {0}},
    {"Math", "nextAfter", "F", "FD", 0, S | P, {0}}, {"Math", "nextAfter", "D", "DD", 0, S | P, {0}},
    {"Math", "scalb", "F", "FI", 0, S | P, {0}}, {"Math", "scalb", "D", "DI", 0, S | P, {0}},
    {"Math", "IEEEremainder", "D", "DD", 0, S | P, {0}},
    {"Math", "fma", "F", "FFF", 0, S | P, {0}}, {"Math", "fma", "D", "DDD", 0, S | P, {0}},
    {"Math", "toRadians", "D", "D", 0, S | P, {0}}, {"Math", "toDegrees", "D", "D", 0, S | P, {0}},
    {"Math", "floorDiv", "I", "II", 0, S | P, {0}}, {"Math", "floorDiv", "J", "JJ", 0, S | P, {0}},
    {"Math", "floorMod", "I", "II", 0, S | P, {0}}, {"Math", "floorMod", "J", "JJ", 0, S | P, {0}},
    {"Math", "floorDiv", "J", "JI", 0, S | P, {0}}, {"Math", "floorMod", "I", "JI", 0, S | P, {0}},
    /* exact arithmetic: ArithmeticException "integer overflow" / "long overflow" */
#define EXACT2(name) {"Math", name, "I", "II", 0, S | P, {0}}, {"Math", name, "J", "JJ", 0, S | P, {0}}
#define EXACT1(name) {"Math", name, "I", "I", 0, S | P, {0}}, {"Math", name, "J", "J", 0, S | P, {0}}
    EXACT2("addExact"), EXACT2("subtractExact"), EXACT2("multiplyExact"),
    {"Math", "multiplyExact", "J", "JI", 0, S | P, {0}},
    EXACT1("incrementExact"), EXACT1("decrementExact"), EXACT1("negateExact"), EXACT1("absExact"),
    {"Math", "toIntExact", "I", "J", 0, S | P, {0}},
#undef EXACT2
#undef EXACT1

    {"Integer", "MAX_VALUE", "I", "", 0, F, INT_CONST(2147483647)},
    {"Integer", "MIN_VALUE", "I", "", 0, F, INT_CONST(-2147483647 - 1)},
    {"Integer", "parseInt", "I", "T", 0, S, {0}},
    {"Integer", "toString", "T", "I", 0, S | P, {0}},
    {"Integer", "bitCount", "I", "I", 0, S | P, {0}},
    {"Integer", "numberOfLeadingZeros", "I", "I", 0, S | P, {0}},
    {"Integer", "numberOfTrailingZeros", "I", "I", 0, S | P, {0}},
    {"Integer", "toHexString", "T", "I", 0, S | P, {0}},
    {"Integer", "toBinaryString", "T", "I", 0, S | P, {0}},
    {"Integer", "parseInt", "I", "TI", 0, S, {0}},
    {"Integer", "toString", "T", "II", 0, S | P, {0}},
    {"Integer", "compare", "I", "II", 0, S | P, {0}},
    {"Integer", "signum", "I", "I", 0, S | P, {0}},
    {"Integer", "reverse", "I", "I", 0, S | P, {0}},
    {"Integer", "highestOneBit", "I", "I", 0, S | P, {0}},
    {"Integer", "lowestOneBit", "I", "I", 0, S | P, {0}},
    {"Long", "MAX_VALUE", "J", "", 0, F, INT_CONST(INT64_MAX)},
    {"Long", "MIN_VALUE", "J", "", 0, F, INT_CONST(INT64_MIN)},
    {"Long", "parseLong", "J", "T", 0, S, {0}},
    {"Long", "toString", "T", "J", 0, S | P, {0}},
    {"Long", "bitCount", "I", "J", 0, S | P, {0}},
    {"Long", "numberOfLeadingZeros", "I", "J", 0, S | P, {0}},
    {"Long", "numberOfTrailingZeros", "I", "J", 0, S | P, {0}},
    {"Long", "toHexString", "T", "J", 0, S | P, {0}},
    {"Long", "toBinaryString", "T", "J", 0, S | P, {0}},
    {"Long", "toString", "T", "JI", 0, S | P, {0}},
    {"Long", "compare", "I", "JJ", 0, S | P, {0}},
    {"Long", "signum", "I", "J", 0, S | P, {0}},
    {"Integer", "SIZE", "I", "", 0, F, INT_CONST(32)},
    {"Integer", "BYTES", "I", "", 0, F, INT_CONST(4)},
    {"Long", "SIZE", "I", "", 0, F, INT_CONST(64)},
    {"Long", "BYTES", "I", "", 0, F, INT_CONST(8)},
    {"Short", "MAX_VALUE", "S", "", 0, F, INT_CONST(32767)},
    {"Short", "MIN_VALUE", "S", "", 0, F, INT_CONST(-32768)},
    {"Byte", "MAX_VALUE", "B", "", 0, F, INT_CONST(127)},
    {"Byte", "MIN_VALUE", "B", "", 0, F, INT_CONST(-128)},
    {"Character", "MAX_VALUE", "C", "", 0, F, INT_CONST(0xFFFF)},
    {"Character", "MIN_VALUE", "C", "", 0, F, INT_CONST(0)},
    {"Character", "compare", "I", "CC", 0, S | P, {0}},
    {"Boolean", "compare", "I", "ZZ", 0, S | P, {0}},
    {"Boolean", "toString", "T", "Z", 0, S | P, {0}},
    {"Boolean", "parseBoolean", "Z", "T", 0, S | P, {0}},
    {"Double", "compare", "I", "DD", 0, S | P, {0}},
    {"Float", "compare", "I", "FF", 0, S | P, {0}},

    /* Character: exact for every code point (tables from the JDK itself) */
#define CHARPROP(name) {"Character", name, "Z", "C", 0, S | P, {0}}, {"Character", name, "Z", "I", 0, S | P, {0}}
    CHARPROP("isDigit"), CHARPROP("isLetter"), CHARPROP("isLetterOrDigit"), CHARPROP("isWhitespace"),
    CHARPROP("isUpperCase"), CHARPROP("isLowerCase"),
#undef CHARPROP
    {"Character", "toUpperCase", "C", "C", 0, S | P, {0}}, {"Character", "toUpperCase", "I", "I", 0, S | P, {0}},
    {"Character", "toLowerCase", "C", "C", 0, S | P, {0}}, {"Character", "toLowerCase", "I", "I", 0, S | P, {0}},

    {"Double", "MAX_VALUE", "D", "", 0, F, FP_CONST(1.7976931348623157e308)},
    {"Double", "MIN_VALUE", "D", "", 0, F, FP_CONST(4.9e-324)},
    {"Double", "POSITIVE_INFINITY", "D", "", 0, F, FP_CONST(INFINITY)},
    {"Double", "NEGATIVE_INFINITY", "D", "", 0, F, FP_CONST(-INFINITY)},
    {"Double", "NaN", "D", "", 0, F, FP_CONST(NAN)},
    {"Double", "parseDouble", "D", "T", 0, S, {0}},
    {"Double", "toString", "T", "D", 0, S | P, {0}},
    {"Double", "isNaN", "Z", "D", 0, S | P, {0}},
    {"Double", "isInfinite", "Z", "D", 0, S | P, {0}},
    {"Double", "doubleToLongBits", "J", "D", 0, S | P, {0}},
    {"Double", "longBitsToDouble", "D", "J", 0, S | P, {0}},
    {"Double", "doubleToRawLongBits", "J", "D", 0, S | P, {0}},
    {"Double", "MIN_NORMAL", "D", "", 0, F, FP_CONST(2.2250738585072014e-308)},
    {"Double", "MAX_EXPONENT", "I", "", 0, F, INT_CONST(1023)},
    {"Double", "MIN_EXPONENT", "I", "", 0, F, INT_CONST(-1022)},
    {"Float", "MAX_VALUE", "F", "", 0, F, FP_CONST(3.4028234663852886e38)},
    {"Float", "MIN_VALUE", "F", "", 0, F, FP_CONST(1.401298464324817e-45)},
    {"Float", "POSITIVE_INFINITY", "F", "", 0, F, FP_CONST(INFINITY)},
    {"Float", "NEGATIVE_INFINITY", "F", "", 0, F, FP_CONST(-INFINITY)},
    {"Float", "NaN", "F", "", 0, F, FP_CONST(NAN)},
    {"Float", "parseFloat", "F", "T", 0, S, {0}},
    {"Float", "toString", "T", "F", 0, S | P, {0}},
    {"Float", "isNaN", "Z", "F", 0, S | P, {0}},
    {"Float", "isInfinite", "Z", "F", 0, S | P, {0}},
    {"Float", "floatToIntBits", "I", "F", 0, S | P, {0}},
    {"Float", "intBitsToFloat", "F", "I", 0, S | P, {0}},
    {"Float", "floatToRawIntBits", "I", "F", 0, S | P, {0}},
    {"Float", "MIN_NORMAL", "F", "", 0, F, FP_CONST(0x1p-126)},
    {"Float", "MAX_EXPONENT", "I", "", 0, F, INT_CONST(127)},
    {"Float", "MIN_EXPONENT", "I", "", 0, F, INT_CONST(-126)},

    /* String: instance methods take the receiver as their first argument */
    {"String", "length", "I", "", 0, P, {0}},
    {"String", "charAt", "C", "I", 0, P, {0}},
    {"String", "equals", "Z", "O", 0, P, {0}},
    {"String", "compareTo", "I", "T", 0, P, {0}},
    {"String", "substring", "T", "I", 0, P, {0}},
    {"String", "substring", "T", "II", 0, P, {0}},
    {"String", "subSequence", "T", "II", 0, P, {0}},   /* (a CharSequence: this String's) */
    {"String", "indexOf", "I", "T", 0, P, {0}},
    {"String", "indexOf", "I", "I", 0, P, {0}},
    {"String", "isEmpty", "Z", "", 0, P, {0}},
    {"String", "hashCode", "I", "", 0, P, {0}},
    {"String", "toCharArray", "[C", "", 0, P, {0}},
    {"String", "contains", "Z", "T", 0, P, {0}},
    {"String", "startsWith", "Z", "T", 0, P, {0}},
    {"String", "startsWith", "Z", "TI", 0, P, {0}},
    {"String", "endsWith", "Z", "T", 0, P, {0}},
    {"String", "indexOf", "I", "TI", 0, P, {0}},
    {"String", "indexOf", "I", "II", 0, P, {0}},
    {"String", "lastIndexOf", "I", "T", 0, P, {0}},
    {"String", "lastIndexOf", "I", "I", 0, P, {0}},
    {"String", "lastIndexOf", "I", "TI", 0, P, {0}},
    {"String", "lastIndexOf", "I", "II", 0, P, {0}},
    {"String", "replace", "T", "CC", 0, P, {0}},
    {"String", "replace", "T", "TT", 0, P, {0}},
    /* split, matches, replaceAll, replaceFirst: lib/java/lang/LimeStrings.java (java.util.regex) */
    {"String", "trim", "T", "", 0, P, {0}},
    {"String", "strip", "T", "", 0, P, {0}},
    {"String", "stripLeading", "T", "", 0, P, {0}},
    {"String", "stripTrailing", "T", "", 0, P, {0}},
    {"String", "isBlank", "Z", "", 0, P, {0}},
    {"String", "repeat", "T", "I", 0, P, {0}},
    {"String", "equalsIgnoreCase", "Z", "T", 0, P, {0}},
    {"String", "compareToIgnoreCase", "I", "T", 0, P, {0}},
    {"String", "concat", "T", "T", 0, P, {0}},
    {"String", "intern", "T", "", 0, 0, {0}},   /* the pool holds state: not a pure member */
    {"String", "valueOf", "T", "Z", 0, S | P, {0}}, {"String", "valueOf", "T", "C", 0, S | P, {0}},
    {"String", "valueOf", "T", "I", 0, S | P, {0}}, {"String", "valueOf", "T", "J", 0, S | P, {0}},
    {"String", "valueOf", "T", "F", 0, S | P, {0}}, {"String", "valueOf", "T", "D", 0, S | P, {0}},
    {"String", "valueOf", "T", "[C", 0, S | P, {0}}, {"String", "valueOf", "T", "O", 0, S | P, {0}},
    {"String", "valueOf", "T", "[CII", 0, S | P, {0}},
    {"String", "copyValueOf", "T", "[C", 0, S | P, {0}}, {"String", "copyValueOf", "T", "[CII", 0, S | P, {0}},
    {"String", "toUpperCase", "T", "", 0, P, {0}},
    {"String", "toLowerCase", "T", "", 0, P, {0}},
    {"String", "getBytes", "[B", "", 0, P, {0}},
    {"String", "getChars", "V", "II[CI", 0, 0, {0}},
    {"String", "join", "T", "T[T", 0, S | P | VA, {0}},
    {"String", "format", "T", "T[O", 0, S | P | VA, {0}},
    /* the constructors, new String(...) ("new" is no method name) */
    {"String", "new", "T", "", 0, S | P, {0}}, {"String", "new", "T", "T", 0, S | P, {0}},
    {"String", "new", "T", "[C", 0, S | P, {0}}, {"String", "new", "T", "[CII", 0, S | P, {0}},
    {"String", "new", "T", "[B", 0, S | P, {0}}, {"String", "new", "T", "[BII", 0, S | P, {0}},

    /* Boxing (JLS 5.1.7), which a variable-arity call of an Object...
     * member needs: "Box" is no class a program can name */
    {"Box", "of", "O", "Z", 0, S | P, {0}}, {"Box", "of", "O", "C", 0, S | P, {0}},
    {"Box", "of", "O", "B", 0, S | P, {0}}, {"Box", "of", "O", "S", 0, S | P, {0}},
    {"Box", "of", "O", "I", 0, S | P, {0}}, {"Box", "of", "O", "J", 0, S | P, {0}},
    {"Box", "of", "O", "F", 0, S | P, {0}}, {"Box", "of", "O", "D", 0, S | P, {0}},
};

#undef S
#undef P
#undef F
#undef VA

enum { NBUILTINS = sizeof table / sizeof table[0] };

/* Parses one descriptor at *d, advancing it. */
static Type *parse_descriptor(const char **d) {
    char c = *(*d)++;
    switch (c) {
    case 'V': return ty_void;
    case 'Z': return ty_boolean;
    case 'B': return ty_byte;
    case 'S': return ty_short;
    case 'C': return ty_char;
    case 'I': return ty_int;
    case 'J': return ty_long;
    case 'F': return ty_float;
    case 'D': return ty_double;
    case 'T': return ty_string;
    case 'O': return ty_object;
    case '[': return array_of(parse_descriptor(d));
    default: LIME_UNREACHABLE();
    }
}

Type *builtin_ret_type(const Builtin *b) {
    const char *d = b->ret;
    return parse_descriptor(&d);
}

int builtin_param_types(const Builtin *b, Type **out, int max) {
    int n = 0;
    for (const char *d = b->params; *d;) {
        Type *t = parse_descriptor(&d);
        if (n < max) out[n] = t;
        n++;
    }
    return n;
}

/* lime_<owner>_<name>_<params>: "System.out" -> "system_out", '[' -> 'A'. */
static const char *make_symbol(const Builtin *b) {
    StrBuf sb = {0};
    sb_puts(&sb, "lime_");
    for (const char *p = b->owner; *p; p++) sb_putc(&sb, *p == '.' ? '_' : (char)tolower((unsigned char)*p));
    sb_printf(&sb, "_%s_", b->name);
    for (const char *p = b->params; *p; p++) sb_putc(&sb, *p == '[' ? 'A' : *p);
    return xstrdup(sb_str(&sb));
}

void builtins_init(void) {
    for (int i = 0; i < NBUILTINS; i++) {
        Builtin *b = &table[i];
        b->symbol = make_symbol(b);
        if (b->flags & BI_FIELD) b->cval.ty = builtin_ret_type(b);
    }
}

/* Not in the table (no source name reaches it): the float square root the
 * lowering puts in for (float) Math.sqrt(f) with a float f.  Widening f to
 * double, the correctly rounded double sqrt, then rounding to float gives
 * the correctly rounded float sqrt of f (double has more than 2 * 24 + 2
 * significand bits, so the double rounding is innocuous), so this is the
 * same value, bit for bit, including NaN, -0.0, infinities and subnormals. */
static Builtin float_sqrt = {"Math", "sqrt", "F", "F", "lime_math_sqrt_F", BI_STATIC | BI_PURE, {0}};

const Builtin *builtin_float_sqrt(void) { return &float_sqrt; }

/* Not in the table either: what an assert statement lowers to (runtime/exceptions.c). */
static Builtin assert_enabled = {"Lime", "assertionsEnabled", "Z", "", "lime_assert_enabled", BI_STATIC, {0}};
static Builtin assert_fail = {"Lime", "assertionFailed", "V", "T", "lime_assert_fail", BI_STATIC, {0}};
static Builtin assert_fail_none = {"Lime", "assertionFailed", "V", "", "lime_assert_fail_none", BI_STATIC, {0}};

const Builtin *builtin_assert_enabled(void) { return &assert_enabled; }
const Builtin *builtin_assert_fail(bool with_message) { return with_message ? &assert_fail : &assert_fail_none; }

/* The classes of the Java library that Lime provides, for imports and
 * qualified names (java.lang's are visible without an import).  A class
 * whose members are in the table above, or a type (String, Object), or an
 * annotation interface.  Adding a row makes `import pkg.Name;` work; the
 * checker still has to know what the name means. */
static const struct {
    const char *package, *name;
} library_classes[] = {
    {"java.lang", "Object"}, {"java.lang", "String"}, {"java.lang", "Math"}, {"java.lang", "Integer"},
    {"java.lang", "Long"}, {"java.lang", "Double"}, {"java.lang", "Float"}, {"java.lang", "Character"},
    {"java.lang", "System"}, {"java.lang", "StrictMath"},
    /* annotation interfaces: accepted wherever annotations are */
    {"java.lang", "Override"}, {"java.lang", "Deprecated"}, {"java.lang", "SuppressWarnings"},
    {"java.lang", "FunctionalInterface"}, {"java.lang", "SafeVarargs"},
    {"java.lang.annotation", "Retention"}, {"java.lang.annotation", "RetentionPolicy"},
    {"java.lang.annotation", "Target"}, {"java.lang.annotation", "ElementType"},
    {"java.lang.annotation", "Documented"}, {"java.lang.annotation", "Inherited"},
    {"java.lang.annotation", "Repeatable"},
};

/* Packages Lime provides a part of (or will): an on-demand import of one
 * is accepted even when nothing of it is used. */
static const char *const library_packages[] = {
    "java.lang", "java.lang.annotation", "java.util", "java.util.function", "java.io", "java.text",
};

/* The owner of name's members in the table: StrictMath's are Math's (Lime's
 * Math is fdlibm's, which is what StrictMath specifies) */
const char *builtin_owner_of_class(const char *name) { return strcmp(name, "StrictMath") ? name : "Math"; }

const char *library_class(const char *package, const char *name) {
    for (size_t i = 0; i < sizeof library_classes / sizeof library_classes[0]; i++)
        if (!strcmp(library_classes[i].package, package) && !strcmp(library_classes[i].name, name))
            return builtin_owner_of_class(library_classes[i].name);
    return NULL;
}

const char *library_class_package(const char *name) {
    for (size_t i = 0; i < sizeof library_classes / sizeof library_classes[0]; i++)
        if (!strcmp(library_classes[i].name, name)) return library_classes[i].package;
    return NULL;
}

bool library_package(const char *package, bool prefix) {
    size_t n = strlen(package);
    for (size_t i = 0; i < sizeof library_packages / sizeof library_packages[0]; i++) {
        const char *p = library_packages[i];
        if (!strcmp(p, package)) return true;
        if (prefix && !strncmp(p, package, n) && p[n] == '.') return true;
    }
    return false;
}

bool builtin_owner_exists(const char *owner) {
    for (int i = 0; i < NBUILTINS; i++)
        if (!strcmp(table[i].owner, owner)) return true;
    return false;
}

int builtin_lookup(const char *owner, const char *name, const Builtin **out, int max) {
    int n = 0;
    for (int i = 0; i < NBUILTINS; i++) {
        if (strcmp(table[i].owner, owner) || strcmp(table[i].name, name)) continue;
        if (n < max) out[n] = &table[i];
        n++;
    }
    return n;
}
