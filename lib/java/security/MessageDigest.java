/* java.security.MessageDigest: MD5, SHA-1, SHA-224 and SHA-256 (written
 * in Java: LimeDigest), under the JDK's names and aliases, any case; the
 * JDK's other digests (SHA-512, SHA3-256, ...) are reported as missing from
 * Lime's library; an unknown name is a NoSuchAlgorithmException.  The
 * engine members are MessageDigestSpi's in the JDK. */
public abstract class MessageDigest {
    private final String algorithm;   /* as getInstance was given it */
    private boolean inProgress;       /* updated since the last digest or reset */

    protected MessageDigest(String algorithm) { this.algorithm = algorithm; }

    public static MessageDigest getInstance(String algorithm) throws NoSuchAlgorithmException {
        if (algorithm == null) throw new NullPointerException("null algorithm name");
        int kind = LimeDigest.kindOf(algorithm);
        if (kind == LimeDigest.NOT_IN_LIME)
            throw new UnsupportedOperationException("MessageDigest " + algorithm + " is Java's but not in Lime's library");
        if (kind < 0) throw new NoSuchAlgorithmException(algorithm + " MessageDigest not available");
        return new LimeDigest(algorithm, kind);
    }

    public final String getAlgorithm() { return algorithm; }
    public final int getDigestLength() { return engineGetDigestLength(); }

    public void update(byte input) {
        engineUpdate(input);
        inProgress = true;
    }
    public void update(byte[] input, int offset, int len) {
        if (input == null) throw new IllegalArgumentException("No input buffer given");
        if (input.length - offset < len) throw new IllegalArgumentException("Input buffer too short");
        engineUpdate(input, offset, len);
        inProgress = true;
    }
    public void update(byte[] input) {
        engineUpdate(input, 0, input.length);
        inProgress = true;
    }
    /* the digest of everything updated since the last one; then reset */
    public byte[] digest() {
        byte[] result = engineDigest();
        inProgress = false;
        return result;
    }
    public byte[] digest(byte[] input) {
        update(input);
        return digest();
    }
    public void reset() {
        engineReset();
        inProgress = false;
    }
    public static boolean isEqual(byte[] digesta, byte[] digestb) {
        if (digesta == digestb) return true;
        if (digesta == null || digestb == null || digesta.length != digestb.length) return false;
        int diff = 0;
        for (int i = 0; i < digesta.length; i++) diff |= digesta[i] ^ digestb[i];
        return diff == 0;
    }
    public String toString() {
        return algorithm + " Message Digest from SUN, " + (inProgress ? "<in progress>" : "<initialized>") + "\n";
    }
    public Object clone() throws CloneNotSupportedException {
        if (this instanceof Cloneable) return super.clone();
        throw new CloneNotSupportedException();
    }

    protected abstract int engineGetDigestLength();
    protected abstract void engineUpdate(byte input);
    protected abstract void engineUpdate(byte[] input, int offset, int len);
    protected abstract byte[] engineDigest();
    protected abstract void engineReset();
}
