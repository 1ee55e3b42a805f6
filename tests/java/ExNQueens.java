import java.util.ArrayList;
import java.util.List;

public class ExNQueens {
    private final int n;
    private final int[] cols;
    private final List<int[]> solutions = new ArrayList<>();

    public ExNQueens(int n) {
        this.n = n;
        this.cols = new int[n];
    }

    private boolean safe(int row, int col) {
        for (int r = 0; r < row; r++) {
            int c = cols[r];
            if (c == col || Math.abs(c - col) == row - r) return false;
        }
        return true;
    }

    private void place(int row) {
        if (row == n) {
            solutions.add(cols.clone());
            return;
        }
        for (int c = 0; c < n; c++) {
            if (safe(row, c)) {
                cols[row] = c;
                place(row + 1);
            }
        }
    }

    public List<int[]> solve() {
        place(0);
        return solutions;
    }

    static void print(int[] board) {
        for (int r = 0; r < board.length; r++) {
            char[] row = new char[board.length];
            java.util.Arrays.fill(row, '.');
            row[board[r]] = 'Q';
            System.out.println(String.valueOf(row));
        }
    }

    public static void main(String[] args) {
        for (int n = 1; n <= 9; n++) {
            List<int[]> s = new ExNQueens(n).solve();
            System.out.println(n + " queens: " + s.size() + " solutions");
        }
        List<int[]> eight = new ExNQueens(8).solve();
        System.out.println("First solution for 8:");
        print(eight.get(0));
        System.out.println("Last: " + java.util.Arrays.toString(eight.get(eight.size() - 1)));
    }
}
