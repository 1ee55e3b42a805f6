// error: duplicate class 'C'
class C {
    int a;
}

class C { // <-- error
    int b;
}

public class DuplicateClass {
    public static void main(String[] args) {
        System.out.println(new C().a);
    }
}
