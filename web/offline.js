// dist/web only: makes the page installable and usable offline after one visit, by
// registering its service worker (sw.js). Over file:// (the single file) there is none.
(function () {
  if (!('serviceWorker' in navigator) || !/^https?:$/.test(location.protocol)) return;
  // After the page has started: the first visit's downloads come first.
  addEventListener('load', function () {
    navigator.serviceWorker.register('sw.js').catch(function (error) {
      console.warn('dvcscore: không đăng ký được service worker (' + error + '); trang vẫn dùng được khi có mạng.');
    });
  });
})();
