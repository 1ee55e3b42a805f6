// Parsing and printing through the wrapper classes: parse, valueOf and
// toString round trips, NumberFormatException for bad or out-of-range
// input (caught).
public class BoxParse {
    static void tryShort(String s) {
        try {
            System.out.println("short " + Short.parseShort(s) + " " + Short.valueOf(s));
        } catch (NumberFormatException e) {
            System.out.println("NumberFormatException: " + e.getMessage());
        }
    }

    static void tryByte(String s) {
        try {
            Byte b = Byte.valueOf(s);
            System.out.println("byte " + Byte.parseByte(s) + " " + b + " " + (b == Byte.valueOf(s)));
        } catch (NumberFormatException e) {
            System.out.println("NumberFormatException: " + e.getMessage());
        }
    }

    static void tryInt(String s) {
        try {
            Integer i = Integer.valueOf(s);
            System.out.println("int " + i + " " + Integer.parseInt(s) + " " + i.toString().equals(s));
        } catch (NumberFormatException e) {
            System.out.println("NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        String[] ints = {"0", "-1", "127", "128", "2147483647", "-2147483648", "2147483648", "12a", "", "+5"};
        for (String s : ints) tryInt(s);
        String[] shorts = {"32767", "-32768", "32768", "-40000", "12", "x"};
        for (String s : shorts) tryShort(s);
        String[] bytes = {"127", "-128", "128", "-129", "0"};
        for (String s : bytes) tryByte(s);
        System.out.println(Integer.valueOf("ff", 16) + " " + Integer.valueOf("-101", 2));
        Long l = Long.valueOf("-9223372036854775808");
        System.out.println(l + " " + Long.parseLong("123456789012") + " " + Long.valueOf(77L).toString());
        Double d = Double.valueOf("1e3");
        System.out.println(d + " " + Double.valueOf("-0.0") + " " + Double.parseDouble("3.25") + " " + Double.valueOf("NaN"));
        Float f = Float.valueOf("1.1");
        System.out.println(f + " " + Float.valueOf(0.1f) + " " + f.doubleValue());
        int[] samples = {0, 1, -1, 42, Integer.MIN_VALUE, Integer.MAX_VALUE, 100000};
        for (int v : samples) {
            Integer boxed = v;
            String s = boxed.toString();
            Integer back = Integer.valueOf(s);
            System.out.println(s + " " + back.equals(boxed) + " " + (back.intValue() == v) + " " + Integer.toString(v, 16));
        }
        double[] ds = {0.5, 1e-7, 123456789.0, -2.5e300, 1.0 / 3};
        for (double v : ds) {
            Double boxed = v;
            Double back = Double.valueOf(boxed.toString());
            System.out.println(boxed + " " + back.equals(boxed) + " " + back.compareTo(v));
        }
        System.out.println(Short.toString((short) -7) + Byte.toString((byte) 8) + Short.MAX_VALUE + Byte.MIN_VALUE);
    }
}
