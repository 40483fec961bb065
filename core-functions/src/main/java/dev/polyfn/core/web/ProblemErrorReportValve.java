package dev.polyfn.core.web;

import java.io.IOException;
import java.io.Writer;

import dev.polyfn.core.PortableResponse;
import dev.polyfn.core.internal.Problems;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's answer to requests it rejects before any application code runs (an undecodable URL, a bad header) as
 * problem+json instead of an HTML page naming the server.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String body = "{\"type\":\"about:blank\",\"title\":\"" + Problems.title(status) + "\",\"status\":" + status
                + ",\"detail\":\"The server could not process the request as sent.\","
                + "\"instance\":\"urn:polyfn:server\"}";
        try {
            response.setContentType(PortableResponse.PROBLEM_JSON);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        }
        catch (IOException | IllegalStateException e) {
            // the connection is gone or the response was committed meanwhile: nothing more to say
        }
    }
}
