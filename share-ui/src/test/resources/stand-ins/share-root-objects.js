/*
 * Stand-ins for the root objects Share (Surf) gives a web-script controller, shaped like the real ones:
 *   args      request arguments (Surf: a Map of strings)
 *   instance  instance.object.id, the component id (Surf: ScriptRenderContext / ModelObject)
 *   url       url.context, url.templateArgs (Surf: URLHelper)
 *   page, user, context-free
 *   msg       msg.get(key[, args]) from the web script's own bundle, key when absent (Surf: ScriptMessage)
 *   config    config.script = the .config.xml text; config.scoped[section][element].childrenMap[name]
 *             lists with size()/get(i).attributes (Surf: ScriptConfigModel over ConfigElement)
 *   remote    remote.call(uri) / remote.connect(endpoint).get(uri): responses with .status and a body
 *             given by toString() and .response (Surf: ScriptRemote, Response)
 * The Java side passes __args, __messages, __configXml, __scoped and __responses as JSON text.
 */
var model = {};
var args = JSON.parse(__args);
var instance = { object: { id: "page.component-1-1.user~admin~dashboard" } };
var url = { context: "/share", templateArgs: {}, args: args };
var page = { url: { context: "/share", templateArgs: {} }, id: "user/admin/dashboard" };
var user = { name: "admin", id: "admin", isAdmin: true };
var msg = (function()
{
   var messages = JSON.parse(__messages);
   return {
      get: function(key, values)
      {
         var text = messages.hasOwnProperty(key) ? messages[key] : key;
         if (values && values.length)
         {
            for (var i = 0; i < values.length; i++)
            {
               text = text.replace("{" + i + "}", values[i]);
            }
         }
         return text;
      }
   };
})();
var config = (function()
{
   function list(items)
   {
      return {
         size: function() { return items.length; },
         get: function(i) { return { attributes: items[i].attributes || {}, value: items[i].value || "" }; }
      };
   }
   var scoped = {}, given = JSON.parse(__scoped), section, element, child;
   for (section in given)
   {
      scoped[section] = {};
      for (element in given[section])
      {
         var childrenMap = {};
         for (child in given[section][element])
         {
            childrenMap[child] = list(given[section][element][child]);
         }
         scoped[section][element] = { childrenMap: childrenMap };
      }
   }
   return { script: __configXml, scoped: scoped, global: {} };
})();
var remote = (function()
{
   var responses = JSON.parse(__responses), calls = [];
   function answer(uri)
   {
      calls.push(uri);
      var r = responses.hasOwnProperty(uri) ? responses[uri] : { status: 404, body: "{\"message\":\"not found: " + uri + "\"}" };
      return {
         status: r.status,
         response: r.body,
         toString: function() { return r.body; }
      };
   }
   return {
      call: answer,
      connect: function(endpoint) { return { get: answer, call: answer }; },
      calls: calls
   };
})();
