// Generates src/javalib_table.h: the public classes, methods and fields of
// the Java library classes programs use most, from the running JDK by
// reflection, so that a use of one that Lime's library lacks is reported
// as Java's rather than as a typo (src/javalib.c):
//   javac -d /tmp/gj scripts/GenJavaLib.java && java -cp /tmp/gj GenJavaLib > src/javalib_table.h
// With the argument `packages` it generates src/javalib_packages.h instead:
// every package the JDK exports and its public top-level classes (so that a
// class Lime's library lacks is reported as Java's, an import of it that is
// never used is accepted as javac accepts it, and a class or package the JDK
// does not have either gets javac's error):
//   java -cp /tmp/gj GenJavaLib packages > src/javalib_packages.h
import java.lang.module.*;
import java.lang.reflect.*;
import java.net.URI;
import java.nio.file.*;
import java.util.*;

public class GenJavaLib {
    static final String[] CLASSES = {
        "java.lang.Object", "java.lang.String", "java.lang.StringBuilder", "java.lang.StringBuffer", "java.lang.Math",
        "java.lang.StrictMath", "java.lang.Integer", "java.lang.Long", "java.lang.Short", "java.lang.Byte",
        "java.lang.Double", "java.lang.Float", "java.lang.Character", "java.lang.Boolean", "java.lang.Number",
        "java.lang.System", "java.lang.Runtime", "java.lang.Thread", "java.lang.CharSequence", "java.lang.Comparable",
        "java.lang.Iterable", "java.lang.Runnable", "java.lang.AutoCloseable", "java.lang.Enum", "java.lang.Record",
        "java.lang.Class", "java.lang.Throwable", "java.lang.Exception", "java.lang.RuntimeException", "java.lang.Error",
        "java.lang.ArithmeticException", "java.lang.ArrayIndexOutOfBoundsException", "java.lang.ClassCastException",
        "java.lang.IllegalArgumentException", "java.lang.IllegalStateException", "java.lang.IndexOutOfBoundsException",
        "java.lang.NullPointerException", "java.lang.NumberFormatException", "java.lang.UnsupportedOperationException",
        "java.lang.StringIndexOutOfBoundsException", "java.lang.InterruptedException", "java.lang.CloneNotSupportedException",
        "java.lang.OutOfMemoryError", "java.lang.StackOverflowError", "java.lang.AssertionError",
        "java.util.ArrayList", "java.util.LinkedList", "java.util.List", "java.util.ArrayDeque", "java.util.Deque",
        "java.util.Queue", "java.util.Stack", "java.util.Vector", "java.util.PriorityQueue", "java.util.HashMap",
        "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.Map", "java.util.HashSet", "java.util.LinkedHashSet",
        "java.util.TreeSet", "java.util.Set", "java.util.Collection", "java.util.Iterator", "java.util.ListIterator",
        "java.util.Arrays", "java.util.Collections", "java.util.Objects", "java.util.Optional", "java.util.Random",
        "java.util.Scanner", "java.util.StringJoiner", "java.util.BitSet", "java.util.Comparator", "java.util.Formatter",
        "java.util.Locale", "java.util.StringTokenizer", "java.util.NoSuchElementException",
        "java.util.ConcurrentModificationException", "java.util.InputMismatchException",
        "java.io.PrintStream", "java.io.BufferedReader", "java.io.InputStreamReader", "java.io.PrintWriter",
        "java.io.IOException", "java.io.BufferedOutputStream", "java.io.InputStream", "java.io.OutputStream",
        "java.math.BigInteger", "java.math.BigDecimal", "java.text.DecimalFormat", "java.text.NumberFormat",
        "java.text.SimpleDateFormat", "java.text.DateFormat",
        "java.time.LocalDate", "java.time.Period", "java.time.DayOfWeek", "java.time.Month",
        "java.time.temporal.ChronoUnit",
        "java.util.function.Function", "java.util.function.BiFunction", "java.util.function.Supplier",
        "java.util.function.Consumer", "java.util.function.Predicate", "java.util.stream.IntStream",
        "java.util.stream.Stream", "java.util.stream.Collectors",
        "java.util.EnumMap", "java.util.EnumSet", "java.util.SortedMap", "java.util.NavigableMap",
        "java.util.SortedSet", "java.util.NavigableSet", "java.util.AbstractMap", "java.util.OptionalInt",
        "java.util.OptionalDouble", "java.util.function.BiConsumer", "java.util.function.BiPredicate",
        "java.util.function.BinaryOperator", "java.util.function.UnaryOperator", "java.util.function.IntFunction",
        "java.util.function.IntPredicate", "java.util.function.IntUnaryOperator", "java.util.function.IntBinaryOperator",
        "java.util.function.IntConsumer", "java.util.function.IntSupplier", "java.util.function.DoubleUnaryOperator",
        "java.util.function.DoubleBinaryOperator", "java.util.function.DoubleConsumer",
        "java.util.function.DoubleSupplier", "java.util.function.ToIntFunction", "java.util.function.ToDoubleFunction",
        "java.io.File", "java.io.FileInputStream", "java.io.FileOutputStream", "java.io.FileReader",
        "java.io.FileWriter", "java.nio.file.Files", "java.nio.file.Path", "java.nio.file.Paths",
        "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.ConcurrentMap",
        "java.util.concurrent.ConcurrentLinkedQueue", "java.util.concurrent.LinkedBlockingQueue",
        "java.util.concurrent.BlockingQueue", "java.util.concurrent.CopyOnWriteArrayList",
        "java.util.concurrent.CopyOnWriteArraySet", "java.util.concurrent.ArrayBlockingQueue",
        "java.util.concurrent.TimeUnit",
        // member classes: their members only, named Outer.Inner (Lime's qualified name of the class)
        "java.util.Map$Entry",
    };

    /* Every package that a module of the system image exports to all (what
     * javac lets a program import), with its top-level classes: a class Lime's
     * library lacks is then told apart from one the JDK does not have either. */
    static void printPackages() throws Exception {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        TreeMap<String, TreeSet<String>> packages = new TreeMap<>();
        for (Module module : ModuleLayer.boot().modules()) {   /* the default root modules, as javac's */
            ModuleDescriptor d = module.getDescriptor();
            for (ModuleDescriptor.Exports e : d.exports()) {
                if (e.isQualified()) continue;
                TreeSet<String> names = packages.computeIfAbsent(e.source(), k -> new TreeSet<>());
                try (DirectoryStream<Path> dir = Files.newDirectoryStream(jrt.getPath("/modules/" + d.name(), e.source().split("\\.")))) {
                    for (Path f : dir) {
                        String file = f.getFileName().toString();
                        if (!file.endsWith(".class") || file.contains("$") || file.equals("package-info.class")) continue;
                        String name = file.substring(0, file.length() - 6);
                        Class<?> k = Class.forName(module, e.source() + "." + name);
                        if (k != null && Modifier.isPublic(k.getModifiers())) names.add(name);
                    }
                }
            }
        }
        System.out.println("/* javalib_packages.h: generated by scripts/GenJavaLib.java (packages) from Java "
                + System.getProperty("java.version") + "; do not edit.");
        System.out.println(" * Every package the system image's modules export to all, with its public");
        System.out.println(" * top-level classes, each name between spaces: {package, \" Name Name \"}. */");
        System.out.println("static const char *const java_package_classes[][2] = {");
        for (Map.Entry<String, TreeSet<String>> p : packages.entrySet()) {
            System.out.println("    {\"" + p.getKey() + "\",");
            StringBuilder line = new StringBuilder("     \" ");
            for (String n : p.getValue()) {
                if (line.length() + n.length() > 110) {
                    System.out.println(line + "\"");
                    line = new StringBuilder("     \"");
                }
                line.append(n).append(' ');
            }
            System.out.println(line + "\"},");
        }
        System.out.println("};");
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 1 && args[0].equals("packages")) {
            printPackages();
            return;
        }
        System.out.println("/* javalib_table.h: generated by scripts/GenJavaLib.java from Java "
                + System.getProperty("java.version") + "; do not edit.");
        System.out.println(" * Classes: {simple name, package}; members: {class, name, fewest and most");
        System.out.println(" * arguments (127: variable arity; -1 -1: a field)}, sorted by class and name. */");
        System.out.println("static const char *const java_classes[][2] = {");
        for (String c : CLASSES) {
            int dot = c.lastIndexOf('.');
            if (c.indexOf('$') >= 0) continue;
            System.out.println("    {\"" + c.substring(dot + 1) + "\", \"" + c.substring(0, dot) + "\"},");
        }
        System.out.println("};");
        TreeSet<String> rows = new TreeSet<>();
        for (String c : CLASSES) {
            Class<?> k = Class.forName(c);
            String simple = c.substring(c.lastIndexOf('.') + 1).replace('$', '.');
            for (Method m : k.getMethods()) {
                int n = m.getParameterCount();
                rows.add(String.format("{\"%s\", \"%s\", %d, %d}", simple, m.getName(), m.isVarArgs() ? n - 1 : n, m.isVarArgs() ? 127 : n));
            }
            for (Field f : k.getFields()) rows.add(String.format("{\"%s\", \"%s\", -1, -1}", simple, f.getName()));
        }
        System.out.println("static const struct { const char *cls, *name; signed char min, max; } java_members[] = {");
        for (String r : rows) System.out.println("    " + r + ",");
        System.out.println("};");
    }
}
