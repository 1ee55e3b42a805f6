import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.TreeSet;
import java.util.Vector;

/* java.util.Enumeration as older code uses it: Vector.elements(),
 * Hashtable.keys()/elements(), Collections.enumeration and list, and
 * asIterator. */
public class EnumerationLegacy {
    static <T> String drain(Enumeration<T> e) {
        StringBuilder b = new StringBuilder("<");
        while (e.hasMoreElements()) b.append(e.nextElement()).append(e.hasMoreElements() ? "," : "");
        return b.append('>').toString();
    }

    public static void main(String[] args) {
        Vector<String> v = new Vector<>(List.of("red", "green", "blue"));
        System.out.println(drain(v.elements()));
        Enumeration<String> live = v.elements();
        System.out.println(live.nextElement());
        v.add("cyan");
        v.remove(0);
        System.out.println(drain(live) + " " + v);
        try {
            live.nextElement();
        } catch (NoSuchElementException ex) {
            System.out.println(ex);
        }
        System.out.println(drain(new Vector<Integer>().elements()));

        TreeSet<Integer> set = new TreeSet<>(List.of(5, 1, 3));
        Enumeration<Integer> e = Collections.enumeration(set);
        System.out.println(e.nextElement() + " " + drain(e));
        ArrayList<Integer> copy = Collections.list(Collections.enumeration(set));
        copy.add(0);
        System.out.println(copy + " " + set);

        Hashtable<String, Integer> ages = new Hashtable<>();
        ages.put("ann", 31);
        ages.put("bob", 27);
        ages.put("cy", 45);
        ArrayList<String> names = Collections.list(ages.keys());
        Collections.sort(names);
        System.out.println(names + " " + Collections.list(ages.elements()).size());
        int total = 0;
        for (Iterator<Integer> it = ages.elements().asIterator(); it.hasNext(); ) total += it.next();
        System.out.println(total);
        Iterator<String> fromVector = v.elements().asIterator();
        while (fromVector.hasNext()) System.out.print(fromVector.next().toUpperCase() + " ");
        System.out.println();
    }
}
