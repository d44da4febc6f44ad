package lousa.dialect.mdx.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An srcset's candidates, as the HTML standard splits them, each URL resolved and its descriptor kept. */
class SrcSetTest {

    @Test
    void eachUrlIsResolvedAndItsDescriptorKept() {
        assertEquals("R(a.png) 1x, R(b.png) 480w", SrcSet.resolve(" a.png 1x ,b.png  480w ", url -> "R(" + url + ")"));
    }

    @Test
    void aUrlMayHoldCommasAndACandidateMayHaveNoDescriptor() {
        assertEquals("R(img,1.png) 2x, R(c.png), R(d.png)",
                SrcSet.resolve("img,1.png 2x, c.png,, d.png", url -> "R(" + url + ")"));
    }

    @Test
    void aDescriptorsParenthesesHoldItsCommas() {
        assertEquals("R(a.png) foo(1, 2), R(b.png) 2x",
                SrcSet.resolve("a.png foo(1, 2), b.png 2x", url -> "R(" + url + ")"));
    }
}
