public class GetClassNames {
    static class Inner { }
    static class Deeper { static class Deepest { } }
    interface Marker { }
    static class Marked implements Marker { }
    public static void main(String[] args) {
        Object[] things = { new Inner(), new Deeper(), new Deeper.Deepest(), new Marked(), new GetClassNames(),
                            new RuntimeException("r"), new ArithmeticException(), "text" };
        for (Object o : things) {
            Class c = o.getClass();
            System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c);
        }
        System.out.println(new Inner().getClass() == new Inner().getClass());
        System.out.println((Object) new Inner().getClass() == new Marked().getClass());
        Marker m = new Marked();
        System.out.println(m.getClass().getSimpleName() + " " + m.toString().startsWith("GetClassNames$Marked@"));
    }
}
