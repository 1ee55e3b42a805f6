public class FormatInt {
    public static void main(String[] args) {
        int[] is = {0, 1, -1, 42, -42, 255, 1234567, -1234567, Integer.MAX_VALUE, Integer.MIN_VALUE, 1000, 999, -1000};
        String[] fs = {"%d", "%5d|", "%-5d|", "%05d", "%+d", "% d", "%(d", "%,d", "%+,d", "%(,010d", "%x", "%X", "%#x", "%#X",
            "%08x", "%#010x", "%o", "%#o", "%#08o", "%-#10x|", "%,15d|", "%-+8d|", "% 08d", "%(5d|", "%1d"};
        for (int i = 0; i < is.length; i++) {
            String line = "";
            for (int j = 0; j < fs.length; j++) line = line + String.format(fs[j], is[i]) + " ";
            System.out.println(line);
        }
        long[] ls = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 123456789012345L, -9876543210L};
        for (int i = 0; i < ls.length; i++) {
            String line = "";
            for (int j = 0; j < fs.length; j++) line = line + String.format(fs[j], ls[i]) + " ";
            System.out.println(line);
        }
        byte b = -1;
        byte b2 = 100;
        short s = -2;
        short s2 = 30000;
        System.out.println(String.format("%d %x %o %X %d %x", b, b, b, b2, s, s));
        System.out.println(String.format("%d %x %o %#x", s2, s2, s2, Byte.MIN_VALUE));
        System.out.println(String.format("%d %d %d %d", Short.MAX_VALUE, Short.MIN_VALUE, Byte.MAX_VALUE, Byte.MIN_VALUE));
        char c = 'A';
        System.out.printf("%c %c %c %c %C %5c| %-3c|%n", c, 97, 0x1F600, (byte) 66, 'q', 'z', 'y');
        System.out.printf("%c%c%c%n", 'ß', (short) 0x263A, 0x10400);
        System.out.printf("%C %C%n", 'ß', 0x10428);
        System.out.printf("%d%%%n", 50);
        System.out.printf("[%5%] [%-5%]%n");
        System.out.printf("%s%n", Integer.MIN_VALUE);
    }
}
