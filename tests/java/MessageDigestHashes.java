import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/* java.security.MessageDigest: MD5, SHA-1, SHA-224 and SHA-256 of messages
 * around the block and padding boundaries, fed whole, in pieces and byte
 * by byte; reset, clone, isEqual and the JDK's exceptions. */
public class MessageDigestHashes {
    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) s.append(String.format("%02x", x));
        return s.toString();
    }

    interface Action { void run() throws Exception; }
    static void attempt(String label, Action a) {
        try {
            a.run();
            System.out.println(label + ": ok");
        } catch (Exception e) {
            System.out.println(label + ": " + e);
        }
    }

    static byte[] message(int n) {
        byte[] m = new byte[n];
        for (int i = 0; i < n; i++) m[i] = (byte) (i * 31 + 7);
        return m;
    }

    public static void main(String[] args) throws Exception {
        String[] names = {"MD5", "SHA-1", "SHA-224", "SHA-256"};
        for (String name : names) {
            MessageDigest md = MessageDigest.getInstance(name);
            System.out.println(md.getAlgorithm() + " " + md.getDigestLength() + " " + md.toString().trim());
            System.out.println("  '' " + hex(md.digest()));
            System.out.println("  abc " + hex(md.digest("abc".getBytes())));
            System.out.println("  fox " + hex(md.digest("The quick brown fox jumps over the lazy dog".getBytes())));
            for (int n : new int[]{1, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000}) {
                byte[] m = message(n);
                String whole = hex(md.digest(m));
                for (byte x : m) md.update(x);
                String bytes = hex(md.digest());
                md.update(m, 0, n / 3);
                md.update(m, n / 3, n - n / 3);
                String pieces = hex(md.digest());
                System.out.println("  " + n + " " + whole + (whole.equals(bytes) && whole.equals(pieces) ? "" : " MISMATCH " + bytes + " " + pieces));
            }
        }

        MessageDigest sha = MessageDigest.getInstance("sha-256");
        byte[] big = new byte[100_000];
        java.util.Arrays.fill(big, (byte) 'a');
        System.out.println(sha.getAlgorithm() + " " + hex(sha.digest(big)));
        sha.update("hello ".getBytes());
        System.out.println(sha.toString().trim());
        MessageDigest copy = (MessageDigest) sha.clone();
        sha.update("world".getBytes());
        copy.update("there".getBytes());
        System.out.println(hex(sha.digest()) + " " + hex(copy.digest()));
        sha.update((byte) 1);
        sha.reset();
        System.out.println(hex(sha.digest()).substring(0, 16) + " " + sha.toString().trim());

        byte[] d1 = MessageDigest.getInstance("md5").digest(new byte[]{1, 2, 3});
        byte[] d2 = MessageDigest.getInstance("Md5").digest(new byte[]{1, 2, 3});
        byte[] d3 = MessageDigest.getInstance("SHA").digest(new byte[]{1, 2, 3});
        System.out.println(MessageDigest.isEqual(d1, d2) + " " + MessageDigest.isEqual(d1, d3) + " " + MessageDigest.isEqual(null, d1)
                + " " + MessageDigest.isEqual(null, null) + " " + hex(d3).equals(hex(MessageDigest.getInstance("sha1").digest(new byte[]{1, 2, 3}))));

        attempt("getInstance(SHA-999)", () -> MessageDigest.getInstance("SHA-999"));
        attempt("getInstance(\"\")", () -> MessageDigest.getInstance(""));
        attempt("getInstance(null)", () -> MessageDigest.getInstance(null));
        MessageDigest md = MessageDigest.getInstance("MD5");
        attempt("update(null)", () -> md.update((byte[]) null));
        attempt("update(null, 0, 0)", () -> md.update(null, 0, 0));
        attempt("update(b, 2, 2)", () -> md.update(new byte[3], 2, 2));
        attempt("update(b, -1, 2)", () -> md.update(new byte[3], -1, 2));
        attempt("update(b, 1, -1)", () -> md.update(new byte[3], 1, -1));
        attempt("update(b, 3, 0)", () -> md.update(new byte[3], 3, 0));
        attempt("digest(null)", () -> md.digest(null));
        System.out.println(hex(md.digest()));
        System.out.println(Integer.toHexString(Integer.rotateLeft(0x12345678, 4)) + " " + Integer.toHexString(Integer.rotateRight(0x12345678, 36))
                + " " + Integer.rotateLeft(-2, -1) + " " + Long.toHexString(Long.rotateLeft(0x0123456789abcdefL, 68)) + " " + Long.rotateRight(1L, 1));
        try {
            MessageDigest.getInstance("WHIRLPOOL");
        } catch (NoSuchAlgorithmException e) {
            System.out.println("caught " + e.getMessage() + " " + (e instanceof java.security.GeneralSecurityException));
        }
    }
}
