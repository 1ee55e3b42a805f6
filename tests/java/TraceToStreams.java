import java.io.PrintWriter;
import java.io.StringWriter;

// printStackTrace to System.out, to a PrintWriter over a StringWriter (the
// usual way to get a trace as text), and to System.err.
public class TraceToStreams {
    static class Task {
        void run(int step) {
            if (step == 2) throw new IllegalStateException("step " + step);
        }
    }

    static String traceOf(Throwable t) {
        StringWriter text = new StringWriter();
        PrintWriter w = new PrintWriter(text);
        t.printStackTrace(w);
        w.flush();
        return text.toString();
    }

    public static void main(String[] args) {
        Task task = new Task();
        for (int i = 0; i < 3; i++) {
            try {
                task.run(i);
                System.out.println("ran " + i);
            } catch (IllegalStateException e) {
                e.printStackTrace(System.out);
                String text = traceOf(new RuntimeException("wrapper", e));
                System.out.print(text);
                System.out.println(text.split("\n").length + " lines");
                e.printStackTrace(System.err);
            }
        }
    }
}
