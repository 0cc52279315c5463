package net.mspbridge.host.inventory;

import java.util.List;
import java.util.Map;

import net.mspbridge.api.host.UserSeats;

/**
 * One customer's line on the Inventory page.
 *
 * @param id                  the customer id
 * @param name                the customer name
 * @param devices             how many devices
 * @param windowsWorkstations Windows devices used as workstations
 * @param windowsServers      Windows devices used as servers (virtual machines included)
 * @param otherDevices        every other device (macOS, Linux, mobile)
 * @param applications        for each security application installed, how many devices run it
 *                            under each licence state
 * @param unprotected         devices with no security application
 * @param seats               per-user seats
 */
public record CustomerSummary(
        String id,
        String name,
        int devices,
        int windowsWorkstations,
        int windowsServers,
        int otherDevices,
        Map<String, Map<String, Integer>> applications,
        int unprotected,
        List<UserSeats> seats) {

    public CustomerSummary {
        applications = Map.copyOf(applications);
        seats = List.copyOf(seats);
    }
}
