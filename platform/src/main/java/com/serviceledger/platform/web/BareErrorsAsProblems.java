package com.serviceledger.platform.web;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import reactor.netty.NettyPipeline;

/**
 * The HTTP server refuses a request it cannot decode (a request line longer than
 * {@code server.netty.max-initial-line-length}: 414, headers over {@code max-header-size}: 431, a broken request
 * line: 400) by itself, with an empty body, before the application sees it. This puts a problem body into those
 * answers, so every 4xx a client gets is {@code application/problem+json} with a {@code type}. It sits right after
 * the HTTP codec, where the server writes those answers; the application's own answers always have a body and
 * pass unchanged.
 */
public final class BareErrorsAsProblems extends ChannelDuplexHandler {

    private static final Map<Integer, String> PROBLEMS = Map.of(
            400, problem(400, "malformed-request", "Malformed request", "The HTTP request could not be decoded"),
            414, problem(414, "uri-too-long", "URI too long",
                    "The request line is longer than the server accepts (server.netty.max-initial-line-length)"),
            431, problem(431, "headers-too-large", "Request headers too large",
                    "The request headers are larger than the server accepts (server.netty.max-header-size)"));

    /**
     * Adds the handler to every connection of the application's server, when the channel is set up (after the
     * server's own codecs): a connection's first request may be the one that fails to decode.
     */
    public static NettyServerCustomizer customizer() {
        return server -> server.doOnChannelInit((observer, channel, remoteAddress) -> {
            var pipeline = channel.pipeline();
            if (pipeline.get(NettyPipeline.HttpCodec) != null && pipeline.get(BareErrorsAsProblems.class) == null) {
                pipeline.addAfter(NettyPipeline.HttpCodec, "serviceledger.bareErrorsAsProblems",
                        new BareErrorsAsProblems());
            }
        });
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof FullHttpResponse response && response.content().readableBytes() == 0
                && PROBLEMS.containsKey(response.status().code())) {
            byte[] body = PROBLEMS.get(response.status().code()).getBytes(StandardCharsets.UTF_8);
            FullHttpResponse withBody = response.replace(Unpooled.wrappedBuffer(body));
            withBody.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
            response.release();
            ctx.write(withBody, promise);
            return;
        }
        ctx.write(msg, promise);
    }

    private static String problem(int status, String code, String title, String detail) {
        return "{\"type\":\"" + Problems.type(code) + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
    }
}
