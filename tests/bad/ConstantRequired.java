// error: constant expression required
public class ConstantRequired {
    public static void main(String[] args) {
        int limit = 3;
        int x = args.length;
        switch (x) {
            case 0:
                System.out.println("none");
                break;
            case limit: // <-- error
                System.out.println("limit");
                break;
        }
    }
}
