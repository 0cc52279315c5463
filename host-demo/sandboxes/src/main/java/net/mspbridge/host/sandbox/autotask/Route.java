package net.mspbridge.host.sandbox.autotask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a request goes: its action, entity and endpoint name (the entity path as Autotask spells
 * it, which is also the unit of the thread limit). Paths match without regard to case.
 */
record Route(Action action, EntityKind kind, Long id, String endpoint) {

    static final String PREFIX = "/atservicesrest/v1.0/";

    enum Action {
        ZONE, THRESHOLD, QUERY, QUERY_NEXT, COUNT, GET_BY_ID, CREATE, ENTITY_INFO, FIELDS, UDF_FIELDS,
        /** The entity exists but not this method on it: 405. */
        NOT_ALLOWED,
        /** Nothing here: 404. */
        UNKNOWN
    }

    static Route of(String method, String rawPath) {
        String path = rawPath.toLowerCase(Locale.ROOT);
        if (!path.startsWith(PREFIX)) {
            return new Route(Action.UNKNOWN, null, null, "(unknown)");
        }
        List<String> parts = new ArrayList<>(List.of(path.substring(PREFIX.length()).split("/")));
        parts.removeIf(String::isEmpty);
        if (parts.isEmpty()) {
            return new Route(Action.UNKNOWN, null, null, "(unknown)");
        }
        boolean get = method.equals("GET");
        boolean post = method.equals("POST");
        if (parts.size() == 1 && parts.get(0).equals("zoneinformation")) {
            return new Route(get ? Action.ZONE : Action.NOT_ALLOWED, null, null, "zoneInformation");
        }
        if (parts.size() == 1 && parts.get(0).equals("thresholdinformation")) {
            return new Route(get ? Action.THRESHOLD : Action.NOT_ALLOWED, null, null, "ThresholdInformation");
        }
        // The child path for adjustments: Contracts/{id}/ServiceAdjustments[/entityInformation[/fields]]
        if (parts.size() >= 3 && parts.get(0).equals("contracts") && isNumber(parts.get(1))
                && parts.get(2).equals("serviceadjustments")) {
            EntityKind kind = EntityKind.CONTRACT_SERVICE_ADJUSTMENTS;
            Long contractId = Long.parseLong(parts.get(1));
            List<String> rest = parts.subList(3, parts.size());
            if (rest.isEmpty()) {
                return new Route(post ? Action.CREATE : Action.NOT_ALLOWED, kind, contractId, kind.path);
            }
            return info(kind, rest, get);
        }
        EntityKind kind = EntityKind.byPath(parts.get(0)).orElse(null);
        if (kind == null) {
            return new Route(Action.UNKNOWN, null, null, "(unknown)");
        }
        List<String> rest = parts.subList(1, parts.size());
        if (rest.isEmpty()) {
            return new Route(post && kind.canCreate ? Action.CREATE : Action.NOT_ALLOWED, kind, null, kind.path);
        }
        String first = rest.get(0);
        if (first.equals("entityinformation")) {
            return info(kind, rest, get);
        }
        if (!kind.canQuery && (first.equals("query") || isNumber(first))) {
            return new Route(Action.NOT_ALLOWED, kind, null, kind.path);
        }
        if (first.equals("query") && (get || post)) {
            if (rest.size() == 1) {
                return new Route(Action.QUERY, kind, null, kind.path);
            }
            if (rest.size() == 2 && rest.get(1).equals("count")) {
                return new Route(Action.COUNT, kind, null, kind.path);
            }
            if (rest.size() == 2 && rest.get(1).equals("next")) {
                return new Route(Action.QUERY_NEXT, kind, null, kind.path);
            }
            return new Route(Action.UNKNOWN, kind, null, kind.path);
        }
        if (rest.size() == 1 && isNumber(first)) {
            return new Route(get ? Action.GET_BY_ID : Action.NOT_ALLOWED, kind, Long.parseLong(first), kind.path);
        }
        return new Route(Action.UNKNOWN, kind, null, kind.path);
    }

    private static Route info(EntityKind kind, List<String> rest, boolean get) {
        Action action;
        if (rest.size() == 1) {
            action = Action.ENTITY_INFO;
        } else if (rest.size() == 2 && rest.get(1).equals("fields")) {
            action = Action.FIELDS;
        } else if (rest.size() == 2 && rest.get(1).equals("userdefinedfields")) {
            action = Action.UDF_FIELDS;
        } else {
            return new Route(Action.UNKNOWN, kind, null, kind.path);
        }
        return new Route(get ? action : Action.NOT_ALLOWED, kind, null, kind.path);
    }

    private static boolean isNumber(String text) {
        return text.matches("-?\\d{1,18}");
    }
}
