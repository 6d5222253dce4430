package vn.motcua.dossier;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.session.ResultHandler;
import org.apache.ibatis.session.RowBounds;
import org.springframework.stereotype.Component;

/**
 * Before any of our statements reads the timeline, writes the lines its transaction has recorded
 * ({@link TimelineWrites}). Watching the statements, rather than each reader, keeps that true for every query that
 * joins the timeline, and every one added later.
 */
@Component
@Intercepts(
        @Signature(
                type = Executor.class,
                method = "query",
                args = {MappedStatement.class, Object.class, RowBounds.class, ResultHandler.class}))
class TimelineReads implements Interceptor {

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        if (TimelineWrites.hasPending()) {
            MappedStatement statement = (MappedStatement) invocation.getArgs()[0];
            if (statement.getBoundSql(invocation.getArgs()[1]).getSql().contains("dossier_event")) {
                TimelineWrites.flush();
            }
        }
        return invocation.proceed();
    }
}
