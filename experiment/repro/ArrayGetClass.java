public class ArrayGetClass {
    public static void main(String[] args) {
        Object[] os = { new int[0], new String[0], new double[2][2] };
        // JVM: int[] [I / String[] [Ljava.lang.String; / double[][] [[D ; limec: Object; [Ljava.lang.Object; for all
        for (Object o : os) System.out.println(o.getClass().getSimpleName() + " " + o.getClass().getName());
    }
}
