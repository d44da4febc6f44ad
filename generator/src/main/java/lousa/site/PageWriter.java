package lousa.site;

import java.io.Writer;

/**
 * Where the layout writes a page: an unsynchronised {@link java.io.StringWriter}, made as big as the page will be,
 * so the page is never copied to grow (a {@code StringWriter} starts at 16 characters and doubles).
 */
final class PageWriter extends Writer {

    private final StringBuilder page;

    PageWriter(int expectedLength) {
        this.page = new StringBuilder(expectedLength);
    }

    @Override
    public void write(int c) {
        page.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        page.append(chars, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        page.append(text, offset, offset + length);
    }

    @Override
    public Writer append(CharSequence text) {
        page.append(text);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return page.toString();
    }
}
