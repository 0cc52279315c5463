package net.mspbridge.host.evidence;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * CSV cells as the host's exports write them: RFC 4180 quoting (https://www.rfc-editor.org/rfc/rfc4180),
 * CRLF line ends, and a text cell that a spreadsheet would take for a formula (starting with
 * {@code = + - @}, tab or carriage return) given a leading apostrophe, as OWASP advises against CSV
 * injection (https://owasp.org/www-community/attacks/CSV_Injection): names come from other systems.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** One row: the cells quoted where needed, joined by commas, ending in CRLF. */
    public static String row(Stream<String> cells) {
        return cells.map(CsvCells::quoted).collect(Collectors.joining(",")) + "\r\n";
    }

    /** A text cell from another system, defused if a spreadsheet would run it as a formula. */
    public static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
