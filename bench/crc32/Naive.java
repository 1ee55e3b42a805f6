// CRC-32 (IEEE 802.3 / zlib: reflected polynomial 0xEDB88320, initial value
// and final XOR 0xFFFFFFFF), naive Java: the bitwise loop a Java programmer
// writes, over n seeded random bytes (byte i = (int) (rnd(i) * 256), n a
// multiple of 4096).  Checked once against java.util.zip.CRC32 (outside the
// timed part; a mismatch is an error).  usage: Naive n reps
// Prints `time_ms` per repetition (the CRC only) and one `result` line that
// every version of this benchmark must print identically.
public class Naive {
    public static void main(String[] args) {
        int n = Integer.parseInt(args[0]);
        int reps = Integer.parseInt(args[1]);
        byte[] data = new byte[n];
        for (int i = 0; i < n; i++) data[i] = (byte) (int) (Rnd.rnd(i) * 256.0f);
        int crc = 0;
        for (int r = 0; r < reps; r++) {
            long t0 = System.nanoTime();
            crc = 0xFFFFFFFF;
            for (int i = 0; i < n; i++) {
                crc ^= data[i] & 0xFF;
                for (int k = 0; k < 8; k++) crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xEDB88320 : crc >>> 1;
            }
            crc = ~crc;
            long t1 = System.nanoTime();
            System.out.println("time_ms " + (t1 - t0) / 1e6);
        }
        java.util.zip.CRC32 ref = new java.util.zip.CRC32();
        ref.update(data, 0, n);
        if ((int) ref.getValue() != crc)
            throw new IllegalStateException("bitwise CRC " + Integer.toHexString(crc) + " but java.util.zip.CRC32 "
                                            + Long.toHexString(ref.getValue()));
        System.out.println("result crc " + Integer.toHexString(crc) + " bytes " + n);
    }
}
