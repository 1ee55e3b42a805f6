package geo;

public class More {
    public static String describe() { return "More"; }
    public static int SIDES = 99;
}
