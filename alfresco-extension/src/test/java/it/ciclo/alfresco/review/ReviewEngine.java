package it.ciclo.alfresco.review;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.activiti.engine.ProcessEngine;
import org.activiti.engine.ProcessEngineConfiguration;
import org.activiti.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/**
 * The real Activiti 5.23 engine that ACS embeds, on H2 in memory, configured as ACS configures it
 * where it matters here ({@code activiti-context.xml}: {@code history=full}, the job executor off
 * until the test runs jobs, the module's beans given as the engine's beans). The review BPMN is not
 * deployed: each test deploys what it needs.
 */
final class ReviewEngine {

    private ReviewEngine() {
    }

    /** An engine whose beans are the module's, with {@code document} standing in for the repository write. */
    static ProcessEngine start(ReviewSettings settings, DocumentRecorderStandIn document) {
        SubmissionAuthor author = new SubmissionAuthor();
        Map<Object, Object> beans = new HashMap<>();
        beans.put("cicloReview", settings);
        beans.put("cicloAuthor", author);
        beans.put("cicloBeginReview", new BeginReview(settings));
        beans.put("cicloReviewDecision", new ReviewDecision(Locale.ITALIAN, author));
        beans.put("cicloRevisionDecision", new RevisionDecision(Locale.ITALIAN));
        beans.put("cicloEscalate", new Escalation());
        beans.put("cicloRecordOnDocument", document);
        StandaloneInMemProcessEngineConfiguration cfg = new StandaloneInMemProcessEngineConfiguration();
        cfg.setJdbcUrl("jdbc:h2:mem:ciclo-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        cfg.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        cfg.setJobExecutorActivate(false);
        cfg.setHistory("full");
        cfg.setBeans(beans);
        return cfg.buildProcessEngine();
    }
}
