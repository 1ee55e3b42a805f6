// error: annotation type not applicable to this kind of declaration
public class OverrideOnLocal {
    public static void main(String[] args) {
        @Override int x = 1; // <-- error
    }
}
