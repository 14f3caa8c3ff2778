package vn.danvan.documents;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.danvan.platform.engine.StepSupport;

/** An officer's name as a document prints it (Vietnamese order: family and middle names, then given name). */
@Component
class Officers {

    private final IdentityService identityService;

    Officers(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** @return the full name, the user id if the directory has none, or null for steps no officer took */
    String nameOf(String userId) {
        if (userId == null || StepSupport.SYSTEM.equals(userId) || userId.startsWith("kafka:")) {
            return null;
        }
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }
}
