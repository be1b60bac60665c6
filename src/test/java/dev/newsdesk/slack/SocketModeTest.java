package dev.newsdesk.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Socket Mode against local fakes: apps.connections.open on the fake Web API hands the bot a local
 * WebSocket URL; a mention arrives as an envelope there, is acknowledged, and is answered through
 * the Web API like any other.
 */
@QuarkusTest
@TestProfile(SocketModeTest.WithSocketMode.class)
class SocketModeTest {
  public static class WithSocketMode implements QuarkusTestProfile {
    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(Fakes.class));
    }
  }

  /** Both fakes, started before the application. */
  public static class Fakes implements QuarkusTestResourceLifecycleManager {
    private FakeSlack slack;
    private FakeSocketMode socket;

    @Override
    public Map<String, String> start() {
      try {
        slack = new FakeSlack();
        socket = new FakeSocketMode();
        socket.startAndWait();
        slack.socketModeUrl(socket.url());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      Map<String, String> config = new HashMap<>();
      config.put("newsdesk.slack.bot-token", "xoxb-test-token");
      config.put("newsdesk.slack.signing-secret", FakeSlackResource.SIGNING_SECRET);
      config.put("newsdesk.slack.app-token", "xapp-test-token");
      config.put("newsdesk.slack.api-url", slack.apiUrl());
      return config;
    }

    @Override
    public void inject(TestInjector injector) {
      injector.injectIntoFields(slack, new TestInjector.MatchesType(FakeSlack.class));
      injector.injectIntoFields(socket, new TestInjector.MatchesType(FakeSocketMode.class));
    }

    @Override
    public void stop() {
      try {
        socket.stop(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      slack.close();
    }
  }

  FakeSlack slack;
  FakeSocketMode socket;

  @Test
  void aMentionOverTheSocketIsAcknowledgedAndAnsweredInItsThread() throws Exception {
    assertTrue(socket.awaitConnection(), "the bot connected to the WebSocket URL it was given");
    assertTrue(slack.calls("apps.connections.open").size() >= 1);
    String event = "{\"token\":\"x\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"type\":\"event_callback\","
        + "\"event_id\":\"EvSock1\",\"event_time\":1700000000,\"event\":{\"type\":\"app_mention\",\"user\":\"U1\","
        + "\"text\":\"<@UBOT> When did the second summit happen?\",\"ts\":\"1700000100.000100\","
        + "\"channel\":\"C9\",\"event_ts\":\"1700000100.000100\"}}";
    socket.broadcast("{\"envelope_id\":\"env-1\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
        + "\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":" + event + "}");

    long end = System.nanoTime() + 30_000_000_000L;
    while (slack.calls("chat.update").isEmpty() && System.nanoTime() < end) {
      Thread.sleep(50);
    }
    assertTrue(socket.received().stream().anyMatch(m -> m.contains("env-1")), "envelope acknowledged: " + socket.received());
    assertEquals(1, slack.calls("chat.update").size());
    assertTrue(slack.calls("chat.update").get(0).params().get("text").contains("June"));
    assertEquals("1700000100.000100", slack.calls("chat.postMessage").get(0).params().get("thread_ts"));
  }
}
