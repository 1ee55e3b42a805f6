package com.app;

import com.shapes.Circle;
import com.shapes.Circle.Builder;
import static util.Strings.twice;
import static util.Strings.*;
import java.util.*;
import java.util.function.*;
import java.io.*;

public class Main {
    static String twice(double d) { return "own " + d; }   // shadows the static import of twice
    public static void main(String[] args) {
        Circle c = new Circle(2.0);
        System.out.println(c.area());
        System.out.println(Circle.unit().area());
        System.out.println(new Builder().radius(1.5).build().area());
        System.out.println(new com.shapes.Circle.Builder().radius(1).build().area());
        System.out.println(util.Strings.twice("ab"));
        System.out.println(twice(2.5));
        System.out.println("counter " + counter + " " + util.Strings.counter);
        System.out.println(com.shapes.Circle.UNIT);
        java.lang.System.out.println(java.lang.Math.abs(-5));
        Other.hello();
    }
}

class Other {
    static void hello() { System.out.println("hello from " + "Other"); }
}
