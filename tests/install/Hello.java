// The installed limec builds this one (tests/install.sh), by hand and with CMake.
public class Hello {
    public static void main(String[] args) {
        int sum = 0;
        for (int i = 1; i <= 4; i++) sum += i * i;
        System.out.println("sum " + sum);
    }
}
