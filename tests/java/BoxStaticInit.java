// Boxing in static initialisers and instance fields: the wrapper classes'
// own initialisation (Boolean.TRUE, the caches) comes first.
public class BoxStaticInit {
    static Boolean ready = true;
    static Integer small = 100;
    static Integer same = 100;
    static final Long LIMIT = 1L << 35;
    static Character initial = 'S';
    static Integer[] table = {1, 2, 3};
    static int sum;
    static {
        for (int x : table) sum += x;
    }
    Integer count = 3;
    Double ratio = count / 2.0;

    public static void main(String[] args) {
        System.out.println(ready + " " + (ready == Boolean.TRUE));
        System.out.println(small + " " + (small == same));
        System.out.println(LIMIT + " " + initial + " " + sum);
        BoxStaticInit o = new BoxStaticInit();
        System.out.println(o.count + " " + o.ratio);
    }
}
