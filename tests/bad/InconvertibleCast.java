// error: incompatible types: Apple cannot be converted to Pear
class Apple { }
class Pear { }
public class InconvertibleCast {
    public static void main(String[] args) {
        Apple a = new Apple();
        Pear p = (Pear) a; // <-- error
        System.out.println(p);
    }
}
