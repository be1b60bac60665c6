package dev.newsdesk.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.methods.MethodsClient;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.socket_mode.SocketModeClient;
import dev.newsdesk.api.ApiException;
import dev.newsdesk.chat.ChatReply;
import dev.newsdesk.chat.ChatRequest;
import dev.newsdesk.chat.NewsChat;
import dev.newsdesk.config.NewsdeskConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * The Slack bot, built on Bolt for Java. Every handler acknowledges at once and answers on a worker
 * thread: a "thinking…" message in the thread of the question, then updated with the answer. A
 * thread is a conversation, so follow-ups in it are understood. Off (and its endpoints 404) unless
 * the bot token and signing secret are set; Socket Mode when an app-level token is set too.
 */
@ApplicationScoped
public class SlackBot {
  static final String THINKING = ":mag: Looking through the news archive…";
  static final String APOLOGY = "Sorry — I couldn't answer that just now. Please try again in a moment.";
  static final String EMPTY = "Ask me a question about the news, for example: _When did the second summit happen?_";
  private static final Pattern MENTION = Pattern.compile("<@[A-Z0-9]+(\\|[^>]*)?>");

  private final NewsChat chat;
  private final FeedbackStore feedback;
  private final RecentAnswers recent;
  private final SeenEvents seen;
  private final NewsdeskConfig config;
  private final App app;
  private final SlackRequestParser parser;
  private final SlackWebApi webApi;
  private final ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
    Thread t = new Thread(r, "slack-answer");
    t.setDaemon(true);
    return t;
  });
  private SocketModeApp socketMode;

  public SlackBot(NewsChat chat, FeedbackStore feedback, RecentAnswers recent, SeenEvents seen, NewsdeskConfig config) {
    this.chat = chat;
    this.feedback = feedback;
    this.recent = recent;
    this.seen = seen;
    this.config = config;
    NewsdeskConfig.Slack slack = config.slack();
    this.webApi = new SlackWebApi(slack.maxRetries(), slack.maxRetryAfterSeconds());
    if (slack.botToken().isPresent() && slack.signingSecret().isPresent()) {
      SlackConfig slackConfig = new SlackConfig();
      slackConfig.setMethodsEndpointUrlPrefix(slack.apiUrl().endsWith("/") ? slack.apiUrl() : slack.apiUrl() + "/");
      AppConfig appConfig = AppConfig.builder()
          .singleTeamBotToken(slack.botToken().get())
          .signingSecret(slack.signingSecret().get())
          .slack(Slack.getInstance(slackConfig))
          .build();
      this.app = new App(appConfig);
      this.parser = new SlackRequestParser(appConfig);
      registerHandlers();
    } else {
      this.app = null;
      this.parser = null;
    }
  }

  public boolean isEnabled() {
    return app != null;
  }

  /** Handles one HTTP request from Slack (signature checked by Bolt: 401 when wrong or stale). */
  public Response handle(SlackRequestParser.HttpRequest request) throws Exception {
    return app.run(parser.parse(request));
  }

  void start(@Observes StartupEvent event) throws Exception {
    if (app == null) {
      return;
    }
    if (config.slack().appToken().isPresent()) {
      socketMode = new SocketModeApp(config.slack().appToken().get(), app, SocketModeClient.Backend.JavaWebSocket);
      socketMode.startAsync();
      Log.info("Slack bot connected in Socket Mode");
    } else {
      Log.info("Slack bot listening at /slack/events, /slack/commands and /slack/interactivity");
    }
  }

  void stop(@Observes ShutdownEvent event) throws Exception {
    if (socketMode != null) {
      socketMode.stop();
    }
    workers.shutdown();
    workers.awaitTermination(5, TimeUnit.SECONDS);
  }

  private void registerHandlers() {
    app.event(AppMentionEvent.class, (payload, ctx) -> {
      AppMentionEvent e = payload.getEvent();
      if (seen.firstTime(payload.getEventId()) && e.getBotId() == null) {
        String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
        workers.submit(() -> answerInThread(ctx.client(), e.getChannel(), thread, e.getText()));
      }
      return ctx.ack();
    });
    app.event(MessageEvent.class, (payload, ctx) -> {
      MessageEvent e = payload.getEvent();
      boolean direct = "im".equals(e.getChannelType());
      if (seen.firstTime(payload.getEventId()) && direct && e.getBotId() == null && e.getSubtype() == null) {
        String thread = e.getThreadTs() != null ? e.getThreadTs() : e.getTs();
        workers.submit(() -> answerInThread(ctx.client(), e.getChannel(), thread, e.getText()));
      }
      return ctx.ack();
    });
    app.command("/ask", (req, ctx) -> {
      var p = req.getPayload();
      workers.submit(() -> answerPrivately(ctx.client(), p.getChannelId(), p.getUserId(), p.getText()));
      return ctx.ack(THINKING);
    });
    app.blockAction(SlackBlocks.VOTE_UP, (req, ctx) -> vote(req, ctx, "up"));
    app.blockAction(SlackBlocks.VOTE_DOWN, (req, ctx) -> vote(req, ctx, "down"));
    app.blockAction(SlackBlocks.SHARE, (req, ctx) -> {
      var p = req.getPayload();
      String id = p.getActions().get(0).getValue();
      workers.submit(() -> recent.get(id).ifPresentOrElse(
          entry -> webApi.call("chat.postMessage", () -> ctx.client().chatPostMessage(r -> r
              .channel(p.getChannel().getId())
              .text(entry.reply().answer())
              .blocks(SlackBlocks.answer(entry.reply(), id, false, publicUrl())))),
          () -> tellUser(ctx.client(), p.getChannel().getId(), p.getUser().getId(), null,
              "That answer is too old to share; please ask again.")));
      return ctx.ack();
    });
  }

  private Response vote(BlockActionRequest req, ActionContext ctx, String vote) {
    var p = req.getPayload();
    String id = p.getActions().get(0).getValue();
    String channel = p.getChannel() == null ? null : p.getChannel().getId();
    RecentAnswers.Entry entry = recent.get(id).orElse(null);
    feedback.record(new Feedback(Instant.now(), vote, p.getUser().getId(), channel,
        entry == null ? null : entry.question(), entry == null ? null : entry.reply().answer(),
        entry == null ? List.of() : entry.reply().citations()));
    String thread = p.getContainer() == null ? null
        : p.getContainer().getThreadTs() != null ? p.getContainer().getThreadTs() : null;
    if (channel != null) {
      workers.submit(() -> tellUser(ctx.client(), channel, p.getUser().getId(), thread, "Thanks — your feedback was recorded."));
    }
    return ctx.ack();
  }

  private void answerInThread(MethodsClient client, String channel, String thread, String text) {
    String placeholder = null;
    try {
      placeholder = webApi.call("chat.postMessage", () -> client.chatPostMessage(r -> r
          .channel(channel).threadTs(thread).text(THINKING))).getTs();
    } catch (RuntimeException e) {
      Log.warnf("Could not post the thinking message: %s", e.getMessage());
    }
    String question = MENTION.matcher(text == null ? "" : text).replaceAll(" ").strip();
    Reply reply = ask(question, "slack:" + channel + ":" + thread, false);
    String ts = placeholder;
    try {
      if (ts != null) {
        webApi.call("chat.update", () -> client.chatUpdate(r -> r.channel(channel).ts(ts).text(reply.text).blocks(reply.blocks)));
      } else {
        webApi.call("chat.postMessage", () -> client.chatPostMessage(r -> r
            .channel(channel).threadTs(thread).text(reply.text).blocks(reply.blocks)));
      }
    } catch (RuntimeException e) {
      Log.errorf("Could not deliver an answer to Slack: %s", e.getMessage());
    }
  }

  private void answerPrivately(MethodsClient client, String channel, String user, String question) {
    Reply reply = ask(question == null ? "" : question.strip(), null, true);
    try {
      webApi.call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r
          .channel(channel).user(user).text(reply.text).blocks(reply.blocks)));
    } catch (RuntimeException e) {
      Log.errorf("Could not deliver an /ask answer to Slack: %s", e.getMessage());
    }
  }

  private record Reply(String text, List<com.slack.api.model.block.LayoutBlock> blocks) {}

  /** Never throws: whatever goes wrong, the reader gets a short, plain message. */
  private Reply ask(String question, String conversationId, boolean shareable) {
    if (question.isBlank()) {
      return plain(EMPTY);
    }
    try {
      ChatReply reply = chat.ask(new ChatRequest(question, conversationId, null, null));
      String id = recent.remember(question, reply);
      return new Reply(reply.answer(), SlackBlocks.answer(reply, id, shareable, publicUrl()));
    } catch (ApiException e) {
      return plain(e.getMessage());
    } catch (RuntimeException e) {
      Log.error("Answering a Slack question failed", e);
      return plain(APOLOGY);
    }
  }

  private static Reply plain(String text) {
    return new Reply(text, List.of(com.slack.api.model.block.Blocks.section(
        s -> s.text(com.slack.api.model.block.composition.BlockCompositions.markdownText(text)))));
  }

  private void tellUser(MethodsClient client, String channel, String user, String thread, String text) {
    try {
      webApi.call("chat.postEphemeral", () -> client.chatPostEphemeral(r -> r
          .channel(channel).user(user).threadTs(thread).text(text)));
    } catch (RuntimeException e) {
      Log.warnf("Could not tell a Slack user: %s", e.getMessage());
    }
  }

  private String publicUrl() {
    return config.publicUrl().orElse(null);
  }
}
