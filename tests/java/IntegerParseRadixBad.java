public class IntegerParseRadixBad {
    public static void main(String[] args) {
        System.out.println(Integer.parseInt("-z", 36));
        System.out.println(Integer.parseInt("1", 37));
    }
}
