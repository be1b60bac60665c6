package dev.newsdesk.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/**
 * Every setting a user may change, under one prefix: {@code newsdesk.*} in application.properties,
 * {@code NEWSDESK_*} in the environment or {@code .env}.
 */
@ConfigMapping(prefix = "newsdesk")
public interface NewsdeskConfig {

  /** Folder that holds the Lucene index. Created when missing. */
  @WithDefault("data")
  String dataDir();

  /** Folder of article files (JSON, JSON Lines, text) ingested at start. */
  Optional<String> ingestDir();

  /** RSS or Atom feeds to poll (comma-separated URLs). */
  Optional<java.util.List<String>> feeds();

  /**
   * A file listing feeds, one per line: the URL, optionally followed by a space and the source name
   * to use instead of the feed's title. Lines starting with # are comments.
   */
  Optional<String> feedsFile();

  /** How often feeds are polled (and the ingest folder rescanned). */
  @WithDefault("15m")
  java.time.Duration feedInterval();

  /** Poll feeds and rescan the ingest folder on the schedule; off, only on demand. */
  @WithDefault("true")
  boolean feedPolling();

  /** Articles older than this many days (by publication date) are purged daily; unset keeps all. */
  Optional<Integer> retentionDays();

  /** Fetching web pages and feeds. */
  Fetch fetch();

  /** Spotting the same story republished by several outlets. */
  Dedupe dedupe();

  /** Bearer token for write endpoints; when unset, only loopback callers may write. */
  Optional<String> adminToken();

  /** The bundled sample corpus. */
  Sample sample();

  /** How articles are cut into passages. */
  Chunking chunking();

  /** The in-process embedding model. */
  Embedding embedding();

  /** How passages are found for a question. */
  Retrieval retrieval();

  /** How answers are written. */
  Answer answer();

  /** Which LLM writes answers, if any. */
  Llm llm();

  /** An OpenAI-compatible chat-completions server. */
  OpenAi openai();

  /** An Ollama server. */
  Ollama ollama();

  /** Conversation memory. */
  Conversation conversation();

  /** The web widget and browsers calling the chat API. */
  Widget widget();

  /** The Slack bot; off unless its tokens are set. */
  Slack slack();

  /**
   * The address readers reach this service at (https://newsdesk.example.com), for links to its
   * article pages in Slack; unset, sources without a URL of their own are not linked.
   */
  Optional<String> publicUrl();

  interface Sample {
    /** Ingest the bundled sample news on first start (when the index holds no article). */
    @WithDefault("true")
    boolean enabled();
  }

  interface Fetch {
    /** Time allowed to connect, and for a whole response. */
    @WithDefault("10s")
    java.time.Duration timeout();

    /** Largest response read; a larger page or feed is refused. */
    @WithDefault("5000000")
    long maxBytes();

    /** How Newsdesk names itself to the sites it fetches from. */
    @WithDefault("Newsdesk/0.1 (news archive assistant; +https://github.com/newsdesk)")
    String userAgent();
  }

  interface Dedupe {
    /**
     * Estimated share of word 5-grams two articles must have in common (Jaccard, 0–1) to count as
     * copies of one story; 0 turns the check off.
     */
    @WithDefault("0.5")
    double threshold();
  }

  interface Chunking {
    /** Hard cap on a passage's words, its title/source/date header included. */
    @WithDefault("190")
    int maxWords();

    /** Passages are closed once they reach this many words of body text. */
    @WithDefault("170")
    int targetWords();

    /** Sentences repeated at the start of the next passage, so facts on a boundary survive. */
    @WithDefault("1")
    int overlapSentences();
  }

  interface Embedding {
    /**
     * Model name: all-minilm-l6-v2-q (shipped; it reads the first 128 tokens of a passage);
     * bge-small-en-v1.5-q and e5-small-v2-q with the benchmark-models Maven profile.
     */
    @WithDefault("all-minilm-l6-v2-q")
    String model();

    /** Passages embedded per call. */
    @WithDefault("32")
    int batchSize();

    /** Folder keeping vectors of text already embedded, so rebuilds embed only new text. */
    Optional<String> cacheDir();
  }

  interface Retrieval {
    /** Passages handed to the answerer (and returned by /api/search when k is not given). */
    @WithDefault("6")
    int topK();

    /** Candidates each retriever (BM25, vector) contributes to fusion. */
    @WithDefault("50")
    int candidates();

    /** The k of reciprocal rank fusion: higher flattens the rank curve. */
    @WithDefault("60")
    int rrfK();

    /** BM25's term-frequency saturation: lower makes repeated words count less. */
    @WithDefault("1.2")
    double bm25K1();

    /** BM25's length normalisation, 0 (none) to 1 (full). */
    @WithDefault("0.75")
    double bm25B();

    /** Weight of the BM25 ranking in fusion. */
    @WithDefault("1.0")
    double bm25Weight();

    /** Weight of the vector ranking in fusion. */
    @WithDefault("1.0")
    double vectorWeight();

    /**
     * Questions with at most this many key words (after stop words) are searched by vector as well
     * as BM25; longer ones by BM25 only, which ranked better on long questions and is twice as fast.
     * 0 never uses vectors; a large number always does.
     */
    @WithDefault("12")
    int vectorMaxTerms();

    /**
     * Weight of the extra rankings run within each source a question names ("according to
     * Reuters"), relative to the plain ones; 0 ignores named sources.
     */
    @WithDefault("1.0")
    double sourceWeight();

    /** Weight of the extra rankings run within each date a question names; 0 ignores dates. */
    @WithDefault("1.0")
    double dateWeight();

    /** Weight of the extra rankings within the article a reader is on ("ask about this article"). */
    @WithDefault("1.0")
    double articleWeight();

    /** Passages of one article allowed among the results before other articles get a turn; 0: no limit. */
    @WithDefault("0")
    int maxPerArticle();

    /** Fused candidates the second stage reorders; 0 turns it off. */
    @WithDefault("20")
    int rerankDepth();

    /**
     * Second stage: weight of the best single sentence's (or adjacent pair's) coverage of the
     * question's rare words, against the fused rank (1 for the first, 1/2 for the second …).
     */
    @WithDefault("8")
    double sentenceWeight();

    /** Second stage: a pair of adjacent sentences counts this share of its coverage. */
    @WithDefault("0.8")
    double pairDiscount();

    /** Second stage: weight of the whole passage's (with title) coverage of the question's words. */
    @WithDefault("0.3")
    double passageWeight();

    /** Second stage: bonus for a passage from a source, and for one from a date, the question names. */
    @WithDefault("0.5")
    double mentionWeight();

    /** Second stage: weight of the passage vector's closeness to the question's. */
    @WithDefault("2")
    double denseWeight();

    /** Search for the question without the names of sources and dates it mentions. */
    @WithDefault("true")
    boolean stripMentions();
  }

  interface Answer {
    /** Sentences the extractive answerer quotes at most. */
    @WithDefault("2")
    int maxSentences();

    /**
     * Least support (0–1: the best passage's share of the question's rare-word weight, lowered for
     * missing numbers and unknown publications) before the extractive answerer quotes; below it,
     * the answer says the archive doesn't hold it. Tuned on MultiHop-RAG's unanswerable queries.
     */
    @WithDefault("0.28")
    double minCoverage();

    /** Longest question accepted, in characters. */
    @WithDefault("1000")
    int maxQuestionLength();

    /** What the reader is told when the archive holds no answer. */
    @WithDefault("I could not find this in the news archive.")
    String notFoundMessage();
  }

  interface Llm {
    /** none (extractive answers, no LLM), openai (any OpenAI-compatible server) or ollama. */
    @WithDefault("none")
    String provider();

    /** Time allowed for one LLM call. */
    @WithDefault("60s")
    Duration timeout();

    /** Retries of a failed (non-streaming) LLM call. */
    @WithDefault("2")
    int maxRetries();

    /** Sampling temperature; low keeps answers close to the passages. */
    @WithDefault("0.1")
    double temperature();
  }

  interface OpenAi {
    /** Base URL of the chat-completions API (OpenAI, vLLM, llama.cpp, LM Studio, Groq …). */
    @WithDefault("https://api.openai.com/v1")
    String baseUrl();

    /** API key; many local servers accept any value. */
    Optional<String> apiKey();

    /** Model name as the server knows it. */
    @WithDefault("gpt-4o-mini")
    String model();
  }

  interface Ollama {
    /** Base URL of the Ollama server. */
    @WithDefault("http://localhost:11434")
    String baseUrl();

    /** Model name as Ollama knows it. */
    @WithDefault("llama3.1")
    String model();
  }

  interface Widget {
    /**
     * Origins (scheme://host[:port]) whose pages may call the chat API from a browser; "*" allows
     * any. The service's own origin and localhost are always allowed.
     */
    Optional<java.util.List<String>> allowedOrigins();

    /** Chat requests one client (IP address) may make per minute; 0 turns the limit off. */
    @WithDefault("30")
    int rateLimit();
  }

  interface Slack {
    /** Bot token (xoxb-…): with the signing secret, switches the Events API endpoints on. */
    Optional<String> botToken();

    /** Signing secret of the Slack app: every request from Slack is verified with it. */
    Optional<String> signingSecret();

    /** App-level token (xapp-…): switches Socket Mode on (no public URL needed). */
    Optional<String> appToken();

    /** Slack's Web API; changed only to point at a proxy or a test server. */
    @WithDefault("https://slack.com/api/")
    String apiUrl();

    /** Retries of a Web API call Slack rate-limited (HTTP 429), each after its Retry-After. */
    @WithDefault("3")
    int maxRetries();

    /** Longest wait for one Retry-After, in seconds; a longer one fails the call. */
    @WithDefault("30")
    int maxRetryAfterSeconds();
  }

  interface Conversation {
    /** Turns remembered per conversation. */
    @WithDefault("6")
    int maxTurns();

    /** A conversation is forgotten after this long without a question. */
    @WithDefault("30m")
    Duration ttl();

    /** Conversations kept at most; the least recently used is forgotten first. */
    @WithDefault("10000")
    int maxConversations();
  }
}
