package org.w3id.normgraph.server.limits;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The response of a query that either its own thread sends, or, when the query has outrun the hard wall, the
 * watchdog: whichever comes first owns it. Once the watchdog has answered, whatever the query's thread still
 * writes is dropped. Header changes are made under the same lock, so the two threads never touch Jetty's
 * response at once.
 */
public final class GuardedResponse extends HttpServletResponseWrapper {

    private enum State { OPEN, SENDING, EXPIRED }

    private State state = State.OPEN;

    GuardedResponse(HttpServletResponse response) {
        super(response);
    }

    /** Answers {@code status} with {@code message} unless the query's own answer has begun; true if it did. */
    synchronized boolean expire(int status, String message) {
        if (state != State.OPEN) {
            return false;
        }
        state = State.EXPIRED;
        HttpServletResponse response = (HttpServletResponse) getResponse();
        try {
            byte[] body = message.getBytes(StandardCharsets.UTF_8);
            response.setStatus(status);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain; charset=utf-8");
            response.setContentLength(body.length);
            OutputStream out = response.getOutputStream();
            out.write(body);
            out.close();
        } catch (IOException | RuntimeException e) {
            // The client is gone or the response broke: nothing more can be said to it.
        }
        return true;
    }

    synchronized boolean expired() {
        return state == State.EXPIRED;
    }

    private synchronized boolean claim() {
        if (state == State.OPEN) {
            state = State.SENDING;
        }
        return state == State.SENDING;
    }

    private synchronized boolean open() {
        return state != State.EXPIRED;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        return claim() ? super.getOutputStream() : DISCARD;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return claim() ? super.getWriter() : new PrintWriter(OutputStream.nullOutputStream());
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (claim()) {
            super.sendError(sc, msg);
        }
    }

    @Override
    public void sendError(int sc) throws IOException {
        if (claim()) {
            super.sendError(sc);
        }
    }

    @Override
    public void flushBuffer() throws IOException {
        if (claim()) {
            super.flushBuffer();
        }
    }

    @Override
    public synchronized boolean isCommitted() {
        return state == State.EXPIRED || super.isCommitted();
    }

    @Override
    public synchronized void setStatus(int sc) {
        if (open()) {
            super.setStatus(sc);
        }
    }

    @Override
    public synchronized void setHeader(String name, String value) {
        if (open()) {
            super.setHeader(name, value);
        }
    }

    @Override
    public synchronized void addHeader(String name, String value) {
        if (open()) {
            super.addHeader(name, value);
        }
    }

    @Override
    public synchronized void setContentType(String type) {
        if (open()) {
            super.setContentType(type);
        }
    }

    @Override
    public synchronized void setCharacterEncoding(String charset) {
        if (open()) {
            super.setCharacterEncoding(charset);
        }
    }

    @Override
    public synchronized void setContentLength(int len) {
        if (open()) {
            super.setContentLength(len);
        }
    }

    @Override
    public synchronized void setContentLengthLong(long len) {
        if (open()) {
            super.setContentLengthLong(len);
        }
    }

    @Override
    public synchronized void reset() {
        if (open()) {
            super.reset();
        }
    }

    @Override
    public synchronized void resetBuffer() {
        if (open()) {
            super.resetBuffer();
        }
    }

    private static final ServletOutputStream DISCARD = new ServletOutputStream() {
        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("the answer has already been given");
        }

        @Override
        public void write(int b) {
            // dropped: the watchdog has answered
        }

        @Override
        public void write(byte[] b, int off, int len) {
            // dropped: the watchdog has answered
        }
    };
}
