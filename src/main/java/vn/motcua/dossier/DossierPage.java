package vn.motcua.dossier;

import java.util.List;

/** One page of a dossier list, with the total for the pager. */
public record DossierPage(List<DossierSummary> items, int page, int size, long total) {}
