package jp.clearance.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Layout measured in the browser (real DOM geometry, CSS pixels): the boxes a grid of labels and values lays out, and
 * whether an element is visible on top of everything else (not behind a modal mask).
 */
public final class Layout {
    private Layout() {
    }

    /** One box of a container's layout: an element child, or a run of text between elements (an anonymous box). */
    public record Cell(String text, double x, double y, double width, double height) {
        double right() {
            return x + width;
        }

        @Override
        public String toString() {
            return "\"" + text + "\"@" + Math.round(x) + "," + Math.round(y) + " " + Math.round(width) + "x" + Math.round(height);
        }
    }

    /**
     * The boxes of the children of the element matching {@code css}, in document order: each element child that is
     * displayed, and each run of non-blank text between element children (which a grid lays out as one anonymous box,
     * so a label and a value written as two texts side by side come back as one cell).
     */
    @SuppressWarnings("unchecked")
    public static List<Cell> cells(Browser b, String css) {
        Object result = ((JavascriptExecutor) b.driver()).executeScript(
                "var box = document.querySelector(arguments[0]); if (!box) return null; var out = [];"
                        + " var run = null;"
                        + " function flush() { if (run && run.text.trim()) {"
                        + "   var r = document.createRange(); r.setStartBefore(run.first); r.setEndAfter(run.last);"
                        + "   var q = r.getBoundingClientRect();"
                        + "   out.push({text: run.text.replace(/\\s+/g, ' ').trim(), x: q.left, y: q.top, w: q.width, h: q.height}); }"
                        + "   run = null; }"
                        + " box.childNodes.forEach(function (n) {"
                        + "   if (n.nodeType === 3) { if (!run) run = {first: n, last: n, text: ''}; run.last = n; run.text += n.textContent; return; }"
                        + "   if (n.nodeType !== 1) return; flush();"
                        + "   var s = getComputedStyle(n); if (s.display === 'none' || n.tagName === 'SCRIPT') return;"
                        + "   var q = n.getBoundingClientRect();"
                        + "   out.push({text: n.innerText.replace(/\\s+/g, ' ').trim(), x: q.left, y: q.top, w: q.width, h: q.height}); });"
                        + " flush(); return out;", css);
        assertTrue(result != null, "nothing matches " + css);
        List<Cell> cells = new ArrayList<>();
        for (Map<String, Object> m : (List<Map<String, Object>>) result) {
            cells.add(new Cell((String) m.get("text"), number(m.get("x")), number(m.get("y")), number(m.get("w")),
                    number(m.get("h"))));
        }
        return cells;
    }

    private static double number(Object o) {
        return ((Number) o).doubleValue();
    }

    /**
     * Asserts that the grid of labels and values at {@code css} shows each of {@code labels} as a cell of its own (not
     * run together with its value), in the first column, with a non-empty value beside it on the same row that does
     * not overlap it; and that no label of the set stands anywhere else (an orphan label in the value column, or a
     * label whose row has no value). {@code required} of them must be there.
     */
    public static void assertLabelledRows(Browser b, String css, Set<String> labels, Set<String> required) {
        List<Cell> cells = cells(b, css);
        String all = cells.stream().map(Cell::toString).collect(Collectors.joining(", "));
        double firstColumn = cells.stream().mapToDouble(Cell::x).min().orElse(0);
        for (String r : required) {
            assertTrue(cells.stream().anyMatch(c -> c.text().equals(r)),
                    "the label \"" + r + "\" is not a cell of its own (run together with its value?): " + all);
        }
        for (Cell label : cells) {
            if (!labels.contains(label.text())) {
                continue;
            }
            assertTrue(Math.abs(label.x() - firstColumn) < 2, "the label " + label + " is not in the first column: " + all);
            boolean valueBeside = cells.stream().anyMatch(v -> v != label && !v.text().isEmpty()
                    && !labels.contains(v.text()) && Math.abs(v.y() - label.y()) < 4 && v.x() >= label.right() - 0.5);
            assertTrue(valueBeside, "the label " + label + " has no value beside it on its row: " + all);
        }
    }

    /** The element's box, as [x, y, width, height]. */
    public static double[] box(Browser b, WebElement e) {
        org.openqa.selenium.Rectangle r = e.getRect();
        return new double[] {r.getX(), r.getY(), r.getWidth(), r.getHeight()};
    }

    /** Whether the centre of the element is the element itself (or inside it) for a click: nothing covers it. */
    public static boolean onTop(Browser b, WebElement e) {
        return Boolean.TRUE.equals(((JavascriptExecutor) b.driver()).executeScript(
                "var e = arguments[0]; e.scrollIntoView({block: 'center'}); var r = e.getBoundingClientRect();"
                        + " var t = document.elementFromPoint(r.left + r.width / 2, r.top + Math.min(r.height / 2, 10));"
                        + " return !!t && (e === t || e.contains(t));", e));
    }

    /** The element's height in lines of its own text (height / computed line height). */
    public static double lines(Browser b, WebElement e) {
        return ((Number) ((JavascriptExecutor) b.driver()).executeScript(
                "var e = arguments[0], s = getComputedStyle(e); var lh = parseFloat(s.lineHeight);"
                        + " if (isNaN(lh)) lh = parseFloat(s.fontSize) * 1.2; return e.getBoundingClientRect().height / lh;", e))
                .doubleValue();
    }

    /** Whether the page scrolls sideways (something is wider than the window). */
    public static boolean scrollsSideways(Browser b) {
        return Boolean.TRUE.equals(((JavascriptExecutor) b.driver()).executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;"));
    }
}
