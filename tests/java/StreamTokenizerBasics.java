import java.io.*;

/* java.io.StreamTokenizer over StringReaders (and one InputStream): each
 * token's ttype, toString, sval, nval and lineno, for the default syntax
 * table and each setting that changes it. */
public class StreamTokenizerBasics {
    static void dump(String title, StreamTokenizer st) throws IOException {
        System.out.println("== " + title);
        int t;
        do {
            t = st.nextToken();
            System.out.println(show(t + " " + st + " sval=" + st.sval + " nval=" + st.nval + " line=" + st.lineno()));
        } while (t != StreamTokenizer.TT_EOF);
    }
    /* s with its control chars and non-ASCII chars as \\uXXXX */
    static String show(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= ' ' && c < 127) b.append(c);
            else b.append(String.format("\\u%04x", (int) c));
        }
        return b.toString();
    }
    static StreamTokenizer of(String s) {
        return new StreamTokenizer(new StringReader(s));
    }
    static void dump(String title, String s) throws IOException {
        dump(title, of(s));
    }

    public static void main(String[] args) throws IOException {
        System.out.println(StreamTokenizer.TT_EOF + " " + StreamTokenizer.TT_EOL + " "
            + StreamTokenizer.TT_NUMBER + " " + StreamTokenizer.TT_WORD);

        dump("words", "hello World a1b2 x.y-z Mixed_case \u00e9t\u00e9 \u03b1\u03b2 \u65e5\u672c abc\u0100def");
        dump("numbers", "42 3.25 007 .5 5. 1.2.3 0.1 123456789012345678901 1.000000000000000000001 "
            + "0.0000000000000000000000000000000000001 9007199254740993 1e5 12abc");
        dump("negative", "-7 -.5 -0 -0.25 - x -- 5 --5 -a 5-3 -. -");
        dump("dot alone", ". .. .x");
        dump("quotes", "\"a\\tb\\nc\" 'it''s' \"\\a\\b\\f\\r\\v\\\\\\\"\\'\\q\" 'x\"y' \"\"");
        dump("octal", "\"\\101\\1012\\477\\0\\08\\377\\400\\7\\78\\8\"");
        dump("unterminated", "\"abc\ndef 'ghi\r\njkl");
        dump("backslash at end", "\"ab\\");
        dump("octal at end", "'\\12");
        dump("default comment", "a b / comment 1 2\nc /x\nd/\ne");

        StreamTokenizer st = of("a /* one\ntwo\r\nthree */ b /**/ c /*/ d */ e // f\ng / h /* end");
        st.slashStarComments(true);
        dump("slash star", st);
        st = of("a /* x\n\ny */ b /*\r\n\r\n*/ c /*x*\n/ y */ d");
        st.slashStarComments(true);
        dump("slash star lines", st);
        st = of("a // one /* two\nb /* c */ d/e //\n// x\r\nf");
        st.slashSlashComments(true);
        dump("slash slash", st);
        st = of("a // one\nb /* c */ d/e /\nf");
        st.slashSlashComments(true);
        st.slashStarComments(true);
        st.ordinaryChar('/');
        dump("both, '/' ordinary", st);
        st = of("a/b/\nc");
        st.ordinaryChar('/');
        dump("slash ordinary", st);
        st = of("x # note\ny#z\n% w");
        st.commentChar('#');
        st.commentChar('%');
        dump("comment chars", st);

        st = of("a\nb\r\nc\rd\n\n\r\re \n");
        st.eolIsSignificant(true);
        dump("eol significant", st);
        dump("eol not significant", "a\nb\r\nc\rd\n\n\r\re \n");
        st = of("a\n\nb");
        st.eolIsSignificant(true);
        st.whitespaceChars('a', 'a');
        dump("eol after whitespace", st);
        st = of("a\nb");
        st.ordinaryChar('\n');
        dump("newline ordinary", st);

        st = of("Hello WORLD \u00c9T\u00c9 'QUOTED' MiXeD42");
        st.lowerCaseMode(true);
        dump("lowerCaseMode", st);

        st = of("a.b 1.5 x");
        st.ordinaryChar('.');
        dump("ordinaryChar .", st);
        st = of("12 ab-c");
        st.ordinaryChars('0', '9');
        dump("digits ordinary", st);
        st = of("a-b -c - 3");
        st.wordChars('-', '-');
        dump("'-' a word char", st);
        st = of("1,2;;3 , x");
        st.whitespaceChars(',', ',');
        st.whitespaceChars(';', ';');
        dump("whitespaceChars", st);
        st = of("ab cd 12 'q' %%");
        st.resetSyntax();
        dump("resetSyntax", st);
        st = of("one two  3.5 \"q\"");
        st.resetSyntax();
        st.wordChars('a', 'z');
        st.whitespaceChars(' ', ' ');
        st.parseNumbers();
        dump("reset, words, numbers", st);
        st = of("aXb [x] |y| {z}~\u00ff\u0100");
        st.resetSyntax();
        st.wordChars(-10, 'z');
        st.whitespaceChars(' ', ' ');
        st.whitespaceChars(300, 1000);
        st.ordinaryChars('X', 'X');
        st.wordChars('{', 5000);
        st.quoteChar('|');
        st.ordinaryChars(255, 400);
        st.ordinaryChar(-1);
        st.ordinaryChar(300);
        st.commentChar(300);
        st.quoteChar(-5);
        st.whitespaceChars(-3, -1);
        dump("ranges clipped", st);

        System.out.println("== pushBack");
        st = of("a 1 'q' ;");
        System.out.println(st + " " + st.ttype);
        st.pushBack();   /* before the first token: nothing */
        st.nextToken();
        System.out.println(st);
        st.pushBack();
        st.pushBack();
        System.out.println(st.nextToken() + " " + st.sval + " " + st);
        System.out.println(st.nextToken() + " " + st.nval + " " + st);
        st.pushBack();
        System.out.println(st.nextToken() + " " + st.nval + " " + st.sval);
        System.out.println(st.nextToken() + " " + st.sval + " " + st);
        st.pushBack();
        System.out.println(st.nextToken() + " " + st.sval + " " + st);
        System.out.println(st.nextToken() + " " + st.sval + " " + st);
        System.out.println(st.nextToken() + " " + st);
        st.pushBack();
        System.out.println(st.nextToken() + " " + st);
        System.out.println(st.nextToken() + " " + st);

        System.out.println("== toString");
        st = of("'quoted' x");
        st.nextToken();
        System.out.println(st);
        st.ordinaryChar('\'');   /* the table decides: now an ordinary char */
        System.out.println(st);
        st.nextToken();
        st.ttype = '!';
        System.out.println(st);
        st.ttype = 'q';
        st.quoteChar('q');
        st.sval = "as quote";
        System.out.println(st);
        st.ttype = 1000;
        System.out.println(show(st.toString()));
        st.ttype = StreamTokenizer.TT_NUMBER;
        st.nval = 1e21;
        System.out.println(st);
        st.nval = -0.0;
        System.out.println(st);
        st.ttype = -4;
        System.out.println(st);
        st.ttype = -5;
        try {
            System.out.println(st);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        }

        System.out.println("== lineno");
        st = of("a\n\n/* c */ b\r\n\rc\r\"s\nt\"");
        int t;
        while ((t = st.nextToken()) != StreamTokenizer.TT_EOF)
            System.out.println(st.lineno() + " " + st);
        System.out.println(st.lineno() + " " + st);

        byte[] bytes = "w\u00e9 12 \"q\"".getBytes();
        @SuppressWarnings("deprecation")
        StreamTokenizer bs = new StreamTokenizer(new ByteArrayInputStream(bytes));
        dump("InputStream bytes", bs);

        try {
            new StreamTokenizer((Reader) null);
        } catch (NullPointerException e) {
            System.out.println("null Reader: " + e.getMessage());
        }
        try {
            @SuppressWarnings("deprecation")
            StreamTokenizer n = new StreamTokenizer((InputStream) null);
        } catch (NullPointerException e) {
            System.out.println("null InputStream: " + e.getMessage());
        }
        StringReader closed = new StringReader("x");
        closed.close();
        try {
            of("").nextToken();
            new StreamTokenizer(closed).nextToken();
        } catch (IOException e) {
            System.out.println(e);
        }
    }
}
