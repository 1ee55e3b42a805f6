public class IntegerLong {
    public static void main(String[] args) {
        System.out.println(Integer.MAX_VALUE + " " + Integer.MIN_VALUE);
        System.out.println(Long.MAX_VALUE + " " + Long.MIN_VALUE);
        System.out.println(Integer.parseInt("12345") + 1);
        System.out.println(Integer.parseInt("-2147483648"));
        System.out.println(Integer.parseInt("+77"));
        System.out.println(Integer.parseInt("007"));
        System.out.println(Long.parseLong("9223372036854775807"));
        System.out.println(Long.parseLong("-42") * 2);
        System.out.println(Integer.toString(255) + Integer.toString(-255));
        System.out.println(Long.toString(1L << 50));
        System.out.println(Integer.toString(Integer.MIN_VALUE).length());
        int[] bc = { 0, 1, 2, 3, 255, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x55555555, 1000000 };
        for (int v : bc) {
            System.out.println(v + ": bitCount " + Integer.bitCount(v) + " nlz " + Integer.numberOfLeadingZeros(v) + " ntz " + Integer.numberOfTrailingZeros(v)
                               + " hex " + Integer.toHexString(v) + " bin " + Integer.toBinaryString(v));
        }
        long[] lb = { 0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 1L << 40, 0xF0F0F0F0F0F0F0F0L, 123456789012345L };
        for (long v : lb) {
            System.out.println(v + ": bitCount " + Long.bitCount(v) + " nlz " + Long.numberOfLeadingZeros(v) + " ntz " + Long.numberOfTrailingZeros(v)
                               + " hex " + Long.toHexString(v) + " bin " + Long.toBinaryString(v));
        }
        String digits = "";
        for (int i = 0; i < 10; i++) digits += i;
        System.out.println(Long.parseLong(digits) * 3);
        int total = 0;
        String[] nums = { "1", "22", "-333", "4444" };
        for (String s : nums) total += Integer.parseInt(s);
        System.out.println(total);
        System.out.println(Integer.toHexString(Integer.parseInt("65535")));
        System.out.println(Integer.toBinaryString(Integer.parseInt("10")));
        int mx = Integer.MAX_VALUE;
        System.out.println(mx + 1 == Integer.MIN_VALUE);
        System.out.println(Long.MAX_VALUE + 1 == Long.MIN_VALUE);
        System.out.println(Integer.bitCount(Integer.parseInt("1023")) + Long.bitCount(Long.MAX_VALUE));
    }
}
