// error: int cannot be dereferenced
public class IntDereference {
    public static void main(String[] args) {
        int n = 42;
        System.out.println(n.length); // <-- error
    }
}
