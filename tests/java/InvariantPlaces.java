// assert in every kind of body, enabled, each condition holding.
public class InvariantPlaces {
    static int n;
    static {
        n = 3;
        assert n == 3 : "static init";
    }
    int v;
    {
        assert v == 0;
    }
    InvariantPlaces(int v) {
        assert v > 0 : v;
        this.v = v;
    }
    int get() {
        assert this.v > 0;
        return v;
    }
    public static void main(String[] args) {
        int x;
        if (args.length == 0) x = 1; else x = 2;
        assert x == 1;
        switch (x) {
            case 1: assert true; System.out.println("one"); break;
            default: assert false : "default"; break;
        }
        label:
        for (int i = 0; i < 3; i++) {
            assert i >= 0 && i < 3 : "bounds " + i;
            if (i == 1) continue label;
            System.out.println(new InvariantPlaces(i + 1).get());
        }
        boolean flag = false;
        assert flag = true;   // an assignment in the condition: it runs only when enabled
        System.out.println(flag);
    }
}
