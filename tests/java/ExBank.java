import java.util.*;

public class ExBank {
    static class InsufficientFundsException extends Exception {
        private final double shortfall;
        InsufficientFundsException(String msg, double shortfall) {
            super(msg);
            this.shortfall = shortfall;
        }
        double getShortfall() { return shortfall; }
    }

    static class AccountNotFoundException extends RuntimeException {
        AccountNotFoundException(String id) { super("No such account: " + id); }
    }

    static abstract class Account {
        private static int nextId = 1000;
        protected final String id;
        protected final String owner;
        protected double balance;
        protected final List<String> history = new ArrayList<>();

        Account(String owner, double initial) {
            this.id = "AC" + (nextId++);
            this.owner = owner;
            this.balance = initial;
            log("open", initial);
        }

        protected void log(String what, double amount) {
            history.add(String.format("%s %.2f -> %.2f", what, amount, balance));
        }

        void deposit(double amount) {
            if (amount <= 0) throw new IllegalArgumentException("Deposit must be positive");
            balance += amount;
            log("deposit", amount);
        }

        void withdraw(double amount) throws InsufficientFundsException {
            if (amount > available()) {
                throw new InsufficientFundsException(owner + " cannot withdraw " + amount, amount - available());
            }
            balance -= amount;
            log("withdraw", amount);
        }

        abstract double available();
        abstract void endOfMonth();

        @Override
        public String toString() {
            return String.format("%s[%s, %s, %.2f]", getClass().getSimpleName(), id, owner, balance);
        }
    }

    static class Savings extends Account {
        private final double rate;
        Savings(String owner, double initial, double rate) { super(owner, initial); this.rate = rate; }
        double available() { return balance; }
        void endOfMonth() {
            double interest = balance * rate / 12;
            balance += interest;
            log("interest", interest);
        }
    }

    static class Checking extends Account {
        private final double overdraft;
        Checking(String owner, double initial, double overdraft) { super(owner, initial); this.overdraft = overdraft; }
        double available() { return balance + overdraft; }
        void endOfMonth() {
            if (balance < 0) {
                balance -= 25;
                log("fee", 25);
            }
        }
    }

    private final Map<String, Account> accounts = new LinkedHashMap<>();

    Account open(Account a) { accounts.put(a.id, a); return a; }

    Account get(String id) {
        Account a = accounts.get(id);
        if (a == null) throw new AccountNotFoundException(id);
        return a;
    }

    void transfer(String from, String to, double amount) throws InsufficientFundsException {
        Account src = get(from), dst = get(to);
        src.withdraw(amount);
        dst.deposit(amount);
    }

    public static void main(String[] args) {
        ExBank bank = new ExBank();
        Account alice = bank.open(new Savings("Alice", 1000, 0.05));
        Account bob = bank.open(new Checking("Bob", 100, 200));
        String[][] ops = { { "AC1000", "AC1001", "250" }, { "AC1001", "AC1000", "500" }, { "AC1001", "AC1000", "100" },
            { "AC1001", "AC9999", "1" }, { "AC1000", "AC1001", "-5" } };
        for (String[] op : ops) {
            try {
                bank.transfer(op[0], op[1], Double.parseDouble(op[2]));
                System.out.println("transfer " + String.join(" ", op) + " ok");
            } catch (InsufficientFundsException e) {
                System.out.printf("failed: %s (short by %.2f)%n", e.getMessage(), e.getShortfall());
            } catch (AccountNotFoundException | IllegalArgumentException e) {
                System.out.println("failed: " + e.getClass().getName() + ": " + e.getMessage());
            } finally {
                System.out.println("  balances: " + alice.balance + " / " + bob.balance);
            }
        }
        for (Account a : bank.accounts.values()) {
            a.endOfMonth();
            System.out.println(a);
            for (String h : a.history) System.out.println("    " + h);
        }
        double sum = 0;
        for (Account a : bank.accounts.values()) sum += a.balance;
        System.out.println("total " + sum);
        bank.get("nope");
    }
}
