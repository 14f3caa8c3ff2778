package vn.danvan.notification;

/** How a message reaches the citizen; the Vietnamese name goes on the case's timeline. */
enum Channel {
    EMAIL("thư điện tử"),
    SMS("tin nhắn SMS"),
    ZALO("tin nhắn Zalo");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
