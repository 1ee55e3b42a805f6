// error: variable 'r' might not have been initialized
public class UninitializedBranch {
    public static void main(String[] args) {
        int r;
        if (args.length > 0) {
            r = 1;
        }
        System.out.println(r); // <-- error
    }
}
