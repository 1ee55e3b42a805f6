class Vec {
    double x, y, z;
    String label;

    Vec() {
        this(0.0, 0.0, 0.0);
        label = "zero";
        System.out.println("Vec()");
    }

    Vec(double v) {
        this(v, v, v);
        System.out.println("Vec(double)");
    }

    Vec(double x, double y) {
        this(x, y, 0);
        System.out.println("Vec(double,double)");
    }

    Vec(double x, double y, double z) {
        this.x = x;
        this.y = y;
        this.z = z;
        label = "v";
        System.out.println("Vec(double,double,double)");
    }

    Vec(int n) {
        this((double) n * 10);
        label = "int";
        System.out.println("Vec(int)");
    }

    Vec plus(Vec o) { return new Vec(x + o.x, y + o.y, z + o.z); }
    double dot(Vec o) { return x * o.x + y * o.y + z * o.z; }
    String str() { return label + "(" + x + ", " + y + ", " + z + ")"; }
}

class Node {
    int value;
    Node next;
    Node(int value) { this(value, null); }
    Node(int value, Node next) { this.value = value; this.next = next; }
}

class Defaults {
    int i; long l; double d; float f; boolean b; char c; String s; int[] a; byte by; short sh;
    int init = 42;
    int derived = init + 1;
}

public class Constructors {
    public static void main(String[] args) {
        Vec a = new Vec();
        System.out.println(a.str());
        Vec b = new Vec(2.5);
        System.out.println(b.str());
        Vec c = new Vec(1, 2);
        System.out.println(c.str());
        Vec d = new Vec(3);
        System.out.println(d.str());
        Vec e = b.plus(c);
        System.out.println(e.str());
        System.out.println(b.dot(c));
        Node list = null;
        for (int i = 1; i <= 5; i++) list = new Node(i * i, list);
        int sum = 0;
        for (Node p = list; p != null; p = p.next) {
            System.out.print(p.value + " ");
            sum += p.value;
        }
        System.out.println("sum=" + sum);
        Node single = new Node(9);
        System.out.println(single.value + " " + (single.next == null));
        Defaults df = new Defaults();
        System.out.println(df.i + " " + df.l + " " + df.d + " " + df.f + " " + df.b + " " + (int) df.c + " " + df.s + " " + (df.a == null) + " " + df.by + " " + df.sh);
        System.out.println(df.init + " " + df.derived);
    }
}
