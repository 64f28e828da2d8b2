package org.w3id.normgraph.server.limits;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * A HEAD request passed on as the GET it asks about, for Fuseki's query endpoints, which answer HEAD with 405 (an
 * answer depends on the query, so Fuseki leaves HEAD out) while their {@code Allow} lists it. The GET is answered
 * as usual, the answer cache included; its body is counted for {@code Content-Length} and dropped.
 */
public final class HeadAsGet extends HttpServletRequestWrapper {

    HeadAsGet(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getMethod() {
        return "GET";
    }

    /** {@code response} with what is written to it counted and dropped. */
    static final class Bodiless extends HttpServletResponseWrapper {

        private long length;
        private ServletOutputStream stream;
        private PrintWriter writer;

        Bodiless(HttpServletResponse response) {
            super(response);
        }

        /** Sends the length of the body that was dropped, unless the answer said one or is already sent. */
        void finish() {
            if (writer != null) {
                writer.flush();
            }
            if (!isCommitted() && !containsHeader("Content-Length")) {
                setContentLengthLong(length);
            }
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        length++;
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        length += len;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        try {
                            listener.onWritePossible();
                        } catch (IOException e) {
                            listener.onError(e);
                        }
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(),
                        Charset.forName(getCharacterEncoding())));
            }
            return writer;
        }

        @Override
        public void resetBuffer() {
            length = 0;
            super.resetBuffer();
        }

        @Override
        public void reset() {
            length = 0;
            super.reset();
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }
    }
}
