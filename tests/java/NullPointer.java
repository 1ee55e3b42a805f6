class Cell {
    int value;
    Cell next;
    Cell(int value, Cell next) { this.value = value; this.next = next; }
}

public class NullPointer {
    public static void main(String[] args) {
        Cell list = new Cell(1, new Cell(2, new Cell(3, null)));
        Cell c = list;
        int guard = 0;
        while (guard < 10) {
            System.out.println("value " + c.value);
            c = c.next;
            guard++;
        }
        System.out.println("not reached");
    }
}
