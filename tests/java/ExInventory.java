import java.util.*;
import java.util.function.Predicate;

public class ExInventory {
    enum Category { ELECTRONICS, GROCERY, TOYS, BOOKS }

    record Product(String sku, String name, Category category, double price, int qty) {
        Product withQty(int q) { return new Product(sku, name, category, price, q); }
        double total() { return price * qty; }
    }

    private final Map<String, Product> stock = new TreeMap<>();

    void add(Product p) {
        stock.merge(p.sku(), p, (old, nw) -> old.withQty(old.qty() + nw.qty()));
    }

    boolean remove(String sku, int qty) {
        Product p = stock.get(sku);
        if (p == null || p.qty() < qty) return false;
        if (p.qty() == qty) stock.remove(sku);
        else stock.put(sku, p.withQty(p.qty() - qty));
        return true;
    }

    List<Product> find(Predicate<Product> pred) {
        List<Product> out = new ArrayList<>();
        for (Product p : stock.values()) if (pred.test(p)) out.add(p);
        return out;
    }

    Map<Category, Double> valueByCategory() {
        Map<Category, Double> m = new EnumMap<>(Category.class);
        for (Product p : stock.values()) m.merge(p.category(), p.total(), Double::sum);
        return m;
    }

    public static void main(String[] args) {
        ExInventory inv = new ExInventory();
        inv.add(new Product("E100", "Headphones", Category.ELECTRONICS, 59.99, 10));
        inv.add(new Product("G200", "Coffee", Category.GROCERY, 7.49, 40));
        inv.add(new Product("T300", "Robot", Category.TOYS, 24.95, 5));
        inv.add(new Product("B400", "Novel", Category.BOOKS, 12.0, 25));
        inv.add(new Product("E101", "Charger", Category.ELECTRONICS, 19.5, 3));
        inv.add(new Product("G200", "Coffee", Category.GROCERY, 7.49, 10));
        System.out.println(inv.stock.get("G200"));
        System.out.println("remove 5 robots: " + inv.remove("T300", 5) + ", again: " + inv.remove("T300", 1));
        System.out.println("remove 2 chargers: " + inv.remove("E101", 2));
        for (Product p : inv.find(p -> p.price() > 10)) System.out.println("  pricey: " + p.name() + " " + p.price());
        Predicate<Product> low = p -> p.qty() < 5;
        System.out.println("low stock: " + inv.find(low.or(p -> p.category() == Category.BOOKS)));
        for (Map.Entry<Category, Double> e : inv.valueByCategory().entrySet()) {
            System.out.printf("%-12s %10.2f%n", e.getKey(), e.getValue());
        }
        double grand = 0;
        for (double v : inv.valueByCategory().values()) grand += v;
        System.out.printf("grand total: %,.2f%n", grand);
        List<Product> sorted = new ArrayList<>(inv.stock.values());
        sorted.sort(Comparator.comparingDouble(Product::total).reversed());
        for (Product p : sorted) System.out.println(p.sku() + " " + p.total());
    }
}
