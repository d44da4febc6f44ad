package lousa.serve;

import java.util.List;
import lousa.diag.Diagnostic;

/**
 * What the last rebuild did, as sent to open pages: a newer {@code build} number with {@code ok} and changed files
 * makes them reload; {@code ok == false} makes them show {@code messages} over the page.
 *
 * @param build    1 for the first build, then one more per rebuild
 * @param changed  site files that changed (added, rewritten or deleted); empty when the site was not written
 * @param messages what to show when the build failed: its errors (and warnings under --strict)
 */
record BuildEvent(long build, boolean ok, List<String> changed, List<Diagnostic> messages) {

    /** The event as one line of JSON, for the {@code data:} field of a Server-Sent Event. */
    String json() {
        StringBuilder out = new StringBuilder("{\"build\":").append(build).append(",\"ok\":").append(ok)
                .append(",\"changed\":").append(changed.size()).append(",\"messages\":[");
        for (int i = 0; i < messages.size(); i++) {
            Diagnostic d = messages.get(i);
            out.append(i == 0 ? "{" : ",{");
            field(out, "severity", d.severity().label()).append(',');
            field(out, "file", d.file()).append(",\"line\":").append(d.line()).append(',');
            field(out, "message", d.message()).append(',');
            field(out, "hint", d.hint() == null ? "" : d.hint()).append(',');
            field(out, "text", d.format()).append('}');
        }
        return out.append("]}").toString();
    }

    private static StringBuilder field(StringBuilder out, String name, String value) {
        out.append('"').append(name).append("\":\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }
}
