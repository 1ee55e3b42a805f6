/* gc_stress.c: allocates 10 GiB in all (objects, reference arrays,
 * primitive arrays, strings) while keeping well under 100 MiB alive, and
 * fails if the process ever held 500 MiB or more. */
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "lime.h"

static const LimeClass node_class = {.name = "Node", .size = 24};

typedef struct Node {
    const LimeClass *cls;
    struct Node *next;
    int64_t value;
} Node;

enum { KEEP = 48 };

int main(int argc, char **argv) {
    lime_start(argc, argv);
    LimeArray *keep = lime_new_array(8, KEEP); /* the live set: up to 48 x 1 MiB */
    LimeArray **slots = (LimeArray **)((char *)keep + LIME_ARRAY_DATA_OFFSET);
    int64_t total = 0, checksum = 0;
    int64_t goal = (int64_t)10 << 30;
    for (int64_t i = 0; total < goal; i++) {
        LimeArray *a = lime_new_prim_array(8, 1 << 17); /* 1 MiB of doubles */
        ((double *)((char *)a + LIME_ARRAY_DATA_OFFSET))[i & 1023] = (double)i;
        slots[i % KEEP] = a;
        total += 8 << 17;
        Node *list = NULL;
        for (int k = 0; k < 2000; k++) { /* short-lived linked objects */
            Node *n = (Node *)lime_new_object(&node_class);
            n->next = list;
            n->value = k;
            list = n;
        }
        total += 2000 * 24;
        checksum += list->value;
        LimeArray *refs = lime_new_array(8, 4096); /* a reference array of strings */
        LimeString **rs = (LimeString **)((char *)refs + LIME_ARRAY_DATA_OFFSET);
        for (int k = 0; k < 64; k++) rs[k * 64] = lime_string_of_I(k);
        total += 8 * 4096 + 64 * 16;
        checksum += rs[64]->length;
    }
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    long max_mib = ru.ru_maxrss / 1024;
    printf("allocated %lld MiB, peak resident %ld MiB (checksum %lld)\n", (long long)(total >> 20), max_mib,
           (long long)checksum);
    lime_finish();
    return max_mib < 500 ? 0 : 1;
}
