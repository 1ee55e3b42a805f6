/* java.util.Locale: a language, a country and a variant (no scripts or
 * extensions), with the JDK's constants, toString, equals and hashCode.
 * Lime formats numbers (String.format, printf, NumberFormat) as English
 * does and maps case as the root locale does: the locales whose formats or
 * case mapping are those are accepted where a member takes a Locale
 * (lime$formats, lime$caseMapping); any other throws an
 * UnsupportedOperationException naming it, never a silently wrong result.
 * The default locale is English ("en"), as the JVM reports it for this
 * environment's C.UTF-8; setDefault accepts the locales Lime formats. */
public final class Locale implements Cloneable, java.io.Serializable {
    public static final Locale ENGLISH = new Locale("en", "");
    public static final Locale FRENCH = new Locale("fr", "");
    public static final Locale GERMAN = new Locale("de", "");
    public static final Locale ITALIAN = new Locale("it", "");
    public static final Locale JAPANESE = new Locale("ja", "");
    public static final Locale KOREAN = new Locale("ko", "");
    public static final Locale CHINESE = new Locale("zh", "");
    public static final Locale SIMPLIFIED_CHINESE = new Locale("zh", "CN");
    public static final Locale TRADITIONAL_CHINESE = new Locale("zh", "TW");
    public static final Locale FRANCE = new Locale("fr", "FR");
    public static final Locale GERMANY = new Locale("de", "DE");
    public static final Locale ITALY = new Locale("it", "IT");
    public static final Locale JAPAN = new Locale("ja", "JP");
    public static final Locale KOREA = new Locale("ko", "KR");
    public static final Locale UK = new Locale("en", "GB");
    public static final Locale US = new Locale("en", "US");
    public static final Locale CANADA = new Locale("en", "CA");
    public static final Locale CANADA_FRENCH = new Locale("fr", "CA");
    public static final Locale ROOT = new Locale("", "");
    public static final Locale CHINA = SIMPLIFIED_CHINESE;
    public static final Locale PRC = SIMPLIFIED_CHINESE;
    public static final Locale TAIWAN = TRADITIONAL_CHINESE;

    private static Locale defaultLocale = ENGLISH;

    /* language in lower case (the old codes iw, ji, in as he, yi, id, as
     * JDK 17 has them), country in upper case, variant as given */
    private final String language, country, variant;

    public Locale(String language, String country, String variant) {
        if (language == null || country == null || variant == null) throw new NullPointerException();
        this.language = newCode(language.toLowerCase());
        this.country = country.toUpperCase();
        this.variant = variant;
    }
    public Locale(String language, String country) { this(language, country, ""); }
    public Locale(String language) { this(language, "", ""); }

    private static String newCode(String language) {
        switch (language) {
            case "iw": return "he";
            case "ji": return "yi";
            case "in": return "id";
            default: return language;
        }
    }

    public static Locale getDefault() { return defaultLocale; }
    public static synchronized void setDefault(Locale newLocale) {
        if (newLocale == null) throw new NullPointerException("Can't set default locale to NULL");
        defaultLocale = lime$formats(newLocale);
    }

    public String getLanguage() { return language; }
    public String getCountry() { return country; }
    public String getVariant() { return variant; }

    /* "", "en", "en_US", "_US", "en__VAR": empty without a language and a country */
    public String toString() {
        if (language.isEmpty() && country.isEmpty()) return "";
        StringBuilder b = new StringBuilder(language);
        if (!country.isEmpty() || !variant.isEmpty()) b.append('_').append(country);
        if (!variant.isEmpty()) b.append('_').append(variant);
        return b.toString();
    }
    public boolean equals(Object obj) {
        if (this == obj) return true;
        if (!(obj instanceof Locale)) return false;
        Locale o = (Locale) obj;
        return language.equals(o.language) && country.equals(o.country) && variant.equals(o.variant);
    }
    /* the JDK's: language, script (none here), country and variant combined by 31 */
    public int hashCode() { return 31 * (31 * (31 * language.hashCode()) + country.hashCode()) + variant.hashCode(); }

    /* l, when Lime's English number formats are l's (null: no localization,
     * the same); else an UnsupportedOperationException naming it */
    public static Locale lime$formats(Locale l) {
        if (l == null || l.variant.isEmpty() && (l.language.isEmpty() && l.country.isEmpty() || l.language.equals("en") &&
                (l.country.isEmpty() || l.country.equals("US") || l.country.equals("GB") || l.country.equals("CA") ||
                 l.country.equals("AU") || l.country.equals("IN"))))
            return l;
        throw new UnsupportedOperationException("the number formats of locale " + l +
                " are not in Lime's library (it has those of en, en_US, en_GB, en_CA, en_AU, en_IN and the root locale)");
    }
    /* l, when its case mapping is the root locale's (all but Turkish,
     * Azerbaijani and Lithuanian); else an UnsupportedOperationException */
    public static Locale lime$caseMapping(Locale l) {
        if (l == null) throw new NullPointerException();
        String lang = l.language;
        if (!lang.equals("tr") && !lang.equals("az") && !lang.equals("lt")) return l;
        throw new UnsupportedOperationException("the case mapping of locale " + l + " is not in Lime's library");
    }
}
