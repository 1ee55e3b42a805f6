import java.util.ArrayList;
import java.util.List;

// Classes are initialised when first used (JLS 12.4.1), superclass first:
// a static initialiser may read a class declared after it, an enum's
// values() are there for a table built from them, a constant variable
// does not initialise its class, and a cycle sees default values.
public class StaticInitLazy {
    static final List<String> DECK = new ArrayList<>();
    static {
        System.out.println("StaticInitLazy initialised");
        for (Suit s : Suit.values())
            for (Rank r : Rank.values()) DECK.add(r + " of " + s);
    }

    enum Suit { CLUBS, HEARTS }
    enum Rank {
        ACE("A"), KING("K");
        final String symbol;
        Rank(String symbol) { this.symbol = symbol; System.out.println("Rank " + symbol); }
    }

    static class Registry {
        static final int LIMIT = 3;            // a constant variable: no initialisation
        static int created = report("Registry");
        static int next() { return ++created; }
    }

    static class Base {
        static String tag = report("Base") + "base";
        static void touch() { System.out.println("Base.touch"); }
    }
    static class Derived extends Base {
        static String own = report("Derived") + "derived";
    }

    static class First { static int value = Second.value + 1; }
    static class Second { static int value = First.value + 10; }

    static int report(String name) {
        System.out.println("initialising " + name);
        return 0;
    }

    public static void main(String[] args) {
        System.out.println("main starts");
        System.out.println(DECK);
        System.out.println("limit " + Registry.LIMIT);
        System.out.println("next " + Registry.next());
        Derived.touch();                       // a static method Base declares: Base only
        System.out.println("then Derived");
        System.out.println(Derived.own);
        new Derived();
        System.out.println(First.value + " " + Second.value);
        System.out.println(Later.greeting());
    }
}

class Later {
    static final String PREFIX;
    static {
        System.out.println("Later initialised");
        PREFIX = "hello from " + StaticInitLazy.Rank.KING.symbol;
    }
    static String greeting() { return PREFIX; }
}
