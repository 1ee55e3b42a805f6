// error: non-static variable 'this' cannot be referenced from a static context
public class NonStaticThis {
    int v;

    public static void main(String[] args) {
        System.out.println(this.v); // <-- error
    }
}
