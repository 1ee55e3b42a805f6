public class SwitchChar {
    static int kind(char c) {
        switch (c) {
            case 'a': case 'e': case 'i': case 'o': case 'u':
                return 1;
            case ' ':
            case '\t':
            case '\n':
                return 2;
            case '0': case '1': case '2': case '3': case '4':
            case '5': case '6': case '7': case '8': case '9':
                return 3;
            case '\u00e9':
                return 4;
            case 65:
                return 5;
            default:
                return 0;
        }
    }
    public static void main(String[] args) {
        String text = "A quick test\tof 42 chars\u00e9!";
        int[] counts = new int[6];
        for (int i = 0; i < text.length(); i++) counts[kind(text.charAt(i))]++;
        for (int k = 0; k < counts.length; k++) System.out.println("kind " + k + ": " + counts[k]);
        String expr = "3+4*2-1/1";
        int ops = 0, digits = 0;
        for (char c : expr.toCharArray()) {
            switch (c) {
                case '+':
                case '-':
                    System.out.println("additive " + c);
                    ops++;
                    break;
                case '*':
                case '/':
                    System.out.println("multiplicative " + c);
                    ops++;
                    break;
                default:
                    digits++;
            }
        }
        System.out.println(ops + " ops " + digits + " digits");
        char grade = 'B';
        switch (grade) {
            case 'A':
                System.out.println("excellent");
            case 'B':
                System.out.println("good");
            case 'C':
                System.out.println("ok");
                break;
            case 'D':
                System.out.println("never");
        }
        char hi = '\uffff';
        switch (hi) {
            case '\uffff': System.out.println("max char"); break;
            default: System.out.println("wrong");
        }
        char dig = '7';
        switch (dig - '0') {
            case 7: System.out.println("int selector from char arith"); break;
        }
    }
}
