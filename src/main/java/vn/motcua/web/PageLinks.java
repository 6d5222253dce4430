package vn.motcua.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/** Links of a pager: the page being shown, with one query parameter changed and every other filter kept. */
@Component("pageLinks")
class PageLinks {

    /** The current request's path and query with {@code param} set to {@code page}, for a template's {@code href}. */
    public String to(String param, int page) {
        UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(param, page)
                .build();
        return current.getPath() + (current.getQuery() == null ? "" : "?" + current.getQuery());
    }
}
