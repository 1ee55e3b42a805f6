import java.util.*;
public class CollectionsList {
    public static void main(String[] args) {
        List<String> l = new ArrayList<>();
        l.add("b"); l.add("a"); l.add("c"); l.add(0, "z");
        System.out.println(l + " " + l.size() + " " + l.get(1) + " " + l.contains("c") + " " + l.indexOf("q"));
        for (String s : l) System.out.print(s.length() + s);
        System.out.println();
        l.sort((x, y) -> x.compareTo(y));
        System.out.println(l);
        l.remove("a"); l.remove(0);
        System.out.println(l + " " + l.isEmpty());
        ArrayList<String> copy = new ArrayList<>(l);
        System.out.println(copy.equals(l) + " " + (copy.hashCode() == l.hashCode()));
        l.forEach(s -> System.out.print("<" + s + ">"));
        System.out.println();
        try { l.get(5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { for (String s : l) l.add(s); } catch (ConcurrentModificationException e) { System.out.println("CME " + e); }
        Iterator<String> it = copy.iterator();
        while (it.hasNext()) if (it.next().equals("c")) it.remove();
        System.out.println(copy);
    }
}
