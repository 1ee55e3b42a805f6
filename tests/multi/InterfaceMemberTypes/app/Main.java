package app;

import api.Shapes;

public class Main {
    public static void main(String[] args) {
        Shapes.Kind k = Shapes.Kind.SQUARE;
        Shapes.Dims d = new Shapes.Dims(3, 4);
        Shapes.Area a = new Shapes.Box(d);
        System.out.println(k + " " + k.ordinal() + " " + d + " " + a.area() + " " + Shapes.Kind.valueOf("ROUND"));
    }
}
