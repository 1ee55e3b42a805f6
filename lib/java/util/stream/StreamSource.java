/* The elements at the head of a pipeline, given one at a time. */
abstract class StreamSource {
    /* gives the next element to sink.accept; false when there is none */
    abstract boolean tryAdvance(StreamSink sink);
    /* how many elements are left when that is known (as the JDK's SIZED
     * sources know it), else -1; asked when the terminal operation starts */
    long exactSize() { return -1; }
}
