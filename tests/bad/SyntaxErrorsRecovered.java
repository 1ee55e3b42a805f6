// Several syntax errors in one method: each statement's error is reported
// (javac reports the same seven), parsing going on with the next statement.
import java.util.ArrayList;
import java.util.List;

public class SyntaxErrorsRecovered {
    static int count(int limit) {
        for (int i = 0; i < limit; i++) {
            System.out.println(i) // <-- error: ';' expected (the next line goes on)
        }
        if (limit > 3 { // <-- error
            return 1;
        }
        List<Integer> seen = new ArrayList<>();
        seen.forEach(x -> { int q = x +; System.out.println(q); }); // <-- error (inside a lambda's block)
        while (limit > 0) limit-- // <-- error
        int[] table = {1, 2, 3; // <-- error: the initialiser left open
        return limit;
    }
    public static void main(String[] args) {
        int k = count(3) ** 2; // <-- error
        switch (k) { case 1: k++ break; default: } // <-- error
        System.out.println(k);
    }
}
