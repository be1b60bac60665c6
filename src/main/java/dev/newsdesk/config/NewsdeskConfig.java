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

  interface Sample {
    /** Ingest the bundled sample news on first start (when the index holds no article). */
    @WithDefault("true")
    boolean enabled();
  }

  interface Chunking {
    /** Hard cap on a passage's words, its title/source/date header included. */
    @WithDefault("190")
    int maxWords();

    /** Passages are closed once they reach this many words of body text. */
    @WithDefault("120")
    int targetWords();

    /** Sentences repeated at the start of the next passage, so facts on a boundary survive. */
    @WithDefault("1")
    int overlapSentences();
  }

  interface Embedding {
    /** Model name: bge-small-en-v1.5-q (shipped); others only with the benchmark-models profile. */
    @WithDefault("bge-small-en-v1.5-q")
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

    /** Weight of the BM25 ranking in fusion. */
    @WithDefault("1.0")
    double bm25Weight();

    /** Weight of the vector ranking in fusion. */
    @WithDefault("1.0")
    double vectorWeight();
  }

  interface Answer {
    /** Sentences the extractive answerer quotes at most. */
    @WithDefault("2")
    int maxSentences();

    /**
     * Least share (0–1) of the question's key terms that the best passage must contain before the
     * extractive answerer quotes it; below it, the answer says the archive doesn't hold it.
     */
    @WithDefault("0.5")
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
