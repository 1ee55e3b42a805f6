public class CharacterDigits {
    public static void main(String[] args) {
        int[] cps = {'0', '7', '9', 'a', 'F', 'z', 'Z', ' ', '-', 0xB2, 0xBC, 0x2163, 0x0663, 0xFF21, 0xFF5A, 0x1D7CE, 0x1D7FF, 0x216C, 0x3007, 0x4E94};
        for (int cp : cps) {
            System.out.println(Integer.toHexString(cp) + " " + Character.getNumericValue(cp) + " " + Character.digit(cp, 10) + " " + Character.digit(cp, 16) + " " + Character.digit(cp, 36) + " " + Character.digit(cp, 37));
        }
        System.out.println(Character.getNumericValue('x') + " " + Character.digit('7', 8) + " " + Character.digit('8', 8) + " " + Character.digit('b', 1));
        for (int r = 2; r <= 36; r += 7) System.out.print(Character.forDigit(r - 1, r) + "," + Character.forDigit(3, r) + " ");
        System.out.println((int) Character.forDigit(10, 10) + " " + (int) Character.forDigit(-1, 10) + " " + (int) Character.forDigit(1, 40));
        System.out.println(Character.MIN_RADIX + " " + Character.MAX_RADIX);
    }
}
