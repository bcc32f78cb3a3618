package cn.zoucheng.warehouse.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.reports.bulletin.Letterhead;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads every HTML report of the {@link FixtureWarehouse} in headless Chromium (Debian's {@code
 * chromium}, which {@code .ci/run} installs) at a phone's 390 x 844 and measures it there: the page
 * never needs panning sideways (only a table may scroll inside its own box), and no text is smaller
 * than 14 px, SVG charts included at the size they are drawn.
 */
class PhoneLayoutTest {
  private static final Pattern RESULT =
      Pattern.compile("<pre id=\"phone-check\">(\\d+) (\\d+) ([\\d.]+) (\\d+)(.*?)</pre>");

  /**
   * A page holding the report in a 390 x 844 frame (a desktop Chromium's window is never that
   * narrow) that measures it once it has loaded: the frame's width, the report's width, its
   * smallest text and how many of its elements stick out past the edge (a table may scroll inside
   * its own box), and writes them into the DOM Chromium prints.
   */
  private static final String PROBE =
      """
      <!DOCTYPE html>
      <html><body style="margin:0">
      <iframe id="phone" src="REPORT" style="border:0;width:390px;height:844px"></iframe>
      <script>
      document.getElementById('phone').addEventListener('load', function () {
        var d = this.contentDocument, w = this.contentWindow;
        var vw = w.innerWidth, min = 1e9, what = '', out = 0, first = '';
        var els = d.body.getElementsByTagName('*');
        for (var i = 0; i < els.length; i++) {
          var el = els[i], size;
          var text = Array.prototype.some.call(el.childNodes, function (n) {
            return n.nodeType === 3 && n.textContent.trim().length > 0;
          });
          var tag = el.tagName;
          if (!text || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'title') {
            continue;
          }
          var svg = el.closest('svg');
          size = parseFloat(w.getComputedStyle(el).fontSize);
          if (svg) {
            size = size * svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          }
          if (size < min) { min = size; what = el.tagName + ':' + el.textContent.slice(0, 20); }
          var r = el.getBoundingClientRect();
          if (!el.closest('.scroll') && (r.right > vw + 0.5 || r.left < -0.5)) {
            out++; if (!first) { first = el.tagName + ':' + el.textContent.slice(0, 20); }
          }
        }
        var p = document.createElement('pre');
        p.id = 'phone-check';
        p.textContent = vw + ' ' + d.documentElement.scrollWidth + ' ' + min.toFixed(2)
            + ' ' + out + ' ' + what + ' | ' + first;
        document.body.appendChild(p);
      });
      </script>
      </body></html>
      """;

  @TempDir static Path tmp;
  static List<Path> pages;

  @BeforeAll
  static void render() throws Exception {
    Path root = FixtureWarehouse.write(tmp.resolve("warehouse"));
    BulletinRun.Result r =
        BulletinRun.run(
            new BulletinRun.Options(
                root,
                YearMonth.of(2026, 10),
                Optional.empty(),
                EnumSet.of(OutputFormat.HTML),
                root.resolve("bulletins"),
                LocalDate.of(2026, 11, 28),
                Letterhead.DEFAULT_PREFIX),
            line -> {});
    pages = r.files();
  }

  @Test
  void everyPageFitsAPhoneWithoutPanningAndItsTextIsAtLeast14Px() throws Exception {
    assertThat(pages).hasSize(5);
    for (Path page : pages) {
      Path probe = tmp.resolve("probe-" + page.getFileName());
      Files.writeString(
          probe, PROBE.replace("REPORT", page.toUri().toString()), StandardCharsets.UTF_8);
      String dom = dumpDom(probe);
      Matcher m = RESULT.matcher(dom);
      assertThat(m.find()).as(page.getFileName() + ": no measurement in " + tail(dom)).isTrue();
      String what = page.getFileName() + " (" + m.group(5).strip() + ")";
      assertThat(Integer.parseInt(m.group(1))).as(what + " viewport").isEqualTo(390);
      assertThat(Integer.parseInt(m.group(2))).as(what + " page width").isLessThanOrEqualTo(390);
      assertThat(Integer.parseInt(m.group(4))).as(what + " elements past the edge").isZero();
      assertThat(Double.parseDouble(m.group(3)))
          .as(what + " smallest text")
          .isGreaterThanOrEqualTo(14);
    }
  }

  /** Chromium's DOM of the page after it loaded, at 390 x 844. */
  static String dumpDom(Path page) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(tmp, "chromium");
    List<String> cmd = new ArrayList<>(List.of(chromium()));
    cmd.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            "--allow-file-access-from-files",
            "--user-data-dir=" + profile,
            "--window-size=390,844",
            "--dump-dom",
            page.toUri().toString()));
    Path out = tmp.resolve(page.getFileName() + ".dom");
    Process p =
        new ProcessBuilder(cmd)
            .redirectOutput(out.toFile())
            .redirectError(tmp.resolve(page.getFileName() + ".err").toFile())
            .start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  /** The Chromium on the PATH; the test fails, saying how to install it, where there is none. */
  static String chromium() {
    for (String name : List.of("chromium", "chromium-browser")) {
      Optional<Path> found =
          Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
              .map(d -> Path.of(d, name))
              .filter(Files::isExecutable)
              .findFirst();
      if (found.isPresent()) {
        return found.get().toString();
      }
    }
    throw new AssertionError(
        "no chromium on the PATH: the phone layout test needs Debian's chromium"
            + " (apt-get install chromium fonts-noto-cjk, as ./mvnw verify does through"
            + " .ci/install-test-servers)");
  }

  private static String tail(String s) {
    return s.length() < 400 ? s : s.substring(s.length() - 400);
  }
}
