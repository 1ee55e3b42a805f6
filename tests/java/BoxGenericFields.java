// ++, -- and compound assignment on fields of a generic class seen as
// Integer, Character, Double (cast, unbox, compute, box, store), and on a
// null element of an Integer[] (NullPointerException, the array unchanged).
class Cell<T> { T value; Cell(T v) { value = v; } }
public class BoxGenericFields {
    public static void main(String[] args) {
        Cell<Integer> c = new Cell<>(5);
        c.value++;
        c.value += 10;
        ++c.value;
        int x = c.value--;
        System.out.println(c.value + " " + x);
        Cell<Character> ch = new Cell<>('a');
        ch.value++;
        System.out.println(ch.value);
        Cell<Double> d = new Cell<>(0.5);
        d.value *= 3;
        System.out.println(d.value);
        Integer[] arr = new Integer[2];
        arr[0] = 1;
        try { arr[1]++; } catch (NullPointerException e) { System.out.println("NPE " + arr[1]); }
        System.out.println(arr[0]);
    }
}
