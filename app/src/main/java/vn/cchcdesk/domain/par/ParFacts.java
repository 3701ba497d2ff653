package vn.cchcdesk.domain.par;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.cchcdesk.domain.catalog.ParChannel;

/** The figures of a year the self-assessment is computed from: the plan targets' outcomes and each channel's use. */
public record ParFacts(int year, List<TargetOutcome> targets, Map<ParChannel, ChannelUse> channels) {

    public ParFacts {
        targets = List.copyOf(targets);
        Map<ParChannel, ChannelUse> all = new EnumMap<>(ParChannel.class);
        for (ParChannel c : ParChannel.values()) {
            all.put(c, channels.getOrDefault(c, ChannelUse.none(c)));
        }
        channels = Map.copyOf(all);
    }

    public long targetsMet() {
        return targets.stream().filter(TargetOutcome::met).count();
    }

    public ChannelUse use(ParChannel channel) {
        return channels.get(channel);
    }
}
