package com.shapes;

class Geometry {
    static final double PI_ISH = 3.0;
    static int calls;
}
