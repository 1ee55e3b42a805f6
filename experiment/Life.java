public class Life {
    enum Cell { DEAD, ALIVE;
        char symbol() { return this == ALIVE ? '#' : '.'; }
    }

    private Cell[][] grid;
    private final int rows, cols;
    private int generation;

    Life(String... pattern) {
        rows = pattern.length;
        cols = pattern[0].length();
        grid = new Cell[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
                grid[r][c] = pattern[r].charAt(c) == '#' ? Cell.ALIVE : Cell.DEAD;
    }

    int neighbours(int r, int c) {
        int n = 0;
        for (int dr = -1; dr <= 1; dr++)
            for (int dc = -1; dc <= 1; dc++) {
                if (dr == 0 && dc == 0) continue;
                int rr = (r + dr + rows) % rows, cc = (c + dc + cols) % cols;
                if (grid[rr][cc] == Cell.ALIVE) n++;
            }
        return n;
    }

    void step() {
        Cell[][] next = new Cell[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                int n = neighbours(r, c);
                next[r][c] = switch (grid[r][c]) {
                    case ALIVE -> (n == 2 || n == 3) ? Cell.ALIVE : Cell.DEAD;
                    case DEAD -> n == 3 ? Cell.ALIVE : Cell.DEAD;
                };
            }
        grid = next;
        generation++;
    }

    int population() {
        int p = 0;
        for (Cell[] row : grid) for (Cell c : row) if (c == Cell.ALIVE) p++;
        return p;
    }

    void print() {
        System.out.println("Generation " + generation + " (population " + population() + ")");
        for (Cell[] row : grid) {
            StringBuilder sb = new StringBuilder();
            for (Cell c : row) sb.append(c.symbol());
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        Life life = new Life(
            "..........",
            "...#......",
            "....#.....",
            "..###.....",
            "..........",
            "......###.",
            "..........",
            "..........");
        for (int i = 0; i < 5; i++) {
            life.print();
            life.step();
        }
        for (int i = 0; i < 30; i++) life.step();
        life.print();
        System.out.println(Cell.valueOf("ALIVE").ordinal() + " " + java.util.Arrays.toString(Cell.values()));
    }
}
