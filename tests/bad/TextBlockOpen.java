// error: illegal text block open delimiter sequence, missing line terminator
public class TextBlockOpen {
    static String s = """one line"""; // <-- error
}
