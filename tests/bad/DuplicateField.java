// error: variable 'x' is already defined in class 'C'
class C {
    int x;
    double x; // <-- error
}

public class DuplicateField {
    public static void main(String[] args) {
        System.out.println(new C().x);
    }
}
