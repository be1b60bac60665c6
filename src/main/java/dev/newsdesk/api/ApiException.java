package dev.newsdesk.api;

/** A request the service refuses, with the status and error body to answer it with. */
public class ApiException extends RuntimeException {
  private final int status;
  private final String error;

  public ApiException(int status, String error, String detail) {
    super(detail);
    this.status = status;
    this.error = error;
  }

  public static ApiException badRequest(String error, String detail) {
    return new ApiException(400, error, detail);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(404, "not_found", detail);
  }

  public int status() {
    return status;
  }

  public String error() {
    return error;
  }
}
