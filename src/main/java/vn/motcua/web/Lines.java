package vn.motcua.web;

import java.util.Arrays;
import java.util.List;

/** A textarea with one item a line, as a list without blank lines. */
final class Lines {

    private Lines() {}

    static List<String> of(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }
}
