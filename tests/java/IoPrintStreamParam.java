import java.io.*;

/* System.out passed where a PrintStream, an OutputStream or an Appendable
 * kind of thing is expected, and user subclasses of the java.io classes. */
public class IoPrintStreamParam {
    static void report(PrintStream out, String name, int value) {
        out.print(name);
        out.print(" = ");
        out.println(value);
    }

    static void dump(OutputStream os, String text) throws IOException {
        os.write(text.getBytes());
        os.write('\n');
        os.flush();
    }

    static void table(Writer w, int n) throws IOException {
        for (int i = 0; i < n; i++) w.write(i + (i + 1 < n ? "," : "\n"));
        w.flush();
    }

    /* counts the bytes that pass through */
    static class CountingStream extends FilterOutputStream {
        int count;
        CountingStream(OutputStream out) { super(out); }
        @Override
        public void write(int b) throws IOException {
            count++;
            super.write(b);
        }
    }

    /* upper-cases ASCII letters on their way */
    static class Upper extends OutputStream {
        private final OutputStream target;
        Upper(OutputStream target) { this.target = target; }
        @Override
        public void write(int b) throws IOException {
            target.write(b >= 'a' && b <= 'z' ? b - 32 : b);
        }
        @Override
        public void flush() throws IOException { target.flush(); }
    }

    /* a PrintStream that prefixes what it prints: println(x) of a subclass
     * is print(x) then println(), as in the JDK */
    static class Prefixed extends PrintStream {
        private final String prefix;
        Prefixed(OutputStream out, String prefix) {
            super(out, true);
            this.prefix = prefix;
        }
        @Override
        public void print(String s) { super.print(prefix + s); }
        @Override
        public void print(int i) { super.print(prefix + "#" + i); }
    }

    /* a Writer that keeps everything in reverse line order */
    static class Lines extends Writer {
        private final StringBuilder all = new StringBuilder();
        @Override
        public void write(char[] cbuf, int off, int len) {
            for (int i = 0; i < len; i++) all.append(cbuf[off + i]);
        }
        @Override
        public void flush() {}
        @Override
        public void close() {}
        String reversed() {
            String[] parts = all.toString().split("\n");
            StringBuilder b = new StringBuilder();
            for (int i = parts.length - 1; i >= 0; i--) b.append(parts[i]).append('\n');
            return b.toString();
        }
    }

    public static void main(String[] args) throws IOException {
        report(System.out, "answer", 42);
        report(System.err, "on stderr", 1);
        dump(System.out, "dumped through OutputStream");
        table(new OutputStreamWriter(System.out), 6);
        table(new PrintWriter(System.out), 4);

        CountingStream counting = new CountingStream(System.out);
        PrintStream ps = new PrintStream(counting, true);
        ps.println("counted line");
        ps.printf("%s %d%n", "formatted", 12345);
        System.out.println("bytes counted: " + counting.count);

        PrintStream upper = new PrintStream(new Upper(System.out), true);
        upper.println("shouting through a custom OutputStream");
        upper.print(3.5);
        upper.println();
        report(upper, "value", 7);

        Prefixed pre = new Prefixed(System.out, "> ");
        pre.println("one");
        pre.println(2);
        pre.print("three");
        pre.println();
        pre.println((Object) "object goes through print(String)");
        report(pre, "nested", 9);

        Lines lines = new Lines();
        PrintWriter pw = new PrintWriter(lines);
        for (int i = 1; i <= 4; i++) pw.println("line " + i);
        pw.flush();
        System.out.print(lines.reversed());

        OutputStream nothing = OutputStream.nullOutputStream();
        nothing.write(new byte[] {1, 2, 3});
        new PrintStream(nothing).println("discarded");
        System.out.println("done");
    }
}
