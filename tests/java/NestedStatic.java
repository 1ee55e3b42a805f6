public class NestedStatic {
    static int outerStatic = 5;

    static class Pair {
        int first, second;
        Pair(int first, int second) { this.first = first; this.second = second; }
        int sum() { return first + second + outerStatic; }
        Pair swap() { return new Pair(second, first); }
        static Pair of(int a) { return new Pair(a, a * a); }
    }

    static class Stack {
        int[] data = new int[4];
        int size;
        void push(int v) {
            if (size == data.length) {
                int[] bigger = new int[data.length * 2];
                for (int i = 0; i < size; i++) bigger[i] = data[i];
                data = bigger;
            }
            data[size++] = v;
        }
        int pop() { return data[--size]; }
        boolean isEmpty() { return size == 0; }

        static class Inner2 {
            static String name() { return "deep"; }
        }
    }

    public static void main(String[] args) {
        Pair p = new Pair(3, 4);
        System.out.println(p.sum());
        Pair q = p.swap();
        System.out.println(q.first + " " + q.second);
        NestedStatic.Pair r = NestedStatic.Pair.of(7);
        System.out.println(r.first + " " + r.second);
        outerStatic = 100;
        System.out.println(r.sum());
        Stack s = new Stack();
        for (int i = 0; i < 20; i++) s.push(i * 3);
        System.out.println("capacity " + s.data.length + " size " + s.size);
        String out = "";
        while (!s.isEmpty()) out += s.pop() + ",";
        System.out.println(out);
        System.out.println(Stack.Inner2.name());
        Pair[] ps = new Pair[6];
        for (int i = 0; i < ps.length; i++) ps[i] = Pair.of(i - 2);
        for (Pair x : ps) System.out.println("pair " + x.first + " " + x.second + " sum " + x.sum() + " swapped " + x.swap().first);
        Stack evens = new Stack();
        for (int i = 0; i < 10; i++) if (i % 2 == 0) evens.push(i);
        while (!evens.isEmpty()) System.out.println("even " + evens.pop());
        System.out.println(NestedStatic.Stack.Inner2.name());
    }
}
