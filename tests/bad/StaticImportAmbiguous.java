// error: reference to 'MAX_VALUE' is ambiguous (both variable MAX_VALUE in Integer and variable MAX_VALUE in Long match)
import static java.lang.Integer.*;
import static java.lang.Long.*;

public class StaticImportAmbiguous {
    public static void main(String[] args) {
        System.out.println(MAX_VALUE); // <-- error
    }
}
