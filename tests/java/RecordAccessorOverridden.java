// A record may write out a component's accessor, with @Override (JLS
// 8.10.3, 9.6.4.4), and the canonical toString, equals and hashCode use the
// fields, not the accessor.
public class RecordAccessorOverridden {
    record Temperature(double celsius, String place) {
        @Override
        public double celsius() { return Math.round(celsius * 10) / 10.0; }
        @Override
        public String place() { return place.toUpperCase(); }
    }

    public static void main(String[] args) {
        Temperature t = new Temperature(21.456, "oslo");
        System.out.println(t.celsius() + " " + t.place());
        System.out.println(t);
        System.out.println(t.equals(new Temperature(21.456, "oslo")) + " " + t.equals(new Temperature(21.5, "oslo")));
    }
}
