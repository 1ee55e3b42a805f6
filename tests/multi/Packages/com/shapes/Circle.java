package com.shapes;

public class Circle {
    public static final double UNIT = 1.0;
    private double r;
    public Circle(double r) { this.r = r; }
    public double area() { return Geometry.PI_ISH * r * r; }
    public static Circle unit() { return new Circle(UNIT); }
    public static class Builder {
        double r;
        public Builder radius(double r) { this.r = r; return this; }
        public Circle build() { return new Circle(r); }
    }
}
