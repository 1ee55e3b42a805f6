public class VarDecl {
    static int twice(int x) { return 2 * x; }
    public static void main(String[] args) {
        var i = 10;
        var l = 10L;
        var d = 1.5;
        var f = 2.5f;
        var c = 'q';
        var b = true;
        var s = "text";
        var arr = new int[] { 1, 2, 3 };
        var grid = new double[2][3];
        var t = twice(i);
        var by = (byte) 300;
        var sh = (short) 70000;
        System.out.println(i + 1);
        System.out.println(l * 3000000000L);
        System.out.println(d / 2);
        System.out.println(f / 2);
        System.out.println(c + 1);
        System.out.println(c);
        System.out.println(!b);
        System.out.println(s + s.length());
        System.out.println(arr.length + arr[2]);
        System.out.println(grid.length * grid[0].length);
        System.out.println(t);
        System.out.println(by);
        System.out.println(sh);
        var sum = 0;
        for (var k = 0; k < 5; k++) sum += k;
        System.out.println(sum);
        for (var x : arr) System.out.print(x + ";");
        System.out.println();
        var ch = c;
        ch++;
        System.out.println(ch);
        var big = i * 1L;
        big <<= 40;
        System.out.println(big);
        var mix = i + 0.5f;
        System.out.println(mix);
        var var = 7;
        System.out.println(var);
        var strs = new String[] { "p", "q" };
        for (var x : strs) System.out.print(x);
        System.out.println();
    }
}
