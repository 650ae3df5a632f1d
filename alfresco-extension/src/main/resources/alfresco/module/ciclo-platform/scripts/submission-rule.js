/*
 * Ciclo: the folder rule's script. A document arriving in a Settore's folder of an act becomes a
 * submission and starts its review; a document anywhere else is left alone.
 *
 * Alfresco JavaScript API, run by the "script" action of the inbound rule that the module
 * bootstraps on the programming root folder (bootstrap/programming-root-rule.xml), inherited by
 * every folder below it. The model Alfresco gives a rule script: "document" (the node that
 * arrived), "workflow" (the workflow root object) and the usual root objects.
 *
 * Where a submission is: <act folder: cyc:actFolder> / <sector folder: cyc:sectorFolder> / document.
 * The cycle comes from the act folder (cyc:actCycleId) or, failing that, from a cycle folder
 * (cyc:cycleFolder) right above the act folder.
 */
var REVIEW_WORKFLOW = "activiti$cicloSubmissionReview";

function folderWith(node, aspect) {
    return node != null && node.isContainer && node.hasAspect(aspect) ? node : null;
}

function isCandidate(node) {
    // Working copies (check-out) and hidden files (editors' lock and temporary files) are not
    // hand-ins; a file already tracked (e.g. moved between folders) keeps its own review.
    return node.isDocument
        && !node.hasAspect("cm:workingcopy")
        && !node.hasAspect("sys:hidden")
        && !node.hasAspect("cyc:submission");
}

function cycleOf(act) {
    if (act.properties["cyc:actCycleId"]) {
        return act.properties["cyc:actCycleId"];
    }
    var cycle = folderWith(act.parent, "cyc:cycleFolder");
    return cycle == null ? null : cycle.properties["cyc:cycleId"];
}

function startReview(document, act, sector, cycle) {
    var submission = [];
    submission["cyc:act"] = act.properties["cyc:actId"];
    submission["cyc:sector"] = sector.properties["cyc:sectorId"];
    submission["cyc:cycle"] = cycle;
    submission["cyc:dueDate"] = act.properties["cyc:submissionDueDate"];
    submission["cyc:status"] = "submitted";
    document.addAspect("cyc:submission", submission);

    var reviewPackage = workflow.createPackage();
    reviewPackage.addNode(document);

    var parameters = [];
    parameters["bpm:workflowDescription"] = document.name + " (" + act.properties["cyc:actId"] + ", "
        + sector.properties["cyc:sectorId"] + ")";
    parameters["cycwf:author"] = document.properties["cm:creator"];
    parameters["cycwf:act"] = act.properties["cyc:actId"];
    parameters["cycwf:actTitle"] = act.properties["cyc:actTitle"];
    parameters["cycwf:sector"] = sector.properties["cyc:sectorId"];
    parameters["cycwf:sectorName"] = sector.properties["cyc:sectorName"];
    parameters["cycwf:cycle"] = cycle;
    parameters["cycwf:submissionDueDate"] = act.properties["cyc:submissionDueDate"];
    parameters["cycwf:approvalDueDate"] = act.properties["cyc:approvalDueDate"];
    workflow.getDefinitionByName(REVIEW_WORKFLOW).startWorkflow(reviewPackage, parameters);
}

(function () {
    if (!isCandidate(document)) {
        return;
    }
    var sector = folderWith(document.parent, "cyc:sectorFolder");
    var act = sector == null ? null : folderWith(sector.parent, "cyc:actFolder");
    if (act == null) {
        return;
    }
    startReview(document, act, sector, cycleOf(act));
})();
