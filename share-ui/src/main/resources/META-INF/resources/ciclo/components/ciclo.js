/**
 * Ciclo in Share: what the dashlets and the document library share on the client.
 *
 * A status is one of cycle-core's SubmissionStatus json names. The client never computes one: the
 * dashlets show the status, label and day counts the repository's board sent (GET ciclo/board, see
 * docs/admin/share.md), and the document library shows the cyc:status the workflow wrote.
 */
var Ciclo = window.Ciclo || {};
Ciclo.dashlet = Ciclo.dashlet || {};
Ciclo.util = Ciclo.util || {};

(function()
{
   var $html = Alfresco.util.encodeHTML;

   /** Every status, in cycle-core's order. */
   Ciclo.STATUSES = ["missing", "overdue", "submitted", "submitted-late", "in-review", "changes-requested", "approved", "withdrawn"];

   /** The statuses that leave something to do for the sector: nothing handed in, or handed back. */
   Ciclo.OWED = ["missing", "overdue", "changes-requested"];

   /** The CSS class of a status cell; an unknown status gets a class of its own rather than a wrong colour. */
   Ciclo.util.statusClass = function Ciclo_statusClass(status)
   {
      return "ciclo-s-" + (Ciclo.util.contains(Ciclo.STATUSES, status) ? status : "unknown");
   };

   Ciclo.util.contains = function Ciclo_contains(list, value)
   {
      for (var i = 0; i < list.length; i++)
      {
         if (list[i] === value)
         {
            return true;
         }
      }
      return false;
   };

   /** "2024-01-15" (or an ISO date-time) as 15/01/2024, the way Italian offices write dates. */
   Ciclo.util.date = function Ciclo_date(iso)
   {
      var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
      return m ? m[3] + "/" + m[2] + "/" + m[1] : "";
   };

   /** The repository's board, through Share's proxy to the "alfresco" endpoint. */
   Ciclo.util.boardUrl = function Ciclo_boardUrl(cycle, mine)
   {
      var params = [];
      if (cycle)
      {
         params.push("cycle=" + encodeURIComponent(cycle));
      }
      if (mine)
      {
         params.push("mine=true");
      }
      params.push("lang=" + encodeURIComponent(Ciclo.util.language()));
      return Alfresco.constants.PROXY_URI + "ciclo/board?" + params.join("&");
   };

   Ciclo.util.cyclesUrl = function Ciclo_cyclesUrl()
   {
      return Alfresco.constants.PROXY_URI + "ciclo/cycles";
   };

   /** The language of the page ("it" unless Share runs in English). */
   Ciclo.util.language = function Ciclo_language()
   {
      var lang = (document.documentElement.getAttribute("lang") || "it").substring(0, 2).toLowerCase();
      return lang === "en" ? "en" : "it";
   };

   /**
    * How many days are left or late, in words: the board's daysLeft/daysLate as sent.
    * msg is the component's msg function (keys days.left.*, days.late.*).
    */
   Ciclo.util.days = function Ciclo_days(standing, msg)
   {
      if (standing.daysLate !== null && standing.daysLate !== undefined)
      {
         return standing.daysLate === 1 ? msg("days.late.one") : msg("days.late", standing.daysLate);
      }
      if (standing.daysLeft !== null && standing.daysLeft !== undefined)
      {
         return standing.daysLeft === 0 ? msg("days.left.today") :
            (standing.daysLeft === 1 ? msg("days.left.one") : msg("days.left", standing.daysLeft));
      }
      return "";
   };

   /**
    * The board has answered: the controller's message about the cycles list (the element
    * "<id>-error", when the template wrote one) would only repeat or contradict it.
    */
   Ciclo.util.answered = function Ciclo_answered(htmlId)
   {
      var error = document.getElementById(htmlId + "-error");
      if (error)
      {
         error.parentNode.removeChild(error);
      }
   };

   /** A link to a node's folder page in Share, or plain text when the board has no nodeRef. */
   Ciclo.util.folderLink = function Ciclo_folderLink(nodeRef, text)
   {
      if (!nodeRef)
      {
         return $html(text);
      }
      return '<a href="' + Alfresco.constants.URL_PAGECONTEXT + "folder-details?nodeRef=" + encodeURIComponent(nodeRef) +
         '">' + $html(text) + "</a>";
   };

   Ciclo.util.documentLink = function Ciclo_documentLink(nodeRef, text)
   {
      if (!nodeRef)
      {
         return $html(text);
      }
      return '<a href="' + Alfresco.constants.URL_PAGECONTEXT + "document-details?nodeRef=" + encodeURIComponent(nodeRef) +
         '">' + $html(text) + "</a>";
   };

   /**
    * The error text of a failed board request. 404 means the repository has no such web script (the
    * platform module is missing: ACS's own 404 text would not say so); otherwise the repository's own
    * message when it sent one (board-api.md: 400 for an unknown cycle, in the user's language).
    */
   Ciclo.util.failure = function Ciclo_failure(response, msg)
   {
      var status = response && response.serverResponse ? response.serverResponse.status : 0;
      if (status === 401)
      {
         return msg("error.login");
      }
      if (status === 404)
      {
         return msg("error.noModule");
      }
      if (response && response.json && response.json.message)
      {
         return response.json.message;
      }
      return msg("error.unreachable", status);
   };
})();
