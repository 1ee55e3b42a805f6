// error: class literals of array types are not supported
public class ClassLiteralArrayType {
    public static void main(String[] args) {
        Object a = String[].class; // <-- error (javac accepts it: Lime's arrays carry no element type)
        int x = "javac rejects this";
    }
}
