public class CastsAndInstanceof {
    interface Pet { String name(); }
    static class Animal { }
    static class Dog extends Animal implements Pet { public String name() { return "dog"; } }
    static class Cat extends Animal implements Pet { public String name() { return "cat"; } }
    static final class Rock { }
    static String classify(Object o) {
        if (o instanceof Dog d) return "dog:" + d.name();
        if (o instanceof Pet p) return "pet:" + p.name();
        if (o instanceof Animal) return "animal";
        if (o instanceof String s) return "string of " + s.length();
        return o == null ? "null" : "other";
    }
    public static void main(String[] args) {
        Object[] xs = { new Dog(), new Cat(), new Animal(), "hello", new Rock(), null };
        for (Object x : xs) System.out.println(classify(x));
        Animal a = new Cat();
        Pet p = (Pet) a;
        System.out.println(p.name() + " " + (a instanceof Pet) + " " + (null instanceof Object));
        Object s = "str";
        String t = (String) s;
        System.out.println(t + " " + (s instanceof String));
        Object n = null;
        Dog d = (Dog) n;
        System.out.println(d == null);
        try {
            Dog bad = (Dog) a;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println(e.getMessage());
        }
        Object pet = new Dog();
        Cat c = (Cat) pet;
        System.out.println(c);
    }
}
