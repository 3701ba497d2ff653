package vn.cchcdesk.domain.document;

import java.util.List;

/**
 * A document between what it rests on and what rests on it: upward the documents it cites ("Căn
 * cứ", "Thực hiện"), each with what that one cites, up to the ministry's plan; downward the
 * documents that cite it, down to the commune's letters.
 */
public record CitationChain(DocumentRef document, List<ChainNode> cites, List<ChainNode> citedBy) {

    public CitationChain {
        cites = List.copyOf(cites);
        citedBy = List.copyOf(citedBy);
    }
}
