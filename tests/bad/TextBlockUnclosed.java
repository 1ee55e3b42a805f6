// error: unclosed text block
public class TextBlockUnclosed {
    static String s = /* // <-- error */ """
        never closed";
}
