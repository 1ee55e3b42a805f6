// error: duplicate case label
public class DuplicateCaseString {
    public static void main(String[] args) {
        String s = "a";
        switch (s) {
            case "a": System.out.println(1); break;
            case "b": System.out.println(2); break;
            case "a": System.out.println(3); break; // <-- error
        }
    }
}
