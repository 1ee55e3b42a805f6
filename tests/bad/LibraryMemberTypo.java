// error: a name Java's String does not have is still a typo: cannot find symbol
public class LibraryMemberTypo {
    public static void main(String[] args) {
        String s = "text";
        System.out.println(s.lenght()); // <-- error
    }
}
