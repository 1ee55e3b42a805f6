// error: sealed or non-sealed local classes are not allowed
public class SealedLocalClass {
    public static void main(String[] args) {
        sealed class Node permits Leaf { } // <-- error
        final class Leaf extends Node { }
        System.out.println(new Leaf());
    }
}
