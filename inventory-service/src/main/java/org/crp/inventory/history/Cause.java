package org.crp.inventory.history;

/**
 * Who and which request set off a change the register makes by itself (a re-score), and why: its history entries
 * carry them as an edit's entries carry its own. A change no request caused (another replica's news) is the risk
 * engine's, without a request id.
 */
public record Cause(String subject, String requestId, String why) {

    public static final String ENGINE = "risk-engine";

    public static Cause engine(String why) {
        return new Cause(ENGINE, null, why);
    }
}
