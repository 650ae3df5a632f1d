<import resource="classpath:alfresco/web-extension/site-webscripts/it/ciclo/components/dashlets/ciclo-dashlet.lib.js">

function main()
{
   model.cycles = cicloCycles();
   cicloWidgets({
      id: "CicloMySubmissions",
      name: "Ciclo.dashlet.MySubmissions",
      options: {
         cycle: model.cycles.length > 0 ? model.cycles[0].id : null,
         cycles: model.cycles,
         regionId: args["region-id"]
      }
   });
}

main();
