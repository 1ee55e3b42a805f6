public class Main {
    public static void main(String[] args) {
        p.A a = null;
        p.B b = null;
    }
}
