// error: illegal character: '`'
public class LexicalErrorsMembers {
    int g = 3 ` 4; // <-- error
    String t = "abc;
    static String b = """
        never closed";
    static int f() { return 1 +; }
    char k = '\u00g1';
    double d = 0x1.0;
    /* unclosed
}
