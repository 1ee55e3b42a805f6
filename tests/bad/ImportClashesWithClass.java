// error: Integer is already defined in this compilation unit
import java.lang.Integer; // <-- error

class Integer {}

public class ImportClashesWithClass {
    public static void main(String[] args) {}
}
