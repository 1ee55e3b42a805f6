import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.*;

/** A tiny line-oriented language: let, print, if/goto, with a tokenizer. */
public class Interpreter {
    enum TokenType { NUMBER, IDENT, STRING, OP, EOL }

    static final class Token {
        final TokenType type;
        final String text;
        Token(TokenType type, String text) { this.type = type; this.text = text; }
        @Override public String toString() { return type + "(" + text + ")"; }
    }

    static List<Token> tokenize(String line) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) { i++; continue; }
            int start = i;
            if (Character.isDigit(c)) {
                while (i < line.length() && Character.isDigit(line.charAt(i))) i++;
                out.add(new Token(TokenType.NUMBER, line.substring(start, i)));
            } else if (Character.isLetter(c)) {
                while (i < line.length() && Character.isLetterOrDigit(line.charAt(i))) i++;
                out.add(new Token(TokenType.IDENT, line.substring(start, i)));
            } else if (c == '"') {
                int end = line.indexOf('"', i + 1);
                if (end < 0) throw new IllegalArgumentException("unterminated string");
                out.add(new Token(TokenType.STRING, line.substring(i + 1, end)));
                i = end + 1;
            } else if ("<>=!".indexOf(c) >= 0 && i + 1 < line.length() && line.charAt(i + 1) == '=') {
                out.add(new Token(TokenType.OP, line.substring(i, i + 2)));
                i += 2;
            } else if ("+-*/%<>=()".indexOf(c) >= 0) {
                out.add(new Token(TokenType.OP, String.valueOf(c)));
                i++;
            } else {
                throw new IllegalArgumentException("bad character '" + c + "'");
            }
        }
        out.add(new Token(TokenType.EOL, ""));
        return out;
    }

    private final Map<String, Long> vars = new TreeMap<>();
    private List<Token> toks;
    private int p;

    private Token next() { return toks.get(p++); }
    private Token peek() { return toks.get(p); }

    private long expr() {
        long v = sum();
        String op = peek().text;
        switch (op) {
            case "<": p++; return v < sum() ? 1 : 0;
            case ">": p++; return v > sum() ? 1 : 0;
            case "<=": p++; return v <= sum() ? 1 : 0;
            case ">=": p++; return v >= sum() ? 1 : 0;
            case "=": p++; return v == sum() ? 1 : 0;
            case "!=": p++; return v != sum() ? 1 : 0;
            default: return v;
        }
    }

    private long sum() {
        long v = product();
        while (peek().text.equals("+") || peek().text.equals("-")) {
            v = next().text.equals("+") ? v + product() : v - product();
        }
        return v;
    }

    private long product() {
        long v = atom();
        while (peek().type == TokenType.OP && "*/%".contains(peek().text)) {
            String op = next().text;
            long r = atom();
            v = op.equals("*") ? v * r : op.equals("/") ? v / r : v % r;
        }
        return v;
    }

    private long atom() {
        Token t = next();
        switch (t.type) {
            case NUMBER: return Long.parseLong(t.text);
            case IDENT:
                if (!vars.containsKey(t.text)) throw new NoSuchElementException("unknown variable " + t.text);
                return vars.get(t.text);
            case OP:
                if (t.text.equals("-")) return -atom();
                if (t.text.equals("(")) { long v = expr(); next(); return v; }
            default:
                throw new IllegalStateException("unexpected " + t);
        }
    }

    void run(List<String> program) {
        int pc = 0, steps = 0;
        while (pc < program.size()) {
            if (++steps > 10000) throw new IllegalStateException("too many steps");
            toks = tokenize(program.get(pc));
            p = 0;
            Token cmd = next();
            pc++;
            switch (cmd.text) {
                case "let" -> {
                    String name = next().text;
                    next();
                    vars.put(name, expr());
                }
                case "print" -> {
                    StringBuilder sb = new StringBuilder();
                    while (peek().type != TokenType.EOL) {
                        if (peek().type == TokenType.STRING) sb.append(next().text);
                        else sb.append(expr());
                    }
                    System.out.println(sb);
                }
                case "if" -> {
                    long c = expr();
                    next();
                    int target = (int) expr();
                    if (c != 0) pc = target - 1;
                }
                case "goto" -> pc = (int) expr() - 1;
                case "end" -> pc = program.size();
                default -> { if (cmd.type != TokenType.EOL) throw new IllegalArgumentException("unknown command " + cmd.text); }
            }
        }
        System.out.println("vars: " + vars + " steps: " + steps);
    }

    public static void main(String[] args) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(System.in));
        List<String> program = new ArrayList<>();
        for (String line = r.readLine(); line != null; line = r.readLine()) program.add(line);
        System.out.println(tokenize(program.get(0)));
        Interpreter in = new Interpreter();
        in.run(program);
        try {
            new Interpreter().run(List.of("let a = 1 / 0"));
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException: " + e.getMessage());
        }
        try {
            new Interpreter().run(List.of("print q"));
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        new Interpreter().run(List.of("print \"a\" 1", "jump 3"));
    }
}
