package org.crp.common.web;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every REST client call to another service carries the {@link CallContext}: {@code X-Request-Id} and
 * {@code X-Acting-For}, unless the call set them itself.
 */
@Provider
public class CallContextHeaders implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        CallContext.Current current = CallContext.current();
        if (RequestIds.isWellFormed(current.requestId()) && !request.getHeaders().containsKey(RequestIds.HEADER)) {
            request.getHeaders().putSingle(RequestIds.HEADER, current.requestId());
        }
        if (CallContext.isWellFormed(current.actingFor()) && !request.getHeaders().containsKey(CallContext.ACTING_FOR)) {
            request.getHeaders().putSingle(CallContext.ACTING_FOR, current.actingFor());
        }
    }
}
