package vn.motcua.web;

import java.util.ArrayList;
import java.util.List;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.PaymentMethod;

/** What the intake page posts; it becomes the API's {@link IntakeRequest}, with the same checks. */
public class IntakeForm {

    private String procedureCode;
    private Channel channel = Channel.DIRECT;
    private ApplicantForm applicant = new ApplicantForm();
    /** The names of the documents the applicant brought (ticked on the procedure's checklist). */
    private List<String> documents = new ArrayList<>();
    /** Files of the applicant's earlier dossiers ticked for reuse. */
    private List<Long> reuse = new ArrayList<>();
    /** Documents beyond the checklist, one a line. */
    private String otherDocuments;

    private PaymentMethod paymentMethod;
    private IntakeRequest.Decision decision = IntakeRequest.Decision.ACCEPT;
    private String reason;
    /** For a supplement request: everything that is missing, one a line. */
    private String missingDocuments;
    /** The unit that resolves the dossier, where the clerk's own does not (blank: his own). */
    private String competentUnitCode;
    /**
     * Made when the page is rendered and posted back with it: the same form sent twice (a double click, a reload
     * after a lost answer) registers one dossier (docs/api.md, "Intake idempotency").
     */
    private String idempotencyKey;

    IntakeRequest toRequest() {
        List<IntakeRequest.DocumentInput> inputs = new ArrayList<>();
        for (String name : documents) {
            inputs.add(new IntakeRequest.DocumentInput(name));
        }
        for (String name : Lines.of(otherDocuments)) {
            inputs.add(new IntakeRequest.DocumentInput(name));
        }
        boolean supplement = decision == IntakeRequest.Decision.REQUEST_SUPPLEMENT;
        return new IntakeRequest(
                procedureCode,
                channel,
                new IntakeRequest.Applicant(
                        applicant.fullName,
                        applicant.idNumber,
                        applicant.phone,
                        blankToNull(applicant.email),
                        applicant.address),
                inputs,
                paymentMethod,
                decision,
                blankToNull(reason),
                supplement ? Lines.of(missingDocuments) : null,
                blankToNull(competentUnitCode),
                reuse.isEmpty() ? null : List.copyOf(reuse));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public void setIdempotencyKey(String idempotencyKey) {
        this.idempotencyKey = idempotencyKey;
    }

    public String getCompetentUnitCode() {
        return competentUnitCode;
    }

    public void setCompetentUnitCode(String competentUnitCode) {
        this.competentUnitCode = competentUnitCode;
    }

    /** The applicant's fields. */
    public static class ApplicantForm {
        private String fullName;
        private String idNumber;
        private String phone;
        private String email;
        private String address;

        public String getFullName() {
            return fullName;
        }

        public void setFullName(String fullName) {
            this.fullName = fullName;
        }

        public String getIdNumber() {
            return idNumber;
        }

        public void setIdNumber(String idNumber) {
            this.idNumber = idNumber;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getAddress() {
            return address;
        }

        public void setAddress(String address) {
            this.address = address;
        }
    }

    public String getProcedureCode() {
        return procedureCode;
    }

    public void setProcedureCode(String procedureCode) {
        this.procedureCode = procedureCode;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public ApplicantForm getApplicant() {
        return applicant;
    }

    public void setApplicant(ApplicantForm applicant) {
        this.applicant = applicant;
    }

    public List<String> getDocuments() {
        return documents;
    }

    public void setDocuments(List<String> documents) {
        this.documents = documents;
    }

    public List<Long> getReuse() {
        return reuse;
    }

    public void setReuse(List<Long> reuse) {
        this.reuse = reuse == null ? new ArrayList<>() : reuse;
    }

    public String getOtherDocuments() {
        return otherDocuments;
    }

    public void setOtherDocuments(String otherDocuments) {
        this.otherDocuments = otherDocuments;
    }

    public PaymentMethod getPaymentMethod() {
        return paymentMethod;
    }

    public void setPaymentMethod(PaymentMethod paymentMethod) {
        this.paymentMethod = paymentMethod;
    }

    public IntakeRequest.Decision getDecision() {
        return decision;
    }

    public void setDecision(IntakeRequest.Decision decision) {
        this.decision = decision;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getMissingDocuments() {
        return missingDocuments;
    }

    public void setMissingDocuments(String missingDocuments) {
        this.missingDocuments = missingDocuments;
    }
}
