/* Fannkuch-redux, hand-written C for comparison with Fannkuch.java: the same
 * enumeration (factorial-number order, checksum sign = parity of the
 * permutation's index). The n! permutations are cut into equal chunks that
 * the threads take from a shared counter; each chunk starts from the
 * permutation computed directly from its index.
 * Usage: fannkuch [n] [threads]   (default 11, threads = online CPUs) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#define MAXN 16

static int n;
static long long fact[MAXN + 1];
static long long chunk, nchunks;
static long long next_chunk;           /* taken with __atomic_fetch_add */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static long long total_checksum;
static int total_max;

static void *worker(void *arg)
{
    (void)arg;
    int p[MAXN], q[MAXN], count[MAXN];
    long long checksum = 0;
    int max_flips = 0;
    for (;;) {
        long long c = __atomic_fetch_add(&next_chunk, 1, __ATOMIC_RELAXED);
        if (c >= nchunks) break;
        long long index = c * chunk, end = index + chunk;
        if (end > fact[n]) end = fact[n];
        /* the permutation with this index: rotate p[0..i] left count[i] times */
        for (int i = 0; i < n; i++) p[i] = i;
        long long rest = index;
        for (int i = n - 1; i > 0; i--) {
            int d = (int)(rest / fact[i]);
            rest %= fact[i];
            count[i] = d;
            int tmp[MAXN];
            for (int j = 0; j <= i; j++) tmp[j] = p[j];
            for (int j = 0; j <= i; j++) p[j] = tmp[(j + d) % (i + 1)];
        }
        for (;;) {
            int first = p[0];
            if (first != 0) {
                for (int i = 1; i < n; i++) q[i] = p[i];
                int flips = 0;
                while (first != 0) {
                    int next = q[first];
                    q[first] = first;
                    for (int lo = 1, hi = first - 1; lo < hi; lo++, hi--) {
                        int t = q[lo]; q[lo] = q[hi]; q[hi] = t;
                    }
                    first = next;
                    flips++;
                }
                if (flips > max_flips) max_flips = flips;
                checksum += (index & 1) ? -flips : flips;
            }
            if (++index >= end) break;
            /* next permutation: increment the factorial-base counter */
            for (int i = 1;; i++) {
                int p0 = p[0];
                for (int j = 0; j < i; j++) p[j] = p[j + 1];
                p[i] = p0;
                if (++count[i] <= i) break;
                count[i] = 0;
            }
        }
    }
    pthread_mutex_lock(&lock);
    total_checksum += checksum;
    if (max_flips > total_max) total_max = max_flips;
    pthread_mutex_unlock(&lock);
    return NULL;
}

int main(int argc, char **argv)
{
    n = argc > 1 ? atoi(argv[1]) : 11;
    int nthreads = argc > 2 ? atoi(argv[2]) : (int)sysconf(_SC_NPROCESSORS_ONLN);
    if (n < 1 || n > MAXN) { fprintf(stderr, "n must be 1..%d\n", MAXN); return 2; }
    if (nthreads < 1) nthreads = 1;
    fact[0] = 1;
    for (int i = 1; i <= n; i++) fact[i] = fact[i - 1] * i;
    /* chunks of a few thousand permutations, at least 1 */
    chunk = fact[n] / (nthreads * 256LL);
    if (chunk < 1) chunk = 1;
    nchunks = (fact[n] + chunk - 1) / chunk;
    pthread_t th[64];
    if (nthreads > 64) nthreads = 64;
    for (int t = 0; t < nthreads; t++) pthread_create(&th[t], NULL, worker, NULL);
    for (int t = 0; t < nthreads; t++) pthread_join(th[t], NULL);
    printf("%lld\nPfannkuchen(%d) = %d\n", total_checksum, n, total_max);
    return 0;
}
