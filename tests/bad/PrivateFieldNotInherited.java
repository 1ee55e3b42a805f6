// A superclass's private field is not inherited: with no other `total` in
// scope, the simple name is javac's "has private access" error.
public class PrivateFieldNotInherited {
    static class Account { private int total = 5; }
    static class Savings extends Account {
        int read() { return total; } // <-- error
    }
    public static void main(String[] args) { System.out.println(new Savings().read()); }
}
