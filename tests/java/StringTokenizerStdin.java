import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayDeque;
import java.util.StringTokenizer;

/* The competitive programmers' way of reading input: a BufferedReader on
 * System.in and a new StringTokenizer(br.readLine()) per line. The input
 * has a header line, n lines of numbers (separated by spaces and tabs,
 * some with leading or trailing blanks), then commands for a stack. */
public class StringTokenizerStdin {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer st = new StringTokenizer(br.readLine());
        int n = Integer.parseInt(st.nextToken());
        int q = Integer.parseInt(st.nextToken());
        System.out.println("n=" + n + " q=" + q + " more=" + st.hasMoreTokens());
        long total = 0, weighted = 0;
        int tokens = 0, longest = 0;
        for (int i = 0; i < n; i++) {
            st = new StringTokenizer(br.readLine(), " \t");
            int count = st.countTokens();
            longest = Math.max(longest, count);
            long lineSum = 0;
            while (st.hasMoreTokens()) {
                long v = Long.parseLong(st.nextToken());
                lineSum += v;
                weighted = weighted * 31 + v;
                tokens++;
            }
            total += lineSum;
            if (i % 500 == 0) System.out.println("line " + i + ": " + count + " tokens, sum " + lineSum);
        }
        System.out.println("tokens=" + tokens + " longest=" + longest + " total=" + total + " weighted=" + weighted);

        ArrayDeque<Integer> stack = new ArrayDeque<>();
        StringBuilder out = new StringBuilder();
        long popped = 0;
        for (int i = 0; i < q; i++) {
            st = new StringTokenizer(br.readLine());
            String cmd = st.nextToken();
            switch (cmd) {
                case "push": stack.push(Integer.parseInt(st.nextToken())); break;
                case "pop": {
                    int v = stack.isEmpty() ? -1 : stack.pop();
                    popped += v;
                    if (i % 200 == 0) out.append("pop ").append(v).append('\n');
                    break;
                }
                case "size": out.append("size ").append(stack.size()).append('\n'); break;
                case "top": out.append("top ").append(stack.isEmpty() ? -1 : stack.peek()).append('\n'); break;
                default: out.append("unknown ").append(cmd).append('\n');
            }
        }
        System.out.print(out);
        System.out.println("popped=" + popped + " left=" + stack.size());
        System.out.println("end=" + br.readLine());
    }
}
