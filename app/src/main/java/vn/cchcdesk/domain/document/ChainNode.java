package vn.cchcdesk.domain.document;

import java.util.List;

/**
 * One step of a citation chain. Going up, a node is a document cited (by its parent node), known
 * by the citation and, once registered, by the document itself; going down, a node is a document
 * that cites its parent.
 *
 * @param document the registered document, or null for a citation whose document is not registered yet
 * @param citation the citation linking this node to its parent
 * @param repeated the document already stands higher on this branch (a cycle): it is not unfolded again
 */
public record ChainNode(DocumentRef document, Citation citation, boolean repeated, List<ChainNode> children) {

    public ChainNode {
        children = List.copyOf(children);
    }

    public boolean registered() {
        return document != null;
    }

    /** "Công văn 1478/SNV-CCHC&amp;VTTLT", from the register when the document is in it, else as cited. */
    public String label() {
        return document != null ? document.label() : citation.label();
    }
}
