import shapes.Circle;
import shapes.Square;

public class Main {
    public static void main(String[] args) {}
}
