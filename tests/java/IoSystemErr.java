import java.io.*;

/* System.err as a PrintStream value: unbuffered, after what System.out
 * printed before it; the first stderr line is the test's expected_err. */
public class IoSystemErr {
    static void warn(PrintStream log, String what, int code) {
        log.printf("warning %d: %s%n", code, what);
    }

    public static void main(String[] args) {
        PrintStream err = System.err;
        System.out.println("stdout first");
        err.print("error: ");
        err.println("bad input " + 42 + " é");
        warn(err, "second line", 2);
        warn(System.out, "to stdout", 3);
        err.append("appended").append('\n');
        err.write('!');
        err.write('\n');
        System.err.printf("%s", "chained").println(" printf");
        System.out.println("checkError " + err.checkError());
        PrintWriter pw = new PrintWriter(System.err, true);
        pw.println("through a PrintWriter with autoflush");
        System.out.println("exit with status 3");
        System.out.write('h');   /* held, and lost at exit as on the JVM */
        System.exit(3);
    }
}
