import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamLaziness {
    static StringBuilder log = new StringBuilder();

    static void flush(String label, Object result) {
        System.out.println(label + ": " + log + " -> " + result);
        log.setLength(0);
    }

    public static void main(String[] args) {
        List<Integer> nums = List.of(5, 3, 8, 1, 9, 2, 7);

        // per-element interleaving of peek, filter, map
        List<Integer> r1 = nums.stream()
            .peek(x -> log.append("p" + x + " "))
            .filter(x -> { log.append("f" + x + " "); return x % 2 == 1; })
            .map(x -> { log.append("m" + x + " "); return x * 10; })
            .collect(Collectors.toList());
        flush("interleave", r1);

        // findFirst stops the source
        Optional<Integer> first = nums.stream()
            .peek(x -> log.append("p" + x + " "))
            .filter(x -> x > 6)
            .findFirst();
        flush("findFirst", first);

        // anyMatch / allMatch / noneMatch short-circuit
        boolean any = nums.stream().peek(x -> log.append(x + " ")).anyMatch(x -> x == 8);
        flush("anyMatch", any);
        boolean all = nums.stream().peek(x -> log.append(x + " ")).allMatch(x -> x > 2);
        flush("allMatch", all);
        boolean none = nums.stream().peek(x -> log.append(x + " ")).noneMatch(x -> x == 1);
        flush("noneMatch", none);

        // limit stops pulling
        List<Integer> lim = nums.stream().peek(x -> log.append("p" + x + " ")).limit(3).collect(Collectors.toList());
        flush("limit", lim);
        List<Integer> lim0 = nums.stream().peek(x -> log.append("p" + x + " ")).limit(0).collect(Collectors.toList());
        flush("limit0", lim0);

        // skip still sees skipped elements upstream
        List<Integer> sk = nums.stream().peek(x -> log.append("p" + x + " ")).skip(4).collect(Collectors.toList());
        flush("skip", sk);

        // sorted is a barrier: all upstream first
        List<Integer> so = nums.stream()
            .peek(x -> log.append("a" + x + " "))
            .sorted()
            .peek(x -> log.append("b" + x + " "))
            .limit(2)
            .collect(Collectors.toList());
        flush("sorted", so);

        Optional<Integer> sf = nums.stream().peek(x -> log.append("a" + x + " ")).sorted(Comparator.reverseOrder())
            .peek(x -> log.append("b" + x + " ")).findFirst();
        flush("sortedFindFirst", sf);

        // takeWhile / dropWhile
        List<Integer> tw = nums.stream().peek(x -> log.append("p" + x + " ")).takeWhile(x -> x != 1).collect(Collectors.toList());
        flush("takeWhile", tw);
        List<Integer> dw = nums.stream().dropWhile(x -> { log.append("d" + x + " "); return x != 1; }).collect(Collectors.toList());
        flush("dropWhile", dw);

        // iterate applies f lazily
        List<Integer> it = Stream.iterate(1, x -> { log.append("f" + x + " "); return x * 2; }).limit(5).collect(Collectors.toList());
        flush("iterate", it);
        List<Integer> it3 = Stream.iterate(1, x -> { log.append("t" + x + " "); return x < 50; }, x -> x * 3).collect(Collectors.toList());
        flush("iterate3", it3);

        // generate
        int[] counter = {0};
        List<Integer> gen = Stream.generate(() -> { log.append("g "); return counter[0]++; }).limit(4).collect(Collectors.toList());
        flush("generate", gen);

        // flatMap stops inside the inner stream
        Optional<String> fm = Stream.of("ab", "cd", "ef")
            .flatMap(s -> { log.append("F" + s + " "); return s.chars().mapToObj(c -> "" + (char) c).peek(c -> log.append(c + " ")); })
            .filter(c -> c.equals("c"))
            .findFirst();
        flush("flatMap", fm);

        // count of a sized stream does not run the stages; of an unsized one, it does
        long c1 = nums.stream().peek(x -> log.append("p" + x + " ")).map(x -> x + 1).count();
        flush("countSized", c1);
        long c2 = nums.stream().peek(x -> log.append("p" + x + " ")).filter(x -> x > 4).count();
        flush("countFiltered", c2);
        long c3 = nums.stream().peek(x -> log.append("p" + x + " ")).skip(2).limit(3).count();
        flush("countSlice", c3);
        long c4 = Stream.iterate(0, x -> x + 1).peek(x -> log.append("p" + x + " ")).limit(3).count();
        flush("countIterate", c4);

        // iterator is lazy
        Iterator<Integer> iter = nums.stream().peek(x -> log.append("p" + x + " ")).filter(x -> x > 4).iterator();
        flush("iteratorMade", "");
        System.out.println(iter.hasNext() + " " + iter.next() + " " + iter.next());
        flush("iteratorTwo", "");
        Iterator<Integer> sortedIter = nums.stream().peek(x -> log.append("p" + x + " ")).sorted().iterator();
        System.out.println(sortedIter.next());
        flush("sortedIterator", "");

        // concat is lazy
        Stream<Integer> ca = Stream.of(1, 2).peek(x -> log.append("a" + x + " "));
        Stream<Integer> cb = Stream.of(3, 4).peek(x -> log.append("b" + x + " "));
        Optional<Integer> cf = Stream.concat(ca, cb).filter(x -> x > 2).findFirst();
        flush("concat", cf);

        // late binding: the list is read at the terminal operation
        List<String> words = new ArrayList<>(List.of("x", "y"));
        Stream<String> ws = words.stream();
        words.add("z");
        System.out.println("lateBinding: " + ws.collect(Collectors.joining(",")));

        // distinct keeps first occurrences
        System.out.println(Stream.of(3, 1, 3, 2, 1, 4).peek(x -> log.append(x + " ")).distinct().collect(Collectors.toList()));
        flush("distinct", "");

        // mapMulti
        System.out.println(Stream.of(1, 2, 3).<String>mapMulti((x, sink) -> { for (int i = 0; i < x; i++) sink.accept(x + ":" + i); })
            .collect(Collectors.toList()));

        // onClose handlers run on close, in order
        Stream<Integer> closing = Stream.of(1, 2).onClose(() -> System.out.println("close1")).onClose(() -> System.out.println("close2"));
        System.out.println(closing.count());
        closing.close();
        try (Stream<String> tr = Stream.of("a").onClose(() -> System.out.println("closed by try"))) {
            System.out.println(tr.findAny().get());
        }
    }
}
