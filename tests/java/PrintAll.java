class Box {
    int v;
}

public class PrintAll {
    public static void main(String[] args) {
        boolean bo = false;
        byte by = 12;
        short sh = -1234;
        char ch = 'W';
        int in = 123456;
        long lo = -98765432109L;
        float fl = 2.75f;
        double db = -1.0e-9;
        String st = "string";
        char[] ca = { 'c', 'h', 'a', 'r', 's' };
        System.out.println(bo);
        System.out.println(by);
        System.out.println(sh);
        System.out.println(ch);
        System.out.println(in);
        System.out.println(lo);
        System.out.println(fl);
        System.out.println(db);
        System.out.println(st);
        System.out.println(ca);
        System.out.println();
        System.out.print(bo);
        System.out.print(by);
        System.out.print(sh);
        System.out.print(ch);
        System.out.print(in);
        System.out.print(lo);
        System.out.print(fl);
        System.out.print(db);
        System.out.print(st);
        System.out.print(ca);
        System.out.print('\n');
        System.out.print("no newline then ");
        System.out.println("newline");
        System.out.println('a' + 1);
        System.out.println((char) ('a' + 1));
        System.out.println(true);
        System.out.println(-0);
        System.out.println(0L);
        System.out.println(0.0f);
        System.out.println("");
        String nul = null;
        System.out.println(nul);
        System.out.print(nul);
        System.out.println();
        char[] empty = {};
        System.out.println(empty);
        char[] uni = { '\u00e9', '\u4e2d', '\u263a', 'x' };
        System.out.println(uni);
        System.out.println('\u00e9');
        System.out.println("\u4e2d\u6587");
        char[] withNl = { 'a', '\n', 'b' };
        System.out.println(withNl);
        Box box = new Box();
        box.v = 3;
        System.out.println(box.v);
        System.out.println(1 == 1);
        System.out.println(3 > 5);
        System.out.flush();
        for (int i = 0; i < 3; i++) {
            System.out.print(i);
            System.out.print(',');
        }
        System.out.println();
        System.out.println((byte) -1);
        System.out.println((short) 40000);
        System.out.println(Long.MIN_VALUE);
        System.out.println(Integer.MIN_VALUE);
        System.out.println(Float.MIN_VALUE);
        System.out.println(Double.MAX_VALUE);
        System.out.println("tab\there");
        System.out.println("a" + "\r\n" + "b");
    }
}
