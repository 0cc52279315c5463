package net.mspbridge.integration.billing;

import net.mspbridge.api.billing.Ref;

/** What the lines of one contract share. */
record LineRefs(Ref customer, Ref company, Ref contract) {

    /** "Company / Contract / Service", for problems about one line. */
    String subject(LineService service) {
        return PlannedLine.label(company) + " / " + PlannedLine.label(contract) + " / " + PlannedLine.label(service.ref());
    }
}
