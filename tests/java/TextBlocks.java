public class TextBlocks {
    static String html = """
        <html>
            <body>\t"quoted" and \"""triple\"""
            </body>
        </html>
        """;

    public static void main(String[] args) {
        String s = """
            Hello,
              world!
            end""";
        System.out.println(s);
        System.out.print(html);
        String cont = """
            one \
            line
            trailing spaces kept:\s\s
            octal \101\60 done
            """;
        System.out.print(cont);
        String blankLines = """

            after a blank line

            """;
        System.out.print("[" + blankLines + "]");
        String closeLeft = """
                indented by four
              """;
        System.out.print(closeLeft);
        String empty = """
            """;
        System.out.println(empty.length() + " " + empty.isEmpty());
        String trailing = """
            trail   
            spaces\t
            """;
        System.out.print(trailing.replace(' ', '.'));
        String unicode = """
            caf\u00e9 \uD83D\uDE00 é
            """;
        System.out.print(unicode + unicode.length() + "\n");
        switch ("""
            key""") {
            case "key": System.out.println("switch on a text block"); break;
            default: System.out.println("no");
        }
        final String k = """
            const""";
        System.out.println(k == "const");
        System.out.println("""
            tab\there""".length());
    }
}
