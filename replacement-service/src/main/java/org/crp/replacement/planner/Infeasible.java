package org.crp.replacement.planner;

/** The programme cannot be planned; {@code rule} names the hard rule that blocks it. */
public class Infeasible extends RuntimeException {
    private final String rule;

    public Infeasible(String rule, String message) {
        super(message);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }
}
