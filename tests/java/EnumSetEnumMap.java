import java.util.*;
public class EnumSetEnumMap {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Empty {}
    public static void main(String[] args) {
        EnumSet<Day> none = EnumSet.noneOf(Day.class);
        System.out.println(none + " " + none.size() + " " + none.isEmpty());
        EnumSet<Day> all = EnumSet.allOf(Day.class);
        System.out.println(all + " " + all.size());
        EnumSet<Day> we = EnumSet.of(Day.SUN, Day.SAT);
        System.out.println(we + " " + we.contains(Day.SAT) + " " + we.contains(Day.MON) + " " + we.contains("SAT"));
        EnumSet<Day> wd = EnumSet.complementOf(we);
        System.out.println(wd);
        System.out.println(EnumSet.range(Day.TUE, Day.THU));
        System.out.println(EnumSet.of(Day.FRI, Day.MON, Day.WED, Day.MON, Day.TUE, Day.SUN));
        EnumSet<Day> c = EnumSet.copyOf(List.of(Day.WED, Day.MON));
        c.add(Day.SUN);
        System.out.println(c + " " + c.add(Day.SUN) + " " + c.remove(Day.MON) + " " + c.remove(Day.MON) + " " + c);
        Iterator<Day> it = all.iterator();
        while (it.hasNext()) if (it.next().ordinal() % 2 == 0) it.remove();
        System.out.println(all + " " + all.size());
        System.out.println(all.equals(EnumSet.of(Day.TUE, Day.THU, Day.SAT)) + " " + all.equals(new HashSet<>(List.of(Day.TUE, Day.THU, Day.SAT))));
        all.removeAll(List.of(Day.TUE));
        all.addAll(List.of(Day.MON));
        System.out.println(all + " " + all.containsAll(List.of(Day.MON, Day.SAT)));
        System.out.println(EnumSet.noneOf(Empty.class) + " " + EnumSet.allOf(Empty.class).size());
        for (Day d : EnumSet.range(Day.FRI, Day.SUN)) System.out.print(d.ordinal() + " ");
        System.out.println();
        try { EnumSet.range(Day.SUN, Day.MON); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { EnumSet.copyOf(new ArrayList<Day>()); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { none.add(null); } catch (NullPointerException e) { System.out.println("NPE"); }
        try { none.iterator().next(); } catch (NoSuchElementException e) { System.out.println(e); }
        System.out.println(none.getClass().getName());

        EnumMap<Day, Integer> m = new EnumMap<>(Day.class);
        m.put(Day.FRI, 5); m.put(Day.MON, 1); m.put(Day.WED, null);
        System.out.println(m + " " + m.size() + " " + m.get(Day.FRI) + " " + m.get(Day.TUE) + " " + m.containsKey(Day.WED) + " " + m.containsValue(null) + " " + m.containsValue(5));
        System.out.println(m.keySet() + " " + m.values() + " " + m.entrySet());
        System.out.println(m.put(Day.FRI, 6) + " " + m.remove(Day.MON) + " " + m.remove(Day.MON) + " " + m);
        for (Map.Entry<Day, Integer> e : m.entrySet()) if (e.getValue() != null) e.setValue(e.getValue() * 10);
        System.out.println(m);
        Map<Day, Integer> h = new HashMap<>();
        h.put(Day.WED, null); h.put(Day.FRI, 60);
        System.out.println(m.equals(h) + " " + h.equals(m));
        EnumMap<Day, Integer> m2 = new EnumMap<>(h);
        System.out.println(m2 + " " + new EnumMap<>(m2).equals(m));
        m.getOrDefault(Day.SUN, 0);
        System.out.println(m.getOrDefault(Day.SUN, 0) + " " + m.getOrDefault(Day.FRI, 0));
        m.merge(Day.SUN, 1, Integer::sum); m.merge(Day.SUN, 1, Integer::sum);
        System.out.println(m);
        Iterator<Day> ki = m.keySet().iterator();
        ki.next(); ki.remove();
        System.out.println(m + " " + m.size());
        try { new EnumMap<Day, Integer>(new HashMap<Day, Integer>()); } catch (IllegalArgumentException e) { System.out.println(e); }
        try { m.put(null, 1); } catch (NullPointerException e) { System.out.println("NPE"); }
        m.clear();
        System.out.println(m + " " + m.isEmpty());
    }
}
