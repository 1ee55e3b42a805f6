// error: incompatible types: long cannot be converted to Integer
public class BoxLongToInteger {
    public static void main(String[] args) {
        Integer i = 5L; // <-- error
        System.out.println(i);
    }
}
