package org.akhbar.platform.web;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat set for pages of tens of kilobytes served to clients that keep their connections: a
 * response leaves in one write instead of three, and a kept-alive connection is not closed after
 * every hundredth request (each reconnect costs an accept, a close and new buffers).
 */
@Component
class TomcatTuning implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            connector.setProperty("socket.appWriteBufSize", "65536");
            connector.setProperty("maxKeepAliveRequests", "-1");
        });
    }
}
