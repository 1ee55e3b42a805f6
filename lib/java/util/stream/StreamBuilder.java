/* Stream.builder()'s builder: the elements in a list until build(). */
final class StreamBuilder<T> implements Stream.Builder<T> {
    private ArrayList<Object> elements = new ArrayList<>();   /* null once built */

    public void accept(T t) {
        if (elements == null) throw new IllegalStateException();
        elements.add(t);
    }
    public Stream<T> build() {
        if (elements == null) throw new IllegalStateException();
        Object[] a = elements.toArray();
        elements = null;
        return new RefPipeline<T>(StreamSources.ofArray(a, 0, a.length));
    }
}
