package org.plenary.examples.room;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import java.util.List;
import java.util.Locale;
import org.plenary.core.agenda.Delegation;

/**
 * The display and the chair's console as HTML in one language, with its {@code lang} and
 * {@code dir}: every text escaped, the room's own style sheet and script, nothing from elsewhere.
 * What changes is filled in by {@code room.js} from the event stream, as text, never as markup.
 * Stateless.
 */
final class Pages {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /** The texts the script needs, as {@code data-} attributes of the body. */
  private static final List<String> SCRIPT_TEXTS = List.of("late", "early", "on-time", "min", "on-behalf",
      "refused", "done", "end-of-list", "nobody", "token.missing");

  private Pages() {}

  /** The display: who speaks, the countdown, the next three, the segment, the ends. */
  static String display(Texts t, String title) {
    return page(t, title, false, List.of());
  }

  /** The console: the display and the chair's actions, the delegations listed for points of order. */
  static String console(Texts t, String title, List<Delegation> delegations) {
    return page(t, title, true, delegations);
  }

  private static String page(Texts t, String title, boolean chair, List<Delegation> delegations) {
    StringBuilder h = new StringBuilder(8192);
    h.append("<!DOCTYPE html>\n<html lang=\"").append(esc(t.tag())).append("\" dir=\"").append(t.dir()).append("\">\n")
        .append("<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(t.text(chair ? "chair.title" : "display.title"))).append(" — ")
        .append(esc(title)).append("</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/room.css\">\n")
        .append("<script src=\"/room.js\" defer></script>\n</head>\n")
        .append("<body class=\"").append(chair ? "chair" : "display").append("\" data-lang=\"").append(esc(t.tag()))
        .append('"');
    for (String key : SCRIPT_TEXTS) {
      h.append(" data-").append(key.replace('.', '-')).append("=\"").append(esc(t.text(key))).append('"');
    }
    h.append(">\n<header>\n<h1 id=\"title\">").append(esc(title)).append("</h1>\n")
        .append("<p id=\"segment\" class=\"segment\"></p>\n</header>\n")
        .append("<main>\n<section class=\"now\" aria-live=\"polite\">\n")
        .append("<h2 id=\"now-label\" class=\"label\">").append(esc(t.text("now"))).append("</h2>\n")
        .append("<div class=\"who\">\n<p id=\"delegation\" class=\"delegation\">").append(esc(t.text("nobody")))
        .append("</p>\n<p id=\"person\" class=\"person\"></p>\n</div>\n")
        .append("<div class=\"clock\">\n<p id=\"over\" class=\"over\" hidden>").append(esc(t.text("over")))
        .append("</p>\n<p id=\"countdown\" class=\"countdown\" dir=\"ltr\">–:––</p>\n</div>\n")
        .append("</section>\n<section class=\"next\">\n<h2 class=\"label\">").append(esc(t.text("next")))
        .append("</h2>\n<ol id=\"next\"></ol>\n</section>\n</main>\n")
        .append("<footer>\n<dl>\n<div><dt>").append(esc(t.text("scheduled-end")))
        .append("</dt><dd id=\"scheduled-end\" dir=\"ltr\"></dd></div>\n<div><dt>")
        .append(esc(t.text("projected-end"))).append("</dt><dd id=\"projected-end\" dir=\"ltr\"></dd></div>\n")
        .append("<div class=\"late\"><dd id=\"late\"></dd></div>\n</dl>\n</footer>\n")
        .append("<p id=\"paused\" class=\"banner\" hidden>").append(esc(t.text("paused"))).append("</p>\n")
        .append("<p id=\"offline\" class=\"banner\" hidden>").append(esc(t.text("reconnecting"))).append("</p>\n");
    if (chair) {
      consoleSection(h, t, delegations);
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void consoleSection(StringBuilder h, Texts t, List<Delegation> delegations) {
    Locale l = t.language();
    h.append("<section id=\"console\" class=\"console\">\n<h2 class=\"label\">").append(esc(t.text("chair.title")))
        .append("</h2>\n<p id=\"token-missing\" class=\"warning\" hidden>").append(esc(t.text("token.missing")))
        .append("</p>\n<div class=\"actions\">\n");
    button(h, t, "next", null);
    button(h, t, "end", null);
    button(h, t, "pause", null);
    button(h, t, "resume", null);
    button(h, t, "absent", "skip");
    button(h, t, "absent", "end-of-list");
    button(h, t, "replan", null);
    h.append("</div>\n<div class=\"actions\">\n<label>").append(esc(t.text("field.seconds")))
        .append(" <input id=\"seconds\" type=\"number\" min=\"1\" max=\"").append(Action.MAX_SECONDS)
        .append("\" value=\"60\" dir=\"ltr\"></label>\n");
    button(h, t, "add-time", null);
    h.append("</div>\n<div class=\"actions\">\n<label>").append(esc(t.text("field.delegation")))
        .append(" <select id=\"delegation-select\">\n");
    for (Delegation d : delegations) {
      h.append("<option value=\"").append(esc(d.id())).append("\">").append(esc(d.name().in(l))).append("</option>\n");
    }
    h.append("</select></label>\n");
    button(h, t, "point-of-order", null);
    button(h, t, "right-of-reply", null);
    h.append("</div>\n<p id=\"status\" class=\"status\" role=\"status\"></p>\n</section>\n");
  }

  private static void button(StringBuilder h, Texts t, String action, String then) {
    String key = then == null ? "action." + action : then.equals("skip") ? "action.absent-skip" : "action.absent-end";
    h.append("<button type=\"button\" data-action=\"").append(action).append('"');
    if (then != null) {
      h.append(" data-then=\"").append(then).append('"');
    }
    h.append(">").append(esc(t.text(key))).append("</button>\n");
  }

  private static String esc(String s) {
    return HTML.escape(StateJson.clean(s));
  }
}
