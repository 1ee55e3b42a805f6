public class LambdaContexts {
    interface Op { int apply(int x); }
    public static void main(String[] args) {
        Op[] ops = { x -> x + 1, x -> x * 2 };          // limec: lambda expression not expected here
        Op neg = (Op) x -> -x;                          // same
        Op pick = args.length > 0 ? x -> x : x -> -x;   // same
        System.out.println(ops[0].apply(5) + " " + ops[1].apply(5) + " " + neg.apply(5) + " " + pick.apply(1));
    }
}
