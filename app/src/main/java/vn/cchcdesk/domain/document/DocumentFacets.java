package vn.cchcdesk.domain.document;

import java.util.List;

/** The values the register's filters offer: those the live documents actually have. */
public record DocumentFacets(List<DocumentType> types, List<String> issuers, List<Integer> years) {

    public DocumentFacets {
        types = List.copyOf(types);
        issuers = List.copyOf(issuers);
        years = List.copyOf(years);
    }
}
