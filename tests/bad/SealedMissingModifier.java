// error: sealed, non-sealed or final modifiers expected
sealed class Animal permits Cat, Dog { }
final class Cat extends Animal { }
class Dog extends Animal { } // <-- error
public class SealedMissingModifier {
    public static void main(String[] args) { System.out.println(new Dog()); }
}
