/* A node of a HashMap bin kept as a red-black tree, as the JDK keeps a bin
 * that reached 8 entries in a table of 64 or more: the bin's iteration
 * order is its `next` chain, which the tree rearranges (a new node goes
 * right after its tree parent; the root moves to the front after every
 * change), so the JDK's order needs the JDK's tree: nodes ordered by hash,
 * then by compareTo for keys of a class C that implements Comparable<C>
 * itself, then by class name and identity hash; the insertion and
 * deletion fixups of the classic red-black tree.  Lookups search the
 * chain (the tree only decides the order).  A LinkedHashMap entry, so that
 * a LinkedHashMap's bins can be trees too. */
final class HashTreeNode<K, V> extends LinkedHashMap.Entry<K, V> {
    static final int TREEIFY_THRESHOLD = 8, UNTREEIFY_THRESHOLD = 6, MIN_TREEIFY_CAPACITY = 64;

    HashTreeNode<K, V> parent, left, right, prev;
    boolean red;

    HashTreeNode(int hash, K key, V value, HashMap.Node<K, V> next) { super(hash, key, value, next); }

    HashTreeNode<K, V> root() {
        HashTreeNode<K, V> r = this;
        while (r.parent != null) r = r.parent;
        return r;
    }

    /* ---- order ---- */

    /* k implements Comparable<its own class> (a String too) */
    private static native boolean selfComparable(Object k);

    /* where key k (hash h) goes below a node with key pk (hash ph) */
    static int direction(int h, Object k, int ph, Object pk) {
        if (ph > h) return -1;
        if (ph < h) return 1;
        int dir = 0;
        if (k != null && pk != null && selfComparable(k) && pk.getClass() == k.getClass())
            dir = ((Comparable<Object>) k).compareTo(pk);
        return dir != 0 ? dir : tieBreakOrder(k, pk);
    }
    private static int tieBreakOrder(Object a, Object b) {
        int d;
        if (a == null || b == null || (d = a.getClass().getName().compareTo(b.getClass().getName())) == 0)
            d = System.identityHashCode(a) <= System.identityHashCode(b) ? -1 : 1;
        return d;
    }

    /* ---- the chain ---- */

    /* root first in its bin's chain */
    static <K, V> void moveRootToFront(HashMap.Node<K, V>[] tab, HashTreeNode<K, V> root) {
        int index = (tab.length - 1) & root.hash;
        HashTreeNode<K, V> first = (HashTreeNode<K, V>) tab[index];
        if (root == first) return;
        tab[index] = root;
        HashTreeNode<K, V> rp = root.prev;
        HashMap.Node<K, V> rn = root.next;
        if (rn != null) ((HashTreeNode<K, V>) rn).prev = rp;
        if (rp != null) rp.next = rn;
        if (first != null) first.prev = root;
        root.next = first;
        root.prev = null;
    }

    /* the chain from this node, each linked into one tree in chain order,
     * then the root moved to the front */
    void treeify(HashMap.Node<K, V>[] tab) {
        HashTreeNode<K, V> root = null;
        for (HashTreeNode<K, V> x = this; x != null; x = (HashTreeNode<K, V>) x.next) {
            link(root, x);
            root = balanceInsertion(root, x);
        }
        moveRootToFront(tab, root);
    }

    /* x (no children yet) below its place in the tree of root, by
     * direction(); the root itself when root is null.  The caller balances
     * (balanceInsertion), after using x.parent if it needs the parent */
    static <K, V> void link(HashTreeNode<K, V> root, HashTreeNode<K, V> x) {
        x.left = x.right = null;
        x.parent = null;
        for (HashTreeNode<K, V> p = root; p != null;) {
            int dir = direction(x.hash, x.key, p.hash, p.key);
            HashTreeNode<K, V> xp = p;
            if ((p = dir <= 0 ? p.left : p.right) == null) {
                x.parent = xp;
                if (dir <= 0) xp.left = x; else xp.right = x;
            }
        }
    }

    /* a new node (not in the bin yet) for key k in this bin's tree:
     * linked after its tree parent */
    static <K, V> void putTreeVal(HashMap<K, V> map, HashMap.Node<K, V>[] tab, HashTreeNode<K, V> first, int h, K k, V v) {
        HashTreeNode<K, V> root = first.root();
        HashTreeNode<K, V> x = map.newTreeNode(h, k, v, null);
        link(root, x);
        HashTreeNode<K, V> xp = x.parent;
        HashMap.Node<K, V> xpn = xp.next;
        x.next = xpn;
        xp.next = x;
        x.prev = xp;
        if (xpn != null) ((HashTreeNode<K, V>) xpn).prev = x;
        moveRootToFront(tab, balanceInsertion(root, x));
    }

    /* the chain from this node as plain nodes */
    HashMap.Node<K, V> untreeify(HashMap<K, V> map) {
        HashMap.Node<K, V> hd = null, tl = null;
        for (HashMap.Node<K, V> q = this; q != null; q = q.next) {
            HashMap.Node<K, V> p = map.replacementNode(q, null);
            if (tl == null) hd = p; else tl.next = p;
            tl = p;
        }
        return hd;
    }

    /* a resize: this bin (at index) split by the hash bit into index and
     * index + bit, each kept in chain order, a tree again if both halves
     * have entries and it has more than 6 */
    void split(HashMap<K, V> map, HashMap.Node<K, V>[] tab, int index, int bit) {
        HashTreeNode<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null;
        int lc = 0, hc = 0;
        for (HashTreeNode<K, V> e = this, next; e != null; e = next) {
            next = (HashTreeNode<K, V>) e.next;
            e.next = null;
            if ((e.hash & bit) == 0) {
                if ((e.prev = loTail) == null) loHead = e; else loTail.next = e;
                loTail = e;
                lc++;
            } else {
                if ((e.prev = hiTail) == null) hiHead = e; else hiTail.next = e;
                hiTail = e;
                hc++;
            }
        }
        if (loHead != null) {
            if (lc <= UNTREEIFY_THRESHOLD) tab[index] = loHead.untreeify(map);
            else {
                tab[index] = loHead;
                if (hiHead != null) loHead.treeify(tab);
            }
        }
        if (hiHead != null) {
            if (hc <= UNTREEIFY_THRESHOLD) tab[index + bit] = hiHead.untreeify(map);
            else {
                tab[index + bit] = hiHead;
                if (loHead != null) hiHead.treeify(tab);
            }
        }
    }

    /* this node out of its bin; a tree that became small is plain again
     * when movable (not during an iterator's remove) */
    void removeTreeNode(HashMap<K, V> map, HashMap.Node<K, V>[] tab, boolean movable) {
        int index = (tab.length - 1) & hash;
        HashTreeNode<K, V> first = (HashTreeNode<K, V>) tab[index], root = first, rl;
        HashTreeNode<K, V> succ = (HashTreeNode<K, V>) next, pred = prev;
        if (pred == null) tab[index] = first = succ; else pred.next = succ;
        if (succ != null) succ.prev = pred;
        if (first == null) return;
        if (root.parent != null) root = root.root();
        if (root == null || (movable && (root.right == null || (rl = root.left) == null || rl.left == null))) {
            tab[index] = first.untreeify(map);
            return;
        }
        HashTreeNode<K, V> r = deleteNode(root, this);
        if (movable) moveRootToFront(tab, r);
    }

    /* p out of the tree of root (p's links cleared, the chain untouched);
     * the new root */
    static <K, V> HashTreeNode<K, V> deleteNode(HashTreeNode<K, V> root, HashTreeNode<K, V> p) {
        HashTreeNode<K, V> pl = p.left, pr = p.right, replacement;
        if (pl != null && pr != null) {
            HashTreeNode<K, V> s = pr, sl;
            while ((sl = s.left) != null) s = sl; /* the successor */
            boolean c = s.red;
            s.red = p.red;
            p.red = c;
            HashTreeNode<K, V> sr = s.right, pp = p.parent;
            if (s == pr) {
                p.parent = s;
                s.right = p;
            } else {
                HashTreeNode<K, V> sp = s.parent;
                if ((p.parent = sp) != null) {
                    if (s == sp.left) sp.left = p; else sp.right = p;
                }
                if ((s.right = pr) != null) pr.parent = s;
            }
            p.left = null;
            if ((p.right = sr) != null) sr.parent = p;
            if ((s.left = pl) != null) pl.parent = s;
            if ((s.parent = pp) == null) root = s;
            else if (p == pp.left) pp.left = s;
            else pp.right = s;
            replacement = sr != null ? sr : p;
        } else if (pl != null) replacement = pl;
        else if (pr != null) replacement = pr;
        else replacement = p;
        if (replacement != p) {
            HashTreeNode<K, V> pp = replacement.parent = p.parent;
            if (pp == null) (root = replacement).red = false;
            else if (p == pp.left) pp.left = replacement;
            else pp.right = replacement;
            p.left = p.right = p.parent = null;
        }
        HashTreeNode<K, V> r = p.red ? root : balanceDeletion(root, replacement);
        if (replacement == p) {
            HashTreeNode<K, V> pp = p.parent;
            p.parent = null;
            if (pp != null) {
                if (p == pp.left) pp.left = null;
                else if (p == pp.right) pp.right = null;
            }
        }
        return r;
    }

    /* ---- the red-black tree ---- */

    static <K, V> HashTreeNode<K, V> rotateLeft(HashTreeNode<K, V> root, HashTreeNode<K, V> p) {
        HashTreeNode<K, V> r, pp, rl;
        if (p != null && (r = p.right) != null) {
            if ((rl = p.right = r.left) != null) rl.parent = p;
            if ((pp = r.parent = p.parent) == null) (root = r).red = false;
            else if (pp.left == p) pp.left = r;
            else pp.right = r;
            r.left = p;
            p.parent = r;
        }
        return root;
    }
    static <K, V> HashTreeNode<K, V> rotateRight(HashTreeNode<K, V> root, HashTreeNode<K, V> p) {
        HashTreeNode<K, V> l, pp, lr;
        if (p != null && (l = p.left) != null) {
            if ((lr = p.left = l.right) != null) lr.parent = p;
            if ((pp = l.parent = p.parent) == null) (root = l).red = false;
            else if (pp.right == p) pp.right = l;
            else pp.left = l;
            l.right = p;
            p.parent = l;
        }
        return root;
    }

    /* the insertion fixup: x red, recolour or rotate up the tree */
    static <K, V> HashTreeNode<K, V> balanceInsertion(HashTreeNode<K, V> root, HashTreeNode<K, V> x) {
        x.red = true;
        for (HashTreeNode<K, V> xp, xpp, xppl, xppr;;) {
            if ((xp = x.parent) == null) {
                x.red = false;
                return x;
            }
            if (!xp.red || (xpp = xp.parent) == null) return root;
            if (xp == (xppl = xpp.left)) {
                if ((xppr = xpp.right) != null && xppr.red) {
                    xppr.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.right) {
                        root = rotateLeft(root, x = xp);
                        xpp = (xp = x.parent) == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateRight(root, xpp);
                        }
                    }
                }
            } else {
                if (xppl != null && xppl.red) {
                    xppl.red = false;
                    xp.red = false;
                    xpp.red = true;
                    x = xpp;
                } else {
                    if (x == xp.left) {
                        root = rotateRight(root, x = xp);
                        xpp = (xp = x.parent) == null ? null : xp.parent;
                    }
                    if (xp != null) {
                        xp.red = false;
                        if (xpp != null) {
                            xpp.red = true;
                            root = rotateLeft(root, xpp);
                        }
                    }
                }
            }
        }
    }

    /* the deletion fixup from x, which took a black node's place */
    static <K, V> HashTreeNode<K, V> balanceDeletion(HashTreeNode<K, V> root, HashTreeNode<K, V> x) {
        for (HashTreeNode<K, V> xp, xpl, xpr;;) {
            if (x == null || x == root) return root;
            if ((xp = x.parent) == null) {
                x.red = false;
                return x;
            }
            if (x.red) {
                x.red = false;
                return root;
            }
            if ((xpl = xp.left) == x) {
                if ((xpr = xp.right) != null && xpr.red) {
                    xpr.red = false;
                    xp.red = true;
                    root = rotateLeft(root, xp);
                    xpr = (xp = x.parent) == null ? null : xp.right;
                }
                if (xpr == null) x = xp;
                else {
                    HashTreeNode<K, V> sl = xpr.left, sr = xpr.right;
                    if ((sr == null || !sr.red) && (sl == null || !sl.red)) {
                        xpr.red = true;
                        x = xp;
                    } else {
                        if (sr == null || !sr.red) {
                            if (sl != null) sl.red = false;
                            xpr.red = true;
                            root = rotateRight(root, xpr);
                            xpr = (xp = x.parent) == null ? null : xp.right;
                        }
                        if (xpr != null) {
                            xpr.red = xp != null && xp.red;
                            if ((sr = xpr.right) != null) sr.red = false;
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateLeft(root, xp);
                        }
                        x = root;
                    }
                }
            } else {
                if (xpl != null && xpl.red) {
                    xpl.red = false;
                    xp.red = true;
                    root = rotateRight(root, xp);
                    xpl = (xp = x.parent) == null ? null : xp.left;
                }
                if (xpl == null) x = xp;
                else {
                    HashTreeNode<K, V> sl = xpl.left, sr = xpl.right;
                    if ((sl == null || !sl.red) && (sr == null || !sr.red)) {
                        xpl.red = true;
                        x = xp;
                    } else {
                        if (sl == null || !sl.red) {
                            if (sr != null) sr.red = false;
                            xpl.red = true;
                            root = rotateLeft(root, xpl);
                            xpl = (xp = x.parent) == null ? null : xp.left;
                        }
                        if (xpl != null) {
                            xpl.red = xp != null && xp.red;
                            if ((sl = xpl.left) != null) sl.red = false;
                        }
                        if (xp != null) {
                            xp.red = false;
                            root = rotateRight(root, xp);
                        }
                        x = root;
                    }
                }
            }
        }
    }
}
