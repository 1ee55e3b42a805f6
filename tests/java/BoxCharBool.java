// Character and Boolean as objects: charValue, booleanValue, compare,
// toString, the classification builtins on unboxed values, logical
// operators on Boolean, switch on Character.
public class BoxCharBool {
    static String describe(Character c) {
        switch (c) {
        case 'a': case 'e': case 'i': case 'o': case 'u': return "vowel";
        case ' ': return "space";
        default:
            if (Character.isDigit(c)) return "digit";
            if (Character.isUpperCase(c)) return "upper " + Character.toLowerCase(c);
            return "other";
        }
    }

    public static void main(String[] args) {
        String text = "Hi 2 you";
        for (int i = 0; i < text.length(); i++) {
            Character c = text.charAt(i);
            System.out.println(c + " " + describe(c) + " " + c.charValue() + " " + c.hashCode() + " " + c.compareTo('m'));
        }
        Character a = 'a', b = 'b';
        System.out.println(Character.compare(a, b) + " " + a.compareTo(b) + " " + b.compareTo(a) + " " + a.equals('a'));
        System.out.println(Character.toString('q') + Character.valueOf('r') + a + b);
        System.out.println(a + b);
        System.out.println("" + a + b);
        char sum = (char) (a + 1);
        System.out.println(sum);
        Character[] word = {'j', 'a', 'v', 'a'};
        String w = "";
        for (char ch : word) w += Character.toUpperCase(ch);
        System.out.println(w);
        int codes = 0;
        for (Character ch : word) codes += ch;
        System.out.println(codes);
        System.out.println(Character.MIN_VALUE + 0);
        System.out.println((int) Character.MAX_VALUE);

        Boolean yes = true, no = false;
        System.out.println(yes && no);
        System.out.println(yes || no);
        System.out.println(yes ^ no);
        System.out.println(yes & no);
        System.out.println(yes | no);
        System.out.println(!yes);
        System.out.println(yes == no);
        System.out.println(yes != no);
        System.out.println(yes == true);
        System.out.println(yes.booleanValue() + " " + yes.hashCode() + " " + no.hashCode());
        System.out.println(Boolean.compare(true, false) + " " + yes.compareTo(no) + " " + no.compareTo(yes) + " " + yes.compareTo(true));
        System.out.println(Boolean.parseBoolean("TRUE") + " " + Boolean.parseBoolean("yes") + " " + Boolean.parseBoolean(null));
        System.out.println(Boolean.valueOf("true") + " " + Boolean.valueOf("False") + " " + Boolean.toString(false));
        System.out.println(Boolean.logicalAnd(true, false) + " " + Boolean.logicalOr(true, false) + " " + Boolean.logicalXor(true, true));
        Boolean flag = false;
        flag |= true;
        System.out.println(flag);
        flag &= false;
        System.out.println(flag);
        flag ^= true;
        System.out.println(flag);
        int count = 0;
        Boolean go = true;
        while (go) {
            count++;
            go = count < 5;
        }
        System.out.println(count);
        Boolean[] bits = {true, false, true};
        int ones = 0;
        for (boolean bit : bits) if (bit) ones++;
        System.out.println(ones);
    }
}
