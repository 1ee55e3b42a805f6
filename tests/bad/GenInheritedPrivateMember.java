class Base {
    private static class Node {
        int v = 1;
    }
    static class Open {
        int v = 2;
    }
}

public class GenInheritedPrivateMember extends Base {
    public static void main(String[] args) {
        Open o = new Open();
        Node n = null; // <-- error
        System.out.println(o.v + " " + n);
    }
}
