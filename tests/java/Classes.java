class Counter {
    int count;
    String name;
    static int instances = 0;

    Counter(String name) {
        this.name = name;
        instances++;
    }

    void inc() { count++; }
    void add(int n) { count += n; }
    int get() { return count; }
    Counter self() { return this; }
    boolean same(Counter other) { return this == other; }
    String describe() { return name + "=" + count; }
}

class Account {
    long balance;
    int ops;
    Account deposit(long amount) { balance += amount; ops++; return this; }
    Account withdraw(long amount) {
        if (amount <= balance) { balance -= amount; ops++; }
        return this;
    }
}

public class Classes {
    int field = 3;
    static int sfield = 4;

    int instanceMethod(int x) { return field * x + sfield; }

    public static void main(String[] args) {
        Counter a = new Counter("a");
        Counter b = new Counter("b");
        a.inc();
        a.inc();
        b.add(10);
        System.out.println(a.get() + " " + b.get());
        System.out.println(a.describe() + " " + b.describe());
        System.out.println(Counter.instances);
        System.out.println(a.self() == a);
        System.out.println(a.same(b));
        System.out.println(a.same(a));
        Counter c = a;
        c.inc();
        System.out.println(a.count);
        a.count = 100;
        System.out.println(c.get());
        a.self().self().inc();
        System.out.println(a.count);
        Counter n = null;
        System.out.println(n == null);
        System.out.println(n != a);
        n = b;
        System.out.println(n == b);
        Account acc = new Account();
        acc.deposit(100).deposit(50).withdraw(30).withdraw(1000);
        System.out.println(acc.balance + " " + acc.ops);
        Classes obj = new Classes();
        System.out.println(obj.instanceMethod(5));
        obj.field = 10;
        System.out.println(obj.instanceMethod(5));
        System.out.println(new Classes().field);
        System.out.println(new Counter("tmp").describe());
        System.out.println(Counter.instances);
        Counter[] many = new Counter[5];
        for (int i = 0; i < many.length; i++) {
            many[i] = new Counter("c" + i);
            for (int j = 0; j <= i; j++) many[i].inc();
        }
        String out = "";
        for (Counter x : many) out += x.describe() + " ";
        System.out.println(out);
        System.out.println(Counter.instances);
        a.name = null;
        System.out.println(a.describe());
    }
}
