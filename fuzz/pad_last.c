/* pad_last.c: linked last into the fuzz target (scripts/fuzz.sh): a page's
 * worth of counters (and PC table entries) at the end of the coverage
 * counters' section, unaligned so that no gap comes before it: the last
 * page boundary in the section then lies inside it, and every real counter
 * below that boundary (front.c shares [start, that boundary)). */
#include <stdint.h>
/* packed: alignment 1 (an array this big would get 16, and a gap) */
struct __attribute__((packed)) LimeFuzzPage {
    uint8_t bytes[4096];
};
__attribute__((section("__sancov_cntrs"), used)) struct LimeFuzzPage lime_fuzz_counters_last;
__attribute__((section("__sancov_pcs"), used)) uintptr_t lime_fuzz_pcs_last[2 * 4096];
