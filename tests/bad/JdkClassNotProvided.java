// error: java.lang.StringBuilder is not in Lime's library
public class JdkClassNotProvided {
    public static void main(String[] args) {
        StringBuilder sb = null; // <-- error
        int x = "javac rejects this";
    }
}
