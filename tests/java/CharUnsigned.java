public class CharUnsigned {
    public static void main(String[] args) {
        char c = (char) -1;
        System.out.println((int) c);
        System.out.println(c > 0);
        System.out.println(c == 65535);
        char zero = 0;
        zero--;
        System.out.println(zero > 60000);
        char a = 'A';
        int diff = 'a' - 'A';
        System.out.println(diff);
        System.out.println((char) (a + diff));
        char big = '\u9999';
        System.out.println((int) big + " " + (short) big + " " + (big > 'a'));
        int sum = 0;
        for (char ch = 'a'; ch <= 'z'; ch++) sum += ch;
        System.out.println(sum);
        char ch2 = 'a';
        ch2 += 65535;
        System.out.println(ch2);
        char hi = '\u8000';
        System.out.println(hi * 2);
        System.out.println(hi >> 15);
        System.out.println((int) (char) (hi * 2));
        char[] cs = { '\u0080', '\u00ff', '\u0100', '\u7fff', '\u8000', '\ufffe' };
        for (char x : cs) System.out.println((int) x + " " + (byte) x + " " + (short) x + " " + (x < 0x8000));
        String upper = "";
        String src = "Hello, World! 123 zZ";
        for (int i = 0; i < src.length(); i++) {
            char ch = src.charAt(i);
            if (ch >= 'a' && ch <= 'z') ch = (char) (ch - 32);
            upper += ch;
        }
        System.out.println(upper);
        String rot = "";
        for (char ch : "Caesar Cipher".toCharArray()) {
            if (ch >= 'a' && ch <= 'z') ch = (char) ('a' + (ch - 'a' + 13) % 26);
            else if (ch >= 'A' && ch <= 'Z') ch = (char) ('A' + (ch - 'A' + 13) % 26);
            rot += ch;
        }
        System.out.println(rot);
        char d = '7';
        int digit = d - '0';
        System.out.println(digit * 6);
        System.out.println((char) 0x41 + "" + (char) 0x263A + (char) 0xe9);
        char mx = 65535;
        long l = mx;
        System.out.println(l);
        System.out.println(mx + mx);
        System.out.println(Integer.toHexString(mx));
        char cmp1 = '\uffff', cmp2 = '\u0001';
        System.out.println(cmp1 > cmp2);
        System.out.println(cmp1 - cmp2);
        System.out.println((byte) cmp1 > (byte) cmp2);
    }
}
