package net.mspbridge.host.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with a request body that is not JSON, said in the request's own terms (where, and
 * what kind of mistake), never in the parser's: its messages name its token types and classes.
 * Nothing of the body is quoted back but a duplicated property's name.
 */
final class JsonProblem {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.{1,60})'");

    private JsonProblem() {
    }

    static String describe(JsonProcessingException e) {
        String where = where(e.getLocation());
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            return "it ends before the JSON is complete (a string, object or array is not closed)" + where;
        }
        if (e instanceof StreamConstraintsException) {
            return "it is nested too deeply, or holds a number or text too long to accept";
        }
        if (e instanceof MismatchedInputException) {
            return "there is more after the JSON object" + where + "; send one object only";
        }
        Matcher duplicate = DUPLICATE.matcher(original);
        if (duplicate.find()) {
            return "the property '" + duplicate.group(1) + "' is given twice" + where;
        }
        return "unexpected text" + where + " (property names and strings need double quotes; values are strings, "
                + "numbers, true, false, null, objects or arrays)";
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }
}
