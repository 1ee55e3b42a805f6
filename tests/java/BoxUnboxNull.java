// Unboxing null throws NullPointerException (JLS 5.1.8); uncaught here.
public class BoxUnboxNull {
    static Integer lookup(int key) { return key == 3 ? null : key * 10; }

    public static void main(String[] args) {
        int total = 0;
        for (int k = 1; k <= 5; k++) {
            int v = lookup(k);
            total += v;
            System.out.println("key " + k + " total " + total);
        }
        System.out.println("not reached");
    }
}
