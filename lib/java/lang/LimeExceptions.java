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
        case "NullPointerException": return new NullPointerException(message);
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
}
