// error: annotation type not applicable to this kind of declaration
public class OverrideOnField {
    @Override // <-- error
    int x;

    public static void main(String[] args) {}
}
