import java.util.*;

public class ExJsonPrinter {
    sealed interface Json permits JNull, JBool, JNum, JStr, JArr, JObj {}
    record JNull() implements Json {}
    record JBool(boolean value) implements Json {}
    record JNum(double value) implements Json {}
    record JStr(String value) implements Json {}
    record JArr(List<Json> items) implements Json {}
    record JObj(Map<String, Json> fields) implements Json {}

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                default:
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    static void print(Json j, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent);
        if (j instanceof JNull) out.append("null");
        else if (j instanceof JBool b) out.append(b.value());
        else if (j instanceof JNum n) {
            double v = n.value();
            if (v == (long) v) out.append((long) v); else out.append(v);
        } else if (j instanceof JStr s) out.append(quote(s.value()));
        else if (j instanceof JArr a) {
            if (a.items().isEmpty()) { out.append("[]"); return; }
            out.append("[\n");
            for (int i = 0; i < a.items().size(); i++) {
                out.append(pad).append("  ");
                print(a.items().get(i), indent + 1, out);
                out.append(i + 1 < a.items().size() ? ",\n" : "\n");
            }
            out.append(pad).append(']');
        } else if (j instanceof JObj o) {
            out.append("{\n");
            Iterator<Map.Entry<String, Json>> it = o.fields().entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<String, Json> e = it.next();
                out.append(pad).append("  ").append(quote(e.getKey())).append(": ");
                print(e.getValue(), indent + 1, out);
                out.append(it.hasNext() ? ",\n" : "\n");
            }
            out.append(pad).append('}');
        }
    }

    static Json obj(Object... kv) {
        Map<String, Json> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], wrap(kv[i + 1]));
        return new JObj(m);
    }

    static Json wrap(Object o) {
        if (o == null) return new JNull();
        if (o instanceof Json j) return j;
        if (o instanceof Boolean b) return new JBool(b);
        if (o instanceof Number n) return new JNum(n.doubleValue());
        if (o instanceof String s) return new JStr(s);
        if (o instanceof List<?> l) {
            List<Json> items = new ArrayList<>();
            for (Object x : l) items.add(wrap(x));
            return new JArr(items);
        }
        throw new IllegalArgumentException("cannot convert " + o.getClass().getSimpleName());
    }

    static int depth(Json j) {
        if (j instanceof JArr a) {
            int d = 0;
            for (Json x : a.items()) d = Math.max(d, depth(x));
            return d + 1;
        }
        if (j instanceof JObj o) {
            int d = 0;
            for (Json x : o.fields().values()) d = Math.max(d, depth(x));
            return d + 1;
        }
        return 0;
    }

    public static void main(String[] args) {
        Json doc = obj(
            "name", "Lime \"compiler\"",
            "version", 1.5,
            "stable", false,
            "tags", Arrays.asList("java", "native", "gpu\tfpga"),
            "owner", null,
            "deps", obj("llvm", 15, "gc", obj("name", "boehm", "threads", true)),
            "empty", new ArrayList<>(),
            "matrix", List.of(List.of(1, 2), List.of(3, 4.25)));
        StringBuilder sb = new StringBuilder();
        print(doc, 0, sb);
        System.out.println(sb);
        System.out.println("depth = " + depth(doc));
        System.out.println(new JStr("x").equals(new JStr("x")) + " " + new JNum(2));
        try {
            wrap(new int[0]);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
