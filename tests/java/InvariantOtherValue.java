// LIME_ASSERT=off (0, no, false: any case) leaves assertions disabled, as java without -ea.
public class InvariantOtherValue {
    public static void main(String[] args) {
        assert false : "enabled";
        System.out.println("disabled");
    }
}
