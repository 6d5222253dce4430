package vn.motcua.engine;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Every query of ours on the engine's own tables ({@code ACT_RU_*}), in one place, so an engine upgrade has one file to
 * check. The tables read here (tasks, their identity links, executions, jobs and job definitions) are part of
 * Camunda's documented database schema. The engine's own queries answer the same questions, but without the business
 * key and the candidate group, at a process instance query per list and an identity link and variable query per task.
 */
@Mapper
public interface EngineTables {

    /** How many open tasks offered to any of these groups nobody has claimed. */
    int unclaimedTasksOfferedTo(@Param("groups") Collection<String> groups);

    /** The open tasks offered to any of these groups, oldest first; of one dossier only, when its code is given. */
    List<OpenTask> openTasksOfferedTo(
            @Param("groups") Collection<String> groups,
            @Param("dossierCode") String dossierCode,
            @Param("limit") int limit);

    /** One open task, without its dossier's columns, or {@code null} once it is completed or gone. */
    OpenTask openTask(String taskId);

    /** The due instants of the timers waiting at {@code activityId} in these process instances. */
    List<TimerDue> timersWaitingAt(
            @Param("processInstanceIds") Collection<String> processInstanceIds, @Param("activityId") String activityId);

    /**
     * An open task with its candidate group and its dossier's code (the business key of its process instance). The
     * dossier's columns are null for a task without a dossier, and in {@link #openTask}'s answer.
     */
    record OpenTask(
            String id,
            String taskKey,
            String name,
            String processDefinitionId,
            String assignee,
            Instant createdAt,
            String candidateGroup,
            String dossierCode,
            String procedureCode,
            String dossierStatus,
            Instant dossierDueAt,
            boolean dossierFlaggedOverdue) {}

    /** A timer job of a process instance and when it fires. */
    record TimerDue(String processInstanceId, Instant dueAt) {}
}
