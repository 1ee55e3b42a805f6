// error: incompatible types: possible lossy conversion from int to char
public class LossyIntToChar {
    public static void main(String[] args) {
        char c = 'a';
        char d = c + 1; // <-- error
        System.out.println(d);
    }
}
