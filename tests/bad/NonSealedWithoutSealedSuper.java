// error: non-sealed modifier not allowed here
class Plain { }
non-sealed class Open extends Plain { } // <-- error
public class NonSealedWithoutSealedSuper {
    public static void main(String[] args) { System.out.println(new Open()); }
}
