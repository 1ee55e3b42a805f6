// error: java.lang.StringBuffer is not in Lime's library
public class JdkClassNotProvided {
    public static void main(String[] args) {
        StringBuffer sb = null; // <-- error
        int x = "javac rejects this";
    }
}
