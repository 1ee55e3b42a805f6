// Compound assignment and ++/-- on wrapper-typed locals, fields, static
// fields and array elements (JLS 15.26.2, 15.14.2: unbox, compute, box).
public class BoxCompound {
    Integer count = 0;
    Long total = 0L;
    static Integer hits = 126;
    static Character letter = 'a';

    public static void main(String[] args) {
        Integer i = 10;
        i += 5; System.out.println(i);
        i -= 20; System.out.println(i);
        i *= -3; System.out.println(i);
        i /= 2; System.out.println(i);
        i %= 4; System.out.println(i);
        i <<= 4; System.out.println(i);
        i >>= 1; System.out.println(i);
        i >>>= 1; System.out.println(i);
        i |= 0x100; System.out.println(i);
        i &= 0x1F0; System.out.println(i);
        i ^= 0xFF; System.out.println(i);
        Integer before = i;
        i++;
        System.out.println(before + " " + i + " " + (before == i));
        System.out.println(i++ + " " + i + " " + ++i + " " + i-- + " " + --i + " " + i);
        i = Integer.MAX_VALUE;
        i++;
        System.out.println(i);

        Long l = 5L;
        l += 3; l *= 1000000000L; l++; System.out.println(l);
        Double d = 1.5;
        d += 1; d *= 2; d /= 4; d++; d -= 0.25; System.out.println(d);
        Float f = 2.5f;
        f *= 3; f--; System.out.println(f);
        Short s = 32767;
        s++; System.out.println(s);
        s--; s--; System.out.println(s);
        Byte b = 127;
        b++; System.out.println(b);
        ++b; System.out.println(b);
        Character c = 'y';
        c++; System.out.println(c);
        c++; System.out.println(c + " " + (int) c);
        c--; --c; System.out.println(c);

        BoxCompound o = new BoxCompound();
        for (int k = 0; k < 5; k++) {
            o.count++;
            o.total += k * 1000000000L;
        }
        o.count += 100;
        System.out.println(o.count + " " + o.total);
        hits++;
        System.out.println(hits + " " + (hits == Integer.valueOf(127)));
        hits++;
        System.out.println(hits + " " + (hits == Integer.valueOf(128)));
        letter++;
        System.out.println(letter);

        Integer[] a = {1, 2, 3};
        a[0]++;
        a[1] += a[2];
        a[2] *= a[0] + a[1];
        --a[0];
        System.out.println(a[0] + " " + a[1] + " " + a[2]);
        Integer[][] grid = {{1, 2}, {3, 4}};
        grid[1][0] += 10;
        grid[0][1]++;
        System.out.println(grid[0][0] + grid[0][1] + grid[1][0] + grid[1][1]);
        int idx = 0;
        a[idx++] += 100;
        System.out.println(a[0] + " " + idx);
        String str = "n=";
        str += i;
        System.out.println(str);
        int prim = 3;
        prim += i;
        prim *= a[2];
        System.out.println(prim);
        long lp = 1;
        lp += l;
        System.out.println(lp);
        double dp = 1;
        dp += i;
        System.out.println(dp);
    }
}
