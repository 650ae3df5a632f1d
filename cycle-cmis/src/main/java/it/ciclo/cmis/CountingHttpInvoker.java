package it.ciclo.cmis;

import java.math.BigInteger;
import java.util.Map;
import org.apache.chemistry.opencmis.client.bindings.spi.BindingSession;
import org.apache.chemistry.opencmis.client.bindings.spi.http.DefaultHttpInvoker;
import org.apache.chemistry.opencmis.client.bindings.spi.http.Output;
import org.apache.chemistry.opencmis.client.bindings.spi.http.Response;
import org.apache.chemistry.opencmis.commons.impl.UrlBuilder;

/** OpenCMIS' own HTTP invoker, counting each request in the session's {@link RoundTrips}. Public for OpenCMIS only. */
public final class CountingHttpInvoker extends DefaultHttpInvoker {

    @Override
    public Response invokeGET(UrlBuilder url, BindingSession session) {
        RoundTrips.count(session.get(RoundTrips.PARAMETER));
        return super.invokeGET(url, session);
    }

    @Override
    public Response invokeGET(UrlBuilder url, BindingSession session, BigInteger offset, BigInteger length) {
        RoundTrips.count(session.get(RoundTrips.PARAMETER));
        return super.invokeGET(url, session, offset, length);
    }

    @Override
    public Response invokePOST(UrlBuilder url, String contentType, Output writer, BindingSession session) {
        RoundTrips.count(session.get(RoundTrips.PARAMETER));
        return super.invokePOST(url, contentType, writer, session);
    }

    @Override
    public Response invokePUT(UrlBuilder url, String contentType, Map<String, String> headers, Output writer,
            BindingSession session) {
        RoundTrips.count(session.get(RoundTrips.PARAMETER));
        return super.invokePUT(url, contentType, headers, writer, session);
    }

    @Override
    public Response invokeDELETE(UrlBuilder url, BindingSession session) {
        RoundTrips.count(session.get(RoundTrips.PARAMETER));
        return super.invokeDELETE(url, session);
    }
}
