public class StringFinalSigma {
    static long seed = 11;
    static String random(String alphabet, int n) {
        String s = "";
        for (int k = 0; k < n; k++) {
            seed = seed * 6364136223846793005L + 1442695040888963407L;
            s = s + alphabet.charAt((int) ((seed >>> 33) % alphabet.length()));
        }
        return s;
    }
    public static void main(String[] args) {
        String[] fixed = {"ΌΣΟΣ ΣΟΦΟΣ", "ΑΣ", "ΑΣ.", "Α'Σ", "ς-Σ", "a_Σ", "a_1Σ", "1Σ", "ΑΣ1", "ΑΣ1α", "ΑΣ\u0301", "Σ", "ΣΣ", "\"ΑΣ\""};
        for (int i = 0; i < fixed.length; i++) System.out.println(fixed[i] + " " + fixed[i].toLowerCase());
        String[] alphabets = {"ΣσςΑα 1'.\u0301aAß", "Σς1,:;.\u0301\u0308\u2019aΑ-_\u00b7ǅ2\"\u2013"};
        for (int a = 0; a < alphabets.length; a++) {
            long h = 0;
            for (int i = 0; i < 4000; i++) {
                String s = random(alphabets[a], 7);
                String l = s.toLowerCase();
                h = h * 31 + l.hashCode();
                if (i % 8 == 0) System.out.println(s + " " + l);
            }
            System.out.println(h);
        }
    }
}
