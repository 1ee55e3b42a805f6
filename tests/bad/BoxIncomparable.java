// error: incomparable types: Integer and Long
public class BoxIncomparable {
    public static void main(String[] args) {
        Integer i = 1;
        Long l = 1L;
        System.out.println(i == l); // <-- error
    }
}
