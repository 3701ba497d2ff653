package vn.cchcdesk.store.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.cchcdesk.domain.document.ChainNode;
import vn.cchcdesk.domain.document.Citation;
import vn.cchcdesk.domain.document.CitationChain;
import vn.cchcdesk.domain.document.DocumentRef;

/**
 * Follows citations up (what a document cites, and what that cites…) and down (what cites it…).
 * A document already on the branch is shown once more, marked, and not unfolded again, so a cycle
 * (a letter citing the plan that cites it) ends; depth and size are bounded for pathological data.
 */
final class ChainBuilder {

    static final int MAX_DEPTH = 12;
    static final int MAX_NODES = 400;

    private final DocumentRepository documents;
    private final DocumentSearch search;
    private int budget = MAX_NODES;

    ChainBuilder(DocumentRepository documents, DocumentSearch search) {
        this.documents = documents;
        this.search = search;
    }

    CitationChain build(DocumentRef root) {
        Set<Long> branch = new HashSet<>(Set.of(root.id()));
        List<ChainNode> up = up(root.id(), branch, 1);
        List<ChainNode> down = down(root.id(), branch, 1);
        return new CitationChain(root, up, down);
    }

    private List<ChainNode> up(long id, Set<Long> branch, int depth) {
        List<ChainNode> nodes = new ArrayList<>();
        for (Citation citation : search.citationsOf(id)) {
            if (budget-- <= 0) {
                break;
            }
            // a cited document in the trash reads as not registered: the citation is still what was written
            Optional<DocumentRef> cited = citation.citedDocumentId() == null ? Optional.empty()
                    : documents.findRef(citation.citedDocumentId());
            if (cited.isEmpty()) {
                nodes.add(new ChainNode(null, citation, false, List.of()));
                continue;
            }
            long citedId = cited.get().id();
            boolean repeated = branch.contains(citedId);
            List<ChainNode> above = List.of();
            if (!repeated && depth < MAX_DEPTH) {
                branch.add(citedId);
                above = up(citedId, branch, depth + 1);
                branch.remove(citedId);
            }
            nodes.add(new ChainNode(cited.get(), citation, repeated, above));
        }
        return nodes;
    }

    private List<ChainNode> down(long id, Set<Long> branch, int depth) {
        List<ChainNode> nodes = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (DocumentSearch.Citing citing : search.citing(id)) {
            long citingId = citing.document().id();
            // a letter that names the plan twice is one letter below it
            if (!seen.add(citingId)) {
                continue;
            }
            if (budget-- <= 0) {
                break;
            }
            boolean repeated = branch.contains(citingId);
            List<ChainNode> below = List.of();
            if (!repeated && depth < MAX_DEPTH) {
                branch.add(citingId);
                below = down(citingId, branch, depth + 1);
                branch.remove(citingId);
            }
            nodes.add(new ChainNode(citing.document(), citing.citation(), repeated, below));
        }
        return nodes;
    }
}
