package vn.cchcdesk.store.search;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folded texts of numbered rows (0, 1, 2… given by the caller) split at spaces into tokens, each
 * distinct token listing the rows that have it. A folded search word never holds a space, so it
 * occurs in a row's text exactly when it occurs inside one of the row's tokens: a word is matched
 * by scanning the vocabulary (some thousands of syllables, numbers and symbols) instead of every
 * text, which keeps a keystroke's search under a millisecond or two even for 100,000 rows.
 *
 * <p>Not thread-safe: its owner locks around it.
 */
public final class TokenIndex {

    private static final int[] NONE = new int[0];

    private final Map<String, Integer> tokenIds = new HashMap<>();
    private String[] tokens = new String[1024];
    private int[][] postings = new int[1024][];
    private int[] postingSizes = new int[1024];
    private int tokenCount;
    private int[][] rowTokens = new int[1024][];
    private int rowCount;

    /** How many rows have been given a text. */
    public int rows() {
        return rowCount;
    }

    /** Gives a row its (folded) text, replacing the one it had. */
    public void set(int row, String folded) {
        if (row >= rowTokens.length) {
            rowTokens = Arrays.copyOf(rowTokens, Math.max(row + 1, rowTokens.length * 2));
        }
        rowCount = Math.max(rowCount, row + 1);
        int[] old = rowTokens[row] == null ? NONE : rowTokens[row];
        int[] now = tokensOf(folded);
        for (int t : old) {
            if (Arrays.binarySearch(now, t) < 0) {
                remove(t, row);
            }
        }
        for (int t : now) {
            if (Arrays.binarySearch(old, t) < 0) {
                add(t, row);
            }
        }
        rowTokens[row] = now;
    }

    /** The rows whose text holds every word (all rows for no words). */
    public BitSet matchingAll(List<String> words) {
        BitSet result = null;
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            BitSet rows = matching(word);
            if (result == null) {
                result = rows;
            } else {
                result.and(rows);
            }
            if (result.isEmpty()) {
                return result;
            }
        }
        if (result == null) {
            result = new BitSet(rowCount);
            result.set(0, rowCount);
        }
        return result;
    }

    /** The rows whose text holds this word (no space in it) anywhere. */
    private BitSet matching(String word) {
        BitSet rows = new BitSet(rowCount);
        for (int t = 0; t < tokenCount; t++) {
            if (postingSizes[t] > 0 && tokens[t].contains(word)) {
                int[] posting = postings[t];
                for (int i = 0, n = postingSizes[t]; i < n; i++) {
                    rows.set(posting[i]);
                }
            }
        }
        return rows;
    }

    /** The distinct token ids of a text, sorted. */
    private int[] tokensOf(String folded) {
        if (folded == null || folded.isEmpty()) {
            return NONE;
        }
        int[] ids = new int[16];
        int n = 0;
        int start = 0;
        int length = folded.length();
        while (start < length) {
            int end = folded.indexOf(' ', start);
            if (end < 0) {
                end = length;
            }
            if (end > start) {
                if (n == ids.length) {
                    ids = Arrays.copyOf(ids, n * 2);
                }
                ids[n++] = tokenId(folded.substring(start, end));
            }
            start = end + 1;
        }
        int[] sorted = Arrays.copyOf(ids, n);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    private int tokenId(String token) {
        Integer id = tokenIds.get(token);
        if (id != null) {
            return id;
        }
        if (tokenCount == tokens.length) {
            tokens = Arrays.copyOf(tokens, tokenCount * 2);
            postings = Arrays.copyOf(postings, tokenCount * 2);
            postingSizes = Arrays.copyOf(postingSizes, tokenCount * 2);
        }
        tokens[tokenCount] = token;
        postings[tokenCount] = new int[4];
        tokenIds.put(token, tokenCount);
        return tokenCount++;
    }

    /** Rows are mostly added in increasing order: appending keeps each posting sorted. */
    private void add(int token, int row) {
        int[] posting = postings[token];
        int size = postingSizes[token];
        if (size == posting.length) {
            posting = Arrays.copyOf(posting, size * 2);
            postings[token] = posting;
        }
        int at = size == 0 || posting[size - 1] < row ? size : -Arrays.binarySearch(posting, 0, size, row) - 1;
        if (at < 0) {
            return;
        }
        System.arraycopy(posting, at, posting, at + 1, size - at);
        posting[at] = row;
        postingSizes[token] = size + 1;
    }

    private void remove(int token, int row) {
        int[] posting = postings[token];
        int size = postingSizes[token];
        int at = Arrays.binarySearch(posting, 0, size, row);
        if (at >= 0) {
            System.arraycopy(posting, at + 1, posting, at, size - at - 1);
            postingSizes[token] = size - 1;
        }
    }
}
