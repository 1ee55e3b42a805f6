public class Garbage {
    static class Node {
        int v;
        Node next;
        Node(int v, Node next) { this.v = v; this.next = next; }
    }
    public static void main(String[] args) {
        long checksum = 0;
        for (int iter = 0; iter < 2000; iter++) {
            int[] buf = new int[100000];
            buf[iter % buf.length] = iter;
            buf[buf.length - 1] = iter * 3;
            checksum += buf[iter % buf.length] + buf[buf.length - 1] + buf.length;
            if (iter % 250 == 0) System.out.println("iter " + iter + " checksum " + checksum);
        }
        System.out.println("array checksum " + checksum);
        long listSum = 0;
        for (int round = 0; round < 200; round++) {
            Node head = null;
            for (int i = 0; i < 5000; i++) head = new Node(i, head);
            for (Node p = head; p != null; p = p.next) listSum += p.v;
        }
        System.out.println("list checksum " + listSum);
        String s = "";
        int totalLen = 0;
        for (int i = 0; i < 20000; i++) {
            s = "item" + i;
            totalLen += s.length();
        }
        System.out.println("string total " + totalLen + " last " + s);
        double[][] keep = new double[10][];
        for (int i = 0; i < 1000; i++) keep[i % 10] = new double[10000 + i];
        long lens = 0;
        for (double[] k : keep) lens += k.length;
        System.out.println("kept " + lens);
    }
}
