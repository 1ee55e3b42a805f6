/* smoke.c: what a compiled program does with the runtime: start-up, string
 * building and concatenation, printing every type on System.out and
 * System.err, and an uncaught exception at the end (exit status 1).
 * smoke.sh compares stdout with smoke.expected and checks stderr. */
#include <string.h>

#include "lime.h"

static LimeString *S(const char *s) { return lime_string_from_utf8(s, (int64_t)strlen(s)); }

static const LimeClass point_class = {.name = "Point", .size = 24};

int main(int argc, char **argv) {
    LimeArray *args = lime_start(argc, argv);
    lime_system_out_println_I(args->length);

    /* print and println of every type */
    lime_system_out_println_Z(true);
    lime_system_out_println_C('x');
    lime_system_out_println_C(0xe9);   /* é */
    lime_system_out_println_C(0x20ac); /* € */
    lime_system_out_println_I(INT32_MIN);
    lime_system_out_println_J(INT64_MIN);
    lime_system_out_println_F(1.1f);
    lime_system_out_println_F(1e10f);
    lime_system_out_println_D(0.1 + 0.2);
    lime_system_out_println_D(1e-5);
    lime_system_out_println_D(-0.0);
    lime_system_out_println_D(1.0 / 0.0);
    lime_system_out_println_D(100.0);
    lime_system_out_println_D(1e7);
    lime_system_out_println_T(NULL);
    lime_system_out_print_T(S("no newline, "));
    lime_system_out_print_Z(false);
    lime_system_out_print_C(' ');
    lime_system_out_print_I(42);
    lime_system_out_print_J(-7);
    lime_system_out_print_F(2.5f);
    lime_system_out_print_D(3.0);
    lime_system_out_println_();

    /* strings: UTF-8 constants, a lone surrogate spelled in 3 bytes, a
     * 4-byte character as a surrogate pair */
    LimeString *smile = S("\xf0\x9f\x98\x80");
    lime_system_out_println_I(lime_string_length_(smile));
    lime_system_out_println_T(smile);
    LimeString *lone = S("a\xed\xa0\x80z"); /* "a\uD800z" */
    lime_system_out_println_I(lime_string_charAt_I(lone, 1));
    lime_system_out_println_T(lone);
    /* the two halves of a pair printed separately still make one character */
    lime_system_out_print_C(0xd83d);
    lime_system_out_print_C(0xde00);
    lime_system_out_println_();
    lime_system_out_print_C(0xd83d);
    lime_system_out_println_T(S("<- unpaired"));

    LimeString *s = lime_string_concat(S("x="), lime_string_of_I(3));
    s = lime_string_concat(s, lime_string_of_C(','));
    s = lime_string_concat(s, lime_string_of_Z(true));
    s = lime_string_concat(s, lime_string_of_T(NULL));
    s = lime_string_concat(s, lime_string_of_D(1.0E10));
    s = lime_string_concat(s, lime_string_of_F(0.1f));
    s = lime_string_concat(s, lime_string_of_J(-1));
    lime_system_out_println_T(s);
    lime_system_out_println_I(lime_string_hashCode_(s));
    lime_system_out_println_I(lime_string_indexOf_T(s, S("true")));
    lime_system_out_println_T(lime_string_substring_II(s, 2, 5));

    LimeArray *chars = lime_string_toCharArray_(S("h\xc3\xa9llo"));
    lime_system_out_print_AC(chars);
    lime_system_out_println_AC(chars);
    lime_system_out_println_T(lime_string_valueOf_AC(chars));

    /* Object-typed references: a String, an object, an array */
    lime_system_out_println_O(S("a string as Object"));
    lime_system_out_println_O(NULL);
    LimeObject *p = lime_new_object(&point_class);
    LimeString *ps = lime_string_of_object(p);
    lime_system_out_println_Z(lime_string_indexOf_T(ps, S("Point@")) == 0);
    lime_system_out_println_Z(lime_string_equals_O(ps, lime_string_valueOf_O(p)));
    lime_system_out_println_Z(lime_string_equals_O(S("abc"), p));
    lime_system_out_println_Z(lime_string_equals_O(S("abc"), S("abc")));
    LimeArray *ints = lime_new_prim_array(4, 3);
    LimeString *is = lime_string_of_array(ints, "[I");
    lime_system_out_println_Z(lime_string_indexOf_T(is, S("[I@")) == 0);

    /* multi-dimensional arrays */
    int32_t dims[2] = {3, 4};
    LimeArray *m = lime_new_prim_multi_array(2, dims, 2, 8);
    LimeArray *row = ((LimeArray **)((char *)m + LIME_ARRAY_DATA_OFFSET))[2];
    lime_system_out_println_I(m->length * 10 + row->length);
    LimeArray *partial = lime_new_multi_array(1, dims, 2, 8);
    lime_system_out_println_Z(((LimeArray **)((char *)partial + LIME_ARRAY_DATA_OFFSET))[0] == NULL);

    /* parsing */
    lime_system_out_println_I(lime_integer_parseInt_T(S("-2147483648")));
    lime_system_out_println_D(lime_double_parseDouble_T(S(" 0x1.8p1 ")));
    lime_system_out_println_F(lime_float_parseFloat_T(S("1.17549435E-38f")));

    /* System.err in between: System.out is flushed first */
    lime_system_out_print_T(S("before err|"));
    lime_system_err_println_T(S("on stderr"));
    lime_system_out_println_T(S("after err"));

    int64_t t0 = lime_system_nanoTime_();
    lime_system_out_println_Z(lime_system_nanoTime_() >= t0 && lime_system_currentTimeMillis_() > 1600000000000LL);

    lime_system_out_print_T(S("last line, unterminated"));
    lime_throw_index_out_of_bounds(5, 3);
}
