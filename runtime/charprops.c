/* charprops.c: Character's isDefined, identifier and other binary properties
 * (lib/java/lang/Character.java), apart from character.c so that their
 * tables (unicode_tables.h, generated from the JDK by
 * scripts/GenUnicode.java) are linked only into programs that ask. */
#include "internal.h"
#include "unicode_tables.h"

#define NELEM(t) ((int)(sizeof(t) / sizeof(t)[0]))

/* Character.hasProperty (lib/java/lang/Character.java): whether code
 * point cp (any int: outside 0..0x10FFFF none has one) has the property
 * of index which, in the order of Character's DEFINED ... MIRRORED */
static const struct {
    const uint32_t (*ranges)[2];
    int n;
} uc_properties[] = {
    {uc_defined, NELEM(uc_defined)},
    {uc_java_identifier_start, NELEM(uc_java_identifier_start)},
    {uc_java_identifier_part, NELEM(uc_java_identifier_part)},
    {uc_unicode_identifier_start, NELEM(uc_unicode_identifier_start)},
    {uc_unicode_identifier_part, NELEM(uc_unicode_identifier_part)},
    {uc_identifier_ignorable, NELEM(uc_identifier_ignorable)},
    {uc_alphabetic, NELEM(uc_alphabetic)},
    {uc_ideographic, NELEM(uc_ideographic)},
    {uc_space_char, NELEM(uc_space_char)},
    {uc_title_case, NELEM(uc_title_case)},
    {uc_mirrored, NELEM(uc_mirrored)},
};

bool lime_native_java_lang_Character_hasProperty(int32_t cp, int32_t which) {
    if (which < 0 || which >= NELEM(uc_properties)) return false; /* (never: Character passes its constants) */
    return lime_rt_in_ranges(uc_properties[which].ranges, uc_properties[which].n, cp);
}
