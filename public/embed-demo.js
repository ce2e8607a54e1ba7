/*
 * Embed demo (public/embed-demo.html): what a CMS's pym embed does, for each
 * [data-timeline-src] container. The same steps as the "pym.js" snippet from the Embed button:
 * a link parameter in this page's URL opens that event, and selecting an event writes it back
 * with history.replaceState, so the article's own link reopens the same event. Each timeline has
 * its own parameter, derived from its container id (#timeline-en → timeline-event-en) and handed
 * to the embed as ?link=, so one article's two timelines never open each other's events.
 */
/* global pym */
(function () {
  var containers = document.querySelectorAll('[data-timeline-src]');
  Array.prototype.forEach.call(containers, function (el) {
    var key = 'timeline-event-' + el.id.replace(/^timeline-/, '');
    var src = new URL(el.getAttribute('data-timeline-src'), location.href);
    src.searchParams.set('link', key);
    var linked = new URL(location.href).searchParams.get(key);
    if (linked) src.searchParams.set('event', linked);

    var parent = new pym.Parent(el.id, src.href, {
      title: el.getAttribute('data-title'),
      xdomain: '^' + location.origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
      allowfullscreen: true,
    });
    parent.onMessage('timeline:selection', function (id) {
      var page = new URL(location.href);
      if (id) page.searchParams.set(key, id);
      else page.searchParams.delete(key);
      history.replaceState(history.state, '', page.href);
    });
  });
})();
