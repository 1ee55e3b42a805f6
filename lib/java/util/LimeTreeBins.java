/* The red-black trees of java.util.concurrent.ConcurrentHashMap's tree
 * bins, made of HashTreeNode (the JDK's two maps order and balance their
 * trees alike).  A tree node carries its map node as its value; the map
 * keeps the bin's chain itself, so only the tree's shape lives here: it
 * decides when a removal turns the bin back into a plain one. */
public final class LimeTreeBins {
    private LimeTreeBins() {}

    /* a tree node for key k (hash h) of the map node owner */
    public static Object node(int h, Object k, Object owner) { return new HashTreeNode<Object, Object>(h, k, owner, null); }
    public static Object owner(Object node) { return ((HashTreeNode<Object, Object>) node).value; }

    /* x (a fresh node) into the tree of root (null: an empty tree); the new root */
    public static Object insert(Object root, Object x) {
        HashTreeNode<Object, Object> n = (HashTreeNode<Object, Object>) x;
        HashTreeNode.link((HashTreeNode<Object, Object>) root, n);
        return HashTreeNode.balanceInsertion((HashTreeNode<Object, Object>) root, n);
    }
    /* the JDK's test that a tree is too small to keep after a removal */
    public static boolean small(Object root) {
        HashTreeNode<Object, Object> r = (HashTreeNode<Object, Object>) root;
        return r == null || r.right == null || r.left == null || r.left.left == null;
    }
    /* x out of the tree of root; the new root */
    public static Object delete(Object root, Object x) {
        return HashTreeNode.deleteNode((HashTreeNode<Object, Object>) root, (HashTreeNode<Object, Object>) x);
    }
}
