package net.mspbridge.host.sandbox.autotask;

import static net.mspbridge.host.sandbox.autotask.FieldDef.Type.BOOLEAN;
import static net.mspbridge.host.sandbox.autotask.FieldDef.Type.DATETIME;
import static net.mspbridge.host.sandbox.autotask.FieldDef.Type.DECIMAL;
import static net.mspbridge.host.sandbox.autotask.FieldDef.Type.INTEGER;
import static net.mspbridge.host.sandbox.autotask.FieldDef.Type.LONG;
import static net.mspbridge.host.sandbox.autotask.FieldDef.Type.STRING;
import static net.mspbridge.host.sandbox.autotask.FieldDef.Type.UDF_LIST;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The entities the sandbox serves, with their REST path, the entity name {@code entityInformation}
 * reports, what may be done with them and their fields (camelCase, as the wire has them).
 */
enum EntityKind {

    COMPANIES("Companies", "Account", true, false, List.of(
            FieldDef.of("id", LONG).asReadOnly(),
            FieldDef.of("companyName", STRING).asRequired(),
            FieldDef.of("companyNumber", STRING),
            FieldDef.of("companyType", INTEGER).asRequired().picklist(PicklistValues.COMPANY_TYPES),
            FieldDef.of("isActive", BOOLEAN),
            FieldDef.of("phone", STRING).asRequired(),
            FieldDef.of("city", STRING),
            FieldDef.of("webAddress", STRING),
            FieldDef.of("createDate", DATETIME).asReadOnly(),
            FieldDef.of("currencyID", INTEGER).references("Currency"),
            FieldDef.of("userDefinedFields", UDF_LIST))),

    CURRENCIES("Currencies", "Currency", true, false, List.of(
            FieldDef.of("id", LONG).asReadOnly(),
            FieldDef.of("name", STRING).asReadOnly(),
            FieldDef.of("description", STRING).asReadOnly(),
            FieldDef.of("currencyPositiveFormat", STRING).asReadOnly(),
            FieldDef.of("currencyNegativeFormat", STRING).asReadOnly(),
            FieldDef.of("exchangeRate", DECIMAL),
            FieldDef.of("isActive", BOOLEAN).asReadOnly(),
            FieldDef.of("isInternalCurrency", BOOLEAN).asReadOnly())),

    SERVICES("Services", "Service", true, false, List.of(
            FieldDef.of("id", LONG).asReadOnly(),
            FieldDef.of("name", STRING).asRequired(),
            FieldDef.of("description", STRING),
            FieldDef.of("invoiceDescription", STRING),
            FieldDef.of("isActive", BOOLEAN),
            FieldDef.of("periodType", INTEGER).asRequired().picklist(PicklistValues.PERIOD_TYPES),
            FieldDef.of("unitPrice", DECIMAL).asRequired(),
            FieldDef.of("unitCost", DECIMAL),
            FieldDef.of("vendorCompanyID", INTEGER).references("Company"),
            FieldDef.of("sku", STRING),
            FieldDef.of("userDefinedFields", UDF_LIST))),

    CONTRACTS("Contracts", "Contract", true, false, List.of(
            FieldDef.of("id", LONG).asReadOnly(),
            FieldDef.of("companyID", INTEGER).asRequired().references("Company"),
            FieldDef.of("contractName", STRING).asRequired(),
            FieldDef.of("contractNumber", STRING),
            FieldDef.of("contractType", INTEGER).asRequired().picklist(PicklistValues.CONTRACT_TYPES),
            FieldDef.of("status", INTEGER).asRequired().picklist(PicklistValues.STATUSES),
            FieldDef.of("startDate", DATETIME).asRequired(),
            FieldDef.of("endDate", DATETIME).asRequired(),
            FieldDef.of("contractPeriodType", INTEGER).picklist(PicklistValues.CONTRACT_PERIOD_TYPES),
            FieldDef.of("isDefaultContract", BOOLEAN),
            FieldDef.of("userDefinedFields", UDF_LIST))),

    CONTRACT_SERVICES("ContractServices", "ContractService", true, false, List.of(
            FieldDef.of("id", LONG).asReadOnly(),
            FieldDef.of("contractID", INTEGER).asRequired().references("Contract"),
            FieldDef.of("serviceID", INTEGER).asRequired().references("Service"),
            FieldDef.of("unitPrice", DECIMAL),
            FieldDef.of("unitCost", DECIMAL),
            FieldDef.of("internalCurrencyUnitPrice", DECIMAL).asReadOnly(),
            FieldDef.of("invoiceDescription", STRING),
            FieldDef.of("quoteItemID", INTEGER))),

    CONTRACT_SERVICE_UNITS("ContractServiceUnits", "ContractServiceUnit", true, false, List.of(
            FieldDef.of("id", LONG).asReadOnly(),
            FieldDef.of("contractID", INTEGER).asReadOnly().references("Contract"),
            FieldDef.of("contractServiceID", INTEGER).asReadOnly().references("ContractService"),
            FieldDef.of("serviceID", INTEGER).asReadOnly().references("Service"),
            FieldDef.of("startDate", DATETIME).asReadOnly(),
            FieldDef.of("endDate", DATETIME).asReadOnly(),
            FieldDef.of("units", INTEGER).asReadOnly(),
            FieldDef.of("price", DECIMAL).asReadOnly(),
            FieldDef.of("cost", DECIMAL).asReadOnly(),
            FieldDef.of("internalCurrencyPrice", DECIMAL).asReadOnly(),
            FieldDef.of("approveAndPostDate", DATETIME).asReadOnly(),
            FieldDef.of("vendorCompanyID", INTEGER).asReadOnly().references("Company"))),

    CONTRACT_SERVICE_ADJUSTMENTS("ContractServiceAdjustments", "ContractServiceAdjustment", false, true, List.of(
            FieldDef.of("id", LONG).asReadOnly(),
            FieldDef.of("contractID", INTEGER).asRequired().references("Contract"),
            FieldDef.of("serviceID", INTEGER).references("Service"),
            FieldDef.of("contractServiceID", INTEGER).references("ContractService"),
            FieldDef.of("effectiveDate", DATETIME).asRequired(),
            FieldDef.of("unitChange", INTEGER).asRequired(),
            FieldDef.of("adjustedUnitPrice", DECIMAL),
            FieldDef.of("adjustedUnitCost", DECIMAL),
            FieldDef.of("allowRepeatService", BOOLEAN),
            FieldDef.of("quoteItemID", INTEGER)));

    final String path;
    final String entityName;
    final boolean canQuery;
    final boolean canCreate;
    final List<FieldDef> fields;
    private final Map<String, FieldDef> byLowerName;

    EntityKind(String path, String entityName, boolean canQuery, boolean canCreate, List<FieldDef> fields) {
        this.path = path;
        this.entityName = entityName;
        this.canQuery = canQuery;
        this.canCreate = canCreate;
        this.fields = fields;
        Map<String, FieldDef> map = new LinkedHashMap<>();
        fields.forEach(f -> map.put(f.name().toLowerCase(Locale.ROOT), f));
        this.byLowerName = map;
    }

    /** The entity served at this path segment, matched without regard to case. */
    static Optional<EntityKind> byPath(String segment) {
        return Arrays.stream(values()).filter(k -> k.path.equalsIgnoreCase(segment)).findFirst();
    }

    /** A field by name, without regard to case (as Autotask matches filter fields). */
    Optional<FieldDef> field(String name) {
        return Optional.ofNullable(byLowerName.get(name.toLowerCase(Locale.ROOT)));
    }
}
