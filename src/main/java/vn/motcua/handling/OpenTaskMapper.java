package vn.motcua.handling;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierStatus;

/**
 * Open tasks in one query over the engine's runtime tables, each with its candidate group, its dossier's code (the
 * business key of its process instance) and what a task list shows of the dossier. The engine's own task query answers
 * the same without the business key and the group, which then took a process instance query per list, an identity
 * link and a variable query per task, and a query for the dossiers. The runtime tables read here (tasks, their
 * identity links, executions) are part of Camunda's documented database schema.
 */
@Mapper
interface OpenTaskMapper {

    /** The open tasks offered to any of these groups; of one dossier only, when its code is given. */
    List<OpenTask> offeredTo(@Param("groups") Collection<String> groups, @Param("dossierCode") String dossierCode,
            @Param("limit") int limit);

    /** One open task, without its dossier's columns, or {@code null} once it is completed or gone. */
    OpenTask find(String taskId);

    /**
     * An open task as the list needs it; the dossier's columns are null for a task without a dossier, and in
     * {@link #find}'s answer.
     */
    record OpenTask(String id, String taskKey, String name, String processDefinitionId, String assignee,
            Instant createdAt, String candidateGroup, String dossierCode, String procedureCode,
            DossierStatus dossierStatus, Instant dossierDueAt, boolean dossierFlaggedOverdue) {

        boolean dossierOverdue(Instant now) {
            return dossierStatus != null && Dossier.isOverdue(dossierFlaggedOverdue, dossierStatus, dossierDueAt, now);
        }
    }
}
