package lib;

public class Tool {
    public static String version() { return "1.0"; }
    public String name() { return "tool"; }
}
