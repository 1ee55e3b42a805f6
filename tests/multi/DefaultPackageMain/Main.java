import lib.Tool;

public class Main {
    public static void main(String[] args) {
        System.out.println(Tool.version() + " " + new Tool().name() + " " + Helper.help());
    }
}
