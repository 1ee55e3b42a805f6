// error: reference to 'f' is ambiguous
public class AmbiguousCall {
    static void f(int a, long b) { System.out.println("int,long"); }
    static void f(long a, int b) { System.out.println("long,int"); }

    public static void main(String[] args) {
        f(1, 1); // <-- error
    }
}
