// The driver suite's program (tests/driver.sh): a local, a loop, output.
public class Hello {
    public static void main(String[] args) {
        int sum = 0;
        for (int i = 1; i <= 4; i++) sum += i * i;
        System.out.println("sum " + sum);
    }
}
