package vn.motcua.dossier;

import org.apache.ibatis.executor.Executor;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.springframework.stereotype.Component;

/**
 * Tells {@link DossierLocks} when this transaction writes through {@link DossierMapper}, so that no step reads a
 * dossier row as it stood before its own transaction changed it. Watching the mapper, rather than each caller,
 * keeps that true for every write there is and every one added later.
 */
@Component
@Intercepts(
        @Signature(
                type = Executor.class,
                method = "update",
                args = {MappedStatement.class, Object.class}))
class DossierRowWrites implements Interceptor {

    private static final String DOSSIER_MAPPER = DossierMapper.class.getName() + ".";

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
        Object result = invocation.proceed();
        if (((MappedStatement) invocation.getArgs()[0]).getId().startsWith(DOSSIER_MAPPER)) {
            DossierLocks.rowsWritten();
        }
        return result;
    }
}
