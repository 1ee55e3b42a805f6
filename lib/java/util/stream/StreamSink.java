/* The receiver of elements at one stage of a sequential pipeline (the
 * JDK's Sink protocol): begin(size) once, accept per element, end once.
 * cancellationRequested says that the stages after it want no more
 * elements; a source asks it before each element.  Primitive streams
 * pass their elements boxed (IntPipeline and its kin wrap a RefPipeline). */
abstract class StreamSink {
    void begin(long size) {}
    void end() {}
    boolean cancellationRequested() { return false; }
    abstract void accept(Object t);
}
