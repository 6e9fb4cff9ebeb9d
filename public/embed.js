/*
 * PantauBangun embed helper, loaded by the embed code on other sites:
 *   <iframe src="https://<our site>/embed/<chart>" ...></iframe>
 *   <script src="https://<our site>/embed.js" async></script>
 * It sets each PantauBangun iframe's height to the height its page posts. Messages count only when
 * they come from the origin this script was loaded from, and from one of this page's iframes. As
 * it starts, it asks our frames that loaded before it (the script is async) to post again.
 * Plain ES5, no dependencies, nothing global but one flag per origin (the script may be included
 * once per embed).
 */
/* global window, document */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  // script.src is the resolved, normalised URL: its scheme and host are our origin.
  var match = /^https?:\/\/[^/?#]+/i.exec(script.src);
  if (!match) return;
  var origin = match[0].toLowerCase();
  var flag = '__pantaubangunEmbed:' + origin;
  if (window[flag]) return;
  window[flag] = true;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === source) return frames[i];
    }
    return null;
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'pantaubangun:resize') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height)) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    height = Math.round(Math.min(Math.max(height, 50), 10000));
    frame.style.height = height + 'px';
    frame.setAttribute('height', String(height));
  });

  // Only frames of our origin are asked, and only our origin can read the question.
  function askOurFrames() {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      var src = frames[i].src || '';
      if (src.toLowerCase().indexOf(origin + '/') !== 0 || !frames[i].contentWindow) continue;
      frames[i].contentWindow.postMessage({ type: 'pantaubangun:measure' }, origin);
    }
  }
  askOurFrames();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', askOurFrames);
})();
