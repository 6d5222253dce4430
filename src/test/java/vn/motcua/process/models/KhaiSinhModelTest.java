package vn.motcua.process.models;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/KhaiSinh.bpmn} (Đăng ký khai sinh) alone: the paths of
 * {@link ExamineAndSignModelTest}.
 */
@Deployment(resources = "processes/KhaiSinh.bpmn")
class KhaiSinhModelTest extends ExamineAndSignModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = modelEngine();

    @Override
    String processKey() {
        return "KhaiSinh";
    }

    @Override
    String examineTask() {
        return "Task_VerifyBirthRegistration";
    }

    @Override
    String department() {
        return "TU-PHAP";
    }
}
