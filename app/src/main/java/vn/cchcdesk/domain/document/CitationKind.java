package vn.cchcdesk.domain.document;

/** Why a document cites another: "Căn cứ" (legal basis), "Thực hiện" (implements), or other ("theo …"). */
public enum CitationKind {
    BASIS, IMPLEMENTS, OTHER
}
