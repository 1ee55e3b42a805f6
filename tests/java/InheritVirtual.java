public class InheritVirtual {
    static class Animal {
        protected String name;
        static int created;
        String kind = "animal";
        Animal(String name) { this.name = name; created++; System.out.println("Animal(" + name + ")"); }
        String sound() { return "..."; }
        String describe() { return name + " the " + kind + " says " + sound(); }
        final String tag() { return "#" + name; }
    }
    static class Dog extends Animal {
        String kind = "dog";   // hides Animal.kind
        Dog(String name) { super(name); System.out.println("Dog(" + name + ")"); }
        @Override String sound() { return "woof"; }
        String both() { return kind + "/" + super.kind + "/" + ((Animal) this).kind; }
    }
    static class Puppy extends Dog {
        Puppy() { this("pup"); System.out.println("Puppy()"); }
        Puppy(String n) { super(n); System.out.println("Puppy(" + n + ")"); }
        @Override String sound() { return "yip (" + super.sound() + ")"; }
    }
    static class Cat extends Animal {
        Cat() { super("cat"); }
        String sound() { return "meow"; }
        String describe() { return "The cat: " + super.describe(); }
    }
    public static void main(String[] args) {
        Animal[] zoo = { new Animal("generic"), new Dog("rex"), new Puppy(), new Cat() };
        for (Animal a : zoo) System.out.println(a.describe() + " " + a.tag());
        Dog d = new Dog("fido");
        System.out.println(d.both());
        Animal a = d;
        System.out.println(a.kind + " " + d.kind + " " + a.sound());
        System.out.println("created " + Animal.created);
        int total = 0;
        for (int i = 0; i < 1000; i++) total += zoo[i % zoo.length].sound().length();
        System.out.println(total);
    }
}
