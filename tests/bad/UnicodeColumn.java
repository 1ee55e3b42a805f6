// error: incompatible types: String cannot be converted to int
// The caret and the column count characters: the two accented letters
// before the error are two bytes each in UTF-8 but one column each.
public class UnicodeColumn {
    public static void main(String[] args) {
        String s = "héllo wörld"; int y = s; // <-- error
    }
}
