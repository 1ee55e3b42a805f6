// error: method 'f(int)' is already defined in class 'C'
class C {
    static int f(int a) { return a; }
    static int f(int b) { return b + 1; } // <-- error
}

public class DuplicateMethod {
    public static void main(String[] args) {
        System.out.println(C.f(1));
    }
}
