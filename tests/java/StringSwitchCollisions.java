public class StringSwitchCollisions {
    static String kind(String s) {
        switch (s) {
            case "Aa": return "Aa";
            case "BB": return "BB";
            case "AaAa": return "AaAa";
            case "BBBB": return "BBBB";
            case "AaBB": return "AaBB";
            default: return "none(" + s.hashCode() + ")";
        }
    }
    public static void main(String[] args) {
        System.out.println("Aa".hashCode() + " " + "BB".hashCode());
        for (String s : new String[] {"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C"}) System.out.println(kind(s));
        String r = switch ("BBAa") { case "AaBB" -> "x"; case "BBAa" -> "y"; default -> "z"; };
        System.out.println(r);
    }
}
