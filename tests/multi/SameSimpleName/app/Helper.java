package app;

import a.*;

class Helper {
    // on-demand import of a: Util here is a.Util (no single-type import in this file)
    static void run() {
        System.out.println("helper: " + Util.name());
        System.out.println("helper: " + Util.Inner.where());
    }
}
