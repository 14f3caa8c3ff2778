package vn.danvan.organization;

/** No unit with that code. */
class UnitNotFoundException extends RuntimeException {

    UnitNotFoundException(String code) {
        super("No unit " + code);
    }
}
