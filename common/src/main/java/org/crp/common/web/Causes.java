package org.crp.common.web;

/** What went wrong in a failed call, told in the innermost cause's own words. */
public final class Causes {

    private Causes() {
    }

    /**
     * The innermost cause's message ("Connection reset", "Connection refused: localhost/127.0.0.1:8081"):
     * the wrappers around it repeat it behind class names ("java.net.SocketException: ..."), which
     * mean nothing to the people who read a delivery's last error.
     */
    public static String innermost(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return message == null || message.isBlank() ? "no answer" : message;
    }
}
