package org.crp.common.web;

import jakarta.ws.rs.core.EntityTag;

import org.crp.common.problem.ApiException;

/** A record's optimistic-lock version is its ETag; {@code If-Match} with an older one is refused. */
public final class ETags {

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Passes when no {@code If-Match} was sent or it names the current version ("3", W/"3", 3 or *): 412 for
     * another version, 400 for a value that is no version at all.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return;
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        if (tag.isEmpty() || tag.length() > 19 || !tag.chars().allMatch(Character::isDigit)) {
            throw ApiException.badRequest("If-Match", "'" + Echo.of(ifMatch.strip(), 40)
                    + "' is not a version of this record: send the ETag you read (such as \"3\")");
        }
        if (!tag.equals(Long.toString(currentVersion))) {
            throw ApiException.preconditionFailed("The record changed since you read it (If-Match " + ifMatch.strip()
                    + ", current version " + currentVersion + "); read it again and retry");
        }
    }
}
