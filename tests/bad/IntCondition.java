// error: incompatible types: int cannot be converted to boolean
public class IntCondition {
    public static void main(String[] args) {
        int x = 1;
        if (x) { // <-- error
            System.out.println("yes");
        }
    }
}
