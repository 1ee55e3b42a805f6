// error: incompatible types: int cannot be converted to boolean
public class IntWhileCondition {
    public static void main(String[] args) {
        int n = 5;
        while (n--) { // <-- error
            System.out.println(n);
        }
    }
}
