// N-body (Computer Language Benchmarks Game): simulate the four Jovian
// planets orbiting the Sun with a simple symplectic integrator, printing
// the total energy before and after. Plain Java within Lime's L1 subset.
// Usage: Nbody [steps]   (default 5000000)

class Body {
    double x, y, z, vx, vy, vz, mass;

    Body(double x, double y, double z, double vx, double vy, double vz, double mass) {
        this.x = x;
        this.y = y;
        this.z = z;
        this.vx = vx;
        this.vy = vy;
        this.vz = vz;
        this.mass = mass;
    }
}

public class Nbody {
    static final double PI = 3.141592653589793;
    static final double SOLAR_MASS = 4 * PI * PI;
    static final double DAYS_PER_YEAR = 365.24;

    static Body[] makeSystem() {
        Body[] b = new Body[5];
        b[0] = new Body(0, 0, 0, 0, 0, 0, SOLAR_MASS);
        b[1] = new Body(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                1.66007664274403694e-03 * DAYS_PER_YEAR, 7.69901118419740425e-03 * DAYS_PER_YEAR,
                -6.90460016972063023e-05 * DAYS_PER_YEAR, 9.54791938424326609e-04 * SOLAR_MASS);
        b[2] = new Body(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                -2.76742510726862411e-03 * DAYS_PER_YEAR, 4.99852801234917238e-03 * DAYS_PER_YEAR,
                2.30417297573763929e-05 * DAYS_PER_YEAR, 2.85885980666130812e-04 * SOLAR_MASS);
        b[3] = new Body(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                2.96460137564761618e-03 * DAYS_PER_YEAR, 2.37847173959480950e-03 * DAYS_PER_YEAR,
                -2.96589568540237556e-05 * DAYS_PER_YEAR, 4.36624404335156298e-05 * SOLAR_MASS);
        b[4] = new Body(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                2.68067772490389322e-03 * DAYS_PER_YEAR, 1.62824170038242295e-03 * DAYS_PER_YEAR,
                -9.51592254519715870e-05 * DAYS_PER_YEAR, 5.15138902046611451e-05 * SOLAR_MASS);
        return b;
    }

    // Give the Sun the velocity that makes the total momentum zero.
    static void offsetMomentum(Body[] bodies) {
        double px = 0, py = 0, pz = 0;
        for (Body b : bodies) {
            px += b.vx * b.mass;
            py += b.vy * b.mass;
            pz += b.vz * b.mass;
        }
        bodies[0].vx = -px / SOLAR_MASS;
        bodies[0].vy = -py / SOLAR_MASS;
        bodies[0].vz = -pz / SOLAR_MASS;
    }

    static double energy(Body[] bodies) {
        double e = 0;
        for (int i = 0; i < bodies.length; i++) {
            Body a = bodies[i];
            e += 0.5 * a.mass * (a.vx * a.vx + a.vy * a.vy + a.vz * a.vz);
            for (int j = i + 1; j < bodies.length; j++) {
                Body b = bodies[j];
                double dx = a.x - b.x;
                double dy = a.y - b.y;
                double dz = a.z - b.z;
                e -= (a.mass * b.mass) / Math.sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static void advance(Body[] bodies, double dt) {
        int n = bodies.length;
        for (int i = 0; i < n; i++) {
            Body a = bodies[i];
            for (int j = i + 1; j < n; j++) {
                Body b = bodies[j];
                double dx = a.x - b.x;
                double dy = a.y - b.y;
                double dz = a.z - b.z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.sqrt(d2));
                double bm = b.mass * mag;
                a.vx -= dx * bm;
                a.vy -= dy * bm;
                a.vz -= dz * bm;
                double am = a.mass * mag;
                b.vx += dx * am;
                b.vy += dy * am;
                b.vz += dz * am;
            }
        }
        for (int i = 0; i < n; i++) {
            Body a = bodies[i];
            a.x += dt * a.vx;
            a.y += dt * a.vy;
            a.z += dt * a.vz;
        }
    }

    // v rounded to 9 decimals (Math.round semantics), as fixed-point text.
    static String fixed9(double v) {
        long r = Math.round(v * 1e9);
        String sign = "";
        if (r < 0) {
            sign = "-";
            r = -r;
        }
        String frac = "" + (r % 1000000000L);
        while (frac.length() < 9) frac = "0" + frac;
        return sign + (r / 1000000000L) + "." + frac;
    }

    public static void main(String[] args) {
        int steps = 5000000;
        if (args.length > 0) steps = Integer.parseInt(args[0]);
        Body[] bodies = makeSystem();
        offsetMomentum(bodies);
        System.out.println(fixed9(energy(bodies)));
        for (int i = 0; i < steps; i++) advance(bodies, 0.01);
        System.out.println(fixed9(energy(bodies)));
    }
}
