public class Strings {
    public static void main(String[] args) {
        String s = "Hello, World";
        System.out.println(s.length());
        System.out.println(s.charAt(0));
        System.out.println(s.charAt(s.length() - 1));
        System.out.println(s.equals("Hello, World"));
        System.out.println(s.equals("hello, world"));
        System.out.println(s.compareTo("Hello"));
        System.out.println("Hello".compareTo(s));
        System.out.println("abc".compareTo("abd"));
        System.out.println("b".compareTo("a"));
        System.out.println("a".compareTo("a"));
        System.out.println("Z".compareTo("a"));
        System.out.println(s.substring(7));
        System.out.println(s.substring(0, 5));
        System.out.println(s.substring(3, 3).isEmpty());
        System.out.println(s.indexOf('o'));
        System.out.println(s.indexOf("World"));
        System.out.println(s.indexOf("xyz"));
        System.out.println(s.indexOf('z'));
        System.out.println(s.indexOf(""));
        System.out.println("".isEmpty());
        System.out.println(s.isEmpty());
        System.out.println("".hashCode());
        System.out.println("a".hashCode());
        System.out.println(s.hashCode());
        System.out.println("The quick brown fox jumps over the lazy dog".hashCode());
        System.out.println("\u00e9\u4e2d".hashCode());
        char[] cs = s.toCharArray();
        System.out.println(cs.length);
        cs[0] = 'J';
        System.out.println(cs);
        System.out.println(s);
        System.out.println(String.valueOf(42));
        System.out.println(String.valueOf(-7L));
        System.out.println(String.valueOf(1.5));
        System.out.println(String.valueOf(2.5f));
        System.out.println(String.valueOf(true));
        System.out.println(String.valueOf('c'));
        System.out.println(String.valueOf(cs));
        System.out.println(String.valueOf(cs).length());
        String a = "abc";
        String b = "ab";
        String c = b + "c";
        System.out.println(a.equals(c));
        String n = null;
        System.out.println("abc".equals(n));
        System.out.println(n == null);
        String acc = "";
        for (int i = 0; i < 5; i++) acc += i;
        System.out.println(acc + " " + acc.length());
        String rev = "";
        for (int i = s.length() - 1; i >= 0; i--) rev += s.charAt(i);
        System.out.println(rev);
        int vowels = 0;
        for (char ch : s.toCharArray()) {
            if (ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u') vowels++;
        }
        System.out.println("vowels " + vowels);
        String csv = "10,20,30,40";
        int sum = 0, start = 0;
        while (true) {
            int comma = csv.substring(start).indexOf(',');
            if (comma < 0) { sum += Integer.parseInt(csv.substring(start)); break; }
            sum += Integer.parseInt(csv.substring(start, start + comma));
            start += comma + 1;
        }
        System.out.println("csv sum " + sum);
        System.out.println("x".compareTo("xyz"));
        System.out.println("apple".compareTo("banana") < 0);
        System.out.println("hello".indexOf("l"));
        System.out.println("hello".indexOf('h'));
        System.out.println("hello".indexOf("lo"));
        System.out.println("ab".equals("a" + "b"));
        String t = "x";
        t += 'y';
        t += 1 + 2;
        t += 1.5f;
        t += null;
        System.out.println(t);
    }
}
