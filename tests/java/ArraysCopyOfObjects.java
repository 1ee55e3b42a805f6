import java.util.Arrays;

/* Arrays.copyOf / copyOfRange of object arrays (the copy keeps the
 * original's run-time type, or takes newType's) and of every primitive
 * array type, with the JDK's exceptions and messages. */
public class ArraysCopyOfObjects {
    /* a growable stack over a generic array, as textbooks write it */
    static class GrowStack<E> {
        @SuppressWarnings("unchecked")
        private E[] items = (E[]) new Object[2];
        private int size;
        void push(E e) {
            if (size == items.length) items = Arrays.copyOf(items, 2 * size + 1);
            items[size++] = e;
        }
        E pop() { E e = items[--size]; items[size] = null; return e; }
        int capacity() { return items.length; }
        String runtimeType() { return items.getClass().getName(); }
    }

    static <T> T[] firstHalf(T[] a) { return Arrays.copyOfRange(a, 0, a.length / 2); }

    interface Action { void run() throws Exception; }
    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": ok");
        } catch (Exception e) {
            System.out.println(label + ": " + e);
        }
    }

    public static void main(String[] args) {
        String[] words = {"ace", "king", "queen"};
        String[] longer = Arrays.copyOf(words, 5);
        String[] shorter = Arrays.copyOf(words, 2);
        System.out.println(Arrays.toString(longer) + " " + longer.length + " " + longer.getClass().getSimpleName());
        System.out.println(Arrays.toString(shorter) + " " + (shorter != words));
        longer[0] = "changed";
        System.out.println(words[0] + " " + Arrays.toString(Arrays.copyOf(words, 0)));

        Integer[] boxed = {3, 1, 4, 1, 5};
        Integer[] more = Arrays.copyOf(boxed, 7);
        System.out.println(more.getClass().getName() + " " + Arrays.toString(more));
        Object[] asObjects = more;
        attempt("store a String into the copied Integer[]", () -> asObjects[6] = "x");
        System.out.println(Arrays.toString(Arrays.copyOfRange(boxed, 1, 4)));
        System.out.println(Arrays.toString(Arrays.copyOfRange(boxed, 3, 8)));
        System.out.println(Arrays.toString(Arrays.copyOfRange(boxed, 5, 5)) + " " + firstHalf(boxed).length);
        System.out.println(firstHalf(words)[0] + " " + firstHalf(words).getClass().getSimpleName());

        Number[] numbers = Arrays.copyOf(boxed, 3, Number[].class);
        System.out.println(numbers.getClass().getSimpleName() + " " + Arrays.toString(numbers));
        Object[] objects = Arrays.copyOfRange(words, 1, 4, Object[].class);
        System.out.println(objects.getClass().getSimpleName() + " " + Arrays.toString(objects));
        Object[] mixed = {"a", "b", 7};
        String[] strings = Arrays.copyOf(mixed, 2, String[].class);
        System.out.println(strings.getClass().getSimpleName() + " " + Arrays.toString(strings));
        Number[] nums = {1, 2L, 3.0};
        System.out.println(Arrays.toString(Arrays.copyOf(nums, 1, Integer[].class)));

        GrowStack<String> stack = new GrowStack<>();
        for (String w : "one two three four five six".split(" ")) {
            stack.push(w);
            System.out.print(stack.capacity() + " ");
        }
        System.out.println(stack.runtimeType());
        System.out.println(stack.pop() + " " + stack.pop());

        attempt("copyOf(-1)", () -> Arrays.copyOf(words, -1));
        attempt("copyOfRange(3, 2)", () -> Arrays.copyOfRange(words, 3, 2));
        attempt("copyOfRange(-1, 2)", () -> Arrays.copyOfRange(words, -1, 2));
        attempt("copyOfRange(4, 6)", () -> Arrays.copyOfRange(words, 4, 6));
        attempt("copyOfRange(3, 6)", () -> Arrays.copyOfRange(words, 3, 6));
        attempt("copyOf(null)", () -> Arrays.copyOf((String[]) null, 2));
        attempt("copyOfRange(null, 2, 1)", () -> Arrays.copyOfRange((String[]) null, 2, 1));
        attempt("copyOf(mixed, String[])", () -> Arrays.copyOf(mixed, 3, String[].class));
        attempt("copyOf(nums, Long[])", () -> Arrays.copyOf(nums, 3, Long[].class));
        attempt("copyOf(words, Integer[])", () -> Arrays.copyOf(words, 1, Integer[].class));
        attempt("copyOf(empty, Integer[])", () -> Arrays.copyOf(new String[0], 3, Integer[].class));
        attempt("copyOf(words, null)", () -> Arrays.copyOf(words, 1, (Class<Object[]>) null));
        attempt("copyOf(null, Object[])", () -> Arrays.copyOf((String[]) null, 1, Object[].class));

        System.out.println(Arrays.toString(Arrays.copyOf(new boolean[]{true}, 3)) + Arrays.toString(Arrays.copyOfRange(new boolean[]{true, false, true}, 2, 4)));
        System.out.println(Arrays.toString(Arrays.copyOf(new byte[]{-1, 2}, 3)) + Arrays.toString(Arrays.copyOfRange(new byte[]{5, 6, 7}, 1, 2)));
        System.out.println(Arrays.toString(Arrays.copyOf(new short[]{300}, 2)) + Arrays.toString(Arrays.copyOfRange(new short[]{1, 2}, 0, 3)));
        System.out.println(Arrays.toString(Arrays.copyOf(new float[]{1.5f}, 2)) + Arrays.toString(Arrays.copyOfRange(new float[]{1f, 2f}, 1, 3)));
        System.out.println((int) Arrays.copyOf(new char[]{'x'}, 2)[1] + Arrays.toString(Arrays.copyOfRange(new char[]{'a', 'b', 'c'}, 1, 3)));
        System.out.println(Arrays.toString(Arrays.copyOfRange(new long[]{9L, 8L}, 1, 4)) + Arrays.toString(Arrays.copyOfRange(new double[]{0.5}, 0, 2)));
        System.out.println(Arrays.toString(Arrays.copyOfRange(new int[]{1, 2, 3}, 2, 5)));
        attempt("int copyOfRange(5, 2)", () -> Arrays.copyOfRange(new int[3], 5, 2));
        attempt("long copyOfRange(4, 6)", () -> Arrays.copyOfRange(new long[3], 4, 6));
        attempt("double copyOf(-2)", () -> Arrays.copyOf(new double[3], -2));
        attempt("char copyOf(null)", () -> Arrays.copyOf((char[]) null, 1));
    }
}
