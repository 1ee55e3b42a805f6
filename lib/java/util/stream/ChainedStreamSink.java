/* A stage's sink that passes begin, end and cancellation on to the next
 * stage's sink (a stage that changes them overrides them). */
abstract class ChainedStreamSink extends StreamSink {
    final StreamSink downstream;

    ChainedStreamSink(StreamSink downstream) { this.downstream = downstream; }
    void begin(long size) { downstream.begin(size); }
    void end() { downstream.end(); }
    boolean cancellationRequested() { return downstream.cancellationRequested(); }
}
