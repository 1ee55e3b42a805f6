import java.util.*;

public class ExAdventure {
    enum Direction {
        NORTH("n"), SOUTH("s"), EAST("e"), WEST("w");
        private final String abbrev;
        Direction(String abbrev) { this.abbrev = abbrev; }
        static Direction parse(String s) {
            for (Direction d : values()) if (d.abbrev.equals(s) || d.name().equalsIgnoreCase(s)) return d;
            return null;
        }
        Direction opposite() {
            switch (this) {
                case NORTH: return SOUTH;
                case SOUTH: return NORTH;
                case EAST: return WEST;
                default: return EAST;
            }
        }
    }

    enum State { EXPLORING, FIGHTING, WON, DEAD }

    static class Room {
        final String name;
        final Map<Direction, Room> exits = new EnumMap<>(Direction.class);
        final List<String> items = new ArrayList<>();
        boolean monster;
        Room(String name) { this.name = name; }
        void connect(Direction d, Room other) {
            exits.put(d, other);
            other.exits.put(d.opposite(), this);
        }
    }

    private Room current;
    private State state = State.EXPLORING;
    private final Set<String> inventory = new TreeSet<>();
    private int hp = 3;

    void handle(String line) {
        String[] parts = line.trim().split("\\s+", 2);
        String verb = parts[0].toLowerCase();
        String arg = parts.length > 1 ? parts[1] : "";
        switch (state) {
            case EXPLORING -> explore(verb, arg);
            case FIGHTING -> fight(verb);
            case WON, DEAD -> System.out.println("The game is over.");
        }
    }

    private void explore(String verb, String arg) {
        switch (verb) {
            case "go": {
                Direction d = Direction.parse(arg);
                Room next = d == null ? null : current.exits.get(d);
                if (next == null) { System.out.println("You can't go that way."); return; }
                current = next;
                System.out.println("You are in the " + current.name + ". Exits: " + current.exits.keySet());
                if (current.monster) { state = State.FIGHTING; System.out.println("A troll attacks!"); }
                break;
            }
            case "take":
                if (current.items.remove(arg)) { inventory.add(arg); System.out.println("Taken: " + arg); }
                else System.out.println("No " + arg + " here.");
                break;
            case "look":
                System.out.println(current.name + " contains " + current.items);
                break;
            case "inv":
                System.out.println("You carry " + inventory);
                break;
            default:
                System.out.println("I don't understand '" + verb + "'.");
        }
    }

    private void fight(String verb) {
        if (!verb.equals("attack")) {
            hp--;
            System.out.println("The troll hits you. HP=" + hp);
            if (hp == 0) { state = State.DEAD; System.out.println("You died."); }
            return;
        }
        if (inventory.contains("sword")) {
            current.monster = false;
            state = current.name.equals("treasury") ? State.WON : State.EXPLORING;
            System.out.println("You slay the troll." + (state == State.WON ? " You win!" : ""));
        } else {
            hp -= 2;
            System.out.println("Bare hands don't work. HP=" + hp);
            if (hp <= 0) state = State.DEAD;
        }
    }

    public static void main(String[] args) {
        Room hall = new Room("hall"), armory = new Room("armory"), treasury = new Room("treasury"), garden = new Room("garden");
        hall.connect(Direction.EAST, armory);
        hall.connect(Direction.NORTH, treasury);
        hall.connect(Direction.WEST, garden);
        armory.items.add("sword");
        armory.items.add("shield");
        garden.items.add("rose");
        treasury.monster = true;
        ExAdventure game = new ExAdventure();
        game.current = hall;
        Scanner in = new Scanner(System.in);
        while (in.hasNextLine()) {
            String cmd = in.nextLine();
            if (cmd.isBlank()) continue;
            System.out.println("> " + cmd);
            game.handle(cmd);
        }
        System.out.println("Final state: " + game.state + " hp=" + game.hp + " inventory=" + game.inventory);
    }
}
