package lousa.parse.internal;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SequenceUtils;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lousa.parse.SourceText;

/**
 * flexmark's inline parser, with two hot loops made cheap; what is parsed is the same.
 * <ul>
 *   <li>Backtick runs are found by a loop instead of a regex. For every code span the core parser searches the rest
 *       of the paragraph with the regex {@code `+} through flexmark's char-by-char sequences, once per backtick run
 *       it meets; that was a fifth of all parsing time on lessons full of {@code `código`}. What is matched is the
 *       same: the run at the current position, or the next run.</li>
 *   <li>Plain text (up to the next special character) is scanned in the file's own {@code String} when the
 *       paragraph is one stretch of it, as most are ({@link SourceText}).</li>
 * </ul>
 * It also mends the tree flexmark leaves when a link's text holds a wiki link ({@link ParentLinks}), and takes a
 * regex match's bounds from the matcher: flexmark's {@code match} asks for {@code Matcher.toMatchResult()}, which
 * copies the whole paragraph into a String at every match (a paragraph of 4 000 links took 8 s to parse).
 */
public final class FastInlineParser extends InlineParserImpl {

    public FastInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                            Map<Character, DelimiterProcessor> delimiterProcessors,
                            LinkRefProcessorData linkRefProcessors,
                            List<InlineParserExtensionFactory> inlineParserExtensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors,
                inlineParserExtensions);
    }

    /**
     * flexmark's, then the paragraph's children mended ({@link ParentLinks}) when flexmark gave up a link whose text
     * holds a wiki link: it moves the link's children back to the end of the paragraph, and those between the first
     * and the last keep the link as their parent. So the check is the child before the last; mending at every
     * {@code ]} would walk the paragraph once per link.
     */
    @Override
    protected boolean parseCloseBracket() {
        boolean parsed = super.parseCloseBracket();
        Node last = block.getLastChild();
        Node beforeLast = last == null ? null : last.getPrevious();
        if (beforeLast != null && beforeLast.getParent() != block) {
            ParentLinks.repair(block);
        }
        return parsed;
    }

    @Override
    protected boolean parseString() {
        String text = SourceText.of(input);
        if (text == null) {
            return super.parseString(); // lines joined from several places (a list item's, a quote's)
        }
        int offset = input.getStartOffset();
        int begin = index;
        int end = input.length();
        BitSet special = specialCharacters;
        int i = begin;
        while (i != end) {
            char c = text.charAt(offset + i);
            // As SubSequence.charAt does: flexmark reads NUL as U+FFFD.
            if (special.get(c == SequenceUtils.NUL ? SequenceUtils.ENC_NUL : c)) {
                break;
            }
            i++;
        }
        index = i;
        if (i == begin) {
            return false;
        }
        appendText(input, begin, i);
        return true;
    }

    @Override
    public BasedSequence match(Pattern re) {
        if (re == myParsing.TICKS_HERE) {
            return ticks(true);
        }
        if (re == myParsing.TICKS) {
            return ticks(false);
        }
        Matcher matcher = find(re);
        return matcher == null ? null : input.subSequence(matcher.start(), matcher.end());
    }

    /** The next match of {@code re} from the current index, which moves past it; null when there is none. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher matcher = re.matcher(input);
        matcher.region(index, input.length());
        if (!matcher.find()) {
            return null;
        }
        index = matcher.end();
        return matcher;
    }

    /** As flexmark's, without {@code Matcher.toMatchResult()} (see {@link #match}). */
    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher matcher = find(re);
        if (matcher == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[matcher.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = matcher.start(i) < 0 ? null : input.subSequence(matcher.start(i), matcher.end(i));
        }
        return groups;
    }

    /** The run of backticks at the current position ({@code here}) or the next one; moves past it. */
    private BasedSequence ticks(boolean here) {
        int length = input.length();
        int start = index;
        if (start >= length) {
            return null;
        }
        if (!here) {
            while (start < length && input.charAt(start) != '`') {
                start++;
            }
        }
        if (start >= length || input.charAt(start) != '`') {
            return null;
        }
        int end = start;
        while (end < length && input.charAt(end) == '`') {
            end++;
        }
        index = end;
        return input.subSequence(start, end);
    }
}
