<import resource="classpath:alfresco/web-extension/site-webscripts/it/ciclo/components/dashlets/ciclo-dashlet.lib.js">

cicloDashlet("CicloBoard", "Ciclo.dashlet.Board", {
   mine: args.mine == "true",
   nextDeadlines: parseInt(cicloConfig("next-deadlines", "5"), 10)
});
