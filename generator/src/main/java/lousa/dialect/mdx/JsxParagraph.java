package lousa.dialect.mdx;

import com.vladsch.flexmark.ast.Paragraph;

/**
 * A paragraph of an {@code .mdx} file that holds only JSX elements and blanks, such as
 * {@code <summary>Clique **aqui**</summary>}: MDX renders its elements without a {@code <p>} around them, which HTML
 * would not allow around a {@code <summary>} or a {@code <div>}. Still a paragraph for whoever reads the text.
 */
public class JsxParagraph extends Paragraph {

    public JsxParagraph(Paragraph paragraph) {
        super(paragraph.getChars(), paragraph.getContentLines(), paragraph.getLineIndents());
        setTrailingBlankLine(paragraph.isTrailingBlankLine());
    }
}
