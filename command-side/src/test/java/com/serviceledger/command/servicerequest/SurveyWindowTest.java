package com.serviceledger.command.servicerequest;

import static com.serviceledger.command.servicerequest.ServiceRequestTest.DUE;
import static com.serviceledger.command.servicerequest.ServiceRequestTest.ID;
import static com.serviceledger.command.servicerequest.ServiceRequestTest.afterPlanning;

import com.serviceledger.kernel.common.OutOfOrder;
import com.serviceledger.kernel.servicerequest.AcceptDelivery;
import com.serviceledger.kernel.servicerequest.CloseServiceRequest;
import com.serviceledger.kernel.servicerequest.DeliveryAccepted;
import com.serviceledger.kernel.servicerequest.RecordSatisfaction;
import com.serviceledger.kernel.servicerequest.SatisfactionRecorded;
import com.serviceledger.kernel.servicerequest.ServiceRequestClosedWithoutSurvey;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A delivered and accepted request whose customer skips the survey is closed without one after the policy's window. */
class SurveyWindowTest {

    /** The default window: 7 days after acceptance. */
    static final Duration WINDOW = Duration.ofDays(7);
    static final Instant ACCEPTED_AT = DUE;

    final ServiceRequestTest setup = new ServiceRequestTest();

    @BeforeEach
    void setUp() {
        setup.setUp();
    }

    Object[] delivered() {
        return afterPlanning(ServiceRequestTest.delivered(DUE.minusSeconds(3600)));
    }

    @Test
    void acceptanceStartsTheSurveyWindowOfThePolicy() {
        setup.fixture.given(delivered()).andGivenCurrentTime(ACCEPTED_AT)
                .when(new AcceptDelivery(ID))
                .expectEvents(new DeliveryAccepted(ID, ACCEPTED_AT))
                .expectScheduledDeadline(WINDOW, new SurveyWindow(ACCEPTED_AT, ACCEPTED_AT.plus(WINDOW)));
    }

    @Test
    void requestWithoutSurveyIsClosedWithoutSurveyWhenTheWindowEnds() {
        Instant due = ACCEPTED_AT.plus(WINDOW);
        setup.fixture.given(delivered()).andGivenCurrentTime(ACCEPTED_AT).andGivenCommands(new AcceptDelivery(ID))
                .whenTimeElapses(WINDOW)
                .expectEvents(new ServiceRequestClosedWithoutSurvey(ID, ACCEPTED_AT, due, due));
    }

    @Test
    void requestIsNotClosedWithoutSurveyBeforeTheWindowEnds() {
        setup.fixture.given(delivered()).andGivenCurrentTime(ACCEPTED_AT).andGivenCommands(new AcceptDelivery(ID))
                .whenTimeElapses(WINDOW.minusMinutes(1))
                .expectNoEvents();
    }

    @Test
    void surveyedRequestIsNotClosedByTheWindow() {
        setup.fixture.given(delivered()).andGivenCurrentTime(ACCEPTED_AT)
                .andGivenCommands(new AcceptDelivery(ID), new RecordSatisfaction(ID, 4, null))
                .whenTimeElapses(WINDOW)
                .expectNoEvents();
    }

    @Test
    void requestClosedWithoutSurveyTakesNoLateSurvey() {
        Instant due = ACCEPTED_AT.plus(WINDOW);
        setup.fixture.given(delivered()).andGiven(new DeliveryAccepted(ID, ACCEPTED_AT),
                        new ServiceRequestClosedWithoutSurvey(ID, ACCEPTED_AT, due, due))
                .when(new RecordSatisfaction(ID, 5, null))
                .expectException(OutOfOrder.class)
                .expectNoEvents();
    }

    @Test
    void requestClosedWithoutSurveyIsNotClosedAgain() {
        Instant due = ACCEPTED_AT.plus(WINDOW);
        setup.fixture.given(delivered()).andGiven(new DeliveryAccepted(ID, ACCEPTED_AT),
                        new ServiceRequestClosedWithoutSurvey(ID, ACCEPTED_AT, due, due))
                .when(new CloseServiceRequest(ID))
                .expectException(OutOfOrder.class);
    }

    @Test
    void surveyBeforeTheWindowEndsStillClosesAsUsual() {
        setup.fixture.given(delivered()).andGiven(new DeliveryAccepted(ID, ACCEPTED_AT),
                        new SatisfactionRecorded(ID, 4, null, ACCEPTED_AT.plusSeconds(60)))
                .andGivenCurrentTime(ACCEPTED_AT.plus(Duration.ofDays(1)))
                .when(new CloseServiceRequest(ID))
                .expectSuccessfulHandlerExecution();
    }
}
