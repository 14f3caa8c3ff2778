package vn.danvan.platform.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

/** A JSON string holding U+0000, refused while the JSON is read; its path names the field. */
public class NulCharacterException extends InvalidFormatException {

    public static final String MESSAGE = "must not contain the NUL character (U+0000)";

    NulCharacterException(JsonParser parser, String value) {
        super(parser, MESSAGE, value, String.class);
    }
}
