public class IoWriteUnreported {
    public static void main(String[] args) {
        System.out.println("PrintStream.write(byte[]) declares IOException");
        System.out.write(new byte[] {72, 105, 10}); // <-- error
    }
}
