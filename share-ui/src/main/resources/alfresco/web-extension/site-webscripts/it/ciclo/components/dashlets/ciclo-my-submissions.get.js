<import resource="classpath:alfresco/web-extension/site-webscripts/it/ciclo/components/dashlets/ciclo-dashlet.lib.js">

cicloDashlet("CicloMySubmissions", "Ciclo.dashlet.MySubmissions", {});
