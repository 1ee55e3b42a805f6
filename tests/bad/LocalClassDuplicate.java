// error: class 'Item' is already defined in method 'main(String[])'
public class LocalClassDuplicate {
    public static void main(String[] args) {
        class Item { }
        {
            record Item(int id) { } // <-- error
        }
        System.out.println(new Item());
    }
}
