// error: illegal escape character
public class TextBlockEscape {
    static String s = """
        a \q escape // <-- error
        """;
}
