package a;

public class Util { public static int v = 1; }
