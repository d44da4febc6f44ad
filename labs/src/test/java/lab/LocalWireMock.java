package lab;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;

/** WireMock 3 on Jetty 12 as the labs' tests use it: loopback only, a free port, HTTP/1.1 (see LABS-NOTES). */
public final class LocalWireMock {

    private LocalWireMock() {
    }

    public static WireMockExtension extension(Extension... extensions) {
        return WireMockExtension.newInstance()
                .options(wireMockConfig()
                        .bindAddress("127.0.0.1")
                        .dynamicPort()
                        .http2PlainDisabled(true) // over h2c, Jetty 12 turns injected faults into HTTP 500s
                        .extensions(extensions))
                .failOnUnmatchedRequests(true)
                .build();
    }
}
