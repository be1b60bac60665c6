package dev.newsdesk.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.jsoup.Jsoup;

/** Reads RSS 0.9x–2.0 and Atom with Rome (doctypes refused, so no external entities). */
public final class FeedReader {
  private FeedReader() {}

  /** A parsed feed: its title and its items. */
  public record Feed(String title, List<FeedItem> items) {}

  public static Feed read(byte[] xml) {
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      SyndFeed feed = input.build(new XmlReader(new ByteArrayInputStream(xml)));
      List<FeedItem> items = new ArrayList<>();
      for (SyndEntry e : feed.getEntries()) {
        items.add(new FeedItem(clean(e.getTitle()), e.getLink(), clean(e.getAuthor()), instant(e.getPublishedDate()),
            instant(e.getUpdatedDate()), text(e)));
      }
      return new Feed(clean(feed.getTitle()), items);
    } catch (FeedException | IOException | IllegalArgumentException e) {
      throw new IllegalArgumentException("not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
  }

  /** The fullest text the entry carries: its content, else its description; HTML made text. */
  private static String text(SyndEntry e) {
    String best = "";
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null && c.getValue().length() > best.length()) {
        best = c.getValue();
      }
    }
    if (best.isEmpty() && e.getDescription() != null && e.getDescription().getValue() != null) {
      best = e.getDescription().getValue();
    }
    if (!best.contains("<")) {
      return best.strip();
    }
    // Paragraphs become lines, so sentences and passages keep their breaks.
    var doc = Jsoup.parseBodyFragment(best);
    var paragraphs = doc.select("p, li, h2, h3");
    if (paragraphs.isEmpty()) {
      return doc.text();
    }
    return String.join("\n", paragraphs.eachText());
  }

  private static String clean(String s) {
    return s == null ? null : s.strip();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
