/* A C program using liblime (tests/install.sh links it with pkg-config and
 * with CMake's Lime::runtime): a Java String and Java's Math. */
#include <lime.h>
#include <stdio.h>

int main(int argc, char **argv) {
    lime_start(argc, argv);
    LimeString *s = lime_string_from_utf8("h\xc3\xa9llo", 6);
    printf("length %d, sqrt(2) %.6f, round(2.5) %lld, round(-2.5) %lld\n", s->length, lime_math_sqrt_D(2.0),
           (long long)lime_math_round_D(2.5), (long long)lime_math_round_D(-2.5));
    return lime_finish();
}
