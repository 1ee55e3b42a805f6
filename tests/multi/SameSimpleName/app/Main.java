package app;

import b.Util;              // the simple name Util is b.Util here
import a.Util.Inner;        // a nested class by its canonical name

public class Main {
    public static void main(String[] args) {
        System.out.println(a.Util.name());
        System.out.println(a.Util.name());
        System.out.println(Util.name());
        System.out.println(a.Util.calls + " " + Util.calls + " " + b.Util.calls);
        Util u = new Util(42);
        b.Util v = new b.Util();
        System.out.println(u.field + v.field);
        System.out.println(Inner.where() + " " + Util.Inner.where() + " " + a.Util.Inner.where());
        Helper.run();
    }
}
