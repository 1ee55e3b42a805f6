import java.io.PrintStream;

public class IoAssignSystemOut {
    public static void main(String[] args) {
        PrintStream saved = System.out;
        System.out = saved; // <-- error
    }
}
