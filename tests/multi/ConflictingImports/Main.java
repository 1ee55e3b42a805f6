import a.Util;
import a.Util;
import b.Util;

public class Main {
    public static void main(String[] args) {}
}
