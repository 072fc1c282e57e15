import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * bench/run's floor for the gateway: vertx-http-proxy alone, with the gateway's Vert.x, Netty and client
 * settings (kept-alive connections, TCP_NODELAY, a client per event loop, as many event loops as the gateway
 * runs) and nothing else: no routing, token check, policy, limits, request id, headers, log or metrics.
 * Run from the gateway's packaged libraries:
 *
 * <pre>java -cp 'gateway/target/quarkus-app/lib/main/*' bench/ProxyFloor.java PORT BACKEND_PORT EVENT_LOOPS</pre>
 */
public class ProxyFloor {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int backendPort = Integer.parseInt(args[1]);
        int eventLoops = Integer.parseInt(args[2]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops).setPreferNativeTransport(true));
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() {
                var client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                        new PoolOptions().setHttp1MaxSize(200));
                vertx.createHttpServer()
                        .requestHandler(HttpProxy.reverseProxy(client).origin(backendPort, "127.0.0.1"))
                        .listen(port)
                        .onFailure(failure -> {
                            failure.printStackTrace();
                            System.exit(1);
                        });
            }
        }, new DeploymentOptions().setInstances(eventLoops));
    }
}
