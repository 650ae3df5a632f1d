/**
 * Dashlet "Le mie consegne": for a Responsabile di Settore, what their sectors still owe in a cycle
 * and by when, then what they have handed in. It reads the repository's board with mine=true and
 * shows the statuses as sent: what counts as owed is a list of cycle-core's statuses (Ciclo.OWED).
 *
 * @namespace Ciclo.dashlet
 * @class Ciclo.dashlet.MySubmissions
 */
(function()
{
   var $html = Alfresco.util.encodeHTML;

   Ciclo.dashlet.MySubmissions = function CicloMySubmissions_constructor(htmlId)
   {
      Ciclo.dashlet.MySubmissions.superclass.constructor.call(this, "Ciclo.dashlet.MySubmissions", htmlId);
      return this;
   };

   YAHOO.extend(Ciclo.dashlet.MySubmissions, Ciclo.dashlet.BoardReader,
   {
      options:
      {
         cycle: null,
         cycles: []
      },

      show: function CicloMySubmissions_show(board)
      {
         if (!board.userSectors || board.userSectors.length === 0)
         {
            this.widgets.body.innerHTML = '<div class="ciclo-empty">' + $html(this.msg("message.noSector")) + "</div>";
            return;
         }
         var items = this.itemsOf(board), owed = [], done = [], i;
         for (i = 0; i < items.length; i++)
         {
            (Ciclo.util.contains(Ciclo.OWED, items[i].standing.status) ? owed : done).push(items[i]);
         }
         owed.sort(function(a, b)
         {
            var da = a.act.due || "9999", db = b.act.due || "9999";
            return da < db ? -1 : (da > db ? 1 : 0);
         });
         this.widgets.body.innerHTML =
            '<div class="ciclo-section" id="' + this.id + '-owed"><div class="ciclo-section-title">' + $html(this.msg("header.owed", owed.length)) + "</div>" +
            (owed.length ? this.renderList(owed) : '<div class="ciclo-empty">' + $html(this.msg("message.nothingOwed")) + "</div>") + "</div>" +
            '<div class="ciclo-section" id="' + this.id + '-done"><div class="ciclo-section-title">' + $html(this.msg("header.done", done.length)) + "</div>" +
            (done.length ? this.renderList(done) : "") + "</div>";
      },

      /** One item per act and sector of the user (a shared act counts once). */
      itemsOf: function CicloMySubmissions_itemsOf(board)
      {
         var items = [], i, j, act;
         for (i = 0; i < board.acts.length; i++)
         {
            act = board.acts[i];
            if (act.shared)
            {
               items.push({ act: act, sector: null, standing: act });
            }
            for (j = 0; j < act.sectors.length; j++)
            {
               items.push({ act: act, sector: act.sectors[j], standing: act.sectors[j] });
            }
         }
         return items;
      },

      renderList: function CicloMySubmissions_renderList(items)
      {
         var html = ['<ul class="ciclo-items">'], i, item, days, files;
         for (i = 0; i < items.length; i++)
         {
            item = items[i];
            days = Ciclo.util.days(item.standing, this.bind(this.msg));
            files = item.standing.files || [];
            html.push('<li class="ciclo-item" data-act="' + $html(item.act.id) + '"' +
               (item.sector ? ' data-sector="' + $html(item.sector.id) + '"' : "") + ' data-status="' + $html(item.standing.status) + '">' +
               '<span class="ciclo-badge ' + Ciclo.util.statusClass(item.standing.status) + '">' + $html(item.standing.label) + "</span> " +
               '<span class="ciclo-what">' + Ciclo.util.folderLink(item.act.folderNodeRef, item.act.title) +
               (item.sector ? " &middot; " + $html(item.sector.name || item.sector.id) : "") + "</span>" +
               '<div class="ciclo-when">' +
               (item.act.due ? $html(this.msg("label.dueBy", Ciclo.util.date(item.act.due))) : $html(this.msg("label.duePending"))) +
               (days ? ' <span class="ciclo-days">' + $html(days) + "</span>" : "") + "</div>" +
               this.renderFiles(files) + "</li>");
         }
         html.push("</ul>");
         return html.join("");
      },

      renderFiles: function CicloMySubmissions_renderFiles(files)
      {
         if (files.length === 0)
         {
            return "";
         }
         var html = ['<ul class="ciclo-files">'];
         for (var i = 0; i < files.length; i++)
         {
            html.push('<li class="' + Ciclo.util.statusClass(files[i].status) + '">' + Ciclo.util.documentLink(files[i].nodeRef, files[i].name) + "</li>");
         }
         html.push("</ul>");
         return html.join("");
      }
   });
})();
