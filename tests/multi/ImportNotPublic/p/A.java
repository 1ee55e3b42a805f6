package p;

public class A {}

class Hidden {
    public static int v;
}
