// error: Invalid SafeVarargs annotation. Method sum(int[],String) is not a varargs method.
public class SafeVarargsNotVarargs {
    @SafeVarargs // <-- error
    static int sum(int[] xs, String label) { return xs.length; }

    public static void main(String[] args) {}
}
