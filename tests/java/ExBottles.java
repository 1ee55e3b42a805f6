public class ExBottles {
    static String bottles(int n) {
        return switch (n) {
            case 0 -> "no more bottles";
            case 1 -> "1 bottle";
            default -> n + " bottles";
        };
    }

    static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    public static void main(String[] args) {
        for (int n = 5; n >= 0; n--) {
            System.out.println(capitalize(bottles(n)) + " of beer on the wall, " + bottles(n) + " of beer.");
            if (n > 0) System.out.println("Take one down and pass it around, " + bottles(n - 1) + " of beer on the wall.\n");
            else System.out.println("Go to the store and buy some more, " + bottles(99) + " of beer on the wall.");
        }
        StringBuilder fb = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            String s = (i % 3 == 0 ? "Fizz" : "") + (i % 5 == 0 ? "Buzz" : "");
            fb.append(s.isEmpty() ? Integer.toString(i) : s);
            if (i < 30) fb.append(i % 10 == 0 ? "\n" : ", ");
        }
        System.out.println(fb);
        // FizzBuzz generalised
        int[] divisors = { 2, 3, 7 };
        String[] words = { "Jazz", "Fizz", "Bazz" };
        for (int i = 1; i <= 21; i++) {
            String out = "";
            for (int k = 0; k < divisors.length; k++) if (i % divisors[k] == 0) out += words[k];
            System.out.print(out.isEmpty() ? String.valueOf(i) : out);
            System.out.print(i == 21 ? System.lineSeparator() : " ");
        }
        Object[] mixed = { 1, "two", 3.0, 'c', 5L, null, true };
        for (Object o : mixed) {
            String d;
            if (o instanceof Integer i && i > 0) d = "positive int " + i;
            else if (o instanceof String s) d = "string of length " + s.length();
            else if (o instanceof Double x) d = "double " + x / 2;
            else d = "other: " + o;
            System.out.println(d);
        }
    }
}
