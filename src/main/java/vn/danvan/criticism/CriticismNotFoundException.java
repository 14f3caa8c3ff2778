package vn.danvan.criticism;

/** No such criticism, or the caller may not see it (answered 404 either way). */
class CriticismNotFoundException extends RuntimeException {

    CriticismNotFoundException(String criticismId) {
        super("No criticism " + criticismId);
    }
}
