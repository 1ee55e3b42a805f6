/* An intermediate operation: wraps the sink of the stages after it. */
interface StreamStage {
    StreamSink wrap(StreamSink downstream);
}
