<#--
  A date the reader cannot change, shown as 03/12/2026. Share's info.ftl
  (site-webscripts/org/alfresco/components/form/controls/info.ftl) prints a date raw
  (2026-12-03T23:00:00.000Z) and leaves it to the task page's header, whose onReady
  (components/workflow/task-edit-header.js, Alfresco.component.TaskEditHeader) reformats only the
  [data-datatype^="date"] elements already on the page when it runs: on a loaded server the form
  often comes later and stays raw.
  Here the value is formatted by the control's own script, in the reader's time zone.
-->
<#assign iso = field.value?string>
<div class="form-field">
   <div class="viewmode-field">
      <span class="viewmode-label">${field.label?html}:</span>
      <#if iso == "">
      <span class="viewmode-value">${msg("form.control.novalue")}</span>
      <#else>
      <span id="${fieldHtmlId}" class="viewmode-value ciclo-date">${iso?html}</span>
      <script type="text/javascript">//<![CDATA[
      (function()
      {
         var el = document.getElementById("${fieldHtmlId?js_string}"),
            date = Alfresco.util.fromISO8601("${iso?js_string}");
         if (el && date)
         {
            el.innerHTML = Alfresco.util.formatDate(date, "${msg("ciclo.format.date")?js_string}");
         }
      })();
      //]]></script>
      </#if>
   </div>
</div>
