public class TraceUncaught {
    static class ConfigException extends RuntimeException {
        final int code;
        ConfigException(String message, int code, Throwable cause) {
            super(message + " (code " + code + ")", cause);
            this.code = code;
        }
    }

    static class Parser {
        private final String text;
        Parser(String text) {
            this.text = text;
        }
        int value() {
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw new ConfigException("bad value '" + text + "'", 3, e);
            }
        }
    }

    static int load(String[] entries) {
        int sum = 0;
        for (String e : entries) {
            Parser p = new Parser(e);
            sum += p.value();
            System.out.println("loaded " + e + ", sum " + sum);
        }
        return sum;
    }

    public static void main(String[] args) {
        System.out.println("total " + load(new String[] {"4", "5"}));
        System.out.println("total " + load(new String[] {"6", "x7"}));
    }
}
