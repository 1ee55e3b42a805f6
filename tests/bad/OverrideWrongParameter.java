// error: method does not override or implement a method from a supertype
public class OverrideWrongParameter {
    int v;

    @Override // <-- error
    public boolean equals(OverrideWrongParameter o) { return o.v == v; }

    @Override
    public int hashCode() { return v; }

    public static void main(String[] args) {}
}
