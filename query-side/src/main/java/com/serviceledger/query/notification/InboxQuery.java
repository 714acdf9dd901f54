package com.serviceledger.query.notification;

import com.serviceledger.kernel.organisation.Language;
import com.serviceledger.query.web.QueryApiProperties;
import com.serviceledger.query.web.QueryParameters;
import com.serviceledger.query.web.QueryProblems;
import com.serviceledger.query.web.SearchWindow;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What a listing of the inbox asks for; every bad value is a 400 naming its parameter.
 *
 * @param unreadOnly {@code unread=true}: only what is not read yet
 * @param before     only notifications older than this {@code seq} (null: up to the newest)
 * @param language   {@code lang}, or null for each recipient's own
 */
public record InboxQuery(boolean unreadOnly, Long before, int page, int size, Language language) {

    static InboxQuery parse(String unread, String before, String page, String size, String lang,
                            QueryApiProperties api) {
        MultiValueMap<String, String> paging = new LinkedMultiValueMap<>();
        if (page != null) {
            paging.add("page", page);
        }
        if (size != null) {
            paging.add("size", size);
        }
        SearchWindow window = SearchWindow.page(paging, api);
        return new InboxQuery(Boolean.TRUE.equals(QueryParameters.flag("unread", unread)), seq("before", before),
                window.page(), window.size(), language(lang));
    }

    /** An optional seq parameter: a whole number from 1. */
    static Long seq(String name, String raw) {
        String value = QueryParameters.text(raw);
        if (value == null) {
            return null;
        }
        try {
            long seq = Long.parseLong(value);
            if (seq >= 1) {
                return seq;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw QueryProblems.invalidParameter(name, "must be a whole number from 1 (a notification's seq)");
    }

    /** An optional {@code lang}: zh-CN or en. */
    static Language language(String raw) {
        String value = QueryParameters.text(raw);
        if (value == null) {
            return null;
        }
        try {
            return Language.of(value);
        } catch (IllegalArgumentException e) {
            throw QueryProblems.invalidParameter("lang", Language.TAGS_MESSAGE);
        }
    }
}
