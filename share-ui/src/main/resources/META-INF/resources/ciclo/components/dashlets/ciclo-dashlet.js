/**
 * What both Ciclo dashlets do: read the repository's board of the chosen cycle (GET ciclo/board) and
 * show it, or the reason it could not be read. A dashlet extends it with mine() (whether it asks for
 * the user's sectors only), show(board), and optionally prepare() and clear().
 *
 * @namespace Ciclo.dashlet
 * @class Ciclo.dashlet.BoardReader
 */
(function()
{
   var Dom = YAHOO.util.Dom,
      Event = YAHOO.util.Event,
      $html = Alfresco.util.encodeHTML;

   Ciclo.dashlet.BoardReader = function CicloBoardReader_constructor(name, htmlId)
   {
      Ciclo.dashlet.BoardReader.superclass.constructor.call(this, name, htmlId, []);
      return this;
   };

   YAHOO.extend(Ciclo.dashlet.BoardReader, Alfresco.component.Base,
   {
      onReady: function CicloBoardReader_onReady()
      {
         this.widgets.cycle = Dom.get(this.id + "-cycle");
         this.widgets.body = Dom.get(this.id + "-body");
         if (this.options.cycle)
         {
            this.widgets.cycle.value = this.options.cycle;
         }
         Event.addListener(this.widgets.cycle, "change", this.load, this, true);
         this.prepare();
         this.load();
      },

      /** The dashlet's own controls, found and wired before the first load. */
      prepare: function CicloBoardReader_prepare()
      {
      },

      /** Whether to ask for the user's sectors only. */
      mine: function CicloBoardReader_mine()
      {
         return true;
      },

      /** Empties what the dashlet shows besides the body, when the board cannot be read. */
      clear: function CicloBoardReader_clear()
      {
      },

      /** Asks the repository for the board of the chosen cycle. */
      load: function CicloBoardReader_load()
      {
         this.widgets.body.innerHTML = '<div class="ciclo-loading">' + $html(this.msg("message.loading")) + "</div>";
         Alfresco.util.Ajax.jsonGet(
         {
            url: Ciclo.util.boardUrl(this.widgets.cycle.value, this.mine()),
            successCallback: { fn: this.onBoard, scope: this },
            failureCallback: { fn: this.onFailure, scope: this }
         });
      },

      onFailure: function CicloBoardReader_onFailure(response)
      {
         Ciclo.util.answered(this.id);
         this.widgets.body.innerHTML = '<div class="ciclo-error">' + $html(Ciclo.util.failure(response, this.bind(this.msg))) + "</div>";
         this.clear();
      },

      onBoard: function CicloBoardReader_onBoard(response)
      {
         Ciclo.util.answered(this.id);
         this.show(response.json);
      }
   });
})();
