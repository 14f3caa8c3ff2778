package vn.danvan.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every officer sees. They select by the signed-in user's own groups, so one
 * set of filters serves every unit and shows each officer only their unit's work.
 */
@Component
class TaskFilters {

    static final String UNIT_WORK = "Việc của đơn vị";
    static final String DUE_SOON = "Sắp đến hạn";
    static final String OVERDUE = "Quá hạn";

    private final FilterService filterService;
    private final TaskService taskService;
    private final AuthorizationService authorizationService;

    TaskFilters(FilterService filterService, TaskService taskService, AuthorizationService authorizationService) {
        this.filterService = filterService;
        this.taskService = taskService;
        this.authorizationService = authorizationService;
    }

    void ensureFilters() {
        ensure(UNIT_WORK, -10, "#2e7d32", "Mọi việc giao cho đơn vị của tôi", unitTasks());
        ensure(DUE_SOON, -5, "#f9a825", "Việc đến hạn trong 3 ngày tới",
                unitTasks().dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(3).toDate()}"));
        ensure(OVERDUE, 0, "#c62828", "Việc đã quá hạn", unitTasks().dueBeforeExpression("${now()}"));
    }

    private TaskQuery unitTasks() {
        return taskService.createTaskQuery()
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .orderByDueDate().asc();
    }

    private void ensure(String name, int priority, String color, String description, TaskQuery query) {
        Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filterService.newTaskFilter(name);
        }
        filter.setQuery(query);
        filter.setProperties(properties(priority, color, description));
        filterService.saveFilter(filter);
        grantReadToEveryone(filter.getId());
    }

    private static Map<String, Object> properties(int priority, String color, String description) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("color", color);
        properties.put("description", description);
        properties.put("refresh", true);
        List<Map<String, String>> variables = new ArrayList<>();
        variables.add(Map.of("name", "caseId", "label", "Mã hồ sơ"));
        variables.add(Map.of("name", "subject", "label", "Nội dung chính"));
        properties.put("variables", variables);
        return properties;
    }

    /** The filters only select tasks the user may see anyway, so every signed-in user may read them. */
    private void grantReadToEveryone(String filterId) {
        long existing = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(filterId).count();
        if (existing > 0) {
            return;
        }
        Authorization authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
        authorization.setUserId(Authorization.ANY);
        authorization.setResource(Resources.FILTER);
        authorization.setResourceId(filterId);
        authorization.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(authorization);
    }
}
