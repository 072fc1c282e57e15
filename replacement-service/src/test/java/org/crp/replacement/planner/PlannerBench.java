package org.crp.replacement.planner;

import java.util.Locale;

/**
 * Times the planner on generated instances shaped like the programme's target (100,000 cameras,
 * 1,000 sites, 30 vendors). Not a test: run it from the module with
 * {@code java -cp target/classes:target/test-classes:$(cat target/bench.cp) org.crp.replacement.planner.PlannerBench}.
 */
public final class PlannerBench {

    private PlannerBench() {
    }

    public static void main(String[] args) {
        int devices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int sites = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        int vendors = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        int regions = args.length > 3 ? Integer.parseInt(args[3]) : 17;
        int runs = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        System.out.printf(Locale.ROOT, "devices=%d sites=%d vendors=%d regions=%d%n", devices, sites, vendors, regions);
        for (int run = 0; run < runs; run++) {
            PlanProblem problem = Instances.generate(42 + run, devices, sites, vendors, regions);
            long start = System.nanoTime();
            Plan plan = Planner.plan(problem);
            long millis = (System.nanoTime() - start) / 1_000_000;
            PlanFigures f = plan.figures();
            System.out.printf(Locale.ROOT,
                    "run %d: %d ms (planner %d ms incl. checker), scheduled %d/%d, makespan %d d, lower bound %d d, gap %.2f%%, "
                            + "utilisation %.3f, hard violations %d%n",
                    run, millis, f.planningMillis(), f.scheduled(), f.devices(), f.makespanDays(), f.lowerBoundDays(),
                    100.0 * (f.makespanDays() - f.lowerBoundDays()) / Math.max(1, f.lowerBoundDays()), f.utilisation(),
                    f.hardViolations());
        }
    }
}
