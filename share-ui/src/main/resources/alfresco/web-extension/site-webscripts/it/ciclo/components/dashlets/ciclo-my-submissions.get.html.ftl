<@markup id="css">
   <@link rel="stylesheet" type="text/css" href="${url.context}/res/ciclo/components/ciclo.css" group="dashlets"/>
</@>

<@markup id="js">
   <@script type="text/javascript" src="${url.context}/res/ciclo/components/ciclo.js" group="dashlets"/>
   <@script type="text/javascript" src="${url.context}/res/ciclo/components/dashlets/ciclo-dashlet.js" group="dashlets"/>
   <@script type="text/javascript" src="${url.context}/res/ciclo/components/dashlets/ciclo-my-submissions.js" group="dashlets"/>
</@>

<@markup id="widgets">
   <@createWidgets group="dashlets"/>
</@>

<@markup id="html">
   <@uniqueIdDiv>
      <#assign id = args.htmlid?html>
      <div class="dashlet ciclo-my-submissions-dashlet">
         <div class="title">${msg("header")}</div>
         <div class="toolbar flat-button ciclo-toolbar">
            <label for="${id}-cycle">${msg("label.cycle")}</label>
            <select id="${id}-cycle">
               <#list cycles as cycle>
               <option value="${cycle.id?html}">${cycle.id?html}</option>
               </#list>
               <#if cycles?size == 0>
               <option value="">${msg("label.newestCycle")}</option>
               </#if>
            </select>
         </div>
         <div class="body scrollableList ciclo-body" <#if args.height??>style="height: ${args.height?html}px;"</#if>>
            <#if error??>
            <div class="ciclo-error" id="${id}-error">${msg(error)}</div>
            </#if>
            <div id="${id}-body"></div>
         </div>
      </div>
   </@>
</@>
