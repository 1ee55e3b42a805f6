// error: incompatible types: long cannot be converted to Integer
public class BoxCastLongToInteger {
    public static void main(String[] args) {
        Integer i = (Integer) 5L; // <-- error
        System.out.println(i);
    }
}
