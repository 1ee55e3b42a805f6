package b;

public class Util { public static int v = 2; }
