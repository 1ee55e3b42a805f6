class Thing {
    int id;
    Thing(int id) { this.id = id; }
}

public class StringConcat {
    public static void main(String[] args) {
        boolean bo = true;
        byte by = -5;
        short sh = 300;
        char ch = 'q';
        int in = -42;
        long lo = 1L << 40;
        float fl = 0.1f;
        double db = 0.1;
        String st = "str";
        String nu = null;
        System.out.println("bo=" + bo);
        System.out.println("by=" + by);
        System.out.println("sh=" + sh);
        System.out.println("ch=" + ch);
        System.out.println("in=" + in);
        System.out.println("lo=" + lo);
        System.out.println("fl=" + fl);
        System.out.println("db=" + db);
        System.out.println("st=" + st);
        System.out.println("nu=" + nu);
        System.out.println(nu + "!");
        System.out.println(nu + nu);
        System.out.println("null lit " + null);
        System.out.println(bo + "" + by + sh + ch + in + lo + fl + db + st + nu);
        System.out.println(ch + 1 + "x");
        System.out.println("x" + ch + 1);
        System.out.println(ch + ch + "");
        System.out.println("" + ch + ch);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println(1.0f + "" + 1.0);
        System.out.println("" + 1e20 + " " + 1e-7 + " " + 100.0 + " " + 1e7f);
        System.out.println("" + Double.NaN + Float.POSITIVE_INFINITY + (-0.0));
        System.out.println("" + Long.MIN_VALUE + Integer.MIN_VALUE);
        System.out.println("" + (char) 0x263A);
        char[] arr = { 'a', 'b' };
        System.out.println("" + arr.length + arr[0] + arr[1]);
        String s = "";
        s += bo;
        s += by;
        s += ch;
        s += lo;
        s += db;
        s += nu;
        s += 'x' + 'y';
        s += "z" + 'y';
        System.out.println(s);
        String t = "a";
        t = t + t;
        t += t;
        t = t + t + t;
        System.out.println(t + " " + t.length());
        Thing th = new Thing(3);
        System.out.println("thing id " + th.id);
        Thing none = null;
        System.out.println("none=" + none);
        String e = "" + "";
        System.out.println("[" + e + "]" + e.length());
        String multi = "line" + '\n' + "next";
        System.out.println(multi);
        System.out.println("sum: " + (1 + 2) + " prod: " + 2 * 3 + " neg: " + -5 + " div: " + 7 / 2.0);
        System.out.println("cmp " + (1 < 2) + " " + (st == null));
        System.out.println("tern " + (bo ? 1 : 0) + (bo ? "yes" : "no"));
        String chain = "";
        for (int i = 0; i < 10; i++) chain = chain + i + ",";
        System.out.println(chain);
        System.out.println("unicode " + '\u00e9' + "\u00e8" + (char) 233);
        System.out.println(st + st.length() + st.charAt(1));
        System.out.println((byte) 200 + "|" + (short) -1 + "|" + (int) 'A' + "|" + (long) 1e18);
        System.out.println("float " + 1.1f * 1.1f + " double " + 1.1 * 1.1);
    }
}
