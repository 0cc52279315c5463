package net.mspbridge.host.evidence;

import java.util.List;

/**
 * A page of evidence rows.
 *
 * @param rows   the rows, by device name
 * @param total  how many rows match in all
 * @param units  the units of all matching rows
 * @param offset where this page starts
 */
public record EvidencePage(List<EvidenceRow> rows, long total, long units, int offset) {

    public EvidencePage {
        rows = List.copyOf(rows);
    }
}
