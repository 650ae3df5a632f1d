/**
 * Ciclo in the document library: the metadata line under a submission (act - sector - due - status)
 * and under an act folder (its deadlines). share-config-custom.xml names the renderers in the
 * "cicloSubmission" and "cicloActFolder" metadata templates; this file registers them.
 *
 * The values are the node's cyc: properties as the workflow wrote them; the status label is the
 * bundle's ciclo.status.<status>, the same words as cycle-core's.
 */
(function()
{
   var $html = Alfresco.util.encodeHTML;

   function msg(key)
   {
      return Alfresco.util.message.apply(null, [key, "Ciclo"].concat(Array.prototype.slice.call(arguments, 1)));
   }

   /** A property of the record's node: a plain value, or a date's ISO text. */
   function value(record, name)
   {
      var v = record.jsNode.properties[name];
      if (v && typeof v === "object")
      {
         return v.iso8601 || v.value || "";
      }
      return v === undefined || v === null ? "" : v;
   }

   function part(label, html)
   {
      return '<span class="item"><em>' + $html(label) + "</em>: " + html + "</span>";
   }

   Ciclo.doclib = Ciclo.doclib || {};

   /** act - sector - due - status (with "late" and "review escalated" when they apply); titles, not ids, where known. */
   Ciclo.doclib.renderSubmission = function CicloDoclib_renderSubmission(record)
   {
      var status = String(value(record, "cyc_status")),
         late = String(value(record, "cyc_late")) === "true",
         escalated = String(value(record, "cyc_escalated")) === "true",
         statusText = $html(Ciclo.util.contains(Ciclo.STATUSES, status) ? msg("ciclo.status." + status) : status),
         html = [];
      // The act's title and the sector's name when the rule recorded them (files filed before, by id).
      html.push(part(msg("ciclo.meta.act"), $html(value(record, "cyc_actLabel") || value(record, "cyc_act"))));
      html.push(part(msg("ciclo.meta.sector"), $html(value(record, "cyc_sectorLabel") || value(record, "cyc_sector"))));
      if (value(record, "cyc_dueDate"))
      {
         html.push(part(msg("ciclo.meta.due"), $html(Ciclo.util.date(value(record, "cyc_dueDate")))));
      }
      html.push(part(msg("ciclo.meta.status"), '<span class="ciclo-status ' + Ciclo.util.statusClass(status) + '">' + statusText + "</span>" +
         (late ? " (" + $html(msg("ciclo.meta.late")) + ")" : "") +
         (escalated ? " (" + $html(msg("ciclo.meta.escalated")) + ")" : "")));
      return '<span class="ciclo-meta">' + html.join(" &middot; ") + "</span>";
   };

   /** An act folder's internal and approval deadlines. */
   Ciclo.doclib.renderActFolder = function CicloDoclib_renderActFolder(record)
   {
      var html = [], due = value(record, "cyc_submissionDueDate"), approval = value(record, "cyc_approvalDueDate");
      if (due)
      {
         html.push(part(msg("ciclo.meta.submissionDue"), $html(Ciclo.util.date(due))));
      }
      if (approval)
      {
         html.push(part(msg("ciclo.meta.approvalDue"), $html(Ciclo.util.date(approval))));
      }
      return html.length ? '<span class="ciclo-meta">' + html.join(" &middot; ") + "</span>" : "";
   };

   // After the page's inline scripts have built the document list (which listens for renderers).
   YAHOO.util.Event.onDOMReady(function CicloDoclib_register()
   {
      YAHOO.Bubbling.fire("registerRenderer", { propertyName: "cicloSubmission", renderer: Ciclo.doclib.renderSubmission });
      YAHOO.Bubbling.fire("registerRenderer", { propertyName: "cicloActFolder", renderer: Ciclo.doclib.renderActFolder });
   });
})();
