package net.mspbridge.host.sandbox.seed;

import java.util.List;
import java.util.Optional;

/**
 * The mapping that fits the sandbox data, as plain values, so a host can pre-wire a plugin's
 * settings without knowing anything about Kaspersky or Autotask itself.
 *
 * @param billByCategory whether services are mapped per device category
 */
public record DemoMapping(List<CustomerLink> customers, List<ServiceLink> services, boolean billByCategory) {

    public DemoMapping {
        customers = List.copyOf(customers);
        services = List.copyOf(services);
    }

    /** The service an application's devices of a category go to: the category's link, else the application's. */
    public Optional<ServiceLink> serviceFor(String applicationId, String category) {
        Optional<ServiceLink> exact = services.stream()
                .filter(s -> s.applicationId().equals(applicationId) && category != null && category.equals(s.category()))
                .findFirst();
        return exact.isPresent() ? exact
                : services.stream().filter(s -> s.applicationId().equals(applicationId) && s.category() == null).findFirst();
    }
}
