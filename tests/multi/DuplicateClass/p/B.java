package p;

class A {}

public class B { public static void main(String[] args) {} }
