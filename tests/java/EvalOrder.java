public class EvalOrder {
    static int trace = 0;
    static String log = "";
    static int t(int v) {
        log += v + " ";
        return v;
    }
    static int[] arr(int[] a, String tag) {
        log += tag + " ";
        return a;
    }
    static int counter;
    static int next() { return ++counter; }
    int field;
    static EvalOrder obj(EvalOrder o, String tag) { log += tag + " "; return o; }
    public static void main(String[] args) {
        int[] a = new int[5];
        int i = 0;
        a[i++] = i;
        System.out.println(a[0] + " " + a[1] + " i=" + i);
        i = 1;
        a[i] = i = 3;
        System.out.println(a[1] + " " + i);
        int x = 5;
        x = x++ + ++x;
        System.out.println(x);
        x = 5;
        x = x-- - --x;
        System.out.println(x);
        x = 5;
        x += x++;
        System.out.println(x);
        x = 5;
        x = x++ * x++ * x++;
        System.out.println(x);
        int y = 2;
        y += y *= y += 3;
        System.out.println(y);
        log = "";
        int r = t(1) + t(2) * t(3) - t(4) / t(2);
        System.out.println(r + " order: " + log);
        log = "";
        r = t(10) > t(5) ? t(100) : t(200);
        System.out.println(r + " order: " + log);
        log = "";
        boolean s = t(0) == 1 && t(99) == 99;
        System.out.println(s + " order: " + log);
        log = "";
        s = t(1) == 1 || t(99) == 99;
        System.out.println(s + " order: " + log);
        log = "";
        s = t(0) == 1 & t(7) == 7;
        System.out.println(s + " order: " + log);
        log = "";
        int[] b = { 10, 20, 30 };
        arr(b, "array")[t(1)] = t(2) + t(3);
        System.out.println(b[1] + " order: " + log);
        log = "";
        arr(b, "arr")[t(0)] += t(5);
        System.out.println(b[0] + " order: " + log);
        counter = 0;
        int v = next() * 10 + next();
        System.out.println(v);
        counter = 0;
        int w = next() - next() * next();
        System.out.println(w);
        int[] c = { 0, 0, 0, 0 };
        int k = 0;
        c[k++] = c[k++] + 5 + k;
        System.out.println(c[0] + " " + c[1] + " k=" + k);
        k = 0;
        c[k] = k = 2;
        System.out.println(c[0] + " " + k);
        EvalOrder o = new EvalOrder();
        log = "";
        obj(o, "target").field = t(42);
        System.out.println(o.field + " order: " + log);
        log = "";
        obj(o, "t2").field += t(8);
        System.out.println(o.field + " order: " + log);
        log = "";
        String str = "a" + t(1) + t(2) + "b" + (t(3) + t(4));
        System.out.println(str + " order: " + log);
        log = "";
        long m = t(3) * (long) t(4) << t(1);
        System.out.println(m + " order: " + log);
        int j = 0;
        j = j++ + j++;
        System.out.println(j);
        int p = 10;
        p = p + (p = 3) * p;
        System.out.println(p);
        int q = 1;
        q += (q = 5) + q;
        System.out.println(q);
        int[][] mm = new int[3][3];
        int z = 0;
        mm[z++][z++] = z++;
        System.out.println(mm[0][1] + " z=" + z);
        log = "";
        foo(t(1), t(2), t(3));
        System.out.println("args order: " + log);
    }
    static void foo(int a, int b, int c) { log += "foo "; }
}
