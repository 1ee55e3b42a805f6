// error: illegal combination of modifiers: final and sealed
final sealed class Point permits Point3 { } // <-- error
public class SealedFinal {
    public static void main(String[] args) { }
}
