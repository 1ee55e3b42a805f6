// error: cannot find symbol: class 'ArrayLst' in package 'java.util'
import java.util.ArrayLst; // <-- error: the JDK has no such class either
import java.awt.Colr;
import java.foo.*;

public class ImportMissingJdkClass {
    public static void main(String[] args) {
    }
}
