// Stack (a Vector) as a bracket matcher and an RPN calculator, with
// EmptyStackException; Vector's own methods, growth and exceptions.
import java.util.*;

public class UtilStackVector {
    static boolean balanced(String s) {
        Stack<Character> st = new Stack<>();
        for (char c : s.toCharArray()) {
            if (c == '(' || c == '[' || c == '{') st.push(c);
            else if (c == ')' || c == ']' || c == '}') {
                if (st.empty()) return false;
                char open = st.pop();
                if ("([{".indexOf(open) != ")]}".indexOf(c)) return false;
            }
        }
        return st.isEmpty();
    }

    static long rpn(String expr) {
        Stack<Long> st = new Stack<>();
        for (String tok : expr.split(" ")) {
            switch (tok) {
                case "+": st.push(st.pop() + st.pop()); break;
                case "*": st.push(st.pop() * st.pop()); break;
                case "-": { long b = st.pop(), a = st.pop(); st.push(a - b); break; }
                default: st.push(Long.parseLong(tok));
            }
        }
        return st.pop();
    }

    public static void main(String[] args) {
        Stack<String> s = new Stack<>();
        System.out.println(s + " " + s.empty() + " " + s.size());
        System.out.println(s.push("a") + s.push("b") + s.push("c") + s.push("b"));
        System.out.println(s + " peek " + s.peek() + " size " + s.size());
        System.out.println("search b " + s.search("b") + " a " + s.search("a") + " z " + s.search("z"));
        System.out.println("pop " + s.pop() + " -> " + s + " search b " + s.search("b"));
        System.out.println("get(0) " + s.get(0) + " indexOf c " + s.indexOf("c") + " first " + s.firstElement() + " last " + s.lastElement());
        for (String x : s) System.out.print(x + ";");
        System.out.println();
        while (!s.empty()) System.out.print(s.pop());
        System.out.println();
        try {
            s.pop();
        } catch (EmptyStackException e) {
            System.out.println("pop: " + e + " " + e.getMessage());
        }
        try {
            s.peek();
        } catch (RuntimeException e) {
            System.out.println("peek: " + e);
        }
        for (String t : new String[] {"([]{()})", "([)]", "((", "", "}"}) System.out.println("'" + t + "' " + balanced(t));
        System.out.println(rpn("3 4 + 2 *") + " " + rpn("10 2 3 * -") + " " + rpn("5"));

        Stack<Integer> a = new Stack<>(), b = new Stack<>();
        for (int i = 0; i < 4; i++) { a.push(i); b.add(i); }
        List<Integer> asList = new ArrayList<>(a);
        System.out.println(a.equals(b) + " " + a.equals(asList) + " " + asList.equals(a) + " " + (a.hashCode() == asList.hashCode()));

        Vector<Integer> v = new Vector<>();
        System.out.println("capacity " + v.capacity());
        for (int i = 0; i < 11; i++) v.addElement(i * i);
        System.out.println(v + " size " + v.size() + " capacity " + v.capacity());
        v.insertElementAt(-1, 0);
        v.removeElementAt(3);
        v.setElementAt(7, 1);
        v.remove(Integer.valueOf(100));
        System.out.println(v + " " + v.elementAt(2) + " " + v.contains(49) + " " + v.indexOf(49) + " " + v.lastIndexOf(7));
        Vector<String> inc = new Vector<>(2, 3);
        for (int i = 0; i < 6; i++) {
            inc.add("s" + i);
            System.out.print(inc.capacity() + " ");
        }
        System.out.println(inc);
        System.out.println(inc.subList(1, 4) + " " + inc.removeElement("s2") + " " + inc.removeElement("zz") + " " + inc);
        inc.removeAllElements();
        System.out.println(inc + " " + inc.isEmpty());
        try {
            v.get(50);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            v.elementAt(12);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            v.insertElementAt(5, 40);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            v.removeElementAt(-2);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println(e);
        }
        try {
            new Vector<String>().firstElement();
        } catch (NoSuchElementException e) {
            System.out.println(e);
        }
        try {
            new Vector<String>(-3);
        } catch (IllegalArgumentException e) {
            System.out.println(e);
        }
        Collections.sort(v);
        System.out.println("sorted " + v);
        Stack<Integer> empty = new Stack<>();
        empty.pop();
    }
}
