package app;

import static java.lang.Math.*;
import static util.MoreMath.*;
import static util.MoreMath.abs;     // single-static: hides Math's abs (the on-demand one)

public class Main {
    public static void main(String[] args) {
        // the methods of every static-import-on-demand are resolved together (JLS 15.12)
        System.out.println(max(1, 7) + " " + max(1, 7, 3) + " " + max(2.5, 1.0));
        System.out.println(abs("-12"));
        System.out.println(TAU / PI);
        System.out.println(sqrt(max(16, 9, 4)));
    }
}
