#!/usr/bin/env python3
"""Writes objects/*.ndjson: the ServiceLedger data views, Lens visualizations, dashboards and saved searches
as Kibana 9 saved objects (the _import format). The NDJSON files are what is imported and what
KibanaObjectsConsistencyTest checks; this script only keeps them uniform (ids, formula hidden columns,
panel references). Run it after editing, then `./mvnw -B -q -pl deploy/kibana -am verify`.

Standard library only: python3 deploy/kibana/generate.py
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "objects")

# as Kibana 9 exports them; an older typeMigrationVersion is migrated forward on import, a newer one refused
CORE = "8.8.0"
TYPE_VERSION = {"index-pattern": "8.0.0", "lens": "8.9.0", "dashboard": "10.2.0", "search": "10.5.0"}


def saved(type_, id_, attributes, references):
    return {"type": type_, "id": id_, "attributes": attributes, "references": references,
            "coreMigrationVersion": CORE, "typeMigrationVersion": TYPE_VERSION[type_], "managed": False}


def js(value):
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


# ---------------------------------------------------------------- data views
def data_view(id_, title, name, time_field=None, formats=None):
    attributes = {"title": title, "name": name, "allowNoIndex": True, "fieldAttrs": "{}",
                  "fieldFormatMap": js(formats or {}), "runtimeFieldMap": "{}", "sourceFilters": "[]"}
    if time_field:
        attributes["timeFieldName"] = time_field
    return saved("index-pattern", id_, attributes, [])


PERCENT = {"id": "percent", "params": {"pattern": "0.0%"}}
DATA_VIEWS = [
    # one per view alias, on the instant analysts filter by
    data_view("serviceledger-complaints", "sq-complaints", "Complaints", "receivedAt"),
    data_view("serviceledger-service-requests", "sq-service-requests", "Service requests", "receivedAt"),
    data_view("serviceledger-inspections", "sq-inspections", "Inspections", "inspectedAt",
              {"passRate": PERCENT}),
    data_view("serviceledger-rectifications", "sq-rectifications", "Rectifications", "raisedAt",
              {"lateBySeconds": {"id": "duration", "params": {"inputFormat": "seconds",
                                                              "outputFormat": "humanize"}}}),
    data_view("serviceledger-ratings", "sq-ratings", "Ratings", "ratedAt"),
    # monthly and directory documents: no instant of their own (filter by the month keyword)
    data_view("serviceledger-scorecards", "sq-scorecards", "Staff scorecards"),
    data_view("serviceledger-quality-months", "sq-quality-months", "Quality months"),
    data_view("serviceledger-staff", "sq-staff", "Staff"),
    data_view("serviceledger-subsidiaries", "sq-subsidiaries", "Subsidiaries"),
    data_view("serviceledger-policies", "sq-policies", "Policies in force"),
    data_view("serviceledger-history", "sq-history", "Event history", "@timestamp"),
    # the metrics' periods: each on the local date the API counts it by (MetricSources), so the time picker
    # selects the same items the API does
    data_view("serviceledger-metric-interactions", "sq-complaints,sq-service-requests",
              "Metric: complaints and service interactions (received date)", "receivedDate"),
    data_view("serviceledger-metric-service-request-delivery", "sq-service-requests",
              "Metric: service request deliveries (settled date)", "sla.delivery.settledDate"),
    data_view("serviceledger-metric-rectifications", "sq-rectifications",
              "Metric: rectifications (settled date)", "settledDate"),
    data_view("serviceledger-metric-ratings", "sq-ratings", "Metric: ratings (rated date)", "ratedDate"),
    data_view("serviceledger-metric-complaint-callbacks", "sq-complaints",
              "Metric: complaint callbacks (called-back date)", "calledBackDate"),
    data_view("serviceledger-metric-acceptance-surveys", "sq-service-requests",
              "Metric: acceptance surveys (surveyed date)", "surveyedDate"),
]
for target in ["contact", "onSite", "resolution", "callback"]:
    DATA_VIEWS.append(data_view("serviceledger-metric-complaint-" + target.lower(), "sq-complaints",
                                "Metric: complaint %s target (settled date)" % target,
                                "sla.%s.settledDate" % target))
# the emergency and improvement views (000 §8, 001 §7; 000 §5.4 item 2) and the satisfaction target per policy version
DATA_VIEWS += [
    data_view("serviceledger-improvement-actions", "sq-improvement-actions", "Improvement actions", "raisedAt"),
    data_view("serviceledger-incidents", "sq-incidents", "Incidents", "declaredAt"),
    data_view("serviceledger-emergency-plans", "sq-emergency-plans", "Emergency plans"),
    data_view("serviceledger-satisfaction-targets", "sq-satisfaction-targets", "Satisfaction targets by policy version",
              "publishedAt"),
]


# ---------------------------------------------------------------- Lens columns
def date_histogram(field):
    return {"label": field, "dataType": "date", "operationType": "date_histogram", "sourceField": field,
            "isBucketed": True, "scale": "interval",
            "params": {"interval": "M", "includeEmptyRows": True, "dropPartials": False}}


def terms(field, size=10, label=None, order_by=None):
    column = {"label": label or field, "dataType": "string", "operationType": "terms", "sourceField": field,
              "isBucketed": True, "scale": "ordinal",
              "params": {"size": size, "orderBy": order_by or {"type": "alphabetical", "fallback": True},
                         "orderDirection": "asc", "otherBucket": True, "missingBucket": False,
                         "parentFormat": {"id": "terms"}, "include": [], "exclude": [],
                         "includeIsRegex": False, "excludeIsRegex": False}}
    if label:
        column["customLabel"] = True
    return column


def count(label="Count", kql=None):
    column = {"label": label, "dataType": "number", "operationType": "count", "isBucketed": False,
              "scale": "ratio", "sourceField": "___records___", "params": {"emptyAsNull": True},
              "customLabel": True}
    if kql:
        column["filter"] = {"query": kql, "language": "kuery"}
    return column


class F:
    """A formula term: an aggregation leaf, a number, or an operation."""

    def __init__(self, kind, text, op=None, args=(), field=None, kql=None):
        self.kind, self.text, self.op, self.args, self.field, self.kql = kind, text, op, args, field, kql

    def __truediv__(self, other):
        return F.binary("divide", "/", self, other)

    def __mul__(self, other):
        return F.binary("multiply", "*", self, other)

    @staticmethod
    def binary(op, symbol, left, right):
        right = right if isinstance(right, F) else F("number", str(right), args=(right,))
        left_text = "(%s)" % left.text if left.kind == "op" else left.text
        right_text = "(%s)" % right.text if right.kind == "op" else right.text
        return F("op", "%s %s %s" % (left_text, symbol, right_text), op=op, args=(left, right))


def agg(operation, field=None, kql=None):
    inner = ", ".join(([field] if field else []) + (["kql='%s'" % kql] if kql else []))
    return F("leaf", "%s(%s)" % (operation, inner), op=operation, field=field, kql=kql)


def formula(columns, column_id, label, term, number_format=None):
    """A Lens formula column as Lens saves it: the formula, one hidden column per aggregation, one hidden math
    column combining them (tinymath AST), all named <column_id>X<n>."""
    hidden = []

    def leaf_column(leaf):
        hidden_id = "%sX%d" % (column_id, len(hidden))
        column = {"label": "Part of " + label, "dataType": "number", "operationType": leaf.op,
                  "isBucketed": False, "scale": "ratio", "customLabel": True,
                  "sourceField": leaf.field or "___records___", "params": {"emptyAsNull": False}}
        if leaf.op != "count":
            column["params"] = {}
        if leaf.kql:
            column["filter"] = {"query": leaf.kql, "language": "kuery"}
        hidden.append((hidden_id, column))
        return hidden_id

    def ast(node):
        if node.kind == "leaf":
            return leaf_column(node)
        if node.kind == "number":
            return node.args[0]
        return {"type": "function", "name": node.op, "args": [ast(a) for a in node.args],
                "location": {"min": 0, "max": len(node.text)}, "text": node.text}

    tree = ast(term)
    refs = [hidden_id for hidden_id, _ in hidden]
    if term.kind == "leaf":
        references = refs
    else:
        math_id = "%sX%d" % (column_id, len(hidden))
        hidden.append((math_id, {"label": "Part of " + label, "dataType": "number", "operationType": "math",
                                 "isBucketed": False, "scale": "ratio", "customLabel": True,
                                 "params": {"tinymathAst": tree}, "references": refs}))
        references = [math_id]
    params = {"formula": term.text, "isFormulaBroken": False}
    if number_format:
        params["format"] = number_format
    columns[column_id] = {"label": label, "dataType": "number", "operationType": "formula",
                          "isBucketed": False, "scale": "ratio", "customLabel": True, "params": params,
                          "references": references}
    for hidden_id, column in hidden:
        columns[hidden_id] = column


PCT = {"id": "percent", "params": {"decimals": 1}}
NUM2 = {"id": "number", "params": {"decimals": 2}}


class Layer:
    def __init__(self, layer_id, data_view_id):
        self.id, self.data_view, self.columns, self.order, self.visible = layer_id, data_view_id, {}, [], []

    def add(self, column_id, column):
        self.columns[column_id] = column
        self.order.append(column_id)
        self.visible.append(column_id)
        return column_id

    def formula(self, column_id, label, term, number_format=None):
        before = set(self.columns)
        formula(self.columns, column_id, label, term, number_format)
        self.order.append(column_id)
        self.visible.append(column_id)
        self.order.extend(c for c in self.columns if c not in before and c != column_id)
        return column_id

    def state(self):
        return {"columns": self.columns, "columnOrder": self.order, "incompleteColumns": {}, "sampling": 1}


def lens(id_, title, description, layers, visualization_type, visualization, query=""):
    references = [{"type": "index-pattern", "id": l.data_view,
                   "name": "indexpattern-datasource-layer-" + l.id} for l in layers]
    attributes = {"title": title, "description": description, "visualizationType": visualization_type,
                  "state": {"datasourceStates": {"formBased": {"layers": {l.id: l.state() for l in layers}}},
                            "visualization": visualization, "query": {"query": query, "language": "kuery"},
                            "filters": [], "adHocDataViews": {}, "internalReferences": []}}
    return saved("lens", id_, attributes, references)


def xy(id_, title, description, layers, series, series_type="line", query="", percent_axis=False):
    """series: per layer (x column, [y columns], split column or None)."""
    vis_layers = []
    for layer, (x, ys, split) in zip(layers, series):
        vis_layer = {"layerId": layer.id, "layerType": "data", "seriesType": series_type, "xAccessor": x,
                     "accessors": ys}
        if split:
            vis_layer["splitAccessor"] = split
        vis_layers.append(vis_layer)
    visualization = {"legend": {"isVisible": True, "position": "right"}, "valueLabels": "hide",
                     "preferredSeriesType": series_type, "fittingFunction": "Linear",
                     "axisTitlesVisibilitySettings": {"x": True, "yLeft": True, "yRight": True},
                     "layers": vis_layers}
    if percent_axis:
        visualization["yLeftExtent"] = {"mode": "custom", "lowerBound": 0, "upperBound": 1}
    return lens(id_, title, description, layers, "lnsXY", visualization, query)


def table(id_, title, description, layer, query="", sort=None):
    visualization = {"layerId": layer.id, "layerType": "data",
                     "columns": [{"columnId": c, "isTransposed": False} for c in layer.visible]}
    if sort:
        visualization["sorting"] = {"columnId": sort[0], "direction": sort[1]}
    return lens(id_, title, description, [layer], "lnsDatatable", visualization, query)


def metric(id_, title, description, layer, column_id, query=""):
    return lens(id_, title, description, [layer], "lnsMetric",
                {"layerId": layer.id, "layerType": "data", "metricAccessor": column_id}, query)


# ---------------------------------------------------------------- dashboards
def dashboard(id_, title, description, panels, time_from="now-12M/M"):
    """panels: (saved object, width, height, type), laid out left to right on a 48-column grid."""
    panels_json, references, x, y, row_height = [], [], 0, 0, 0
    for n, (obj, w, h) in enumerate(panels, start=1):
        if x + w > 48:
            x, y, row_height = 0, y + row_height, 0
        index = "p%d" % n
        panels_json.append({"type": obj["type"], "panelIndex": index, "panelRefName": "panel_" + index,
                            "gridData": {"x": x, "y": y, "w": w, "h": h, "i": index},
                            "embeddableConfig": {"enhancements": {}}})
        references.append({"name": "%s:panel_%s" % (index, index), "type": obj["type"], "id": obj["id"]})
        x, row_height = x + w, max(row_height, h)
    attributes = {"title": title, "description": description, "panelsJSON": js(panels_json),
                  "optionsJSON": js({"useMargins": True, "syncColors": False, "syncCursor": True,
                                     "syncTooltips": False, "hidePanelTitles": False}),
                  "timeRestore": True, "timeFrom": time_from, "timeTo": "now",
                  "refreshInterval": {"pause": True, "value": 60000},
                  "kibanaSavedObjectMeta": {"searchSourceJSON": js(
                      {"query": {"query": "", "language": "kuery"}, "filter": []})}}
    return saved("dashboard", id_, attributes, references)


def search(id_, title, description, data_view_id, query, columns, sort):
    source = {"query": {"query": query, "language": "kuery"}, "filter": [],
              "indexRefName": "kibanaSavedObjectMeta.searchSourceJSON.index"}
    attributes = {"title": title, "description": description, "columns": columns, "sort": sort, "grid": {},
                  "hideChart": False, "isTextBasedQuery": False,
                  "kibanaSavedObjectMeta": {"searchSourceJSON": js(source)}}
    return saved("search", id_, attributes, [{"name": "kibanaSavedObjectMeta.searchSourceJSON.index",
                                              "type": "index-pattern", "id": data_view_id}])


# ---------------------------------------------------------------- complaint rate
# ComplaintRateMetric: valid (not dismissed) complaints received / service requests received, per 1,000;
# one data view over both aliases, each side picked out by its id field, on the shared receivedDate
VALID = "complaintId : * and dismissed : false"
SERVED = "requestId : *"
RATE = agg("count", kql=VALID) / agg("count", kql=SERVED) * 1000


def rate_layer(layer_id="l1"):
    return Layer(layer_id, "serviceledger-metric-interactions")


def complaint_rate():
    objects = []
    l = rate_layer()
    l.formula("rate", "Valid complaints per 1,000 interactions", RATE, NUM2)
    objects.append(metric("serviceledger-complaint-rate-total", "Complaint rate (per 1,000 interactions)",
                          "Valid complaints per 1,000 service requests received in the time range.", l, "rate"))
    l = rate_layer()
    l.add("month", date_histogram("receivedDate"))
    l.formula("rate", "Valid complaints per 1,000 interactions", RATE, NUM2)
    objects.append(xy("serviceledger-complaint-rate-by-month", "Complaint rate by month",
                      "Valid complaints per 1,000 interactions, by local month received.", [l],
                      [("month", ["rate"], None)]))
    l = rate_layer()
    l.add("month", date_histogram("receivedDate"))
    l.add("subsidiary", terms("subsidiaryId", 10, "Subsidiary"))
    l.formula("rate", "Valid complaints per 1,000 interactions", RATE, NUM2)
    objects.append(xy("serviceledger-complaint-rate-by-subsidiary", "Complaint rate by subsidiary and month",
                      "Valid complaints per 1,000 interactions, per subsidiary.", [l],
                      [("month", ["rate"], "subsidiary")]))
    l = rate_layer()
    l.add("month", terms("receivedMonth", 36, "Month", {"type": "alphabetical", "fallback": False}))
    l.add("department", terms("departmentId", 50, "Department"))
    l.add("received", count("Complaints received", "complaintId : *"))
    l.add("dismissed", count("Dismissed (beside the rate)", "complaintId : * and dismissed : true"))
    l.add("interactions", count("Service interactions", SERVED))
    l.formula("rate", "Valid per 1,000", RATE, NUM2)
    objects.append(table("serviceledger-complaint-rate-by-department", "Complaint rate by department and month",
                         "Per local month (receivedMonth) and department: complaints, dismissed ones (reported "
                         "beside the rate, not in it), service interactions and the rate per 1,000.", l,
                         sort=("month", "desc")))
    objects.append(dashboard("serviceledger-complaint-rate", "ServiceLedger: complaint rate",
                             "服務投訴率 (000 §5.2): valid complaints / service interactions, per 1,000, by "
                             "subsidiary, department and month; as GET /api/metrics/complaint-rate.",
                             [(objects[0], 12, 10), (objects[1], 36, 10), (objects[2], 48, 14),
                              (objects[3], 48, 16)]))
    return objects


# ---------------------------------------------------------------- on-time completion
# OnTimeCompletionMetric: items settled on time / items settled, in the local period of the settled date
def on_time(field):
    return agg("count", kql="%s : true" % field) / agg("count")


# A complaint's settled items count whether or not it was dismissed later (a dismissal settles nothing), so the
# complaint kinds have no dismissed filter. The API counts the callback once per resolution round (the nested
# field callbacks); Lens cannot aggregate nested fields, so the callback line here is the latest round's of each
# complaint (sla.callback), which can differ from the API when a customer rejected a solution.
KINDS = [  # (name, data view, settled date, settled month, on-time field, extra filter)
    ("Service requests (delivery)", "serviceledger-metric-service-request-delivery", "sla.delivery.settledDate",
     "sla.delivery.settledMonth", "sla.delivery.onTime", None),
    ("Complaint resolution", "serviceledger-metric-complaint-resolution", "sla.resolution.settledDate",
     "sla.resolution.settledMonth", "sla.resolution.onTime", None),
    ("Rectifications", "serviceledger-metric-rectifications", "settledDate", "settledMonth", "onTime", None),
    ("Complaint contact (30 min)", "serviceledger-metric-complaint-contact", "sla.contact.settledDate",
     "sla.contact.settledMonth", "sla.contact.onTime", None),
    ("Complaint on site (10 min)", "serviceledger-metric-complaint-onsite", "sla.onSite.settledDate",
     "sla.onSite.settledMonth", "sla.onSite.onTime", None),
    ("Complaint callback (same day, latest round)", "serviceledger-metric-complaint-callback",
     "sla.callback.settledDate", "sla.callback.settledMonth", "sla.callback.onTime", None),
]


def settled_filter(date_field, extra):
    # the layer counts only settled items: the data view's time field is the settled date
    return "%s : *%s" % (date_field, " and " + extra if extra else "")


def on_time_kind_layer(n, kind):
    name, view, date_field, month_field, on_time_field, extra = kind
    l = Layer("l%d" % n, view)
    l.add("month", date_histogram(date_field))
    rate = agg("count", kql="%s and %s : true" % (settled_filter(date_field, extra), on_time_field)) \
        / agg("count", kql=settled_filter(date_field, extra))
    l.formula("rate", name, rate, PCT)
    return l


def on_time_completion():
    objects = []
    for group, kinds, id_ in [("Items", KINDS[:3], "serviceledger-on-time-by-month"),
                              ("Complaint SLA targets", KINDS[3:], "serviceledger-on-time-complaint-targets")]:
        layers = [on_time_kind_layer(n, kind) for n, kind in enumerate(kinds, start=1)]
        note = (" The callback line counts each complaint's latest round only (Lens cannot count the nested "
                "rounds); GET /api/metrics/on-time-completion?kind=callback counts every resolution's callback."
                if group == "Complaint SLA targets" else "")
        objects.append(xy(id_, "On-time completion by month: " + group.lower(),
                          "Settled on time / settled, by local month settled (completed, or deadline passed "
                          "unmet, whichever first)." + note, layers, [("month", ["rate"], None) for _ in layers],
                          percent_axis=True))
    for name, view, date_field, month_field, on_time_field, extra in KINDS[:3]:
        l = Layer("l1", view)
        l.add("month", terms(month_field, 36, "Month", {"type": "alphabetical", "fallback": False}))
        unit = "siteId" if view.endswith("rectifications") else "departmentId"
        l.add("subsidiary", terms("subsidiaryId", 20, "Subsidiary"))
        l.add("unit", terms(unit, 50, "Site" if unit == "siteId" else "Department"))
        settled = settled_filter(date_field, extra)
        l.add("settled", count("Settled", settled))
        l.add("ontime", count("On time", "%s and %s : true" % (settled, on_time_field)))
        l.formula("rate", "On-time rate", agg("count", kql="%s and %s : true" % (settled, on_time_field))
                  / agg("count", kql=settled), PCT)
        if view.endswith("service-request-delivery"):
            l.formula("original", "On time against original due",
                      agg("count", kql=settled + " and deliveredOnTimeAgainstOriginal : true")
                      / agg("count", kql=settled), PCT)
        slug = re.sub(r"[^a-z]+", "-", name.lower().split(" (")[0]).strip("-")
        objects.append(table("serviceledger-on-time-%s-by-unit" % slug, "On-time completion by unit: " + name,
                             "Per local month settled (%s) and unit: settled items, on time, rate." % month_field,
                             l, sort=("month", "desc")))
    objects.append(dashboard("serviceledger-on-time-completion", "ServiceLedger: on-time completion",
                             "服務完成及時率 (000 §5.2): settled on time / settled, per kind, by subsidiary, "
                             "department or site, and month; as GET /api/metrics/on-time-completion.",
                             [(objects[0], 24, 14), (objects[1], 24, 14)] + [(o, 48, 14) for o in objects[2:]]))
    return objects


# ---------------------------------------------------------------- satisfaction
# SatisfactionTrendMetric: CSAT = scores of 4 or 5 / scores, average score and count, per source
# Complaint callbacks: the latest callback of each complaint (satisfaction, calledBackDate); the API counts every
# callback round (the nested field callbacks), which Lens cannot aggregate.
SOURCES = [("Ratings", "serviceledger-metric-ratings", "ratedDate", "ratedMonth", "score"),
           ("Complaint callbacks", "serviceledger-metric-complaint-callbacks", "calledBackDate", "calledBackMonth",
            "satisfaction"),
           ("Acceptance surveys", "serviceledger-metric-acceptance-surveys", "surveyedDate", "surveyedMonth",
            "satisfaction")]


def satisfaction_trend():
    objects = []
    for what, id_, build in [
            ("CSAT", "serviceledger-satisfaction-csat-by-month",
             lambda f: agg("count", kql="%s >= 4" % f) / agg("count", kql="%s : *" % f)),
            ("Average score", "serviceledger-satisfaction-average-by-month", lambda f: agg("average", f))]:
        layers = []
        for n, (name, view, date_field, month_field, score) in enumerate(SOURCES, start=1):
            l = Layer("l%d" % n, view)
            l.add("month", date_histogram(date_field))
            l.formula("value", "%s: %s" % (what, name), build(score), PCT if what == "CSAT" else NUM2)
            layers.append(l)
        objects.append(xy(id_, "Satisfaction by month: " + what.lower(),
                          "%s per local month, one line per source (ratings, complaint callbacks, acceptance "
                          "surveys)." % what, layers, [("month", ["value"], None) for _ in layers],
                          percent_axis=what == "CSAT"))
    for name, view, date_field, month_field, score in SOURCES:
        l = Layer("l1", view)
        l.add("month", terms(month_field, 36, "Month", {"type": "alphabetical", "fallback": False}))
        l.add("subsidiary", terms("subsidiaryId", 20, "Subsidiary"))
        l.add("department", terms("departmentId", 50, "Department"))
        l.add("count", count("Scores", "%s : *" % score))
        l.formula("csat", "CSAT (4 or 5)", agg("count", kql="%s >= 4" % score)
                  / agg("count", kql="%s : *" % score), PCT)
        l.formula("average", "Average score", agg("average", score), NUM2)
        slug = name.lower().replace(" ", "-")
        note = (" The latest callback of each complaint only (Lens cannot count the nested rounds); the API counts "
                "every callback." if score == "satisfaction" and "callbacks" in view else "")
        objects.append(table("serviceledger-satisfaction-%s-by-unit" % slug, "Satisfaction by unit: " + name,
                             "Per local month (%s), subsidiary and department: scores, CSAT, average." % month_field
                             + note, l, sort=("month", "desc")))
    objects.append(dashboard("serviceledger-satisfaction-trend", "ServiceLedger: satisfaction trend",
                             "滿意度 (000 §5.2.1): CSAT (share of 4 and 5), average score and count per month, by "
                             "source and unit; the API's GET /api/metrics/satisfaction-trend adds the sources up "
                             "and counts every complaint callback (here: the latest per complaint).",
                             [(objects[0], 24, 14), (objects[1], 24, 14)] + [(o, 48, 14) for o in objects[2:]]))
    return objects


# ---------------------------------------------------------------- SLA breaches
BREACH_EVENTS = "event.type : (ComplaintSlaBreached or ServiceRequestSlaBreached or RectificationOverdue)"
WARNING_EVENTS = "event.type : (ComplaintSlaWarningRaised or ServiceRequestSlaWarningRaised or RectificationWarningRaised)"
OPEN_COMPLAINT = "not status : (RESOLVED or CALLED_BACK or VERIFIED or ARCHIVED or DISMISSED)"
ANY_BREACH = ("(sla.contact.breached : true or sla.contactHardLimit.breached : true or sla.onSite.breached : true"
              " or sla.resolution.breached : true or sla.callback.breached : true)")


def sla_breaches(searches):
    objects = []
    l = Layer("l1", "serviceledger-history")
    l.add("time", date_histogram("@timestamp"))
    l.add("type", terms("event.type", 10, "Event"))
    l.add("count", count("Events"))
    objects.append(xy("serviceledger-sla-events-over-time", "SLA breaches and warnings over time",
                      "Breach and warning events in the history stream per month, by event type.", [l],
                      [("time", ["count"], "type")], "bar_stacked", "%s or %s" % (BREACH_EVENTS, WARNING_EVENTS)))
    l = Layer("l1", "serviceledger-history")
    l.add("subsidiary", terms("unit.subsidiaryId", 20, "Subsidiary", {"type": "column", "columnId": "breaches"}))
    l.add("department", terms("unit.departmentId", 10, "Department", {"type": "column", "columnId": "breaches"}))
    l.add("breaches", count("Breaches", BREACH_EVENTS))
    l.add("warnings", count("Warnings", WARNING_EVENTS))
    objects.append(table("serviceledger-sla-breaches-by-unit", "SLA breaches by unit",
                         "Breaches and warnings per subsidiary and department (unit at the time of the event).", l,
                         "%s or %s" % (BREACH_EVENTS, WARNING_EVENTS), sort=("breaches", "desc")))
    l = Layer("l1", "serviceledger-history")
    l.add("target", terms("payload.target", 10, "SLA target", {"type": "column", "columnId": "count"}))
    l.add("type", terms("aggregate.type", 5, "Case type"))
    l.add("count", count("Breaches"))
    objects.append(xy("serviceledger-sla-breaches-by-target", "SLA breaches by SLA target",
                      "Breaches per SLA target (contact, on site, resolution, callback, first response, "
                      "delivery) and case type.", [l], [("target", ["count"], "type")], "bar_horizontal_stacked",
                      "event.type : (ComplaintSlaBreached or ServiceRequestSlaBreached)"))
    l = Layer("l1", "serviceledger-complaints")
    l.add("breached", count("Open breached complaints", "%s and %s" % (OPEN_COMPLAINT, ANY_BREACH)))
    objects.append(metric("serviceledger-sla-open-breached-count", "Open complaints with a breached SLA",
                          "Complaints not yet resolved with at least one breached target.", l, "breached"))
    objects.append(dashboard("serviceledger-sla-breaches", "ServiceLedger: SLA breaches",
                             "Deadline warnings and breaches (complaints, service requests, rectifications) over "
                             "time, by unit and SLA target, and the open cases already breached.",
                             [(objects[3], 12, 10), (objects[0], 36, 14), (objects[1], 24, 16), (objects[2], 24, 16),
                              (searches["serviceledger-search-open-breached-complaints"], 48, 16),
                              (searches["serviceledger-search-open-breached-service-requests"], 48, 16)],
                             time_from="now-3M/M"))
    return objects


# ---------------------------------------------------------------- saved searches
def saved_searches():
    return [
        search("serviceledger-search-open-complaints-past-due", "Open complaints past their resolution due time",
               "Complaints not yet resolved whose resolution deadline has passed.", "serviceledger-complaints",
               '%s and sla.resolution.dueAt < "now" and not sla.resolution.metAt : *' % OPEN_COMPLAINT,
               ["complaintId", "subsidiaryId", "departmentId", "urgency", "status", "handlerId",
                "sla.resolution.dueAt", "sla.resolution.breached", "reopenCount"],
               [["sla.resolution.dueAt", "asc"]]),
        search("serviceledger-search-open-breached-complaints", "Open complaints with a breached SLA",
               "Complaints not yet resolved with at least one breached target.", "serviceledger-complaints",
               "%s and %s" % (OPEN_COMPLAINT, ANY_BREACH),
               ["complaintId", "subsidiaryId", "departmentId", "urgency", "status", "departmentHeadId", "handlerId",
                "sla.contact.breached", "sla.onSite.breached", "sla.resolution.breached", "sla.callback.breached"],
               [["receivedAt", "asc"]]),
        search("serviceledger-search-open-breached-service-requests", "Open service requests with a breached SLA",
               "Service requests not closed whose first response or delivery deadline was breached.",
               "serviceledger-service-requests",
               "not status : (ACCEPTED or CLOSED) and (sla.firstResponse.breached : true or "
               "sla.delivery.breached : true)",
               ["requestId", "subsidiaryId", "departmentId", "category", "status", "ownerId", "agreedDueAt",
                "sla.firstResponse.breached", "sla.delivery.breached", "delaysAnnouncedLate"],
               [["agreedDueAt", "asc"]]),
        search("serviceledger-search-breaches-this-month", "SLA breaches this month",
               "Every breach event since the start of the current month (complaints, service requests, "
               "rectifications).", "serviceledger-history",
               '%s and @timestamp >= "now/M"' % BREACH_EVENTS,
               ["event.type", "aggregate.id", "payload.target", "unit.subsidiaryId", "unit.departmentId",
                "payload.dueAt", "payload.escalatedTo"],
               [["@timestamp", "desc"]]),
        search("serviceledger-search-overdue-rectifications", "Overdue rectifications",
               "Non-conformities past their deadline and not yet fixed.", "serviceledger-rectifications",
               "status : OVERDUE",
               ["rectificationId", "subsidiaryId", "siteId", "contractorId", "severity", "standardCode",
                "responsibleStaffId", "dueAt", "overdueAt", "penalty"],
               [["dueAt", "asc"]]),
        search("serviceledger-search-low-ratings", "Low ratings (1 or 2)",
               "Ratings of 1 or 2 with their comments, newest first.", "serviceledger-ratings", "score <= 2",
               ["ratingId", "source", "subsidiaryId", "departmentId", "staffId", "channel", "caseId", "score",
                "comment"],
               [["ratedAt", "desc"]]),
        search("serviceledger-search-case-history", "Events of one case",
               "Every event of one case in order: replace the example id in the query with the case's id "
               "(CMP-…, SRQ-…, an inspection's or a staff member's id).", "serviceledger-history",
               'aggregate.id : "CMP-EXAMPLE"',
               ["aggregate.sequence", "event.type", "principal", "client", "correlationId", "unit.departmentId",
                "text"],
               [["@timestamp", "asc"], ["aggregate.sequence", "asc"]]),
        search("serviceledger-search-worst-service", "Worst service designations",
               "Scorecards designated worst service of their month, with fines.", "serviceledger-scorecards",
               "worstService : true",
               ["month", "staffId", "subsidiaryId", "departmentId", "complaintCount", "totalPoints", "fine"],
               [["month", "desc"]]),
        search("serviceledger-search-overdue-improvement-actions", "Overdue improvement actions",
               "Improvement actions open past their due date, the longest overdue first.",
               "serviceledger-improvement-actions", "overdue : true and status : OPEN",
               ["actionId", "subsidiaryId", "departmentId", "causeKind", "causeReference", "ownerId", "dueAt",
                "reopened"],
               [["dueAt", "asc"]]),
        search("serviceledger-search-incidents-past-due", "Incidents reported or reviewed late",
               "Incidents whose report to the superiors or whose review missed the policy's time, newest first.",
               "serviceledger-incidents", "reportBreached : true or reviewBreached : true or reportOnTime : false "
               "or reviewOnTime : false",
               ["incidentId", "subsidiaryId", "departmentId", "kind", "severity", "status", "reportDueAt",
                "reportedAt", "reviewDueAt", "reviewedAt"],
               [["declaredAt", "desc"]]),
    ]


def write(name, objects):
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as out:
        for obj in objects:
            out.write(js(obj) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    searches = saved_searches()
    write("01-data-views.ndjson", DATA_VIEWS)
    write("02-saved-searches.ndjson", searches)
    write("03-complaint-rate.ndjson", complaint_rate())
    write("04-on-time-completion.ndjson", on_time_completion())
    write("05-satisfaction-trend.ndjson", satisfaction_trend())
    write("06-sla-breaches.ndjson", sla_breaches({s["id"]: s for s in searches}))


if __name__ == "__main__":
    main()
