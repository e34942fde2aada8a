// The room's display and the chair's console. Everything the page shows comes from the server's
// state (GET /events); names are set as text, never as markup. The countdown and the projected end
// are computed from the instants the server sends, so they do not drift between updates.
(function () {
  'use strict';
  var body = document.body;
  var lang = body.dataset.lang;
  var chair = body.classList.contains('chair');
  var state = null;
  var received = 0;
  var clockFormat = null;

  function $(id) { return document.getElementById(id); }

  function text(el, value) {
    if (el.textContent !== value) { el.textContent = value; }
  }

  function fill(pattern, value) { return pattern.replace('{0}', value); }

  // Milliseconds of the sitting's clock elapsed since the state was received.
  function elapsed() { return (performance.now() - received) * state.speed; }

  function mmss(ms, up) {
    var s = up ? Math.ceil(ms / 1000) : Math.floor(ms / 1000);
    var m = Math.floor(s / 60);
    var r = s % 60;
    return m + ':' + (r < 10 ? '0' : '') + r;
  }

  function clock(ms) {
    if (!clockFormat) {
      clockFormat = new Intl.DateTimeFormat(lang, {
        hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: state.zone, numberingSystem: 'latn'
      });
    }
    return clockFormat.format(new Date(ms));
  }

  // A name in an isolate of its own: its direction is its own, and no override in it reaches beyond.
  function bdi(value) {
    var b = document.createElement('bdi');
    b.textContent = value;
    return b;
  }

  // Who speaks, besides the delegation: the person, the function, on whose behalf, the title.
  function who(el, s) {
    while (el.firstChild) { el.removeChild(el.firstChild); }
    var parts = [];
    if (s.name) { parts.push(bdi(s.name)); }
    if (s['function']) { parts.push(bdi(s['function'])); }
    if (s.onBehalfOf) {
      var pattern = body.dataset.onBehalf.split('{0}');
      var span = document.createElement('span');
      span.appendChild(document.createTextNode(pattern[0]));
      span.appendChild(bdi(s.onBehalfOf));
      span.appendChild(document.createTextNode(pattern[1] || ''));
      parts.push(span);
    }
    if (s.title) { parts.push(bdi(s.title)); }
    parts.forEach(function (p, i) {
      if (i > 0) { el.appendChild(document.createTextNode(' · ')); }
      el.appendChild(p);
    });
    return parts.length > 0;
  }

  function name(el, value) {
    if (el.textContent === value && el.firstChild && el.firstChild.nodeName === 'BDI') { return; }
    while (el.firstChild) { el.removeChild(el.firstChild); }
    el.appendChild(bdi(value));
  }

  function render() {
    var s = state;
    text($('segment'), s.segment ? s.segment.title : '');
    if (s.current) {
      name($('delegation'), s.current.delegation);
      who($('person'), s.current);
    } else {
      text($('delegation'), s.remaining === 0 ? body.dataset.endOfList : body.dataset.nobody);
      text($('person'), '');
    }
    var list = $('next');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    s.next.forEach(function (n) {
      var li = document.createElement('li');
      var delegation = document.createElement('span');
      delegation.className = 'name';
      delegation.appendChild(bdi(n.delegation));
      var time = document.createElement('span');
      time.className = 'time';
      time.dir = 'ltr';
      time.textContent = mmss(n.allottedMillis, true);
      li.appendChild(delegation);
      li.appendChild(time);
      var more = document.createElement('span');
      more.className = 'more';
      if (who(more, n)) { li.appendChild(more); }
      list.appendChild(li);
    });
    if (s.next.length === 0 && s.remaining === 0) {
      var end = document.createElement('li');
      end.className = 'end';
      end.textContent = body.dataset.endOfList;
      list.appendChild(end);
    }
    $('paused').hidden = !s.paused;
    text($('scheduled-end'), clock(Date.parse(s.scheduledEnd)));
    if (chair) { enable(); }
    tick();
  }

  function tick() {
    if (!state) { return; }
    var s = state;
    var now = Date.parse(s.at) + elapsed();
    var countdown = $('countdown');
    if (s.current) {
      var left = s.current.timeLeftMillis - (s.paused ? 0 : elapsed());
      countdown.className = 'countdown' + (left <= 0 ? ' red' : left <= 30000 ? ' amber' : '')
        + (s.paused ? ' stopped' : '');
      text(countdown, left > 0 ? mmss(left, true) : '+' + mmss(-left, false));
      $('over').hidden = left > 0;
    } else {
      countdown.className = 'countdown stopped';
      text(countdown, '–:––');
      $('over').hidden = true;
    }
    // Where the floor opens for what remains, and so the projected end, as the server computes them.
    var opens = Date.parse(s.floorOpens);
    var shifted = Math.max(opens + (s.paused && s.current ? elapsed() : 0), now);
    var projected = Date.parse(s.projectedEnd) + (shifted - opens);
    text($('projected-end'), clock(projected));
    // In whole minutes of the clock, as both ends are shown: the figure always agrees with them.
    var late = Math.floor(projected / 60000) - Math.floor(Date.parse(s.scheduledEnd) / 60000);
    var minutes = Math.abs(late);
    var el = $('late');
    el.className = minutes === 0 ? '' : late > 0 ? 'behind' : 'ahead';
    text(el, minutes === 0 ? body.dataset.onTime : fill(late > 0 ? body.dataset.late : body.dataset.early, minutes));
  }

  function connect() {
    var events = new EventSource('/events?lang=' + encodeURIComponent(lang));
    events.addEventListener('sitting', function (e) {
      var message = JSON.parse(e.data);
      state = message.state;
      received = performance.now();
      body.dataset.version = String(state.version);
      render();
    });
    events.onopen = function () { $('offline').hidden = true; };
    events.onerror = function () { $('offline').hidden = false; };
  }

  // The console: the token comes from the address's fragment, once, and stays in this tab only.
  var token = null;

  function enable() {
    var s = state;
    var can = {
      next: !s.paused && s.remaining > 0,
      end: !!s.current,
      pause: !s.paused,
      resume: s.paused,
      'add-time': !!s.current,
      absent: s.remaining > 0,
      replan: true,
      'point-of-order': true,
      'right-of-reply': true
    };
    document.querySelectorAll('#console button').forEach(function (b) {
      b.disabled = !token || !can[b.dataset.action];
    });
  }

  function act(button) {
    var action = { action: button.dataset.action };
    if (button.dataset.then) { action.then = button.dataset.then; }
    if (action.action === 'add-time') { action.seconds = parseInt($('seconds').value, 10); }
    if (action.action === 'point-of-order' || action.action === 'right-of-reply') {
      action.delegation = $('delegation-select').value;
    }
    var status = $('status');
    fetch('/chair/actions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + token,
        'Accept-Language': document.documentElement.lang },
      body: JSON.stringify(action)
    }).then(function (response) {
      return response.text().then(function (reason) {
        status.className = response.ok ? 'status' : 'status refused';
        text(status, response.ok ? body.dataset.done : fill(body.dataset.refused, reason.trim()));
      });
    }, function (error) {
      status.className = 'status refused';
      text(status, fill(body.dataset.refused, String(error)));
    });
  }

  if (chair) {
    var match = /(?:^#|&)token=([^&]+)/.exec(location.hash);
    if (match) {
      sessionStorage.setItem('plenary.chair.token', decodeURIComponent(match[1]));
      history.replaceState(null, '', location.pathname + location.search);
    }
    token = sessionStorage.getItem('plenary.chair.token');
    $('token-missing').hidden = !!token;
    document.querySelectorAll('#console button').forEach(function (b) {
      b.disabled = true;
      b.addEventListener('click', function () { act(b); });
    });
  }

  connect();
  setInterval(tick, 200);
})();
