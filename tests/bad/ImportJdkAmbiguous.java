// error: reference to 'List' is ambiguous (both class java.awt.List and class java.util.List match)
import java.awt.*;
import java.util.*;
import javax.swing.Timer;

public class ImportJdkAmbiguous {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>(); // <-- error
        Timer t = null;   // javax.swing.Timer (the single-type import), not java.util.Timer
        Color c = null;   // java.awt.Color through the on-demand import
    }
}
