/**
 * Dashlet "Scadenze del ciclo": the act x sector board of a cycle, coloured by status, and the next
 * deadlines. It renders what the repository's board sent (GET ciclo/board) and computes nothing: the
 * status, its label and the day counts are cycle-core's.
 *
 * @namespace Ciclo.dashlet
 * @class Ciclo.dashlet.Board
 */
(function()
{
   var Dom = YAHOO.util.Dom,
      Event = YAHOO.util.Event,
      $html = Alfresco.util.encodeHTML;

   Ciclo.dashlet.Board = function CicloBoard_constructor(htmlId)
   {
      Ciclo.dashlet.Board.superclass.constructor.call(this, "Ciclo.dashlet.Board", htmlId);
      return this;
   };

   YAHOO.extend(Ciclo.dashlet.Board, Ciclo.dashlet.BoardReader,
   {
      options:
      {
         /** The cycle to show first (null: the repository's newest). */
         cycle: null,
         /** The cycles the controller found, [{id, firstYear, lastYear}], newest first. */
         cycles: [],
         /** Start with only the user's sectors. */
         mine: false,
         /** How many upcoming deadlines to list. */
         nextDeadlines: 5
      },

      prepare: function CicloBoard_prepare()
      {
         this.widgets.scope = Dom.get(this.id + "-scope");
         this.widgets.next = Dom.get(this.id + "-next");
         this.widgets.asOf = Dom.get(this.id + "-asof");
         this.widgets.scope.value = this.options.mine ? "mine" : "all";
         Event.addListener(this.widgets.scope, "change", this.load, this, true);
      },

      mine: function CicloBoard_mine()
      {
         return this.widgets.scope.value === "mine";
      },

      clear: function CicloBoard_clear()
      {
         this.widgets.next.innerHTML = "";
      },

      show: function CicloBoard_show(board)
      {
         this.widgets.asOf.innerHTML = $html(this.msg("label.asOf", Ciclo.util.date(board.asOf)));
         this.widgets.body.innerHTML = this.renderBoard(board);
         this.widgets.next.innerHTML = this.renderNext(board);
      },

      /** The sectors that appear in any act, in the order the board lists them. */
      sectorsOf: function CicloBoard_sectorsOf(board)
      {
         var sectors = [], seen = {}, i, j, s;
         for (i = 0; i < board.acts.length; i++)
         {
            for (j = 0; j < board.acts[i].sectors.length; j++)
            {
               s = board.acts[i].sectors[j];
               if (!seen[s.id])
               {
                  seen[s.id] = true;
                  sectors.push(s);
               }
            }
         }
         return sectors;
      },

      renderBoard: function CicloBoard_renderBoard(board)
      {
         if (board.acts.length === 0)
         {
            return '<div class="ciclo-empty">' + $html(this.msg(board.mine ? "message.noSector" : "message.noActs")) + "</div>";
         }
         var sectors = this.sectorsOf(board), html = [], i, j, act, bySector, cell;
         html.push('<table class="ciclo-board"><thead><tr><th class="ciclo-act">' + $html(this.msg("column.act")) + "</th>");
         html.push('<th class="ciclo-due">' + $html(this.msg("column.due")) + "</th>");
         for (j = 0; j < sectors.length; j++)
         {
            html.push('<th class="ciclo-sector" data-sector="' + $html(sectors[j].id) + '">' + $html(sectors[j].name || sectors[j].id) + "</th>");
         }
         html.push("</tr></thead><tbody>");
         for (i = 0; i < board.acts.length; i++)
         {
            act = board.acts[i];
            html.push('<tr data-act="' + $html(act.id) + '"><th class="ciclo-act">' + Ciclo.util.folderLink(act.folderNodeRef, act.title) + "</th>");
            html.push('<td class="ciclo-due">' + this.renderDue(act) + "</td>");
            if (act.shared)
            {
               html.push(this.renderCell(act, ' colspan="' + Math.max(sectors.length, 1) + '"', "", this.msg("label.shared")));
            }
            else
            {
               bySector = {};
               for (j = 0; j < act.sectors.length; j++)
               {
                  bySector[act.sectors[j].id] = act.sectors[j];
               }
               for (j = 0; j < sectors.length; j++)
               {
                  cell = bySector[sectors[j].id];
                  html.push(cell ? this.renderCell(cell, "", sectors[j].id, "") : '<td class="ciclo-none"></td>');
               }
            }
            html.push("</tr>");
         }
         html.push("</tbody></table>");
         html.push(this.renderLegend());
         return html.join("");
      },

      renderDue: function CicloBoard_renderDue(act)
      {
         return act.due ? $html(Ciclo.util.date(act.due)) : '<span class="ciclo-pending">' + $html(this.msg("label.duePending")) + "</span>";
      },

      /** One cell: the status's colour, its label as sent, and the days left or late. */
      renderCell: function CicloBoard_renderCell(standing, attributes, sectorId, prefix)
      {
         var days = Ciclo.util.days(standing, this.bind(this.msg)),
            files = standing.files ? standing.files.length : 0,
            title = (prefix ? prefix + ": " : "") + standing.label + (days ? " (" + days + ")" : "") +
               (files ? " - " + this.msg(files === 1 ? "label.files.one" : "label.files", files) : "");
         return '<td class="ciclo-cell ' + Ciclo.util.statusClass(standing.status) + '"' + attributes +
            ' data-status="' + $html(standing.status) + '"' + (sectorId ? ' data-sector="' + $html(sectorId) + '"' : "") +
            ' title="' + $html(title) + '"><span class="ciclo-label">' + $html(standing.label) + "</span>" +
            (days ? '<span class="ciclo-days">' + $html(days) + "</span>" : "") + "</td>";
      },

      renderLegend: function CicloBoard_renderLegend()
      {
         var html = ['<div class="ciclo-legend">'];
         for (var i = 0; i < Ciclo.STATUSES.length; i++)
         {
            html.push('<span class="' + Ciclo.util.statusClass(Ciclo.STATUSES[i]) + '">' + $html(this.msg("status." + Ciclo.STATUSES[i])) + "</span>");
         }
         html.push("</div>");
         return html.join("");
      },

      /** The acts whose internal deadline is today or later, soonest first. */
      renderNext: function CicloBoard_renderNext(board)
      {
         var upcoming = [], i, act, html;
         for (i = 0; i < board.acts.length; i++)
         {
            act = board.acts[i];
            if (act.due && act.due >= board.asOf)
            {
               upcoming.push(act);
            }
         }
         upcoming.sort(function(a, b) { return a.due < b.due ? -1 : (a.due > b.due ? 1 : 0); });
         upcoming = upcoming.slice(0, this.options.nextDeadlines);
         if (upcoming.length === 0)
         {
            return '<div class="ciclo-empty">' + $html(this.msg("message.noDeadlines")) + "</div>";
         }
         html = ['<div class="ciclo-next-title">' + $html(this.msg("header.next")) + '</div><ul class="ciclo-next">'];
         for (i = 0; i < upcoming.length; i++)
         {
            act = upcoming[i];
            html.push('<li data-act="' + $html(act.id) + '"><span class="ciclo-date">' + $html(Ciclo.util.date(act.due)) + "</span> " +
               Ciclo.util.folderLink(act.folderNodeRef, act.title) +
               (act.approvalDue ? ' <span class="ciclo-approval">' + $html(this.msg("label.approvalDue", Ciclo.util.date(act.approvalDue))) + "</span>" : "") +
               "</li>");
         }
         html.push("</ul>");
         return html.join("");
      }
   });
})();
