/* heap.c: every Java-visible byte comes from Boehm GC.
 *
 * Objects: from per-thread free lists filled by GC_generic_malloc_many
 * (alloc_small; compiled code pops them inline, lime_alloc_lists), in
 * whole 16-byte granules, every word scanned conservatively if their
 * class has a reference field, else of a kind whose only scanned word is
 * the class word (a primitive field is never a pointer).  The heap's
 * sections are advised to use transparent huge pages.  Reference arrays: GC_MALLOC.
 * Primitive arrays: GC_MALLOC_ATOMIC (never scanned, so a large double[]
 * full of bit patterns cannot pin garbage), cleared by hand.
 * Strings: a pointer-free GC kind of their own, so that a reference of
 * static type Object can be told to be a String at run time (strings have
 * no class word).  String constants are static data outside the heap.
 *
 * The heap has a limit, as the JVM's has: $LIME_HEAP_MAX (bytes, or with a
 * k/m/g suffix as -Xmx takes them), else a quarter of the machine's
 * memory (the JVM's default).  An allocation beyond it throws
 * OutOfMemoryError "Java heap space"; an array longer than the JVM's
 * largest (Integer.MAX_VALUE - 2 elements) throws "Requested array size
 * exceeds VM limit", whatever the heap. */
#define GC_THREADS 1
#include <gc.h>
#include <sched.h>
#include <signal.h>
#include <gc/gc_inline.h>
#include <gc/gc_mark.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "internal.h"

static int string_kind = -1;
/* the GC kinds of objects: with reference fields, without (heap_init) */
enum { LIST_SCANNED, LIST_HEADER_ONLY, NLISTS };
static int list_kind[NLISTS] = {-1, -1};

static void quiet_warning(char *msg, GC_word arg) {
    (void)msg;
    (void)arg;
}

/* LIME_HEAP_MAX's bytes: digits and an optional k, m or g (either case);
 * 0 when the text is not that or the number is 0 or too large. */
static size_t parse_heap_max(const char *text) {
    char *end;
    unsigned long long v = strtoull(text, &end, 10);
    if (end == text || text[0] == '-') return 0;
    unsigned shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: break;
    }
    if (*end || v == 0 || v > (SIZE_MAX >> shift)) return 0;
    return (size_t)v << shift;
}

/* The heap's limit: LIME_HEAP_MAX, else a quarter of physical memory. */
static size_t heap_limit(void) {
    const char *env = getenv("LIME_HEAP_MAX");
    if (env && *env) {
        size_t v = parse_heap_max(env);
        if (v) return v;
        fprintf(stderr, "lime: warning: LIME_HEAP_MAX=%.100s is not a size (such as 512m or 2g); using the default\n",
                env);
    }
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || page <= 0) return 0; /* unknown: no limit */
    return (size_t)pages / 4 * (size_t)page;
}

size_t lime_rt_array_bytes(int32_t elem_size, int32_t len) {
    if (len > INT32_MAX - 2) lime_throw("OutOfMemoryError", "Requested array size exceeds VM limit");
    return (size_t)LIME_ARRAY_DATA_OFFSET + (size_t)elem_size * (size_t)len;
}

/* The heap's initial size: the JVM's (a 64th of physical memory) but at
 * most INITIAL_HEAP_MAX, and at most the limit (0: no limit).  A program
 * that allocates much collects far less often from a large start
 * (binary-trees at depth 18: 19 collections instead of 140, 0.84 s
 * instead of 1.05 s); pages are touched only when first used, and beyond
 * 128 MiB those first touches cost more than the collections they save
 * (0.87 s at 256 MiB, 0.93 s at 376 MiB). */
#define INITIAL_HEAP_MAX ((size_t)128 << 20)
static size_t initial_heap(size_t limit) {
    long pages = sysconf(_SC_PHYS_PAGES), page = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || page <= 0) return 0;
    size_t size = (size_t)pages / 64 * (size_t)page;
    if (size > INITIAL_HEAP_MAX) size = INITIAL_HEAP_MAX;
    return limit && size > limit ? limit : size;
}

/* Transparent huge pages for the heap: the collector's sections are
 * advised MADV_HUGEPAGE (where the system leaves it to madvise, as
 * Debian's default does), so that walking a large heap of small objects
 * takes one TLB entry per 2 MiB instead of per 4 KiB, and a section is
 * faulted in 2 MiB at a time (binary-trees: 10% less time, Dijkstra's
 * random walk over its graph: more; the resident size stays about the
 * same, the heap being dense).  The collector offers no hook on its
 * mmap, so after each growth (and at start) the process's map is read
 * and every anonymous writable mapping of 2 MiB or more that starts
 * with a heap section is advised (again: advising twice is harmless);
 * such a mapping may go on with the collector's own tables, and a heap
 * section that follows some other memory is missed.  Memory the
 * collector unmaps and maps again loses the advice: this is an
 * optimisation only. */
static void advise_huge_pages(void) {
    FILE *maps = fopen("/proc/self/maps", "r");
    if (!maps) return;
    char line[512];
    while (fgets(line, sizeof line, maps)) {
        unsigned long start, end, inode;
        char perms[8];
        if (sscanf(line, "%lx-%lx %7s %*s %*s %lu", &start, &end, perms, &inode) != 4) continue;
        if (inode != 0 || strncmp(perms, "rw", 2) != 0 || end - start < ((unsigned long)2 << 20)) continue;
        if (strchr(line, '[')) continue; /* [heap], [stack] */
        /* a section starts with a block the collector knows (interior
         * pages of a free block have no header of their own) */
        if (GC_is_heap_ptr((void *)start)) (void)madvise((void *)start, end - start, MADV_HUGEPAGE);
    }
    fclose(maps);
}

static void heap_grew(GC_word new_size) {
    (void)new_size;
    advise_huge_pages();
}

static size_t the_limit;   /* the heap's limit, 0: none */

void lime_rt_heap_init(void) {
    GC_set_handle_fork(1); /* a forked child may allocate and collect */
    /* The collector stops and restarts the threads with signals, by default
     * SIGPWR and SIGXCPU; LLVM, inside an OpenCL driver's build (PoCL),
     * claims SIGXCPU for its crash handler while it compiles, and a
     * collection then would kill the process.  Two real-time signals,
     * which nothing else in the process uses, let the program collect
     * while device.c's builder compiles in the background. */
    GC_set_suspend_signal(SIGRTMIN + 6);
    GC_set_thr_restart_signal(SIGRTMIN + 7);
    GC_INIT();
    size_t limit = the_limit = heap_limit();
    if (limit) GC_set_max_heap_size(limit);
    GC_set_on_heap_resize(heap_grew);
    size_t initial = initial_heap(limit);
    if (initial > GC_get_heap_size()) GC_expand_hp(initial - GC_get_heap_size());
    /* Boehm prints "Repeated allocation of very large block" and the like
     * on stderr; a Java program's stderr must carry only its own output. */
    GC_set_warn_proc(quiet_warning);
    /* The thread pool's workers register with GC_register_my_thread. */
    GC_allow_register_threads();
    /* descriptor 0 | GC_DS_LENGTH: no word is a pointer; not cleared on
     * allocation (every string is filled by its maker). */
    string_kind = (int)GC_new_kind(GC_new_free_list(), 0 | GC_DS_LENGTH, 0, 0);
    /* objects with reference fields: every word scanned (the descriptor
     * grows to the object's size: no "extra byte" word is left out, see
     * alloc_small) */
    list_kind[LIST_SCANNED] = (int)GC_new_kind(GC_new_free_list(), 0 | GC_DS_LENGTH, 1, 1);
    /* objects without reference fields: only the first word (the class
     * word, or the link while on a free list) is scanned; cleared by the
     * collector as it frees them */
    list_kind[LIST_HEADER_ONLY] = (int)GC_new_kind(GC_new_free_list(), sizeof(void *) | GC_DS_LENGTH, 0, 1);
}

static _Noreturn void out_of_memory(void) {
    lime_throw("OutOfMemoryError", "Java heap space");
}

void *lime_alloc(int64_t size) {
    void *p = GC_MALLOC((size_t)size);
    if (!p) out_of_memory();
    return p;
}

static void *alloc_atomic(size_t size) {
    void *p = GC_MALLOC_ATOMIC(size);
    if (!p) out_of_memory();
    memset(p, 0, size);
    return p;
}

/* Small objects come from this thread's own free lists, one per GC kind
 * (scanned, header-only) and size in granules (gc_inline.h's "tiny"
 * lists).  The array is an uncollectable GC object, so every collection
 * traces it and with it each list (an object's first word is the link,
 * and both kinds scan the first word): an object waiting on a list stays
 * marked, never swept and handed out twice.  Objects on a list are
 * cleared but for the link.
 *
 * Compiled code pops objects off these lists itself (backends/cpu/
 * objects.c cg_new_object, which knows their layout: list k's granule
 * count g at index k * LIME_ALLOC_LISTS + g) and calls lime_new_object
 * only when the list is empty or not made yet. */
_Static_assert(LIME_ALLOC_LISTS == GC_TINY_FREELISTS && LIME_ALLOC_GRANULE == GC_GRANULE_BYTES,
               "the compiler's allocation fast path knows libgc's free-list layout");
_Static_assert(LIST_SCANNED == 0 && LIST_HEADER_ONLY == 1, "cg_new_object's list numbers");
__thread void **lime_alloc_lists;
#define tiny_lists lime_alloc_lists

static void **new_tiny_lists(void) {
    tiny_lists = GC_MALLOC_UNCOLLECTABLE(NLISTS * GC_TINY_FREELISTS * sizeof(void *));
    if (!tiny_lists) out_of_memory();
    return tiny_lists;
}

/* A zeroed object of `size` bytes and list kind `list`, from this
 * thread's lists: no lock and no call into libgc but to refill an empty
 * list. */
static void *alloc_small(size_t size, int list) {
    /* whole granules, without GC_malloc's extra byte for pointers just
     * past the end: no code keeps only such a pointer to an object (the
     * compiler's field addresses lie inside it), and both kinds scan what
     * they must of the whole object */
    size_t granules = (size + GC_GRANULE_BYTES - 1) / GC_GRANULE_BYTES;
    if (__builtin_expect(granules >= GC_TINY_FREELISTS, 0)) {
        void *p = GC_malloc_kind(size, list_kind[list]);
        if (!p) out_of_memory();
        return p;
    }
    void **head = (tiny_lists ? tiny_lists : new_tiny_lists()) + list * GC_TINY_FREELISTS + granules;
    if (__builtin_expect(!*head, 0)) {
        GC_generic_malloc_many(granules * GC_GRANULE_BYTES, list_kind[list], head);
        if (!*head) out_of_memory();
    }
    void *p = *head;
    *head = *(void **)p;
    *(void **)p = NULL;
    return p;
}

LimeObject *lime_new_object(const LimeClass *cls) {
    int list = cls->flags & LIME_CLASS_POINTER_FREE ? LIST_HEADER_ONLY : LIST_SCANNED;
    LimeObject *o = alloc_small((size_t)cls->size, list);
    o->cls = cls;
    return o;
}

LimeArray *lime_new_array(int32_t elem_size, int32_t len) {
    LimeArray *a = lime_alloc((int64_t)lime_rt_array_bytes(elem_size, len));
    a->length = len;
    a->elem_size = elem_size;
    return a;
}

/* A small primitive array (a multi-rate filter's firing buffer, a value
 * array of a few elements) comes from this thread's header-only list, as a
 * pointer-free object does: no lock and no call into libgc but to refill
 * the list, and cleared.  The collector scans its first word (length and
 * element size, never a heap address in practice) and nothing else. */
static bool small_array(size_t bytes) {
    return (bytes + GC_GRANULE_BYTES - 1) / GC_GRANULE_BYTES < GC_TINY_FREELISTS;
}

LimeArray *lime_new_prim_array(int32_t elem_size, int32_t len) {
    size_t bytes = lime_rt_array_bytes(elem_size, len);
    LimeArray *a = small_array(bytes) ? alloc_small(bytes, LIST_HEADER_ONLY) : alloc_atomic(bytes);
    a->length = len;
    a->elem_size = elem_size;
    return a;
}

LimeArray *lime_new_prim_array_unset(int32_t elem_size, int32_t len) {
    size_t bytes = lime_rt_array_bytes(elem_size, len);
    LimeArray *a = small_array(bytes) ? alloc_small(bytes, LIST_HEADER_ONLY) : GC_MALLOC_ATOMIC(bytes);
    if (!a) out_of_memory();
    a->length = len;
    a->elem_size = elem_size;
    return a;
}

static LimeArray *new_multi(int32_t level, int32_t ndims, const int32_t *dims, int32_t total_dims,
                            int32_t leaf_elem_size, bool leaf_prim) {
    int32_t len = dims[level];
    if (level == ndims - 1) {
        if (ndims == total_dims)
            return leaf_prim ? lime_new_prim_array(leaf_elem_size, len) : lime_new_array(leaf_elem_size, len);
        return lime_new_array(8, len); /* T[]...[] with the rest left null */
    }
    LimeArray *a = lime_new_array(8, len);
    LimeArray **elems = (LimeArray **)((char *)a + LIME_ARRAY_DATA_OFFSET);
    for (int32_t i = 0; i < len; i++)
        elems[i] = new_multi(level + 1, ndims, dims, total_dims, leaf_elem_size, leaf_prim);
    return a;
}

LimeArray *lime_new_multi_array(int32_t ndims, const int32_t *dims, int32_t total_dims, int32_t leaf_elem_size) {
    return new_multi(0, ndims, dims, total_dims, leaf_elem_size, false);
}

LimeArray *lime_new_prim_multi_array(int32_t ndims, const int32_t *dims, int32_t total_dims,
                                     int32_t leaf_elem_size) {
    return new_multi(0, ndims, dims, total_dims, leaf_elem_size, true);
}

LimeString *lime_rt_new_string(int32_t len) {
    size_t bytes = (size_t)LIME_STRING_DATA_OFFSET + 2 * (size_t)len;
    LimeString *s = GC_malloc_kind(bytes, string_kind);
    if (!s) out_of_memory();
    s->length = len;
    s->hash = 0;
    return s;
}

bool lime_rt_in_heap(const void *p) {
    return GC_base((void *)p) != NULL;
}

/* Telling a String from an object without asking the collector: an
 * object's first word is its class descriptor, which the compiler (or
 * this runtime) put in the executable's image; a String's first word is
 * { length, hash } (little-endian: hash in the high half).  No length
 * reaches 2^31 and lime_string_hashCode_ never caches a hash equal to the
 * high half of an address in the image (lime_rt_hash_cacheable), so a
 * String's first word is never such an address.  Where the image's high
 * half is 0 (an executable that is not position independent, mapped low)
 * a length could alias it: the collector is asked instead. */
extern const char __executable_start[], _end[];

static bool image_high_halves(uint32_t *lo, uint32_t *hi) {
    *lo = (uint32_t)((uintptr_t)__executable_start >> 32);
    *hi = (uint32_t)(((uintptr_t)_end - 1) >> 32);
    return *lo != 0;
}

/* (a low half 1..8 would make the first word look like an array's:
 * lime_rt_is_array) */
bool lime_rt_hash_cacheable(uint32_t h) {
    uint32_t lo, hi;
    return ((h & 0xffff) == 0 || (h & 0xffff) > 8) && h && (!image_high_halves(&lo, &hi) || h < lo || h > hi);
}

/* p is in the executable's image (a String constant, not in the heap). */
bool lime_rt_in_image(const void *p) {
    return (const char *)p >= __executable_start && (const char *)p < _end;
}

bool lime_rt_is_string(const void *p) {
    uint32_t lo, hi;
    if (image_high_halves(&lo, &hi)) {
        uintptr_t first = *(const uintptr_t *)p;
        return !(first >= (uintptr_t)__executable_start && first < (uintptr_t)_end) && !lime_rt_is_array(p);
    }
    void *base = GC_base((void *)p);
    if (!base) return true; /* static data: only string constants live there */
    return GC_get_kind_and_size(base, NULL) == string_kind;
}

/* An object starts with its class pointer; an array with { length,
 * elem_size, type_id }, whose elem_size (1..8) no class address's bits
 * 32..47 are. */
bool lime_rt_is_array(const void *p) {
    const LimeArray *a = p;
    return a->elem_size >= 1 && a->elem_size <= 8 && a->length >= 0;
}

bool lime_rt_is_pointer_free(const void *p) {
    void *base = GC_base((void *)p);
    return base && GC_get_kind_and_size(base, NULL) == GC_I_PTRFREE;
}

uint32_t lime_rt_identity_hash(const void *p) {
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    return (uint32_t)x & 0x7fffffff;
}

/* ---- java.lang.Runtime's natives (lib/java/lang/Runtime.java) ---- */

int32_t lime_native_java_lang_Runtime_availableProcessors(void *self) {
    (void)self;
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) return CPU_COUNT(&set);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int32_t)n : 1;
}

int64_t lime_native_java_lang_Runtime_freeMemory(void *self) {
    (void)self;
    return (int64_t)GC_get_free_bytes();
}

int64_t lime_native_java_lang_Runtime_totalMemory(void *self) {
    (void)self;
    return (int64_t)GC_get_heap_size();
}

int64_t lime_native_java_lang_Runtime_maxMemory(void *self) {
    (void)self;
    return the_limit ? (int64_t)the_limit : INT64_MAX;
}

void lime_native_java_lang_Runtime_gc(void *self) {
    (void)self;
    GC_gcollect();
}
