package com.serviceledger.deploy.kibana;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The checker reports broken objects: it can fail, and says what is wrong where. */
class KibanaObjectsCheckerTest {

    private static final String DATA_VIEW = """
            {"type":"index-pattern","id":"dv-complaints","attributes":{"title":"sq-complaints",\
            "timeFieldName":"receivedAt","fieldFormatMap":"{}"},"references":[],"coreMigrationVersion":"8.8.0",\
            "typeMigrationVersion":"8.0.0"}""";

    private static ViewMappings mappings;

    @BeforeAll
    static void read() {
        mappings = ViewMappings.current();
    }

    @Test
    void anUnknownFieldInATermsColumnIsReported() {
        List<String> violations = check(lens("terms", "subsidiaryName", "count"));
        assertThat(violations).singleElement().asString()
                .contains("lens/broken \"Broken\"", "column c1 (terms)", "'subsidiaryName'", "is not in",
                        "complaints-mapping-v7.json (sq-complaints)");
    }

    @Test
    void aTextFieldInATermsColumnIsReported() {
        assertThat(check(lens("terms", "content", "count"))).singleElement().asString()
                .contains("'content' is text", "complaints-mapping-v7.json", "terms cannot use");
    }

    @Test
    void aKeywordFieldInAnAverageAndADateHistogramOnANonDateAreReported() {
        assertThat(check(lens("date_histogram", "receivedMonth", "average\",\"sourceField\":\"status")))
                .hasSize(2).anySatisfy(v -> assertThat(v).contains("'receivedMonth' is keyword", "date cannot use"))
                .anySatisfy(v -> assertThat(v).contains("'status' is keyword", "numeric metric cannot use"));
    }

    @Test
    void aMisspelledFieldInsideAFormulaAndItsKqlIsReported() {
        String line = lens("terms", "subsidiaryId", "formula\",\"params\":{\"formula\":"
                + "\"count(kql='dismised : false') / count() + average(satisfactoin)\"},\"label\":\"Rate");
        assertThat(check(line)).hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("formula kql", "'dismised' is not in"))
                .anySatisfy(v -> assertThat(v).contains("formula average()", "'satisfactoin' is not in"));
    }

    @Test
    void aSavedSearchColumnSortAndQueryOnMissingOrUnsortableFieldsAreReported() {
        String search = """
                {"type":"search","id":"s","attributes":{"title":"S","columns":["complaintId","complainer"],\
                "sort":[["content","desc"]],"kibanaSavedObjectMeta":{"searchSourceJSON":\
                "{\\"query\\":{\\"query\\":\\"urgncy : URGENT and satisfaction >= \\\\\\"4\\\\\\"\\",\
                \\"language\\":\\"kuery\\"},\\"filter\\":[],\\"indexRefName\\":\\"ref\\"}"}},\
                "references":[{"name":"ref","type":"index-pattern","id":"dv-complaints"}],\
                "coreMigrationVersion":"8.8.0","typeMigrationVersion":"10.5.0"}""";
        assertThat(check(search)).hasSize(3)
                .anySatisfy(v -> assertThat(v).contains("column: field 'complainer' is not in"))
                .anySatisfy(v -> assertThat(v).contains("sort: field 'content' is text"))
                .anySatisfy(v -> assertThat(v).contains("query (KQL): field 'urgncy' is not in"));
    }

    @Test
    void aReferenceToAMissingObjectAndADataViewOnAnUnknownIndexAreReported() {
        String dashboard = """
                {"type":"dashboard","id":"d","attributes":{"title":"D","panelsJSON":\
                "[{\\"panelIndex\\":\\"p1\\",\\"panelRefName\\":\\"panel_p1\\"}]"},\
                "references":[{"name":"p1:panel_p1","type":"lens","id":"gone"}],\
                "coreMigrationVersion":"8.8.0","typeMigrationVersion":"10.2.0"}""";
        String view = DATA_VIEW.replace("dv-complaints", "dv-old").replace("\"sq-complaints\"", "\"sq-complaint\"");
        assertThat(KibanaObjectsChecker.check(List.of(SavedObject.parse("test:1", DATA_VIEW),
                SavedObject.parse("test:2", view), SavedObject.parse("test:3", dashboard)), mappings))
                .hasSize(2)
                .anySatisfy(v -> assertThat(v).contains("dashboard/d", "points to lens/gone"))
                .anySatisfy(v -> assertThat(v).contains("index-pattern/dv-old", "'sq-complaint'", "no view alias"));
    }

    private static List<String> check(String line) {
        return KibanaObjectsChecker.check(List.of(SavedObject.parse("test:1", DATA_VIEW),
                SavedObject.parse("test:2", line)), mappings);
    }

    /** A Lens table: a bucket column c1 and a metric column c2 (its operation and the rest of its JSON given). */
    private static String lens(String bucketOperation, String bucketField, String metricOperationAndMore) {
        return """
                {"type":"lens","id":"broken","attributes":{"title":"Broken","visualizationType":"lnsDatatable",\
                "state":{"datasourceStates":{"formBased":{"layers":{"l1":{"columnOrder":["c1","c2"],"columns":{\
                "c1":{"operationType":"%s","sourceField":"%s","isBucketed":true},\
                "c2":{"operationType":"%s","isBucketed":false}}}}}},\
                "visualization":{"layerId":"l1","columns":[{"columnId":"c1"},{"columnId":"c2"}]},\
                "query":{"query":"","language":"kuery"},"filters":[]}},\
                "references":[{"type":"index-pattern","id":"dv-complaints","name":"indexpattern-datasource-layer-l1"}],\
                "coreMigrationVersion":"8.8.0","typeMigrationVersion":"8.9.0"}"""
                .formatted(bucketOperation, bucketField, metricOperationAndMore);
    }
}
