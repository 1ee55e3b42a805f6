// error: Unexpected @FunctionalInterface annotation (FunctionalInterfaceOnClass is not a functional interface)
@FunctionalInterface // <-- error
public class FunctionalInterfaceOnClass {
    public static void main(String[] args) {}
}
