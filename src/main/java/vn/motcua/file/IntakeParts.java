package vn.motcua.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * How a multipart intake is laid out, for every endpoint that takes one (the desk's {@code POST /api/dossiers}, its
 * supplement, the portal's {@code POST /api/portal/dossiers}): a JSON part and parts {@code files[<document name>]}.
 */
public final class IntakeParts {

    private IntakeParts() {}

    /**
     * Parts named {@code files[<document name>]}, by document, without the empty ones a form sends for a file not
     * chosen. Call it before reading any other part: it parses the request, so an upload over the server's limit
     * answers 413 before a missing part could be blamed.
     */
    public static Map<String, List<MultipartFile>> componentFiles(MultipartHttpServletRequest request) {
        Map<String, List<MultipartFile>> byComponent = new LinkedHashMap<>();
        request.getMultiFileMap().forEach((name, parts) -> {
            if (name.startsWith("files[") && name.endsWith("]")) {
                String component =
                        name.substring("files[".length(), name.length() - 1).strip();
                List<MultipartFile> nonEmpty =
                        parts.stream().filter(p -> !p.isEmpty()).toList();
                if (!nonEmpty.isEmpty()) {
                    byComponent
                            .computeIfAbsent(component, c -> new ArrayList<>())
                            .addAll(nonEmpty);
                }
            }
        });
        return byComponent;
    }

    /** The text of part {@code name}, sent as a form field or as a file part (UTF-8); {@code null} when absent. */
    public static String text(MultipartHttpServletRequest request, String name) {
        String text = request.getParameter(name);
        MultipartFile part = request.getFile(name);
        if (text == null && part != null) {
            try {
                text = new String(part.getBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return text;
    }
}
