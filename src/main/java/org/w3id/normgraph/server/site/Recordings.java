package org.w3id.normgraph.server.site;

/**
 * Links into a recording at the minute that a footnote gives. UN Web TV's player (media.un.org, webtv.un.org) starts
 * at the second that its {@code kalturaStartTime} parameter names; timeline.js builds the same link.
 */
public final class Recordings {

    private Recordings() {
    }

    static String at(String recording, int seconds) {
        return recording + (recording.contains("?") ? "&" : "?") + "kalturaStartTime=" + seconds;
    }

    /** 2382 → "39:42", 4460 → "1:14:20", as the footnotes write it. */
    static String minute(int seconds) {
        int h = seconds / 3600;
        int m = seconds % 3600 / 60;
        int s = seconds % 60;
        return h > 0 ? "%d:%02d:%02d".formatted(h, m, s) : "%d:%02d".formatted(m, s);
    }
}
