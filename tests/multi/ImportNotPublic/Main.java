import p.Hidden;
public class Main { }
