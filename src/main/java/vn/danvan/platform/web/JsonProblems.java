package vn.danvan.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;

/**
 * Words for what was wrong with a JSON body or event, shared by the REST answers and the Kafka
 * dead-letter reasons so that both name the same fault the same way.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /**
     * A body cut short or not JSON at all: Jackson reports it from inside the field it was reading,
     * but the fault is the body's, not that field's.
     */
    public static boolean isSyntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException || t instanceof StreamConstraintsException) {
                return true;
            }
        }
        return false;
    }

    /** What is wrong with a field's value, without Jackson's class names. */
    public static String describe(JsonMappingException mapping) {
        if (mapping instanceof NulCharacterException) {
            return NulCharacterException.MESSAGE;
        }
        if (mapping instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + Arrays.toString(format.getTargetType().getEnumConstants());
        }
        return "has the wrong type or format";
    }

    /** " (line L, column C)" where the parser stopped, or nothing. */
    public static String location(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonProcessingException processing && processing.getLocation() != null) {
                return " (line " + processing.getLocation().getLineNr() + ", column "
                        + processing.getLocation().getColumnNr() + ")";
            }
        }
        return "";
    }
}
