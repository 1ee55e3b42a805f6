import java.util.*;
public class CaseOrderParseErrors {
    public static void main(String[] args) {
        List<String> l = new ArrayList<>(List.of("banana", "Apple", "cherry", "apple", "BANANA", "Äpfel", "b"));
        l.sort(String.CASE_INSENSITIVE_ORDER);
        System.out.println(l);
        Comparator<String> c = String.CASE_INSENSITIVE_ORDER;
        System.out.println(c.compare("abc", "ABC") + " " + c.compare("abc", "abd") + " " + c.compare("ab", "ABC") + " " + (c == String.CASE_INSENSITIVE_ORDER));
        TreeMap<String, Integer> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        m.put("Key", 1); m.put("KEY", 2); m.put("other", 3);
        System.out.println(m + " " + m.get("kEy"));
        TreeSet<String> s = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        s.addAll(List.of("x", "X", "y"));
        System.out.println(s);
        Collections.sort(l, String.CASE_INSENSITIVE_ORDER.reversed());
        System.out.println(l);
        try { Double.parseDouble("1.5.2"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        String[] bad = {"", "   ", "abc", "1e", "--1", "1.5.2", "0x1p3", ".", "e5", "1,5", "NaNa", "+", "1d", "2f", " 3.5 ", "\t-7e2\n", "Infinity", "-Infinity", "NaN", "+.5", "5.", "1_000", "0x10", "1.2e+3", "1E-2"};
        for (String b : bad) {
            try { System.out.println("[" + b + "] = " + Double.parseDouble(b)); }
            catch (NumberFormatException e) { System.out.println("[" + b + "] " + e); }
        }
        try { Double.parseDouble(null); } catch (NullPointerException e) { System.out.println("NPE " + e.getMessage()); }
        try { System.out.println(Double.valueOf("1..2")); } catch (NumberFormatException e) { System.out.println(e); }
        try { System.out.println(Float.parseFloat("1.5.2")); } catch (NumberFormatException e) { System.out.println(e); }
        List<Integer> l12 = List.of(1, 2);
        Iterator<Integer> it = l12.iterator();
        it.next();
        try { it.remove(); } catch (UnsupportedOperationException e) { System.out.println("uoe " + e); }
        Set<String> sa = Set.of("a");
        Iterator<String> si = sa.iterator();
        si.next();
        try { si.remove(); } catch (UnsupportedOperationException e) { System.out.println("uoe " + e); }
        Iterator<Map.Entry<String, Integer>> mi = Map.of("k", 1).entrySet().iterator();
        mi.next();
        try { mi.remove(); } catch (UnsupportedOperationException e) { System.out.println("uoe " + e); }
        Iterator<Integer> ui = Collections.unmodifiableList(new ArrayList<>(List.of(1))).iterator();
        ui.next();
        try { ui.remove(); } catch (UnsupportedOperationException e) { System.out.println("uoe " + e); }
        ListIterator<Integer> li = l12.listIterator();
        li.next();
        try { li.set(5); } catch (UnsupportedOperationException e) { System.out.println("uoe " + e); }
        try { li.add(5); } catch (UnsupportedOperationException e) { System.out.println("uoe " + e); }
        try { li.remove(); } catch (UnsupportedOperationException e) { System.out.println("uoe " + e); }
    }
}
