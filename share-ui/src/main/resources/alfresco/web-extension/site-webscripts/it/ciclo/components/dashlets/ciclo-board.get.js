<import resource="classpath:alfresco/web-extension/site-webscripts/it/ciclo/components/dashlets/ciclo-dashlet.lib.js">

function main()
{
   model.cycles = cicloCycles();
   cicloWidgets({
      id: "CicloBoard",
      name: "Ciclo.dashlet.Board",
      options: {
         cycle: model.cycles.length > 0 ? model.cycles[0].id : null,
         cycles: model.cycles,
         mine: args.mine == "true",
         nextDeadlines: parseInt(cicloConfig("next-deadlines", "5"), 10),
         regionId: args["region-id"]
      }
   });
}

main();
