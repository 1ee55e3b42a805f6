import java.util.ArrayList;
import java.util.List;

public class ExTemplateMethod {
    static abstract class Report {
        private final List<String> out = new ArrayList<>();

        public final String generate(int[][] data) {
            out.clear();
            header();
            for (int i = 0; i < data.length; i++) {
                if (!include(data[i])) continue;
                row(i, data[i]);
            }
            footer(data.length);
            return String.join("\n", out);
        }

        protected void emit(String line) { out.add(line); }
        protected abstract void header();
        protected abstract void row(int index, int[] values);
        protected boolean include(int[] values) { return true; }
        protected void footer(int n) { emit("(" + n + " rows)"); }
    }

    static class CsvReport extends Report {
        protected void header() { emit("id,min,max,sum"); }
        protected void row(int i, int[] v) {
            int min = Integer.MAX_VALUE, max = Integer.MIN_VALUE, sum = 0;
            for (int x : v) { min = Math.min(min, x); max = Math.max(max, x); sum += x; }
            emit(i + "," + min + "," + max + "," + sum);
        }
    }

    static class TableReport extends CsvReport {
        @Override protected void header() {
            emit(String.format("| %-3s | %-6s | %8s |", "id", "count", "mean"));
            emit("|-----|--------|----------|");
        }
        @Override protected void row(int i, int[] v) {
            double mean = 0;
            for (int x : v) mean += x;
            mean /= v.length;
            emit(String.format("| %3d | %6d | %8.3f |", i, v.length, mean));
        }
        @Override protected boolean include(int[] v) { return v.length > 0; }
        @Override protected void footer(int n) {
            super.footer(n);
            emit("end of table");
        }
    }

    static abstract class Game {
        protected int turn;
        abstract boolean over();
        abstract void play();
        String name() { return getClass().getSimpleName(); }
        final void run() {
            turn = 0;
            while (!over()) {
                play();
                turn++;
            }
            System.out.println(name() + " finished after " + turn + " turns");
        }
    }

    static class Collatz extends Game {
        long n;
        Collatz(long n) { this.n = n; }
        boolean over() { return n == 1; }
        void play() { n = (n % 2 == 0) ? n / 2 : 3 * n + 1; }
    }

    public static void main(String[] args) {
        int[][] data = { { 3, 1, 4, 1, 5 }, {}, { 9, 2, 6 }, { -5, 3, 5, 8, 9, 7 } };
        System.out.println(new TableReport().generate(data));
        try {
            System.out.println(new CsvReport().generate(data));
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("unexpected " + e);
        }
        new Collatz(27).run();
        Game g = new Game() {
            int left = 3;
            boolean over() { return left == 0; }
            void play() { System.out.println("anonymous turn " + turn + ", left " + left--); }
        };
        g.run();
        System.out.println("[" + g.name() + "]");
        Report r = new Report() {
            protected void header() { emit("#"); }
            protected void row(int i, int[] v) { emit(i + ":" + v.length); }
        };
        System.out.println(r.generate(new int[3][2]));
    }
}
