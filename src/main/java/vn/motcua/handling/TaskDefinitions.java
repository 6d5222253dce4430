package vn.motcua.handling;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.stereotype.Component;

/**
 * Reads candidate groups and allowed outcomes from the deployed models, once per process definition: the models
 * are the one place that says who works a task and how it may end.
 */
@Component
public class TaskDefinitions {

    static final String OUTCOMES_PROPERTY = "outcomes";

    private final RepositoryService repository;
    private final Map<String, Map<String, TaskDefinition>> byProcessDefinition = new ConcurrentHashMap<>();

    TaskDefinitions(RepositoryService repository) {
        this.repository = repository;
    }

    public TaskDefinition of(String processDefinitionId, String taskDefinitionKey) {
        TaskDefinition definition = byProcessDefinition
                .computeIfAbsent(processDefinitionId, this::read)
                .get(taskDefinitionKey);
        if (definition == null) {
            throw new IllegalStateException("No user task " + taskDefinitionKey + " in " + processDefinitionId);
        }
        return definition;
    }

    private Map<String, TaskDefinition> read(String processDefinitionId) {
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        Map<String, TaskDefinition> tasks = new ConcurrentHashMap<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            tasks.put(task.getId(), new TaskDefinition(task.getCamundaCandidateGroups(), outcomes(task)));
        }
        return tasks;
    }

    private static List<String> outcomes(UserTask task) {
        if (task.getExtensionElements() == null) {
            return List.of();
        }
        return task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> OUTCOMES_PROPERTY.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(outcome -> !outcome.isEmpty())
                .toList();
    }
}
