public class BinaryTrees {
    private static final int MIN_DEPTH = 4;

    private static final class TreeNode {
        private final TreeNode left;
        private final TreeNode right;

        private TreeNode(TreeNode left, TreeNode right) {
            this.left = left;
            this.right = right;
        }

        private int itemCheck() {
            if (left == null) return 1;
            return 1 + left.itemCheck() + right.itemCheck();
        }
    }

    private static TreeNode bottomUpTree(int depth) {
        if (depth > 0) return new TreeNode(bottomUpTree(depth - 1), bottomUpTree(depth - 1));
        return new TreeNode(null, null);
    }

    public static void main(String[] args) {
        int n = 14;
        if (args.length > 0) n = Integer.parseInt(args[0]);
        int maxDepth = Math.max(MIN_DEPTH + 2, n);
        int stretchDepth = maxDepth + 1;
        System.out.println("stretch tree of depth " + stretchDepth + "\t check: " + bottomUpTree(stretchDepth).itemCheck());
        TreeNode longLived = bottomUpTree(maxDepth);
        String[] results = new String[(maxDepth - MIN_DEPTH) / 2 + 1];
        for (int d = MIN_DEPTH; d <= maxDepth; d += 2) {
            int iterations = 1 << (maxDepth - d + MIN_DEPTH);
            int check = 0;
            for (int i = 1; i <= iterations; ++i) {
                check += bottomUpTree(d).itemCheck();
            }
            results[(d - MIN_DEPTH) / 2] = iterations + "\t trees of depth " + d + "\t check: " + check;
        }
        for (String s : results) System.out.println(s);
        System.out.println("long lived tree of depth " + maxDepth + "\t check: " + longLived.itemCheck());
    }
}
