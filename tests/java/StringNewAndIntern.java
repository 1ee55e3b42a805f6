// new String(s) is a new object (== tells it from s); String.intern() returns the pool's
// instance: the literal of the same contents, else the first string interned.
public class StringNewAndIntern {
    static final String K = "kiwi";
    public static void main(String[] args) {
        String c = "broccoli";
        String a = new String("broccoli"), b = new String("broccoli");
        System.out.println(a == b);
        System.out.println(new String(c) == c);
        System.out.println(a.equals(b) + " " + a.hashCode());
        System.out.println(a.intern() == c);
        System.out.println(a.intern() == b.intern());
        String d = "bro" + args.length + "x";
        String e = new StringBuilder("bro").append(0).append('x').toString();
        System.out.println(d == e);
        System.out.println(d.intern() == e.intern());
        System.out.println(d.intern() == "bro0x");
        System.out.println(("ki" + "wi") == K);
        String w = new String(new char[] {'k', 'i', 'w', 'i'});
        System.out.println(w == K);
        System.out.println(w.intern() == K);
        System.out.println(new String("") == "");
        System.out.println(new String().intern() == "");
        for (int i = 0; i < 3000; i++) ("n" + i).intern();
        System.out.println(("n" + 2999).intern() == ("n" + 2999).intern());
        System.out.println(("n" + 17).intern() == "n17");
        String nul = null;
        try { new String(nul); } catch (NullPointerException ex) { System.out.println("NPE"); }
    }
}
