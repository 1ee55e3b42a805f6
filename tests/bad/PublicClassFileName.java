// error: class Program is public, should be declared in a file named Program.java
public class Program { // <-- error
    public static void main(String[] args) {}
}
