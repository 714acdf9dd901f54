package com.serviceledger.kernel.organisation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The language a person is written to in, by its BCP 47 tag: the group works in simplified Chinese, and some staff
 * and contractors read English. One without a preference is written to in Chinese.
 */
public enum Language {

    ZH_CN("zh-CN"),
    EN("en");

    /** The tags a request may name, as one pattern. */
    public static final String TAGS = "zh-CN|en";
    public static final String TAGS_MESSAGE = "must be zh-CN or en";
    public static final Language DEFAULT = ZH_CN;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    @JsonValue
    public String tag() {
        return tag;
    }

    /** The language of the tag; null for none. */
    @JsonCreator
    public static Language of(String tag) {
        if (tag == null) {
            return null;
        }
        return Arrays.stream(values()).filter(language -> language.tag.equals(tag)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown language " + tag));
    }

    /** The language, or the default for none. */
    public static Language orDefault(Language language) {
        return language == null ? DEFAULT : language;
    }
}
