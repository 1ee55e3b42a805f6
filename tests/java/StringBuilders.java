public class StringBuilders {
    public static void main(String[] args) {
        StringBuilder b = new StringBuilder();
        b.append("abc").append(1).append('x').append(2.5).append(true).append((Object) null).append(7L).append(1.5f);
        System.out.println(b + " " + b.length());
        b.insert(0, "[").append(']').reverse();
        System.out.println(b);
        b.setLength(4);
        b.setCharAt(0, 'Z');
        System.out.println(b.toString() + b.charAt(1) + " " + b.indexOf("5"));
        b.delete(1, 3).deleteCharAt(0);
        System.out.println("<" + b + ">");
        StringBuilder r = new StringBuilder("ab\uD83D\uDE00cd");
        System.out.println(r.reverse().length() + " " + (int) r.charAt(2) + " " + (int) r.charAt(3));
        StringBuilder s = new StringBuilder("hello world");
        s.replace(0, 5, "HELLO");
        System.out.println(s + " " + s.substring(6) + " " + s.lastIndexOf("o"));
        String joined = "";
        StringBuilder acc = new StringBuilder();
        for (int i = 0; i < 10; i++) acc.append(i).append(i < 9 ? "," : "");
        System.out.println(acc);
        try { s.charAt(50); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { s.deleteCharAt(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { s.insert(99, "x"); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { s.substring(3, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
    }
}
