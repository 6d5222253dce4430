package vn.motcua.process.models;

import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code processes/HoKinhDoanh.bpmn} (Đăng ký thành lập hộ kinh doanh) alone: the paths of
 * {@link ExamineAndSignModelTest}.
 */
@Deployment(resources = "processes/HoKinhDoanh.bpmn")
class HoKinhDoanhModelTest extends ExamineAndSignModelTest {

    @RegisterExtension
    static final ProcessEngineExtension extension = modelEngine();

    @Override
    String processKey() {
        return "HoKinhDoanh";
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
