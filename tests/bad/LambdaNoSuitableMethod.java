// error: no suitable method found for 'take(<lambda>)'
public class LambdaNoSuitableMethod {
    static void take(String s) { }
    static void take(int a, int b) { }
    public static void main(String[] args) {
        take(() -> 1); // <-- error
        take(x -> x, 2);
        take(String::length);
    }
}
