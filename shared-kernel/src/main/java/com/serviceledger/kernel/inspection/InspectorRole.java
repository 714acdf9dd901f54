package com.serviceledger.kernel.inspection;

/** Who takes part in a quality inspection (002 第3篇 (1)). */
public enum InspectorRole {
    /** The management office's assistant (助理). */
    ASSISTANT,
    /** The foreman (領班). */
    FOREMAN,
    /** The service contractor's lead for this area (清潔公司駐本區負責人). */
    CONTRACTOR_SITE_LEAD,
    /** Staff sent by the company's technical department (公司技術部). */
    TECHNICAL_DEPARTMENT,
    /** The management office's manager (管理處經理). */
    MANAGER
}
