package vn.motcua.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in one line why the first start was refused, instead of a stack trace. */
public class NoAdministratorFailureAnalyzer
        extends AbstractFailureAnalyzer<FirstAdministrator.NoAdministratorException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, FirstAdministrator.NoAdministratorException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "export " + FirstAdministrator.PASSWORD_VARIABLE
                        + "='<at least 10 characters>' (README.md, Production)",
                cause);
    }
}
