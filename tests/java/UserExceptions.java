public class UserExceptions {
    static class AppException extends Exception {
        final int code;
        AppException(String message, int code) { super(message); this.code = code; }
        AppException(String message, Throwable cause) { super(message, cause); this.code = -1; }
    }
    static class NotFound extends AppException {
        NotFound(String what) { super(what + " not found", 404); }
    }
    static class Fatal extends RuntimeException {
        Fatal(Throwable cause) { super(cause); }
    }
    static String lookup(String key) throws AppException {
        if (key.isEmpty()) throw new AppException("empty key", 400);
        if (key.equals("missing")) throw new NotFound(key);
        return "<" + key + ">";
    }
    static void wrap(String key) throws AppException {
        try {
            lookup(key);
        } catch (NotFound e) {
            throw new AppException("wrapped", e);
        }
    }
    public static void main(String[] args) {
        String[] keys = { "ok", "", "missing" };
        for (String k : keys) {
            try {
                System.out.println("found " + lookup(k));
            } catch (NotFound e) {
                System.out.println("NotFound: " + e.getMessage() + " " + e.code + " " + e);
            } catch (AppException e) {
                System.out.println("AppException: " + e.getMessage() + " " + e.code);
            }
        }
        try {
            wrap("missing");
        } catch (AppException e) {
            System.out.println(e + " caused by " + e.getCause());
            System.out.println(e.getCause().getMessage() + " " + (e.getCause() instanceof NotFound));
        }
        Fatal f = new Fatal(new NotFound("x"));
        System.out.println(f.getMessage());
        System.out.println(f);
        Throwable t = new Throwable();
        System.out.println(t + " " + t.getMessage() + " " + t.getCause());
        Exception chained = new Exception("outer", new RuntimeException("inner"));
        System.out.println(chained.getCause());
        throw new Fatal(new AppException("at the end", 1));
    }
}
