package net.mspbridge.host.sandbox.autotask;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Entities as rows: field name (camelCase, as on the wire) to value, in the entity's field order. */
final class Rows {

    private Rows() {
    }

    static Map<String, Object> company(AtCompany c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("companyName", c.companyName());
        row.put("companyNumber", c.companyNumber());
        row.put("companyType", (long) c.companyType());
        row.put("isActive", c.isActive());
        row.put("phone", c.phone());
        row.put("city", c.city());
        row.put("webAddress", c.webAddress());
        row.put("createDate", c.createDate());
        row.put("currencyID", c.currencyID());
        row.put("userDefinedFields", List.of());
        return row;
    }

    static Map<String, Object> currency(AtCurrency c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("name", c.name());
        row.put("description", c.description());
        row.put("currencyPositiveFormat", c.positiveFormat());
        row.put("currencyNegativeFormat", c.negativeFormat());
        row.put("exchangeRate", c.exchangeRate());
        row.put("isActive", c.isActive());
        row.put("isInternalCurrency", c.isInternalCurrency());
        return row;
    }

    static Map<String, Object> service(AtService s) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", s.id());
        row.put("name", s.name());
        row.put("description", s.description());
        row.put("invoiceDescription", s.invoiceDescription());
        row.put("isActive", s.isActive());
        row.put("periodType", (long) s.periodType());
        row.put("unitPrice", s.unitPrice());
        row.put("unitCost", s.unitCost());
        row.put("vendorCompanyID", s.vendorCompanyID());
        row.put("sku", s.sku());
        row.put("userDefinedFields", List.of());
        return row;
    }

    static Map<String, Object> contract(AtContract c) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", c.id());
        row.put("companyID", c.companyID());
        row.put("contractName", c.contractName());
        row.put("contractNumber", c.contractNumber());
        row.put("contractType", (long) c.contractType());
        row.put("status", (long) c.status());
        row.put("startDate", c.startDate());
        row.put("endDate", c.endDate());
        row.put("contractPeriodType", (long) c.contractPeriodType());
        row.put("isDefaultContract", c.isDefaultContract());
        row.put("userDefinedFields", List.of());
        return row;
    }

    static Map<String, Object> contractService(AtContractService cs) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", cs.id());
        row.put("contractID", cs.contractID());
        row.put("serviceID", cs.serviceID());
        row.put("unitPrice", cs.unitPrice());
        row.put("unitCost", cs.unitCost());
        row.put("internalCurrencyUnitPrice", cs.unitPrice());
        row.put("invoiceDescription", cs.invoiceDescription());
        row.put("quoteItemID", null);
        return row;
    }

    /** One ContractServiceUnits row: a period (or the part of one between changes) and its units. */
    static Map<String, Object> unitRow(long id, AtContractService cs, LocalDate start, LocalDate end, int units,
                                       Long vendorCompanyId) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", id);
        row.put("contractID", cs.contractID());
        row.put("contractServiceID", cs.id());
        row.put("serviceID", cs.serviceID());
        row.put("startDate", start);
        row.put("endDate", end);
        row.put("units", (long) units);
        row.put("price", cs.unitPrice());
        row.put("cost", cs.unitCost());
        row.put("internalCurrencyPrice", cs.unitPrice());
        row.put("approveAndPostDate", null);
        row.put("vendorCompanyID", vendorCompanyId);
        return row;
    }
}
