/* The runtime's own exceptions as objects: where a catch may see them,
 * the runtime calls make (as lime_rt_make_exception) with the simple name
 * and message of the exception it throws (runtime/exceptions.c). */
final class LimeExceptions {
    static Throwable make(String name, String message) {
        switch (name) {
        case "ArithmeticException": return new ArithmeticException(message);
        case "ArrayIndexOutOfBoundsException": return new ArrayIndexOutOfBoundsException(message);
        case "StringIndexOutOfBoundsException": return new StringIndexOutOfBoundsException(message);
        case "IndexOutOfBoundsException": return new IndexOutOfBoundsException(message);
        case "NullPointerException": {
            NullPointerException e = new NullPointerException(message);
            e.messageComputed = message != null;
            return e;
        }
        case "ClassCastException": return new ClassCastException(message);
        case "NegativeArraySizeException": return new NegativeArraySizeException(message);
        case "NumberFormatException": return new NumberFormatException(message);
        case "IllegalArgumentException": return new IllegalArgumentException(message);
        case "IllegalStateException": return new IllegalStateException(message);
        case "UnsupportedOperationException": return new UnsupportedOperationException(message);
        case "ArrayStoreException": return new ArrayStoreException(message);
        case "StackOverflowError": return new StackOverflowError(message);
        case "OutOfMemoryError": return new OutOfMemoryError(message);
        case "AssertionError": return message == null ? new AssertionError() : new AssertionError((Object) message);
        default:
            if (name.startsWith("java.util.")) {
                RuntimeException e = java.util.FormatExceptions.make(name, message);
                if (e != null) return e;
            }
            return new RuntimeException(name + (message == null ? "" : ": " + message));
        }
    }

    /* JLS 12.4.2, steps 10 and 11: a class's static initialisers ended
     * with t.  An Error goes on as itself; anything else inside an
     * ExceptionInInitializerError. */
    static Throwable initializerFailed(Throwable t) {
        if (t instanceof Error) return t;
        ExceptionInInitializerError e = new ExceptionInInitializerError(t);
        return e;
    }

    /* A use of className after its initialisation failed with first
     * (step 5): the JVM's NoClassDefFoundError, its cause the failure as
     * the JVM records it (the detail message as made, first's frames). */
    static Throwable couldNotInitialize(String className, Throwable first) {
        NoClassDefFoundError e = new NoClassDefFoundError("Could not initialize class " + className);
        String message = first.madeWithMessage();
        if (first instanceof NullPointerException && ((NullPointerException) first).messageComputed) message = null;
        ExceptionInInitializerError recorded = new ExceptionInInitializerError(
            "Exception " + first.getClass().getName() + (message == null ? "" : ": " + message) + " [in thread \"main\"]");
        recorded.setStackTrace(first.getStackTrace());
        e.initCause(recorded);
        return e;
    }
}
