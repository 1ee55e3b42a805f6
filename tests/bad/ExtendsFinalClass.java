// error: cannot inherit from final Leaf
final class Leaf { }
class Branch extends Leaf { } // <-- error
public class ExtendsFinalClass {
    public static void main(String[] args) { System.out.println("x"); }
}
