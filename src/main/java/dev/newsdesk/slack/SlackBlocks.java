package dev.newsdesk.slack;

import static com.slack.api.model.block.Blocks.actions;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.divider;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;
import static com.slack.api.model.block.element.BlockElements.button;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import dev.newsdesk.answer.Citation;
import dev.newsdesk.chat.ChatReply;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Block Kit for an answer: the answer in mrkdwn with its [n] markers, then one line per source
 * whose number matches its marker (title linked to the article, source, date, a short quote),
 * then the buttons.
 */
final class SlackBlocks {
  static final String VOTE_UP = "newsdesk_vote_up";
  static final String VOTE_DOWN = "newsdesk_vote_down";
  static final String SHARE = "newsdesk_share";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final int QUOTE_WORDS = 30;

  private SlackBlocks() {}

  /**
   * @param answerId carried by the buttons
   * @param shareButton offer "Share to channel" (for ephemeral /ask answers)
   * @param publicUrl where the service's article pages are, for sources without a URL (may be null)
   */
  static List<LayoutBlock> answer(ChatReply reply, String answerId, boolean shareButton, String publicUrl) {
    List<LayoutBlock> blocks = new ArrayList<>();
    blocks.add(section(s -> s.text(markdownText(escape(reply.answer())))));
    if (reply.notice() != null) {
      blocks.add(context(c -> c.elements(List.of(markdownText("_" + escape(reply.notice()) + "_")))));
    }
    if (!reply.citations().isEmpty()) {
      blocks.add(divider());
      StringBuilder sources = new StringBuilder("*Sources*");
      for (Citation c : reply.citations()) {
        sources.append("\n*[").append(c.n()).append("]* ").append(link(c, publicUrl));
        String meta = meta(c);
        if (!meta.isEmpty()) {
          sources.append(" — ").append(escape(meta));
        }
        sources.append("\n>").append(escape(shortQuote(c.quote())));
      }
      blocks.add(section(s -> s.text(markdownText(sources.toString()))));
    }
    List<BlockElement> buttons = new ArrayList<>();
    buttons.add(button(b -> b.actionId(VOTE_UP).text(plainText("👍 Helpful")).value(answerId)));
    buttons.add(button(b -> b.actionId(VOTE_DOWN).text(plainText("👎 Not helpful")).value(answerId)));
    if (shareButton) {
      buttons.add(button(b -> b.actionId(SHARE).text(plainText("Share to channel")).value(answerId).style("primary")));
    }
    blocks.add(actions(a -> a.elements(buttons)));
    return blocks;
  }

  private static String link(Citation c, String publicUrl) {
    String url = c.url() != null ? c.url()
        : publicUrl != null ? publicUrl.replaceAll("/+$", "") + "/articles/" + c.articleId() : null;
    String title = escape(c.title()).replace("|", "¦");
    return url == null ? "*" + title + "*" : "<" + url.replace(">", "%3E").replace("|", "%7C") + "|" + title + ">";
  }

  private static String meta(Citation c) {
    List<String> parts = new ArrayList<>();
    if (c.source() != null) {
      parts.add(c.source());
    }
    if (c.publishedAt() != null) {
      parts.add(DAY.format(c.publishedAt()));
    }
    return String.join(", ", parts);
  }

  static String shortQuote(String quote) {
    String[] words = quote.strip().split("\\s+");
    return words.length <= QUOTE_WORDS ? quote.strip() : String.join(" ", List.of(words).subList(0, QUOTE_WORDS)) + " …";
  }

  /** Slack's mrkdwn treats &, < and > as control characters. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
