import p.A;
public class Main {
    public static void main(String[] args) {
        A a = new A();
        int x = a.pkgField;
        int y = a.prot;
        A.pkgMethod();
        new A(1);
        A.Nested n = null;
        int z = p.Hidden.v;
        int w = new A.PubNested().f;
    }
}
