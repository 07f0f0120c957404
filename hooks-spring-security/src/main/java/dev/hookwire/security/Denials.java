package dev.hookwire.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer a client gets when a hook denied its login on a mechanism that answers with a bare
 * status (HTTP Basic's entry point sends 401): the denial is recorded on the request, and the
 * response's {@code sendError(401)} becomes a JSON body {@code {"error":"access_denied",
 * "message":"..."}} with the hook's message (or the generic one), headers such as {@code
 * WWW-Authenticate} kept.
 */
final class Denials {
  private static final String ATTRIBUTE = Denials.class.getName();

  private Denials() {}

  static void record(HookDeniedException denial) {
    HttpServletRequest request = HookRequests.current();
    if (request != null) {
      request.setAttribute(ATTRIBUTE, denial);
    }
  }

  static HttpServletResponse answering(HttpServletRequest request, HttpServletResponse response) {
    return new HttpServletResponseWrapper(response) {
      @Override
      public void sendError(int status, String message) throws IOException {
        if (!answer(status)) {
          super.sendError(status, message);
        }
      }

      @Override
      public void sendError(int status) throws IOException {
        if (!answer(status)) {
          super.sendError(status);
        }
      }

      private boolean answer(int status) throws IOException {
        Object denial = request.getAttribute(ATTRIBUTE);
        if (status != HttpServletResponse.SC_UNAUTHORIZED
            || !(denial instanceof HookDeniedException d)) {
          return false;
        }
        setStatus(status);
        setContentType("application/json");
        setCharacterEncoding(StandardCharsets.UTF_8.name());
        getWriter().write(json(d.getMessage()));
        getWriter().flush();
        return true;
      }
    };
  }

  /** {@code {"error":"access_denied","message":"..."}}, the message escaped for JSON. */
  static String json(String message) {
    StringBuilder out = new StringBuilder("{\"error\":\"access_denied\",\"message\":\"");
    for (char c : message.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == '<' || c == '>' || c == '&') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append("\"}").toString();
  }
}
