// error: no suitable method found for 'join(String,int,int)'
public class JoinNotStrings {
    public static void main(String[] args) {
        System.out.println(String.join(",", 1, 2)); // <-- error
    }
}
