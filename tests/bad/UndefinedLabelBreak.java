// error: undefined label: done
public class UndefinedLabelBreak {
    public static void main(String[] args) {
        loop:
        while (true) {
            break done; // <-- error
        }
    }
}
