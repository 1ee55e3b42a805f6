public class ParseDoubleMultiplePoints {
    public static void main(String[] args) {
        String[] bad = {"1.2.3e5", ".1.", "-..", "+1.2.", "0x1.2.3p1", "1e5.2", "..5", "00.0.0", "1.2d.3", "a.b.c", " 1.2.3 "};
        for (String b : bad) {
            try { System.out.println("[" + b + "] = " + Double.parseDouble(b)); }
            catch (NumberFormatException e) { System.out.println("[" + b + "] " + e); }
        }
    }
}
