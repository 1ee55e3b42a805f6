/* java.util.DoubleSummaryStatistics: count, min, max, and the sum and
 * average by Kahan's compensated summation, as the JDK computes them
 * (DoubleStream.sum/average and Collectors.summingDouble/averagingDouble
 * use it too); toString as the JDK's. */
public class DoubleSummaryStatistics implements DoubleConsumer {
    private long count;
    private double sum;              /* the compensated sum's high part */
    private double sumCompensation;  /* its low-order part, negated */
    private double simpleSum;        /* the plain sum, for infinities */
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public DoubleSummaryStatistics() {}

    public void accept(double value) {
        ++count;
        simpleSum += value;
        sumWithCompensation(value);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }
    public void combine(DoubleSummaryStatistics other) {
        count += other.count;
        simpleSum += other.simpleSum;
        sumWithCompensation(other.sum);
        sumWithCompensation(other.sumCompensation);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }
    private void sumWithCompensation(double value) {
        double tmp = value - sumCompensation;
        double velvel = sum + tmp;
        sumCompensation = (velvel - sum) - tmp;
        sum = velvel;
    }
    public final long getCount() { return count; }
    /* NaN from adding infinities of both signs through the compensation,
     * where the plain sum is an infinity, is that infinity */
    public final double getSum() {
        double tmp = sum + sumCompensation;
        if (Double.isNaN(tmp) && Double.isInfinite(simpleSum)) return simpleSum;
        return tmp;
    }
    public final double getMin() { return min; }
    public final double getMax() { return max; }
    public final double getAverage() { return getCount() > 0 ? getSum() / getCount() : 0.0d; }
    public String toString() {
        return String.format("%s{count=%d, sum=%f, min=%f, average=%f, max=%f}", "DoubleSummaryStatistics",
                             getCount(), getSum(), getMin(), getAverage(), getMax());
    }
}
