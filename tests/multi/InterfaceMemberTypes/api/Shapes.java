package api;

// Member types of an interface are public and static (JLS 9.5), enums and
// records too, so another package uses them without modifiers.
public interface Shapes {
    enum Kind { ROUND, SQUARE }
    record Dims(int w, int h) {}
    interface Area { int area(); }
    class Box implements Area {
        private final Dims d;
        public Box(Dims d) { this.d = d; }
        public int area() { return d.w() * d.h(); }
    }
}
