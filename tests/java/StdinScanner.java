import java.io.*;
import java.util.*;
public class StdinScanner {
    public static void main(String[] args) throws IOException {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long sum = 0;
        for (int i = 0; i < n; i++) sum += sc.nextInt();
        System.out.println("sum " + sum);
        double d = sc.nextDouble();
        sc.nextLine();
        String line = sc.nextLine();
        System.out.println(d * 2 + " [" + line + "]");
        while (sc.hasNext()) {
            if (sc.hasNextInt()) System.out.println("int " + sc.nextInt());
            else System.out.println("word " + sc.next());
        }
    }
}
