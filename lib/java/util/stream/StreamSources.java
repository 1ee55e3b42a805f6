/* The sources of sequential streams.  Each reads its collection or array
 * when the terminal operation runs (late binding, as the JDK's
 * spliterators), so changes made before that are seen. */
final class StreamSources {
    private StreamSources() {}

    /* a collection's elements through its iterator, made at the first element */
    static final class OfCollection extends StreamSource {
        private final Collection<?> c;
        private Iterator<?> it;

        OfCollection(Collection<?> c) { this.c = c; }
        boolean tryAdvance(StreamSink sink) {
            if (it == null) it = c.iterator();
            if (!it.hasNext()) return false;
            sink.accept(it.next());
            return true;
        }
        long exactSize() { return it == null ? c.size() : -1; }
    }

    /* an iterator's elements (BufferedReader.lines: the JDK's iterator source, not SIZED) */
    static final class OfIterator extends StreamSource {
        private final Iterator<?> it;

        OfIterator(Iterator<?> it) { this.it = it; }
        boolean tryAdvance(StreamSink sink) {
            if (!it.hasNext()) return false;
            sink.accept(it.next());
            return true;
        }
    }

    /* elements [from, to) of an array, of any element type */
    abstract static class OfIndexed extends StreamSource {
        private int next;
        private final int to;

        OfIndexed(int from, int to) {
            this.next = from;
            this.to = to;
        }
        abstract Object get(int i);
        boolean tryAdvance(StreamSink sink) {
            if (next >= to) return false;
            sink.accept(get(next++));
            return true;
        }
        long exactSize() { return to - next; }
    }

    /* Arrays.stream's range check (the JDK's Spliterators.checkFromToBounds) */
    static void checkRange(int length, int from, int to) {
        if (from > to) throw new ArrayIndexOutOfBoundsException("origin(" + from + ") > fence(" + to + ")");
        if (from < 0) throw new ArrayIndexOutOfBoundsException(from);
        if (to > length) throw new ArrayIndexOutOfBoundsException(to);
    }

    static StreamSource ofArray(Object[] a, int from, int to) {
        checkRange(a.length, from, to);
        return new OfIndexed(from, to) {
            Object get(int i) { return a[i]; }
        };
    }
    static StreamSource ofArray(int[] a, int from, int to) {
        checkRange(a.length, from, to);
        return new OfIndexed(from, to) {
            Object get(int i) { return a[i]; }
        };
    }
    static StreamSource ofArray(long[] a, int from, int to) {
        checkRange(a.length, from, to);
        return new OfIndexed(from, to) {
            Object get(int i) { return a[i]; }
        };
    }
    static StreamSource ofArray(double[] a, int from, int to) {
        checkRange(a.length, from, to);
        return new OfIndexed(from, to) {
            Object get(int i) { return a[i]; }
        };
    }
    /* the chars, or the code points (a surrogate pair one, a lone surrogate
     * its own), of s as ints; s's length is read when the terminal
     * operation starts (late binding, as the JDK's builders' streams) */
    static final class OfChars extends StreamSource {
        private final CharSequence s;
        private final boolean codePoints;
        private int next, end = -1;   /* s[next, end) are still to give; end -1: not bound yet */

        OfChars(CharSequence s, boolean codePoints) {
            this.s = s;
            this.codePoints = codePoints;
        }
        private void bind() { if (end < 0) end = s.length(); }
        boolean tryAdvance(StreamSink sink) {
            bind();
            if (next >= end) return false;
            char c = s.charAt(next++);
            if (codePoints && Character.isHighSurrogate(c) && next < end && Character.isLowSurrogate(s.charAt(next)))
                sink.accept(Character.toCodePoint(c, s.charAt(next++)));
            else sink.accept((int) c);
            return true;
        }
        /* the chars' count (the code points' is not known ahead, as the JDK's) */
        long exactSize() {
            bind();
            return codePoints ? -1 : end - next;
        }
    }

    /* the longs from first to last (first <= last), boxed as Integer
     * when ints */
    static final class OfRange extends StreamSource {
        private long next;
        private final long last;
        private final boolean ints;
        private boolean done;

        OfRange(long first, long last, boolean ints) {
            this.next = first;
            this.last = last;
            this.ints = ints;
        }
        boolean tryAdvance(StreamSink sink) {
            if (done) return false;
            long v = next;
            if (v == last) done = true;
            else next++;
            if (ints) sink.accept((int) v);
            else sink.accept(v);
            return true;
        }
        /* -1 past Long.MAX_VALUE elements */
        long exactSize() { return done ? 0 : last - next + 1 > 0 ? last - next + 1 : -1; }
    }

    /* seed, f(seed), f(f(seed)), ...: f is applied only when the next
     * element is asked for; with hasNext, up to the first that fails it */
    static final class Iterate<T> extends StreamSource {
        private final T seed;
        private final Predicate<? super T> hasNext;   /* null: endless */
        private final UnaryOperator<T> next;
        private boolean started, finished;
        private T prev;

        Iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
            this.seed = seed;
            this.hasNext = hasNext;
            this.next = next;
        }
        boolean tryAdvance(StreamSink sink) {
            if (finished) return false;
            T t;
            if (started) t = next.apply(prev);
            else {
                t = seed;
                started = true;
            }
            if (hasNext != null && !hasNext.test(t)) {
                prev = null;
                finished = true;
                return false;
            }
            prev = t;
            sink.accept(t);
            return true;
        }
    }

    static final class Generate extends StreamSource {
        private final Supplier<?> s;

        Generate(Supplier<?> s) { this.s = s; }
        boolean tryAdvance(StreamSink sink) {
            sink.accept(s.get());
            return true;
        }
    }

    /* the elements of a, then those of b */
    static final class Concat extends StreamSource {
        private final StreamSource a, b;
        private boolean inB;

        Concat(StreamSource a, StreamSource b) {
            this.a = a;
            this.b = b;
        }
        boolean tryAdvance(StreamSink sink) {
            if (!inB) {
                if (a.tryAdvance(sink)) return true;
                inB = true;
            }
            return b.tryAdvance(sink);
        }
        long exactSize() {
            long na = inB ? 0 : a.exactSize(), nb = b.exactSize();
            return na < 0 || nb < 0 || na + nb < 0 ? -1 : na + nb;
        }
    }

    /* A pipeline's elements pulled one at a time (the JDK's wrapping
     * spliterator): source elements are pushed through the stages into a
     * buffer until it holds one; a stage like sorted fills it at the end. */
    static final class OfPipeline extends StreamSource {
        private final RefPipeline<?> pipeline;
        private final StreamSource src;
        private final StreamSink stages;   /* the stages' sinks, ending in the buffer */
        private final ArrayList<Object> buffer = new ArrayList<>();
        private int next;                   /* buffer[next..] are still to give */
        private boolean started, finished;

        OfPipeline(RefPipeline<?> pipeline) {
            this.pipeline = pipeline;
            this.src = pipeline.headSource();
            this.stages = pipeline.wrapStages(new StreamSink() {
                void accept(Object t) { buffer.add(t); }
            });
        }
        boolean tryAdvance(StreamSink sink) {
            if (!fill()) return false;
            sink.accept(buffer.get(next++));
            return true;
        }
        private boolean fill() {
            if (next < buffer.size()) return true;
            buffer.clear();
            next = 0;
            if (!started) {
                started = true;
                stages.begin(src.exactSize());
            }
            while (buffer.isEmpty()) {
                if (finished) return false;
                if (stages.cancellationRequested() || !src.tryAdvance(stages)) {
                    stages.end();
                    finished = true;
                }
            }
            return true;
        }
        long exactSize() { return started ? -1 : pipeline.knownSize(); }
    }

    /* the Iterator of a source (the JDK's Spliterators.iterator) */
    static final class SourceIterator<T> implements Iterator<T> {
        private final StreamSource src;
        private boolean ready;
        private Object value;
        private final StreamSink catcher = new StreamSink() {
            void accept(Object t) {
                ready = true;
                value = t;
            }
        };

        SourceIterator(StreamSource src) { this.src = src; }
        public boolean hasNext() {
            if (!ready) src.tryAdvance(catcher);
            return ready;
        }
        public T next() {
            if (!ready && !hasNext()) throw new NoSuchElementException();
            ready = false;
            Object t = value;
            value = null;
            return (T) t;
        }
    }
}
