public class Helper {
    public static int help() { return 1; }
}
