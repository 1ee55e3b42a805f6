// Imports of JDK classes and packages that Lime's library lacks are accepted
// as javac accepts them, as long as the program does not use the classes
// (a leftover import, or one kept for a part of the program not compiled).
import javax.swing.JFrame;
import javax.swing.Timer;
import java.awt.*;
import java.awt.event.ActionEvent;
import java.sql.Connection;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.ArrayList;
import java.util.List;

public class ImportUnusedJdk {
    public static void main(String[] args) {
        List<String> names = new ArrayList<>();   // java.util.List: the single-type import beats java.awt.*'s List
        names.add("frame");
        names.add("timer");
        System.out.println(names + " " + names.size());
    }
}
