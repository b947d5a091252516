/*
 * Personal data kept in this browser (the questionnaire's unsaved answers, js/questionnaire.js, under keys starting
 * clearance.questionnaire.) goes when the user logs out: on the logout buttons (header, session warning) and on the
 * login page after a logout (?loggedOut=true), whichever way the logout came. A session that merely ended keeps it, so
 * that the questionnaire can offer it back after the next login.
 */
(function () {
    var PREFIX = 'clearance.questionnaire.';

    function forget() {
        try {
            var store = window.localStorage;
            for (var i = store.length - 1; i >= 0; i--) {
                var k = store.key(i);
                if (k && k.indexOf(PREFIX) === 0) {
                    store.removeItem(k);
                }
            }
        } catch (e) {
            // storage disabled: nothing was kept
        }
    }

    document.addEventListener('click', function (event) {
        var t = event.target;
        if (t && t.closest && t.closest("[id='header:logout'], [id='idle:leave']")) {
            forget();
        }
    }, true);
    if (/[?&]loggedOut=true(&|$)/.test(window.location.search)) {
        forget();
    }
})();
