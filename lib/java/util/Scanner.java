/* java.util.Scanner over an input stream (standard input) or a file: tokens separated by white space,
 * lines, and the numbers of the default (English) locale's plain form. */
public final class Scanner implements AutoCloseable {
    private final InputStreamReader in;
    private int peeked = -2;
    private String token;      /* a token read ahead by hasNextXxx, or null */

    public Scanner(InputStream source) { in = new InputStreamReader(source); }
    public Scanner(java.io.File source) throws java.io.FileNotFoundException {
        in = new InputStreamReader(new java.io.FileInputStream(source));
    }
    /* the file's bytes, read whole (a missing file: NoSuchFileException) */
    public Scanner(java.nio.file.Path source) throws IOException {
        in = new InputStreamReader(new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(source)));
    }

    private int peek() {
        if (peeked == -2) {
            try { peeked = in.read(); } catch (IOException e) { peeked = -1; }
        }
        return peeked;
    }
    private int take() {
        int c = peek();
        peeked = -2;
        return c;
    }
    private static boolean space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B; }

    private String readToken() {
        if (token != null) return token;
        while (peek() >= 0 && space(peek())) take();
        if (peek() < 0) return null;
        StringBuilder b = new StringBuilder();
        while (peek() >= 0 && !space(peek())) b.append((char) take());
        token = b.toString();
        return token;
    }
    public boolean hasNext() { return readToken() != null; }
    public String next() {
        String t = readToken();
        if (t == null) throw new NoSuchElementException();
        token = null;
        return t;
    }
    public boolean hasNextInt() {
        String t = readToken();
        if (t == null) return false;
        try { Integer.parseInt(t); return true; } catch (NumberFormatException e) { return false; }
    }
    public boolean hasNextLong() {
        String t = readToken();
        if (t == null) return false;
        try { Long.parseLong(t); return true; } catch (NumberFormatException e) { return false; }
    }
    public boolean hasNextDouble() {
        String t = readToken();
        if (t == null) return false;
        try { Double.parseDouble(t); return true; } catch (NumberFormatException e) { return false; }
    }
    public int nextInt() {
        String t = readToken();
        if (t == null) throw new NoSuchElementException();
        try {
            int v = Integer.parseInt(t);
            token = null;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException("For input string: \"" + t + "\"");
        }
    }
    public long nextLong() {
        String t = readToken();
        if (t == null) throw new NoSuchElementException();
        try {
            long v = Long.parseLong(t);
            token = null;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException("For input string: \"" + t + "\"");
        }
    }
    public double nextDouble() {
        String t = readToken();
        if (t == null) throw new NoSuchElementException();
        try {
            double v = Double.parseDouble(t);
            token = null;
            return v;
        } catch (NumberFormatException e) {
            throw new InputMismatchException("For input string: \"" + t + "\"");
        }
    }
    public boolean hasNextLine() { return token != null || peek() >= 0; }
    /* the rest of the current line (a token read ahead included) */
    public String nextLine() {
        StringBuilder b = new StringBuilder();
        if (token != null) {
            b.append(token);
            token = null;
        } else if (peek() < 0) throw new NoSuchElementException("No line found");
        while (peek() >= 0 && peek() != '\n' && peek() != '\r') b.append((char) take());
        if (peek() == '\r') {
            take();
            if (peek() == '\n') take();
        } else if (peek() == '\n') take();
        return b.toString();
    }
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            /* the JDK's Scanner keeps a failed close to itself */
        }
    }
}
