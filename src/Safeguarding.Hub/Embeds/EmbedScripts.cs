using System.Text.Json;

namespace Safeguarding.Hub.Embeds;

/// <summary>
/// The embeds' two small scripts. In the embed (allowed by the page's CSP nonce): tell the parent
/// page how tall the content is, by <c>postMessage</c> to the parent's origin only when it is one of
/// the allowed intranets. In the intranet's page (<c>/embed/parent.js</c>): take a height only from
/// the hub's origin and only for the iframe that sent it. Without either, the embed still works: it
/// scrolls inside its frame.
/// </summary>
/// <remarks>
/// An embed can load, and post its height, before the page's own script has run (the page loads
/// <c>parent.js</c> after its iframes, and an embed does not grow again once shown): so when
/// <c>parent.js</c> starts it asks each frame to measure again (<see cref="MeasureMessage"/>), and an
/// embed answers that request from its own parent only.
/// </remarks>
internal static class EmbedScripts
{
    /// <summary>The message type both scripts agree on.</summary>
    internal const string HeightMessage = "safeguarding-embed:height";

    /// <summary>The message the parent page sends to ask each embed for its height again.</summary>
    internal const string MeasureMessage = "safeguarding-embed:measure";

    internal static string InFrame(IEnumerable<string> allowedOrigins) => """
        (function () {
          "use strict";
          var allowed = 
        """ + JsonSerializer.Serialize(allowedOrigins.ToArray()) + """
        ;
          if (window.parent === window) { return; }
          var parentOrigin = null;
          if (window.location.ancestorOrigins && window.location.ancestorOrigins.length > 0) {
            parentOrigin = window.location.ancestorOrigins[0];
          } else if (document.referrer) {
            try { parentOrigin = new URL(document.referrer).origin; } catch (e) { parentOrigin = null; }
          }
          function isAllowed(origin) {
            for (var i = 0; i < allowed.length; i++) {
              var entry = allowed[i];
              if (entry === origin) { return true; }
              var star = entry.indexOf("://*.");
              if (star > 0) {
                var scheme = entry.substring(0, star + 3), suffix = entry.substring(star + 4);
                if (origin.indexOf(scheme) === 0 && origin.length > scheme.length + suffix.length && origin.substring(origin.length - suffix.length) === suffix) { return true; }
              }
            }
            return false;
          }
          if (!parentOrigin || !isAllowed(parentOrigin)) { return; }
          var content = document.getElementById("sg-embed");
          var last = -1;
          function send() {
            var height = Math.ceil(content.getBoundingClientRect().height);
            if (height !== last) {
              last = height;
              window.parent.postMessage({ type: 
        """ + JsonSerializer.Serialize(HeightMessage) + """
        , height: height }, parentOrigin);
            }
          }
          if (window.ResizeObserver) { new ResizeObserver(send).observe(content); }
          window.addEventListener("load", send);
          window.addEventListener("message", function (event) {
            if (event.source !== window.parent || event.origin !== parentOrigin) { return; }
            if (event.data && event.data.type === 
        """ + JsonSerializer.Serialize(MeasureMessage) + """
        ) { last = -1; send(); }
          });
          send();
        })();
        """;

    internal static string Parent => """
        (function () {
          "use strict";
          var script = document.currentScript;
          if (!script) { return; }
          var hubOrigin = new URL(script.src, document.baseURI).origin;
          window.addEventListener("message", function (event) {
            if (event.origin !== hubOrigin) { return; }
            var data = event.data;
            if (!data || data.type !== 
        """ + JsonSerializer.Serialize(HeightMessage) + """
         || typeof data.height !== "number" || !isFinite(data.height)) { return; }
            var frames = document.getElementsByTagName("iframe");
            for (var i = 0; i < frames.length; i++) {
              if (frames[i].contentWindow === event.source) {
                frames[i].style.height = Math.min(Math.max(Math.round(data.height), 40), 20000) + "px";
              }
            }
          });
          // Embeds that loaded before this script ran have already said their height: ask again.
          var loaded = document.getElementsByTagName("iframe");
          for (var j = 0; j < loaded.length; j++) {
            if (loaded[j].contentWindow) {
              loaded[j].contentWindow.postMessage({ type: 
        """ + JsonSerializer.Serialize(MeasureMessage) + """
         }, hubOrigin);
            }
          }
        })();
        """;
}
