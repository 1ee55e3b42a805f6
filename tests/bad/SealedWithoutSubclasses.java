// error: sealed class must have subclasses
sealed class Lonely { } // <-- error
public class SealedWithoutSubclasses {
    public static void main(String[] args) { System.out.println(new Lonely()); }
}
