import static java.lang.StrictMath.*;
public class MathRandomStrictMath {
    public static void main(String[] args) {
        double lo = 1, hi = 0, sum = 0;
        int[] buckets = new int[10];
        for (int i = 0; i < 100000; i++) {
            double r = Math.random();
            lo = Math.min(lo, r); hi = Math.max(hi, r); sum += r;
            buckets[(int) (r * 10)]++;
        }
        boolean even = true;
        for (int b : buckets) even &= b > 9000 && b < 11000;
        System.out.println((lo >= 0) + " " + (hi < 1) + " " + (Math.abs(sum / 100000 - 0.5) < 0.01) + " " + even);
        double s = StrictMath.random();
        System.out.println((s >= 0 && s < 1) + " " + StrictMath.sqrt(2) + " " + StrictMath.log(10) + " " + sin(1) + " " + floorMod(-7, 3) + " " + StrictMath.PI + " " + E);
        int dice = (int) (Math.random() * 6) + 1;
        System.out.println(dice >= 1 && dice <= 6);
    }
}
