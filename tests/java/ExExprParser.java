import java.util.HashMap;
import java.util.Map;

public class ExExprParser {
    static abstract class Expr {
        abstract double eval(Map<String, Double> env);
    }

    static class Num extends Expr {
        final double value;
        Num(double value) { this.value = value; }
        double eval(Map<String, Double> env) { return value; }
        public String toString() { return value == Math.floor(value) ? String.valueOf((long) value) : String.valueOf(value); }
    }

    static class Var extends Expr {
        final String name;
        Var(String name) { this.name = name; }
        double eval(Map<String, Double> env) {
            Double v = env.get(name);
            if (v == null) throw new RuntimeException("undefined variable " + name);
            return v;
        }
        public String toString() { return name; }
    }

    static class BinOp extends Expr {
        final char op;
        final Expr l, r;
        BinOp(char op, Expr l, Expr r) { this.op = op; this.l = l; this.r = r; }
        double eval(Map<String, Double> env) {
            double a = l.eval(env), b = r.eval(env);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return a / b;
                case '^': return Math.pow(a, b);
                default: throw new IllegalStateException("op " + op);
            }
        }
        public String toString() { return "(" + l + " " + op + " " + r + ")"; }
    }

    static class Neg extends Expr {
        final Expr e;
        Neg(Expr e) { this.e = e; }
        double eval(Map<String, Double> env) { return -e.eval(env); }
        public String toString() { return "-" + e; }
    }

    static class ParseException extends RuntimeException {
        ParseException(String msg, int pos) { super(msg + " at position " + pos); }
    }

    private final String src;
    private int pos;

    ExExprParser(String src) { this.src = src; }

    private char peek() {
        while (pos < src.length() && src.charAt(pos) == ' ') pos++;
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    Expr parse() {
        Expr e = expr();
        if (peek() != '\0') throw new ParseException("unexpected '" + peek() + "'", pos);
        return e;
    }

    private Expr expr() {
        Expr e = term();
        for (char c = peek(); c == '+' || c == '-'; c = peek()) {
            pos++;
            e = new BinOp(c, e, term());
        }
        return e;
    }

    private Expr term() {
        Expr e = factor();
        for (char c = peek(); c == '*' || c == '/'; c = peek()) {
            pos++;
            e = new BinOp(c, e, factor());
        }
        return e;
    }

    private Expr factor() {
        Expr base = unary();
        if (peek() == '^') {
            pos++;
            return new BinOp('^', base, factor());
        }
        return base;
    }

    private Expr unary() {
        char c = peek();
        if (c == '-') { pos++; return new Neg(unary()); }
        if (c == '(') {
            pos++;
            Expr e = expr();
            if (peek() != ')') throw new ParseException("expected ')'", pos);
            pos++;
            return e;
        }
        int start = pos;
        if (Character.isDigit(c) || c == '.') {
            while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
            return new Num(Double.parseDouble(src.substring(start, pos)));
        }
        if (Character.isLetter(c)) {
            while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) pos++;
            return new Var(src.substring(start, pos));
        }
        throw new ParseException(c == '\0' ? "unexpected end" : "unexpected '" + c + "'", pos);
    }

    public static void main(String[] args) {
        Map<String, Double> env = new HashMap<>();
        env.put("x", 3.0);
        env.put("pi", Math.PI);
        String[] inputs = { "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x * -x", "10 / 4 - 0.5", "pi * x ^ 2",
            "1 / 0", "0 / 0", "2 * (3 + ", "4 $ 4", "y + 1", "1.5.2 + 1" };
        for (String in : inputs) {
            try {
                Expr e = new ExExprParser(in).parse();
                System.out.println(in + "  =>  " + e + "  =  " + e.eval(env));
            } catch (ParseException ex) {
                System.out.println(in + "  =>  parse error: " + ex.getMessage());
            } catch (NumberFormatException ex) {
                System.out.println(in + "  =>  bad number: " + ex.getMessage());
            } catch (RuntimeException ex) {
                System.out.println(in + "  =>  error: " + ex.getMessage());
            }
        }
    }
}
