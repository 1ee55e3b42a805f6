// error: non-static variable 'name' cannot be referenced from a static context
public class LocalInterfaceField {
    String name = "outer";
    void run() {
        interface Greeter {
            default String greet() { return "hello " + name; } // <-- error
        }
        System.out.println(new Greeter() { }.greet());
    }
    public static void main(String[] args) { new LocalInterfaceField().run(); }
}
