package p;

public class Main {
    public static void main(String[] args) {
        System.out.println(Helper.help());
    }
}
