package vn.cchcdesk.domain.par;

import vn.cchcdesk.domain.catalog.ParChannel;

/**
 * A channel's activities in the assessed year.
 *
 * @param withEvidence activities that have at least one attached file (the evidence the guide asks for)
 */
public record ChannelUse(ParChannel channel, int activities, int withEvidence) {

    public static ChannelUse none(ParChannel channel) {
        return new ChannelUse(channel, 0, 0);
    }
}
