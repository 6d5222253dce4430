package vn.motcua.process.models;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/HkdThayDoi.bpmn} (Đăng ký thay đổi nội dung đăng ký hộ kinh doanh) alone: the paths of
 * {@link ExamineAndSignModelTest}.
 */
@Deployment(resources = "processes/HkdThayDoi.bpmn")
class HkdThayDoiModelTest extends ExamineAndSignModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = modelEngine();

    @Override
    String processKey() {
        return "HkdThayDoi";
    }

    @Override
    String examineTask() {
        return "Task_ExamineDossier";
    }

    @Override
    String department() {
        return "TC-KH";
    }
}
