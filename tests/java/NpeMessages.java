import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

// The JVM's helpful NullPointerException messages (JEP 358) for code that
// javac compiled without -g: locals by slot, fields, statics, calls, arrays.
public class NpeMessages {
    static class Cell {
        Cell next;
        String label;
        int[] counts;
        Cell[] kids;
        static Cell root;
        Cell follow() { return next; }
        String name() { return label; }
    }

    interface Shape { double area(); }
    enum Mode { FAST, SLOW }

    static String nothing() { return null; }

    static void show(String what, Exception e) {
        System.out.println(what + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
    }

    static void locals(String[] args) {
        int count = args.length;            // slot 1
        long big = 7L;                      // slots 2-3
        String text = count > 99 ? "x" : null;  // slot 4
        double ratio = 0.5;                 // slots 5-6
        final int LIMIT = 3;                // a constant: no slot
        Cell cell = new Cell();             // slot 7
        try { System.out.println(text.length()); } catch (NullPointerException e) { show("invoke local", e); }
        try { System.out.println(cell.next.label); } catch (NullPointerException e) { show("read field", e); }
        try { cell.next.label = "a"; } catch (NullPointerException e) { show("assign field", e); }
        try { System.out.println(cell.counts[LIMIT]); } catch (NullPointerException e) { show("load int", e); }
        try { cell.counts[0] = 1; } catch (NullPointerException e) { show("store int", e); }
        try { System.out.println(cell.counts.length); } catch (NullPointerException e) { show("length", e); }
        try { cell.counts[1]++; } catch (NullPointerException e) { show("increment element", e); }
        try { System.out.println(Cell.root.label); } catch (NullPointerException e) { show("static field", e); }
        try { System.out.println(nothing().trim()); } catch (NullPointerException e) { show("return value", e); }
        try { System.out.println(cell.follow().name()); } catch (NullPointerException e) { show("return value of method", e); }
        try { System.out.println(cell.follow().label.length()); } catch (NullPointerException e) { show("call inside", e); }
        if (count == 0) {
            String inner = null;            // slot 8, freed at the end of the block
            try { inner.isEmpty(); } catch (NullPointerException e) { show("block local", e); }
        }
        String after = null;                // slot 8 again
        try { after.isEmpty(); } catch (NullPointerException e) { show("after block", e); }
        for (int i = 0; i < 1; i++) {       // i: slot 9
            String step = null;             // slot 10
            try { step.chars(); } catch (NullPointerException e) { show("for body", e); }
        }
        for (String s : new String[] {null}) {  // 3 temporaries, then s: slot 12
            try { s.strip(); } catch (NullPointerException e) { show("for-each array", e); }
        }
        List<String> names = new ArrayList<>();  // slot 9
        names.add(null);
        for (String s : names) {             // the iterator, then s: slot 11
            try { s.toUpperCase(); } catch (NullPointerException e) { show("for-each list", e); }
        }
        try { throw null; } catch (NullPointerException e) { show("throw null", e); }
        System.out.println(big + ratio + LIMIT);
    }

    static void arrays() {
        int[] ints = null; long[] longs = null; byte[] bytes = null; boolean[] flags = null;
        char[] chars = null; short[] shorts = null; float[] floats = null; double[] doubles = null;
        String[][] grid = new String[2][];
        int k = 1;
        try { System.out.println(ints[0]); } catch (NullPointerException e) { show("int[]", e); }
        try { longs[k] = 2; } catch (NullPointerException e) { show("long[] store", e); }
        try { System.out.println(bytes[0]); } catch (NullPointerException e) { show("byte[]", e); }
        try { System.out.println(flags[0]); } catch (NullPointerException e) { show("boolean[]", e); }
        try { System.out.println(chars[0]); } catch (NullPointerException e) { show("char[]", e); }
        try { System.out.println(shorts[0]); } catch (NullPointerException e) { show("short[]", e); }
        try { System.out.println(floats[0]); } catch (NullPointerException e) { show("float[]", e); }
        try { System.out.println(doubles[0]); } catch (NullPointerException e) { show("double[]", e); }
        try { System.out.println(grid[1][0]); } catch (NullPointerException e) { show("object[] constant index", e); }
        try { System.out.println(grid[k][k + 1]); } catch (NullPointerException e) { show("object[] local index", e); }
        try { System.out.println(grid[k + 0].length); } catch (NullPointerException e) { show("computed index", e); }
        try { System.out.println(ints.clone()); } catch (NullPointerException e) { show("clone", e); }
        try { for (int v : ints) System.out.println(v); } catch (NullPointerException e) { show("for-each null array", e); }
    }

    static void library() {
        List<String> list = null; Map<String, Integer> counts = new HashMap<>();
        StringBuilder sb = null; Object o = null; Shape shape = null; Mode mode = null; String s = null;
        CharSequence cs = null; Integer boxed = null;
        try { list.size(); } catch (NullPointerException e) { show("interface call", e); }
        try { list.add("x"); } catch (NullPointerException e) { show("generic parameter", e); }
        try { int n = counts.get("missing"); } catch (NullPointerException e) { show("unbox return value", e); }
        try { sb.append(3).append("x"); } catch (NullPointerException e) { show("StringBuilder", e); }
        try { sb.append(cs); } catch (NullPointerException e) { show("CharSequence parameter", e); }
        try { o.hashCode(); } catch (NullPointerException e) { show("Object method", e); }
        try { o.equals(s); } catch (NullPointerException e) { show("Object.equals", e); }
        try { shape.area(); } catch (NullPointerException e) { show("user interface", e); }
        try { switch (mode) { case FAST: break; default: break; } } catch (NullPointerException e) { show("enum switch", e); }
        try { switch (s) { case "a": break; default: break; } } catch (NullPointerException e) { show("string switch", e); }
        try { s.substring(1, 2); } catch (NullPointerException e) { show("two parameters", e); }
        try { s.compareTo("b"); } catch (NullPointerException e) { show("compareTo", e); }
        try { cs.charAt(0); } catch (NullPointerException e) { show("CharSequence", e); }
        try { int n = boxed + 1; } catch (NullPointerException e) { show("unbox Integer", e); }
        try { boxed++; } catch (NullPointerException e) { show("increment Integer", e); }
        try { Boolean yes = null; if (yes) System.out.println(); } catch (NullPointerException e) { show("unbox Boolean", e); }
        try { Double d = null; double x = d * 2; } catch (NullPointerException e) { show("unbox Double", e); }
        try { Character c = null; char x = c; } catch (NullPointerException e) { show("unbox Character", e); }
        try { Long l = null; long x = l; } catch (NullPointerException e) { show("unbox Long", e); }
        try { System.out.println(((String) o).length()); } catch (NullPointerException e) { show("cast", e); }
        try { System.out.println((list == null ? s : "y").length()); } catch (NullPointerException e) { show("conditional", e); }
        try { System.out.println((list.isEmpty() ? s : "y").length()); } catch (NullPointerException e) { show("conditional inner", e); }
    }

    String field;
    Cell cell;

    void instance(String param, long wide, String second) {
        try { param.length(); } catch (NullPointerException e) { show("parameter", e); }
        try { second.length(); } catch (NullPointerException e) { show("after a long parameter", e); }
        try { field.length(); } catch (NullPointerException e) { show("this field", e); }
        try { this.cell.next.label.length(); } catch (NullPointerException e) { show("this chain", e); }
        String mine = null;   // slot 5: this, param, wide (2), second
        try { mine.length(); } catch (NullPointerException e) { show("instance local", e); }
        Cell deep = new Cell();
        deep.next = new Cell(); deep.next.next = new Cell(); deep.next.next.next = new Cell();
        deep.next.next.next.next = new Cell(); deep.next.next.next.next.next = new Cell();
        try { System.out.println(deep.next.next.next.next.next.next.label); } catch (NullPointerException e) { show("five parts", e); }
        try { System.out.println(deep.next.next.next.next.next.label.length()); } catch (NullPointerException e) { show("five parts call", e); }
        System.out.println(wide);
    }

    public static void main(String[] args) {
        locals(args);
        arrays();
        library();
        new NpeMessages().instance(null, 5L, null);
    }
}
