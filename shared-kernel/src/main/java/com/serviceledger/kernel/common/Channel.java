package com.serviceledger.kernel.common;

/** Where a complaint or request came in (000 §2.2.1, 001 §3, 002 第4篇 §3). */
public enum Channel {
    HOTLINE, ONLINE, EMAIL, ON_SITE, WECHAT, SUGGESTION_BOX
}
