class Rational {
    long num, den;
    Rational(long n, long d) {
        if (d < 0) { n = -n; d = -d; }
        long g = Util.gcd(n < 0 ? -n : n, d);
        if (g == 0) g = 1;
        num = n / g;
        den = d / g;
    }
    Rational add(Rational o) { return new Rational(num * o.den + o.num * den, den * o.den); }
    Rational mul(Rational o) { return new Rational(num * o.num, den * o.den); }
    String str() { return den == 1 ? "" + num : num + "/" + den; }
}

class Util {
    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }
    static int calls;
    static int tick() { return ++calls; }
}

class Tree {
    int key;
    Tree left, right;
    Tree(int key) { this.key = key; }
    static Tree insert(Tree t, int k) {
        if (t == null) return new Tree(k);
        if (k < t.key) t.left = insert(t.left, k);
        else if (k > t.key) t.right = insert(t.right, k);
        return t;
    }
    static String inorder(Tree t) {
        if (t == null) return "";
        return inorder(t.left) + t.key + " " + inorder(t.right);
    }
    static int height(Tree t) {
        if (t == null) return 0;
        int l = height(t.left), r = height(t.right);
        return 1 + (l > r ? l : r);
    }
    boolean contains(int k) {
        Tree t = this;
        while (t != null) {
            if (k == t.key) return true;
            t = k < t.key ? t.left : t.right;
        }
        return false;
    }
}

public class MultiClass {
    public static void main(String[] args) {
        Rational sum = new Rational(0, 1);
        for (int i = 1; i <= 10; i++) {
            sum = sum.add(new Rational(1, i));
            System.out.println("H(" + i + ") = " + sum.str());
        }
        Rational p = new Rational(3, -4).mul(new Rational(-8, 9));
        System.out.println(p.str());
        Tree t = null;
        int[] keys = { 50, 30, 70, 20, 40, 60, 80, 35, 45, 65 };
        for (int k : keys) t = Tree.insert(t, k);
        System.out.println(Tree.inorder(t));
        System.out.println("height " + Tree.height(t));
        System.out.println(t.contains(45) + " " + t.contains(46));
        for (int i = 0; i < 3; i++) Util.tick();
        System.out.println(Util.calls);
    }
}
