package app;

import static geo.Consts.*;          // on-demand: SIDES, scale, square, describe, Point
import static geo.More.describe;     // a single-static import shadows the on-demand one
import static geo.Consts.Point;      // a member class by static import

public class Main {
    static int counter = -1;         // the class's own field shadows Consts.counter

    public static void main(String[] args) {
        System.out.println(SIDES + " " + scale);
        System.out.println(square(7) + " " + square(1.5));
        System.out.println(describe());
        System.out.println(counter + " " + geo.Consts.counter);
        scale = 3.0;                 // an imported static field is a variable
        System.out.println(geo.Consts.describe());
        Point p = new Point(2, 3);
        System.out.println(p.sum());
        switch (args.length) {
            case SIDES: System.out.println("four"); break;   // a constant through a static import
            default: System.out.println("not four");
        }
    }
}
