// ArrayList is in Lime's library, but this unit does not import it:
// javac's "cannot find symbol", not "not in Lime's library".
public class LibraryClassNotImported {
    public static void main(String[] args) {
        ArrayList<Integer> list = new ArrayList<>(); // <-- error
        System.out.println(list);
    }
}
