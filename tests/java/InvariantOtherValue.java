// LIME_ASSERT must be exactly 1 to enable assertions (java without -ea).
public class InvariantOtherValue {
    public static void main(String[] args) {
        assert false : "enabled";
        System.out.println("disabled");
    }
}
