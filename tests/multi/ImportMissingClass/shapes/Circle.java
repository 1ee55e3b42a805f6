package shapes;

public class Circle {}
