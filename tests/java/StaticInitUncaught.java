public class StaticInitUncaught {
    static class Config {
        static final String NAME = System.getProperty("no.such.property");
        static final int LENGTH = NAME.length();
    }
    static void use() { System.out.println(Config.LENGTH); }
    public static void main(String[] args) {
        System.out.println("start");
        use();
    }
}
