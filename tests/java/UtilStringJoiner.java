// StringJoiner: delimiter, prefix and suffix, setEmptyValue, length, merge,
// and the null checks of its constructor.
import java.util.*;

public class UtilStringJoiner {
    public static void main(String[] args) {
        StringJoiner plain = new StringJoiner(", ");
        System.out.println("[" + plain + "] " + plain.length());
        plain.add("one");
        System.out.println("[" + plain + "] " + plain.length());
        plain.add("two").add(null).add("");
        System.out.println("[" + plain + "] " + plain.length());

        StringJoiner set = new StringJoiner(", ", "{", "}");
        System.out.println(set + " " + set.length());
        set.setEmptyValue("EMPTY");
        System.out.println(set + " " + set.length());
        for (int i = 1; i <= 4; i++) set.add("x" + i * i);
        System.out.println(set + " " + set.length());

        StringJoiner path = new StringJoiner("/", "/", "").setEmptyValue("/");
        System.out.println(path);
        path.add("usr").add("local");
        StringJoiner more = new StringJoiner("-", "<", ">");
        more.add("a").add("b");
        path.merge(more);
        path.merge(new StringJoiner("?"));
        System.out.println(path + " " + path.length());
        more.merge(path);
        System.out.println(more);
        StringJoiner self = new StringJoiner("+", "(", ")");
        self.add("q");
        self.merge(self);
        System.out.println(self);

        StringJoiner empty = new StringJoiner("", "", "").setEmptyValue("nothing");
        empty.add("");
        System.out.println("[" + empty + "] " + empty.length());

        String[] names = {"prefix", "delimiter", "suffix"};
        for (int k = 0; k < 3; k++) {
            try {
                new StringJoiner(k == 1 ? null : ",", k == 0 ? null : "[", k == 2 ? null : "]");
            } catch (NullPointerException e) {
                System.out.println(names[k] + ": " + e.getMessage());
            }
        }
        try {
            new StringJoiner(",").setEmptyValue(null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        StringJoiner csv = new StringJoiner(",");
        List<Integer> primes = new ArrayList<>();
        for (int n = 2; primes.size() < 10; n++) {
            boolean p = true;
            for (int q : primes) if (n % q == 0) p = false;
            if (p) {
                primes.add(n);
                csv.add(String.valueOf(n));
            }
        }
        System.out.println(csv + " " + csv.length() + " " + String.join(",", csv.toString().split(",")).equals(csv.toString()));
    }
}
