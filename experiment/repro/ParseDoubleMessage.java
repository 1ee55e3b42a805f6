public class ParseDoubleMessage {
    public static void main(String[] args) {
        try { Double.parseDouble("1.5.2"); } catch (NumberFormatException e) { System.out.println(e.getMessage()); }
        // JVM: multiple points ; limec: For input string: "1.5.2"
    }
}
