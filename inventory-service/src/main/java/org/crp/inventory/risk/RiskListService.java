package org.crp.inventory.risk;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.crp.common.paging.Page;
import org.crp.common.paging.PageRequest;
import org.crp.common.problem.ApiException;
import org.crp.common.problem.Problem;
import org.crp.common.web.ETags;
import org.crp.common.web.Echo;
import org.crp.inventory.device.IpAddress;
import org.crp.inventory.history.History;
import org.crp.inventory.history.History.HistoryView;
import org.crp.inventory.risk.RiskListDtos.RiskListRequest;
import org.crp.inventory.risk.RiskListDtos.RiskListView;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Changes to the risk lists: checked and normalised, written under a row lock after the If-Match
 * check, kept in history, then loaded into {@link RiskLists} and announced so that every device
 * is re-scored.
 */
@ApplicationScoped
public class RiskListService {

    static final int MAX_ENTRIES = 1000;
    private static final Logger LOG = Logger.getLogger(RiskListService.class);
    private static final Set<String> COUNTRIES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private final RiskLists lists;
    private final History history;
    private final Event<RiskListChanged> changed;

    RiskListService(RiskLists lists, History history, Event<RiskListChanged> changed) {
        this.lists = lists;
        this.history = history;
        this.changed = changed;
    }

    @Transactional
    public List<RiskListView> all() {
        return Arrays.stream(RiskListKind.values()).map(this::require).map(RiskListView::of).toList();
    }

    @Transactional
    public RiskListView get(RiskListKind kind) {
        return RiskListView.of(require(kind));
    }

    @Transactional
    public Page<HistoryView> history(RiskListKind kind, PageRequest page) {
        return history.of(List.of(History.RISK_LIST), require(kind).id, page);
    }

    /** Replaces a list's entries; If-Match is required, as a list is replaced whole and a lost update would go unseen. */
    public RiskListView replace(RiskListKind kind, String ifMatch, RiskListRequest request) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(428, "precondition-required", "Precondition required", "Send If-Match with the version"
                    + " of the list you read (GET /api/inventory/risk/lists/" + kind.slug() + "), so that a change made"
                    + " meanwhile is not overwritten", null);
        }
        List<String> entries = kind == RiskListKind.COUNTRIES_OF_CONCERN ? countries(request.entries())
                : destinations(request.entries());
        record Outcome(RiskListView view, boolean changed) {
        }
        Outcome outcome = QuarkusTransaction.requiringNew().call(() -> {
            RiskList list = RiskList.<RiskList>find("name", kind.slug()).withLock(LockModeType.PESSIMISTIC_WRITE)
                    .firstResultOptional().orElseThrow(() -> ApiException.notFound("Risk list", kind.slug()));
            ETags.requireMatch(ifMatch, list.version);
            List<String> before = List.copyOf(list.entries);
            if (before.equals(entries)) {
                return new Outcome(RiskListView.of(list), false); // nothing to store, re-score or announce
            }
            list.entries = new ArrayList<>(entries);
            RiskList.getEntityManager().flush();
            Map<String, Object> changes = new LinkedHashMap<>();
            changes.put("entries", Map.of("from", before, "to", entries));
            changes.put("added", entries.stream().filter(e -> !before.contains(e)).toList());
            changes.put("removed", before.stream().filter(e -> !entries.contains(e)).toList());
            if (request.note() != null && !request.note().isBlank()) {
                changes.put("note", request.note().strip());
            }
            history.record(History.RISK_LIST, list.id, "UPDATED", changes);
            return new Outcome(RiskListView.of(list), true);
        });
        if (outcome.changed()) {
            lists.refresh();
            String description = kind.slug() + " changed to version " + outcome.view().version();
            RiskListChanged event = new RiskListChanged(kind, outcome.view().version(), description,
                    history.cause("risk list changed: " + description));
            changed.fireAsync(event).exceptionally(e -> {
                LOG.errorf(e, "Re-scoring after %s failed; the change itself stands", event.description());
                return event;
            });
        }
        return outcome.view();
    }

    private RiskList require(RiskListKind kind) {
        return RiskList.<RiskList>find("name", kind.slug()).firstResultOptional()
                .orElseThrow(() -> ApiException.notFound("Risk list", kind.slug()));
    }

    /** Upper-case ISO 3166-1 alpha-2 codes, each once, sorted. */
    static List<String> countries(List<String> raw) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> kept = new java.util.TreeSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String code = raw.get(i) == null ? "" : raw.get(i).strip();
            if (!COUNTRIES.contains(code)) {
                errors.add(new Problem.FieldError("entries[" + i + "]", "'" + Echo.of(code, 64)
                        + "' is not an ISO 3166-1 alpha-2 country code in upper case, such as CN or RU"));
            }
            kept.add(code);
        }
        reject(errors);
        return List.copyOf(kept);
    }

    /** IP addresses, CIDR blocks and host names, normalised (lower case, canonical IP text), each once, in the order given. */
    static List<String> destinations(List<String> raw) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String entry = raw.get(i) == null ? "" : raw.get(i).strip();
            String field = "entries[" + i + "]";
            try {
                kept.add(destination(entry));
            } catch (IllegalArgumentException e) {
                errors.add(new Problem.FieldError(field, "'" + Echo.of(entry, 64) + "' " + e.getMessage()));
            }
        }
        reject(errors);
        return List.copyOf(kept);
    }

    private static String destination(String entry) {
        if (entry.isEmpty()) {
            throw new IllegalArgumentException("is empty; give an IP address, a CIDR block or a host name");
        }
        int slash = entry.indexOf('/');
        if (slash >= 0) {
            String ip = canonical(IpAddress.normalize(entry.substring(0, slash)));
            String prefixText = entry.substring(slash + 1);
            if (ip == null) {
                throw new IllegalArgumentException("is not a CIDR block: the part before / is not an IPv4 or IPv6 address");
            }
            byte[] address = bytes(ip);
            int bits = address.length * 8;
            if (!prefixText.matches("\\d{1,3}") || Integer.parseInt(prefixText) > bits) {
                throw new IllegalArgumentException("is not a CIDR block: the prefix length must be 0 to " + bits);
            }
            int prefix = Integer.parseInt(prefixText);
            BigInteger value = new BigInteger(1, address);
            BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
            if (!value.and(hostMask).equals(BigInteger.ZERO)) {
                throw new IllegalArgumentException("has host bits set; the block starts at "
                        + canonical(text(value.andNot(hostMask), address.length)) + "/" + prefix);
            }
            return ip + "/" + prefix;
        }
        String ip = canonical(IpAddress.normalize(entry));
        if (ip != null) {
            return ip;
        }
        String host = entry.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.startsWith("*.")) {
            throw new IllegalArgumentException("is a wildcard; list each host name exactly");
        }
        if (host.length() > 253 || host.matches("[0-9.]+") || !Arrays.stream(host.split("\\.", -1)).allMatch(l -> LABEL.matcher(l).matches())) {
            throw new IllegalArgumentException("is neither an IP address, a CIDR block (such as 10.0.0.0/8) nor a host name"
                    + " (letters, digits and hyphens in dot-separated labels)");
        }
        return host;
    }

    /** IPv6 in the RFC 5952 form people write (fc00::/7, not fc00:0:0:0:0:0:0:0/7); IPv4 as it is. */
    static String canonical(String ip) {
        if (ip == null || ip.indexOf(':') < 0) {
            return ip;
        }
        String[] groups = ip.toLowerCase(Locale.ROOT).split(":");
        int bestStart = -1;
        int bestLength = 1; // a single zero group is not shortened
        for (int i = 0; i < groups.length; i++) {
            int j = i;
            while (j < groups.length && groups[j].equals("0")) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = Math.max(i, j);
        }
        if (bestStart < 0) {
            return String.join(":", groups);
        }
        String head = String.join(":", Arrays.copyOfRange(groups, 0, bestStart));
        String tail = String.join(":", Arrays.copyOfRange(groups, bestStart + bestLength, groups.length));
        return head + "::" + tail;
    }

    private static byte[] bytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress(); // a literal: no lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("is not an IP address");
        }
    }

    private static String text(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] address = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, address, length - copy, copy);
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void reject(List<Problem.FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ApiException(400, "validation", "Invalid request", errors.size() + " entr"
                    + (errors.size() == 1 ? "y is" : "ies are") + " not valid; nothing was changed: "
                    + errors.get(0).field() + " " + errors.get(0).message(), errors);
        }
    }
}
