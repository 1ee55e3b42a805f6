// error: duplicate case label
public class DuplicateCase {
    public static void main(String[] args) {
        int x = args.length;
        switch (x) {
            case 1:
                System.out.println("one");
                break;
            case 2:
                System.out.println("two");
                break;
            case 1: // <-- error
                System.out.println("one again");
                break;
        }
    }
}
