/* fp_tostring.c: reads the "D <hex bits> ..." / "F <hex bits> ..." lines
 * that FpToString.java printed and prints them again with the runtime's
 * Double.toString / Float.toString, for a byte-for-byte comparison. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lime.h"

int main(int argc, char **argv) {
    lime_start(argc, argv);
    char line[256];
    while (fgets(line, sizeof line, stdin)) {
        char kind;
        unsigned long long bits;
        if (sscanf(line, "%c %llx", &kind, &bits) != 2) continue;
        LimeString *s;
        if (kind == 'D') {
            s = lime_double_toString_D(lime_double_longBitsToDouble_J((int64_t)bits));
            printf("D %llx ", bits);
        } else {
            s = lime_float_toString_F(lime_float_intBitsToFloat_I((int32_t)(uint32_t)bits));
            printf("F %llx ", bits);
        }
        for (int32_t i = 0; i < s->length; i++) putchar((char)s->chars[i]);
        putchar('\n');
    }
    return lime_finish();
}
