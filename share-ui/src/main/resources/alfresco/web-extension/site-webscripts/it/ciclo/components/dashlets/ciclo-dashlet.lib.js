/**
 * What the two Ciclo dashlets' controllers share: the cycles the repository knows, the dashlet's
 * configuration, and the title-bar widgets every Share dashlet has.
 */

/** The cycles the repository knows, newest first, or [] with model.error set to a message key. */
function cicloCycles()
{
   var result = remote.call("/ciclo/cycles");
   if (result.status == 200)
   {
      return JSON.parse(result).cycles;
   }
   model.error = result.status == 404 ? "error.noModule" : (result.status == 401 ? "error.login" : "error.cycles");
   return [];
}

/** An element of the dashlet's .config.xml, or the fallback when it is absent or empty. */
function cicloConfig(name, fallback)
{
   var myConfig = new XML(config.script),
      value = myConfig[name].toString();
   return value.length > 0 ? value : fallback;
}

/**
 * The dashlet's model: the cycles, and its client widget {@code name} (id {@code id}) opening on the
 * newest cycle, with {@code options} besides.
 */
function cicloDashlet(id, name, options)
{
   model.cycles = cicloCycles();
   options.cycle = model.cycles.length > 0 ? model.cycles[0].id : null;
   options.cycles = model.cycles;
   options.regionId = args["region-id"];
   cicloWidgets({ id: id, name: name, options: options });
}

/** model.widgets: the dashlet's own widget, then Share's resizer and help balloon. */
function cicloWidgets(dashlet)
{
   var dashletResizer = {
      id: "DashletResizer",
      name: "Alfresco.widget.DashletResizer",
      initArgs: ["\"" + args.htmlid + "\"", "\"" + instance.object.id + "\""],
      useMessages: false
   };
   var dashletTitleBarActions = {
      id: "DashletTitleBarActions",
      name: "Alfresco.widget.DashletTitleBarActions",
      useMessages: false,
      options: {
         actions: [
            {
               cssClass: "help",
               bubbleOnClick: { message: msg.get("dashlet.help") },
               tooltip: msg.get("dashlet.help.tooltip")
            }
         ]
      }
   };
   model.widgets = [dashlet, dashletResizer, dashletTitleBarActions];
}
