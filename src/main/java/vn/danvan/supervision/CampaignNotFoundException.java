package vn.danvan.supervision;

/** No such campaign or recommendation, or the caller may not see it: answered 404 either way. */
class CampaignNotFoundException extends RuntimeException {

    CampaignNotFoundException(String id) {
        super("No such campaign or recommendation: " + id);
    }
}
