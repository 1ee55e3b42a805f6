// error: cyclic inheritance involving A
class A extends B { } // <-- error
class B extends A { }
public class CyclicInheritance {
    public static void main(String[] args) { System.out.println("x"); }
}
