// error: cannot find symbol: method 'lenght()'
public class LibraryMemberTypo {
    public static void main(String[] args) {
        String s = "text";
        System.out.println(s.lenght()); // <-- error
    }
}
