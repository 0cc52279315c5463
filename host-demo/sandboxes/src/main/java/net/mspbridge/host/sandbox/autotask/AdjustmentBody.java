package net.mspbridge.host.sandbox.autotask;

import java.math.BigDecimal;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A parsed {@code ContractServiceAdjustments} create body. Member names match without regard to case.
 *
 * @param serviceID         null when only {@code contractServiceID} was given
 * @param contractServiceID null when only {@code serviceID} was given
 */
record AdjustmentBody(long contractID, Long serviceID, Long contractServiceID, LocalDate effectiveDate,
                         int unitChange, BigDecimal adjustedUnitPrice, BigDecimal adjustedUnitCost) {

    /**
     * @param pathContractId the contract of a {@code /Contracts/{id}/ServiceAdjustments} path, or null
     * @throws AutotaskErrorAnswer (500) naming the missing or malformed field
     */
    static AdjustmentBody parse(JsonNode body, Long pathContractId) {
        if (body == null || !body.isObject()) {
            throw AutotaskErrorAnswer.invalid("The request body must be a ContractServiceAdjustment JSON object.");
        }
        Long contractId = optionalLong(body, "contractID");
        if (pathContractId != null) {
            if (contractId != null && contractId.longValue() != pathContractId.longValue()) {
                throw AutotaskErrorAnswer.invalid("The contractID " + contractId + " in the body does not match the contract " + pathContractId + " in the URL.");
            }
            contractId = pathContractId;
        }
        if (contractId == null) {
            throw AutotaskErrorAnswer.invalid("contractID is required.");
        }
        Long serviceId = optionalLong(body, "serviceID");
        Long contractServiceId = optionalLong(body, "contractServiceID");
        if (serviceId == null && contractServiceId == null) {
            throw AutotaskErrorAnswer.invalid("Either serviceID or contractServiceID is required.");
        }
        JsonNode date = JsonFields.present(body, "effectiveDate");
        if (date == null || !date.isTextual()) {
            throw AutotaskErrorAnswer.invalid("effectiveDate is required.");
        }
        JsonNode change = JsonFields.present(body, "unitChange");
        if (change == null || !change.isIntegralNumber() || !change.canConvertToInt()) {
            throw AutotaskErrorAnswer.invalid("unitChange is required and must be a whole number.");
        }
        return new AdjustmentBody(contractId, serviceId, contractServiceId,
                WireValues.parseDate(date.asText(), "effectiveDate"), change.intValue(),
                optionalDecimal(body, "adjustedUnitPrice"), optionalDecimal(body, "adjustedUnitCost"));
    }

    private static Long optionalLong(JsonNode body, String name) {
        JsonNode node = JsonFields.present(body, name);
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            throw AutotaskErrorAnswer.invalid(name + " must be a whole number, not " + node + ".");
        }
        return node.longValue();
    }

    private static BigDecimal optionalDecimal(JsonNode body, String name) {
        JsonNode node = JsonFields.present(body, name);
        if (node == null) {
            return null;
        }
        if (!node.isNumber()) {
            throw AutotaskErrorAnswer.invalid(name + " must be a number, not " + node + ".");
        }
        return node.decimalValue();
    }
}
