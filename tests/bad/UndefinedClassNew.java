// error: cannot find symbol: class 'Bar'
class Baz {
    int v;
}

public class UndefinedClassNew {
    public static void main(String[] args) {
        Baz ok = new Baz();
        ok.v = new Bar().v; // <-- error
    }
}
