/*
 * Ciclo: writes where a review stands onto the submitted document's cyc: properties.
 *
 * Alfresco JavaScript API, run by Alfresco's AlfrescoScriptDelegate (the bean
 * cicloRecordOnDocument, context/workflow-context.xml) at each step of the review workflow. The
 * model Alfresco gives it: "execution" (the Activiti execution), "bpm_package" (the workflow
 * package, a ScriptNode whose children are the documents under review) and the process variables.
 * Variables are read through execution.getVariable() because one that was never set is not in the
 * script's scope at all.
 *
 * The Java delegates decide the state (cycwf_* variables); this script only copies it: cyc: name on
 * the document <- cycwf_ variable of the process.
 */
var RECORDED = {
    "cyc:status": "cycwf_status",
    "cyc:late": "cycwf_late",
    "cyc:submittedOn": "cycwf_submittedOn",
    "cyc:reviewDueDate": "cycwf_reviewDueDate",
    "cyc:escalated": "cycwf_escalated",
    "cyc:reviewOutcome": "cycwf_reviewOutcome",
    "cyc:reviewer": "cycwf_reviewer",
    "cyc:reviewComment": "cycwf_reviewComment",
    "cyc:reviewedOn": "cycwf_reviewedOn"
};

function recordOn(document) {
    for (var property in RECORDED) {
        document.properties[property] = execution.getVariable(RECORDED[property]);
    }
    document.save();
}

(function () {
    var items = bpm_package.children;
    for (var i = 0; i < items.length; i++) {
        if (items[i].isDocument && items[i].hasAspect("cyc:submission")) {
            recordOn(items[i]);
        }
    }
})();
