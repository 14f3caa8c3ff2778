package vn.danvan.platform.engine;

import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.CachedDbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityState;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Camunda's default task permissions, without the look-up that a task created in this very
 * transaction cannot need. A candidate group is granted its task through an authorization row of
 * that task (Camunda 7 has no other way for Tasklist to show a unit's tasks to that unit only); the
 * default provider first looks for an existing row of the task, which for a task that did not exist
 * a moment ago is one round trip per task for nothing (measured: docs/benchmarks.md).
 */
@Component
class NewTaskAuthorizations extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new Provider());
    }

    static final class Provider extends DefaultAuthorizationProvider {

        @Override
        protected AuthorizationEntity getGrantAuthorizationByGroupId(String groupId, Resource resource, String resourceId) {
            return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByGroupId(groupId, resource, resourceId);
        }

        @Override
        protected AuthorizationEntity getGrantAuthorizationByUserId(String userId, Resource resource, String resourceId) {
            return isNewTask(resource, resourceId) ? null : super.getGrantAuthorizationByUserId(userId, resource, resourceId);
        }

        /** A task inserted in this command: no stored authorization can name it yet. */
        private static boolean isNewTask(Resource resource, String taskId) {
            if (resource.resourceType() != Resources.TASK.resourceType()
                    && resource.resourceType() != Resources.HISTORIC_TASK.resourceType()) {
                return false;
            }
            CachedDbEntity cached = Context.getCommandContext().getDbEntityManager().getDbEntityCache()
                    .getCachedEntity(TaskEntity.class, taskId);
            return cached != null && cached.getEntityState() == DbEntityState.TRANSIENT;
        }
    }
}
