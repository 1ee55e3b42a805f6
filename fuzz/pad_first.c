/* pad_first.c: linked first into the fuzz target (scripts/fuzz.sh): a whole
 * page at the start of the coverage counters' section, so that the section
 * starts on a page boundary and front.c can share its pages with forked
 * children without sharing any other variable; and as many entries (PC,
 * flags: none) at the start of the PC table, which libFuzzer matches to
 * the counters one for one. */
#include <stdint.h>
__attribute__((section("__sancov_cntrs"), aligned(4096), used)) uint8_t lime_fuzz_counters_first[4096];
__attribute__((section("__sancov_pcs"), used)) uintptr_t lime_fuzz_pcs_first[2 * 4096];
