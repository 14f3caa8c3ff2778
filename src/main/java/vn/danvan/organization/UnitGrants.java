package vn.danvan.organization;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Service;

/** Grants Camunda permissions to unit groups, idempotently (safe to call at every start). */
@Service
public class UnitGrants {

    private final AuthorizationService authorizationService;

    UnitGrants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    public void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
        boolean isNew = authorization == null;
        if (isNew) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        }
        boolean changed = isNew;
        for (Permission permission : permissions) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizationService.saveAuthorization(authorization);
        }
    }

    /**
     * The unit's officers may start the process: read its definition and create instances of it (an
     * instance needs both grants, on the definition and on instances).
     */
    public void mayStart(String groupId, String processKey) {
        grant(groupId, Resources.PROCESS_DEFINITION, processKey, ProcessDefinitionPermissions.CREATE_INSTANCE,
                Permissions.READ);
        grant(groupId, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
    }
}
