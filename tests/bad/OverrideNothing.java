// error: method does not override or implement a method from a supertype
public class OverrideNothing {
    @Override // <-- error
    public String toStrin() { return "typo"; }

    public static void main(String[] args) {}
}
