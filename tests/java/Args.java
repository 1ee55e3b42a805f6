public class Args {
    public static void main(String[] args) {
        System.out.println("argc " + args.length);
        for (int i = 0; i < args.length; i++) System.out.println(i + ": [" + args[i] + "] len " + args[i].length());
        int sum = 0;
        for (String a : args) {
            boolean numeric = !a.isEmpty();
            for (int i = 0; i < a.length(); i++) if (a.charAt(i) < '0' || a.charAt(i) > '9') numeric = false;
            if (numeric) sum += Integer.parseInt(a);
        }
        System.out.println("numeric sum " + sum);
        if (args.length == 0) System.out.println("no arguments");
    }
}
