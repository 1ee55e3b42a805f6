// error: array required, but int found
public class ArrayRequired2D {
    public static void main(String[] args) {
        int[] row = new int[3];
        row[1][2] = 7; // <-- error
    }
}
