// error: cannot assign a value to final variable 'LIMIT'
public class FinalStaticAssign {
    static final int LIMIT = 100;

    public static void main(String[] args) {
        LIMIT++; // <-- error
        System.out.println(LIMIT);
    }
}
