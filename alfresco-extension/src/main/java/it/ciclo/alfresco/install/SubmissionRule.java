package it.ciclo.alfresco.install;

import it.ciclo.alfresco.intake.SubmissionIntake;
import it.ciclo.i18n.Bundles;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.alfresco.model.ContentModel;
import org.alfresco.repo.action.evaluator.IsSubTypeEvaluator;
import org.alfresco.service.cmr.action.Action;
import org.alfresco.service.cmr.action.ActionCondition;
import org.alfresco.service.cmr.action.ActionService;
import org.alfresco.service.cmr.action.CompositeAction;
import org.alfresco.service.cmr.repository.NodeRef;
import org.alfresco.service.cmr.rule.Rule;
import org.alfresco.service.cmr.rule.RuleService;
import org.alfresco.service.cmr.rule.RuleType;

/**
 * The inbound rule on the programming root, applied to every folder below it: content arriving runs
 * {@link SubmissionIntake}. Made with Alfresco's {@link RuleService}, in the shape Share's rule editor
 * makes (a composite action with an "is subtype of cm:content" condition), so an administrator sees
 * and can disable it in Share.
 *
 * @param title       the rule's title, in the server's language
 * @param description the rule's description
 */
public record SubmissionRule(String title, String description) {

    public SubmissionRule {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
    }

    /** The rule with its title and description in {@code locale} (the module's messages language). */
    public static SubmissionRule in(Locale locale) {
        ResourceBundle texts = Bundles.of("it.ciclo.alfresco.install.texts", locale);
        return new SubmissionRule(texts.getString("rule.title"), texts.getString("rule.description"));
    }

    /** Whether {@code folder} has a rule of its own (enabled or not) that runs {@link SubmissionIntake}. */
    public static boolean isOn(RuleService rules, NodeRef folder) {
        return rules.getRules(folder, false).stream().anyMatch(SubmissionRule::runsIntake);
    }

    /** Adds the rule to {@code root} unless it is there already; returns whether it added it. */
    public boolean ensureOn(RuleService rules, ActionService actions, NodeRef root) {
        if (isOn(rules, root)) {
            return false;
        }
        CompositeAction composite = actions.createCompositeAction();
        composite.addAction(actions.createAction(SubmissionIntake.NAME));
        ActionCondition isContent = actions.createActionCondition(IsSubTypeEvaluator.NAME);
        isContent.setParameterValue(IsSubTypeEvaluator.PARAM_TYPE, ContentModel.TYPE_CONTENT);
        composite.addActionCondition(isContent);

        Rule rule = new Rule();
        rule.setRuleType(RuleType.INBOUND);
        rule.setTitle(title);
        rule.setDescription(description);
        rule.applyToChildren(true);
        rule.setExecuteAsynchronously(false);
        rule.setRuleDisabled(false);
        rule.setAction(composite);
        rules.saveRule(root, rule);
        return true;
    }

    private static boolean runsIntake(Rule rule) {
        Action action = rule.getAction();
        if (action instanceof CompositeAction composite) {
            return composite.getActions().stream().anyMatch(a -> SubmissionIntake.NAME.equals(a.getActionDefinitionName()));
        }
        return action != null && SubmissionIntake.NAME.equals(action.getActionDefinitionName());
    }
}
