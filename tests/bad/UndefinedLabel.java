// error: undefined label: outer
public class UndefinedLabel {
    public static void main(String[] args) {
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (j == i) continue outer; // <-- error
                System.out.println(i + j);
            }
        }
    }
}
