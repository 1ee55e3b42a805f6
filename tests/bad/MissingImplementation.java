// error: Lazy is not abstract and does not override abstract method run(int) in Runner
interface Runner { void run(int times); }
class Lazy implements Runner { } // <-- error
public class MissingImplementation {
    public static void main(String[] args) { new Lazy(); }
}
