package vn.motcua.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.common.ConflictException;
import vn.motcua.common.FileIntegrityException;
import vn.motcua.common.InvalidFieldException;
import vn.motcua.common.NotFoundException;
import vn.motcua.common.PayloadTooLargeException;
import vn.motcua.common.UnsupportedFileTypeException;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierQueries;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierView;
import vn.motcua.dossier.IntakeRequest;
import vn.motcua.dossier.SupplementInput;
import vn.motcua.security.Role;
import vn.motcua.security.Staff;

/**
 * The files of dossiers: scanned components at intake, at the completeness check and with a supplement, and the
 * electronic result. Every file is checked by content (PDF, JPEG, PNG) and size before anything is written, stored
 * with its SHA-256, and checked against it on every read.
 *
 * <p>Nothing half-written: a file is written to the store inside the step's transaction, and a synchronisation
 * deletes it again if that transaction rolls back, so a failed intake or upload leaves neither a row nor an object.
 * A crash between the write and the commit can leave an object no row names (never a row without its object);
 * {@link OrphanSweep} removes it later.
 */
@Service
public class DossierFiles implements DossierService.IntakeExtension {

    private static final Logger log = LoggerFactory.getLogger(DossierFiles.class);

    /** The component name of a result file. */
    public static final String RESULT_COMPONENT = "Kết quả giải quyết";

    private static final Set<DossierStatus> ENDED =
            Set.of(DossierStatus.REFUSED, DossierStatus.REJECTED, DossierStatus.WITHDRAWN, DossierStatus.RETURNED);

    private final DossierFileMapper files;
    private final FileStore store;
    private final DossierQueries dossiers;
    private final DossierService intakes;
    private final FileProperties limits;
    private final Clock clock;

    DossierFiles(
            DossierFileMapper files,
            FileStore store,
            DossierQueries dossiers,
            DossierService intakes,
            FileProperties limits,
            Clock clock) {
        this.files = files;
        this.store = store;
        this.dossiers = dossiers;
        this.intakes = intakes;
        this.limits = limits;
        this.clock = clock;
    }

    /** A file on its way in: its component, the upload, and its type as its content says. */
    private record Incoming(String component, MultipartFile upload, String contentType) {}

    /**
     * {@code POST /api/dossiers} with files: the intake and its components' files in one transaction, and the
     * components named in {@code reuse} taken from the applicant's earlier dossiers.
     *
     * @param byComponent the uploads by the document (component) they digitise
     */
    public DossierView intake(IntakeRequest request, Map<String, List<MultipartFile>> byComponent, Staff clerk) {
        List<Incoming> incoming = checked(byComponent);
        checkTotal(0, incoming);
        return intakes.intake(request, clerk, (dossier, documents) -> {
            for (Incoming file : incoming) {
                store(dossier.id(), documents, FileKind.COMPONENT, file, clerk);
            }
        });
    }

    /**
     * {@code POST /api/dossiers/{code}/supplement} with files: the supplement and the files of its components (or of
     * documents the dossier had already) in one transaction, every file judged before anything is written.
     *
     * @param byComponent the uploads by the document (component) they digitise
     */
    public DossierView supplement(
            String code, SupplementInput input, Map<String, List<MultipartFile>> byComponent, Staff clerk) {
        if (clerk.role() != Role.CLERK) {
            throw new AccessDeniedException("Only the desk records a supplement");
        }
        List<Incoming> incoming = checked(byComponent);
        if (incoming.isEmpty()) {
            return intakes.supplement(code, input);
        }
        dossiers.readable(code, clerk);
        return intakes.supplement(code, input, (dossier, documents) -> {
            checkTotal(files.totalSize(dossier.id()), incoming);
            for (Incoming file : incoming) {
                store(dossier.id(), documents, FileKind.COMPONENT, file, clerk);
            }
        });
    }

    /** Files of one component, uploaded to a dossier not yet ended (the completeness check, a supplement). */
    @Transactional
    public List<StoredFile> upload(String code, String component, List<MultipartFile> uploads, Staff staff) {
        if (staff.role() != Role.CLERK) {
            throw new AccessDeniedException("Only the desk adds the files of a dossier's components");
        }
        Dossier dossier = dossiers.readable(code, staff);
        if (ENDED.contains(dossier.status())) {
            throw new ConflictException("Dossier " + code + " is " + dossier.status() + " and takes no more files");
        }
        String name = component == null ? "" : component.strip();
        List<Incoming> incoming = checked(Map.of(name, uploads == null ? List.of() : uploads));
        files.lockDossier(dossier.id());
        checkTotal(files.totalSize(dossier.id()), incoming);
        List<String> documents = dossiers.documentNames(dossier.id());
        List<StoredFile> stored = new ArrayList<>();
        for (Incoming file : incoming) {
            stored.add(view(store(dossier.id(), documents, FileKind.COMPONENT, file, staff)));
        }
        return stored;
    }

    /**
     * The result, electronic or scanned: by the department or approver holding the dossier while it is handled, or by
     * the desk of its unit when the result is ready to be returned.
     */
    @Transactional
    public List<StoredFile> uploadResult(String code, List<MultipartFile> uploads, Staff staff) {
        Dossier dossier = dossiers.readable(code, staff);
        checkMayFileResult(dossier, staff);
        List<Incoming> incoming = checked(Map.of(RESULT_COMPONENT, uploads == null ? List.of() : uploads));
        files.lockDossier(dossier.id());
        checkTotal(files.totalSize(dossier.id()), incoming);
        List<StoredFile> stored = new ArrayList<>();
        for (Incoming file : incoming) {
            stored.add(view(store(dossier.id(), List.of(RESULT_COMPONENT), FileKind.RESULT, file, staff)));
        }
        return stored;
    }

    private static void checkMayFileResult(Dossier dossier, Staff staff) {
        boolean holding = (staff.role() == Role.HANDLER || staff.role() == Role.APPROVER)
                && dossier.status() == DossierStatus.PROCESSING
                && dossier.currentDepartment() != null
                && staff.departments().contains(dossier.currentDepartment());
        boolean atReturn = staff.role() == Role.CLERK
                && dossier.status() == DossierStatus.RESULT_READY
                && (staff.unitCode().equals(dossier.helpedUnitCode())
                        || staff.unitCode().equals(dossier.receivingUnitCode()));
        if (!holding && !atReturn) {
            throw new AccessDeniedException(
                    "Only the department holding the dossier, or the desk returning its result, files the result");
        }
    }

    /** Every file of a dossier the caller may read, components first in upload order, then results. */
    @Transactional(readOnly = true)
    public List<StoredFile> list(String code, Staff staff) {
        Dossier dossier = dossiers.readable(code, staff);
        return files.list(dossier.id(), null).stream().map(this::view).toList();
    }

    /** One file's bytes, checked against its SHA-256. */
    @Transactional(readOnly = true)
    public FileContent read(String code, long id, Staff staff) {
        Dossier dossier = dossiers.readable(code, staff);
        DossierFileRow row = files.find(dossier.id(), id);
        if (row == null) {
            throw new NotFoundException("Dossier " + code + " has no file " + id);
        }
        return content(row);
    }

    /**
     * The citizen's electronic result, found as the public lookup finds the dossier (code and the phone's last
     * digits, the same 404 otherwise): the newest result file once the result is ready.
     */
    @Transactional(readOnly = true)
    public FileContent publicResult(String code, String phoneDigits) {
        Dossier dossier = dossiers.lookupDossier(code, phoneDigits);
        List<DossierFileRow> results =
                dossier.status() == DossierStatus.RESULT_READY || dossier.status() == DossierStatus.RETURNED
                        ? files.list(dossier.id(), FileKind.RESULT)
                        : List.of();
        if (results.isEmpty()) {
            throw new NotFoundException("No electronic result for this dossier yet");
        }
        return content(results.get(results.size() - 1));
    }

    /** Whether the caller may add component files to the dossier now (the desk, before it ends). */
    public boolean mayUpload(Dossier dossier, Staff staff) {
        return staff.role() == Role.CLERK && !ENDED.contains(dossier.status());
    }

    /** Whether the caller may file the dossier's result now ({@link #uploadResult}). */
    public boolean mayFileResult(Dossier dossier, Staff staff) {
        try {
            checkMayFileResult(dossier, staff);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }

    /** Whether the citizen's lookup may offer an electronic result (the same rule as {@link #publicResult}). */
    @Transactional(readOnly = true)
    public boolean hasPublicResult(String code, String phoneDigits) {
        Dossier dossier;
        try {
            dossier = dossiers.lookupDossier(code, phoneDigits);
        } catch (NotFoundException e) {
            return false;
        }
        return (dossier.status() == DossierStatus.RESULT_READY || dossier.status() == DossierStatus.RETURNED)
                && !files.list(dossier.id(), FileKind.RESULT).isEmpty();
    }

    /** The applicant's digitised components on earlier dossiers, which a new intake may reuse (newest first). */
    @Transactional(readOnly = true)
    public List<ReusableFile> reusable(String idNumber) {
        if (idNumber == null || !idNumber.matches("\\d{9}|\\d{12}")) {
            throw new InvalidFieldException("idNumber", "must be a 12-digit citizen ID (CCCD) or a 9-digit ID");
        }
        return files.reusable(idNumber, 200).stream()
                .map(r -> new ReusableFile(
                        r.id(),
                        r.dossierCode(),
                        r.component(),
                        r.fileName(),
                        r.contentType(),
                        r.sizeBytes(),
                        r.uploadedAt().atZone(clock.getZone()).toOffsetDateTime()))
                .toList();
    }

    /** The components an intake reuses from the applicant's earlier dossiers: new rows, the same stored objects. */
    @Override
    public void extend(Dossier dossier, IntakeRequest request, List<String> documents, Staff clerk) {
        if (request.reuse() == null) {
            return;
        }
        long dossierId = dossier.id();
        String idNumber = request.applicant().idNumber();
        for (Long id : request.reuse()) {
            DossierFileRow earlier = files.findById(id);
            if (earlier == null
                    || earlier.kind() != FileKind.COMPONENT
                    || earlier.dossierId() == dossierId
                    || !idNumber.equals(files.applicantIdNumberOf(earlier.dossierId()))) {
                throw new InvalidFieldException("reuse", "file " + id + " is not a component of this applicant");
            }
            if (!documents.contains(earlier.component())) {
                throw new InvalidFieldException(
                        "reuse",
                        "file " + id + " is a \"" + earlier.component() + "\", not a document of this dossier");
            }
            insert(new DossierFileRow(
                    null,
                    dossierId,
                    FileKind.COMPONENT,
                    earlier.component(),
                    earlier.fileName(),
                    earlier.contentType(),
                    earlier.sizeBytes(),
                    earlier.sha256(),
                    earlier.storageKey(),
                    clock.instant(),
                    clerk.username(),
                    earlier.reusedFrom() != null ? earlier.reusedFrom() : earlier.id()));
            files.markDigitized(dossierId, earlier.component());
        }
    }

    /** Type and size of every upload, judged before anything is written. */
    private List<Incoming> checked(Map<String, List<MultipartFile>> byComponent) {
        List<Incoming> incoming = new ArrayList<>();
        for (Map.Entry<String, List<MultipartFile>> entry : new LinkedHashMap<>(byComponent).entrySet()) {
            for (MultipartFile upload : entry.getValue()) {
                if (upload == null || upload.isEmpty()) {
                    throw new InvalidFieldException("file", "is empty");
                }
                if (upload.getSize() > limits.maxFileSize().toBytes()) {
                    throw new PayloadTooLargeException(
                            "file",
                            name(upload) + " is larger than "
                                    + limits.maxFileSize().toMegabytes() + " MB");
                }
                String type;
                try (InputStream in = upload.getInputStream()) {
                    type = FileTypes.detect(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                if (type == null) {
                    throw new UnsupportedFileTypeException(
                            "file", name(upload) + " is not a PDF, JPEG or PNG file (judged by its content)");
                }
                incoming.add(new Incoming(entry.getKey(), upload, type));
            }
        }
        if (incoming.isEmpty() && !byComponent.isEmpty()) {
            throw new InvalidFieldException("file", "is required");
        }
        return incoming;
    }

    private void checkTotal(long alreadyStored, List<Incoming> incoming) {
        long total = alreadyStored
                + incoming.stream().mapToLong(f -> f.upload().getSize()).sum();
        if (total > limits.maxDossierSize().toBytes()) {
            throw new PayloadTooLargeException(
                    "file",
                    "the dossier's files would exceed "
                            + limits.maxDossierSize().toMegabytes() + " MB together");
        }
    }

    private DossierFileRow store(long dossierId, List<String> documents, FileKind kind, Incoming file, Staff staff) {
        if (file.component().isEmpty()) {
            throw new InvalidFieldException("component", "must not be blank");
        }
        if (!documents.contains(file.component())) {
            throw new InvalidFieldException(
                    "component", "\"" + file.component() + "\" is not a document of this dossier");
        }
        String key = "dossiers/" + dossierId + "/" + UUID.randomUUID();
        String sha256;
        try {
            try (InputStream in = file.upload().getInputStream()) {
                sha256 = sha256(in);
            }
            deleteOnRollback(key);
            try (InputStream in = file.upload().getInputStream()) {
                store.put(key, in, file.upload().getSize(), file.contentType());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store " + name(file.upload()), e);
        }
        DossierFileRow row = new DossierFileRow(
                null,
                dossierId,
                kind,
                file.component(),
                name(file.upload()),
                file.contentType(),
                file.upload().getSize(),
                sha256,
                key,
                clock.instant(),
                staff.username(),
                null);
        long id = insert(row);
        if (kind == FileKind.COMPONENT) {
            files.markDigitized(dossierId, file.component());
        }
        return files.findById(id);
    }

    private long insert(DossierFileRow row) {
        DossierFileMapper.NewFile inserted = new DossierFileMapper.NewFile(row);
        files.insert(inserted);
        return inserted.getId();
    }

    /** The object written for a step goes when the step's transaction does not commit. */
    private void deleteOnRollback(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("A file is stored only inside the transaction of its step");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED) {
                    return;
                }
                try {
                    store.delete(key);
                } catch (IOException | RuntimeException e) {
                    log.error("A file of a rolled-back step stays in the store under {}", key, e);
                }
            }
        });
    }

    private FileContent content(DossierFileRow row) {
        byte[] bytes;
        try (InputStream in = store.open(row.storageKey())) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            log.error(
                    "File {} of dossier {} is missing from the store ({})",
                    row.id(),
                    row.dossierId(),
                    row.storageKey());
            throw new FileIntegrityException("File " + row.id() + " is missing from the file store");
        }
        String actual = HexFormat.of().formatHex(digest().digest(bytes));
        if (!actual.equals(row.sha256())) {
            log.error(
                    "File {} of dossier {} no longer matches its SHA-256: recorded {}, stored bytes {} ({})",
                    row.id(),
                    row.dossierId(),
                    row.sha256(),
                    actual,
                    row.storageKey());
            throw new FileIntegrityException(
                    "File " + row.id() + " no longer matches the SHA-256 recorded at upload; it is not served");
        }
        return new FileContent(view(row), bytes);
    }

    private StoredFile view(DossierFileRow row) {
        return new StoredFile(
                row.id(),
                row.kind(),
                row.component(),
                row.fileName(),
                row.contentType(),
                row.sizeBytes(),
                row.sha256(),
                row.uploadedAt().atZone(clock.getZone()).toOffsetDateTime(),
                row.uploadedBy(),
                row.reusedFrom());
    }

    private static String name(MultipartFile upload) {
        String name = upload.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "file";
        }
        // The name as the browser sent it, without a path, control characters or more than the column holds.
        String plain =
                name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        return plain.length() > 255 ? plain.substring(plain.length() - 255) : plain;
    }

    private static String sha256(InputStream in) throws IOException {
        MessageDigest digest = digest();
        byte[] buffer = new byte[64 * 1024];
        int n;
        while ((n = in.read(buffer)) > 0) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
