// error: incompatible types: int cannot be converted to Character
public class BoxCharConstant {
    public static void main(String[] args) {
        Character ok = 65;
        Character bad = 70000; // <-- error
        System.out.println(ok + bad);
    }
}
