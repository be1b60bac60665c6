package dev.newsdesk.slack;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Slack's Socket Mode end, locally: a WebSocket server that greets the bot with "hello", sends it
 * envelopes the test writes, and records what the bot sends back (acknowledgements).
 */
final class FakeSocketMode extends WebSocketServer {
  private final List<String> received = new CopyOnWriteArrayList<>();
  private final CountDownLatch connected = new CountDownLatch(1);
  private final CountDownLatch started = new CountDownLatch(1);

  FakeSocketMode() {
    super(new InetSocketAddress("127.0.0.1", 0));
    setReuseAddr(true);
  }

  String url() {
    return "ws://127.0.0.1:" + getPort() + "/link";
  }

  void startAndWait() throws InterruptedException {
    start();
    started.await(10, TimeUnit.SECONDS);
  }

  boolean awaitConnection() throws InterruptedException {
    return connected.await(30, TimeUnit.SECONDS);
  }

  List<String> received() {
    return List.copyOf(received);
  }

  @Override
  public void onOpen(WebSocket socket, ClientHandshake handshake) {
    socket.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"local\"},"
        + "\"connection_info\":{\"app_id\":\"A1\"}}");
    connected.countDown();
  }

  @Override
  public void onClose(WebSocket socket, int code, String reason, boolean remote) {}

  @Override
  public void onMessage(WebSocket socket, String message) {
    received.add(message);
  }

  @Override
  public void onError(WebSocket socket, Exception e) {}

  @Override
  public void onStart() {
    started.countDown();
  }
}
