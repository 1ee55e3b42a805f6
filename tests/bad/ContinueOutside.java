// error: continue outside of loop
public class ContinueOutside {
    public static void main(String[] args) {
        int x = 1;
        switch (x) {
            case 1:
                continue; // <-- error
            default:
                System.out.println(x);
        }
    }
}
