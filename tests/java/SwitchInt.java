public class SwitchInt {
    static final int THREE = 3;
    static String name(int d) {
        switch (d) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case THREE: return "three";
            case 2 + 2: return "four";
            case -1: return "minus one";
            case Integer.MAX_VALUE: return "max";
            case Integer.MIN_VALUE: return "min";
            default: return "many";
        }
    }
    static int fall(int n) {
        int r = 0;
        switch (n) {
            case 1:
                r += 1;
            case 2:
                r += 10;
            case 3:
                r += 100;
                break;
            case 4:
                r += 1000;
            default:
                r += 10000;
            case 5:
                r += 100000;
        }
        return r;
    }
    public static void main(String[] args) {
        for (int i = -2; i <= 6; i++) System.out.println(i + " " + name(i) + " " + fall(i));
        System.out.println(name(Integer.MAX_VALUE) + " " + name(Integer.MIN_VALUE));
        int x = 7;
        switch (x) {
        }
        switch (x) {
            default:
                System.out.println("only default");
        }
        switch (x) {
            case 1:
                System.out.println("no match, no default");
        }
        byte b = 5;
        switch (b) {
            case 5: System.out.println("byte 5"); break;
            case -128: System.out.println("byte min"); break;
        }
        short s = 1000;
        switch (s) {
            case 1000: System.out.println("short 1000");
        }
        int sparse = 0;
        int[] vals = { 1, 100, 10000, 1000000, 7 };
        for (int v : vals) {
            switch (v) {
                case 1: sparse += 1; break;
                case 100: sparse += 2; break;
                case 10000: sparse += 3; break;
                case 1000000: sparse += 4; break;
                default: sparse += 100;
            }
        }
        System.out.println("sparse " + sparse);
        int counter = 0;
        switch (counter++) {
            case 0: System.out.println("selector evaluated once, counter=" + counter);
        }
        for (int i = 0; i < 6; i++) {
            switch (i % 3) {
                case 0: { int local = i * 2; System.out.print("a" + local); break; }
                case 1: System.out.print("b");
                case 2: System.out.print("c");
            }
        }
        System.out.println();
        int nested = 0;
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 3; j++)
                switch (i) {
                    case 0:
                        switch (j) { case 0: nested += 1; break; default: nested += 2; }
                        break;
                    case 1: nested += 10; break;
                    default: nested += 100;
                }
        System.out.println("nested " + nested);
        switch (3) {
            case 1:
            case 2:
            case 3:
            case 4:
                System.out.println("grouped labels");
                break;
            default:
                System.out.println("bad");
        }
        long big = 5;
        switch ((int) big) { case 5: System.out.println("cast selector"); }
        switch (x) {
            default: System.out.println("default first, falls");
            case 1: System.out.println("into case 1");
        }
    }
}
