/*
 * STAND-IN for Alfresco's JavaScript API, for tests only: the few members of ScriptNode, of the
 * "workflow" root object and of a workflow script's "execution" that Ciclo's scripts use, with the
 * shape Alfresco documents (ScriptNode: isDocument, isContainer, name, parent, properties,
 * hasAspect, addAspect(aspect, properties), save(), children; workflow: createPackage(),
 * getDefinitionByName(name).startWorkflow(package, parameters)). Calls are recorded so that the
 * tests can see what the scripts did.
 */
function StandInNode(name, isContainer, aspects, properties, parent) {
    this.name = name;
    this.isContainer = isContainer;
    this.isDocument = !isContainer;
    this.parent = parent;
    this.aspects = aspects;
    this.properties = properties;
    this.children = [];
    this.added = {};
    this.saved = 0;
    if (parent != null) {
        parent.children.push(this);
    }
}
StandInNode.prototype.hasAspect = function (aspect) {
    return this.aspects.indexOf(aspect) >= 0 || this.added[aspect] !== undefined;
};
StandInNode.prototype.addAspect = function (aspect, properties) {
    this.added[aspect] = properties;
    return true;
};
StandInNode.prototype.save = function () {
    this.saved++;
};

var started = [];
var workflow = {
    createPackage: function () {
        return {nodes: [], addNode: function (node) { this.nodes.push(node); return true; }};
    },
    getDefinitionByName: function (name) {
        return {startWorkflow: function (pkg, parameters) {
            started.push({definition: name, pkg: pkg, parameters: parameters});
            return {id: "activiti$1"};
        }};
    }
};
