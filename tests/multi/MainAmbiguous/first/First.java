package first;

public class First {
    public static void main(String[] args) {
        System.out.println("first");
    }
}
